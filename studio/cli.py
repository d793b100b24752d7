"""`studio`: the GUI, or headless commands over the same core.

    studio [BOOK.storybook]                 open the window
    studio chat BOOK.storybook "message"    one assistant turn, headless
    studio export BOOK.storybook --pdf OUT  write the book as a PDF
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from pathlib import Path

from studio import APP_NAME, __version__
from studio.backends.base import BackendError
from studio.core import export_pdf
from studio.core.assistant import Assistant
from studio.core.backend_choice import make_backend
from studio.core.project import Project
from studio.core.schema import ProjectError
from studio.core.settings import load_settings
from studio.core.turn_events import ImageArrived, ImageFailed, ImagesRequested, ReplyDelta, StoryWritten, TurnEvent

COMMANDS = ("chat", "export")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="studio", description=f"{APP_NAME} {__version__}")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    sub = parser.add_subparsers(dest="command")
    chat = sub.add_parser("chat", help="send one message to the assistant, headless")
    chat.add_argument("book", type=Path)
    chat.add_argument("message")
    chat.add_argument("--backend", choices=["offline", "openai", "azure", "compatible"])
    export = sub.add_parser("export", help="export the book")
    export.add_argument("book", type=Path)
    export.add_argument("--pdf", type=Path, required=True, help="where to write the PDF")
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="studio", description=f"{APP_NAME}: open the window",
                                     epilog="Also: studio chat BOOK MESSAGE, studio export BOOK --pdf OUT")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("book", nargs="?", type=Path, help="a .storybook file to open (created if missing)")
    parser.add_argument("--backend", choices=["offline", "openai", "azure", "compatible"])
    return parser


class _Printer:
    """Prints a turn as it happens: the reply streaming, then prompts and picture ids."""

    def __init__(self) -> None:
        self.at_line_start = True

    def __call__(self, event: TurnEvent) -> None:
        if isinstance(event, ReplyDelta):
            sys.stdout.write(event.text)
            self.at_line_start = event.text.endswith("\n")
        else:
            self.finish_line()
            if isinstance(event, ImagesRequested):
                for i, prompt in enumerate(event.prompts, start=1):
                    print(f"prompt {i}: {prompt}")
            elif isinstance(event, ImageArrived):
                print(f"image {event.image.id}: {event.image.width}x{event.image.height} ({event.image.model})")
            elif isinstance(event, ImageFailed):
                print(f"image failed: {event.error}")
            elif isinstance(event, StoryWritten):
                print(f"story: {event.title}")
                for i, page in enumerate(event.pages, start=1):
                    print(f"  page {i}: {page['text']}")
        sys.stdout.flush()

    def finish_line(self) -> None:
        if not self.at_line_start:
            print()
            self.at_line_start = True


async def _chat(book: Path, message: str, backend_name: str | None) -> int:
    project = Project.open_or_create(book)
    backend = make_backend(load_settings(), backend_name)
    if backend.offline:
        print(f"[{backend.name}: {getattr(backend, 'reason', '')}]", file=sys.stderr)
    printer = _Printer()
    try:
        result = await Assistant(project, backend, load_settings().concurrency).send(message, printer)
    finally:
        await backend.aclose()
        project.close()
    printer.finish_line()
    if result.images:
        print("created images: " + ", ".join(str(i.id) for i in result.images))
    return 1 if result.failures and not result.images else 0


def _export(book: Path, pdf: Path) -> int:
    project = Project.open(book)
    try:
        out = export_pdf.render_pdf(export_pdf.snapshot(project), pdf,
                                    lambda done, total: print(f"page {done}/{total}", file=sys.stderr))
    finally:
        project.close()
    print(f"wrote {out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in COMMANDS:
        args = _gui_parser().parse_args(argv)
        from studio.qt.app import run  # the window only when asked for: headless commands need no Qt
        return run(args.book, args.backend)
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        if args.command == "chat":
            return asyncio.run(_chat(args.book, args.message, args.backend))
        return _export(args.book, args.pdf)
    except (ProjectError, BackendError, export_pdf.ExportError) as exc:
        print(f"studio: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("studio: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
