"""`studio`: the GUI, or headless commands over the same core.

    studio [BOOK.storybook]                 open the window
    studio chat BOOK.storybook "message"    one assistant turn, headless
    studio book BOOK.storybook --idea "…" [--pages 8] [--style watercolor] [--lang ko] [--template full_bleed]
                [--trim 8x10in] [--bleed-model pod] [--safe-margin 0.5] [--gutter 0.125] [--title "…"]
                                            idea to laid-out book with a cover, headless
    studio book BOOK.storybook --illustrate  a picture for every page with words and none yet
                [--max-cost USD] [--yes]    (book and chat) the most this run may spend; draw without asking
    studio sample BOOK.storybook [--lang en|ko]
                                            the sample book (Larry the sunflower hedgehog), offline and free
    studio costs [BOOK.storybook] [--csv OUT.csv]
                                            what was spent, per day and per book (the ledger on this computer)
    studio export BOOK.storybook --pdf OUT [--home a4|letter] [--scale fit|actual] [--crop-marks] [--booklet]
                [--cover OUT] [--paper cream] [--png DIR | --jpeg DIR] [--dpi N]
                [--for kdp|ingramspark|lulu|printshop|home] [--preflight [--json]]
                                            the print-ready interior, a home print or booklet, the cover wrap,
                                            page images; sized for a printer and checked (exit 2: refused)
    studio export BOOK.storybook --contact-sheet OUT.pdf|OUT.png [--board NAME | --images 1,5,9 | --pages]
                [--per-page 1|2|4|6|9|12] [--paper a4|letter|tabloid] [--landscape] [--client "For …"]
                                            a contact sheet for a client: numbered panels, each whole, captioned
    studio stickers BOOK.storybook --images 3,5|--cast [--sheet letter|a4|avery-5294…] [--size 3] [--border 0.125]
                [--marks] --out OUT.pdf [--cricut OUT.png] [--svg OUT.svg] [--dxf OUT.dxf] [--keep-background 3,5]
                                            sticker sheets with cut lines
    studio pages BOOK.storybook [--json]    the pages in order, with what would print badly
    studio import BOOK.storybook FILES_OR_FOLDERS…
                                            add your own pictures; names each file skipped and why
    studio gallery BOOK.storybook [--search TEXT] [--board NAME] [--favourites] [--json]
                                            the pictures, newest first, with id, prompt, model, created
    studio upscale BOOK.storybook PICTURE_ID [--factor 2]
                                            a picture made larger for print, beside the original
    studio check BOOK.storybook [--salvage COPY.storybook]
                                            look for damage; copy out what can still be read
    studio place BOOK.storybook --page LABEL --picture ID [--frame N]
                                            a picture into a page's picture frame (LABEL: cover, 1, 2, …, back)
    studio write BOOK.storybook --page LABEL [--frame N] "words"
                                            a page's words
    studio undo BOOK.storybook [--list] [--redo]
                                            take back the last change (the window's Undo, too)

Money: before pictures are drawn the estimate is printed. A batch over a spending cap (Settings, or --max-cost) is not
started and the command exits with 2 and the reason. A batch that costs at least the "don't ask under" amount
(Settings) is asked about on a terminal (y/N); elsewhere (a script, a pipe) it is drawn only with --yes, otherwise
the command exits with 2 saying so. Offline sketches are free and never asked about.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import importlib
import json
import logging
import os
import shlex
import sqlite3
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from studio import APP_NAME, __version__
from studio.backends.base import BackendError
from studio.cli_args import checked
from studio.cli_progress import ProgressLines
from studio.core.app import edits
from studio.core.app.make_book import BookError, make_book
from studio.core.app.project import Project
from studio.core.app.studio import Studio
from studio.core.assistant import styles
from studio.core.assistant.assistant import EmptyMessage, check_message
from studio.core.assistant.turn_events import (
    ImageArrived,
    ImageFailed,
    ImagesRequested,
    PlacementOffered,
    ReplyDelta,
    StoryWritten,
    TurnEvent,
)
from studio.core.document import errors
from studio.core.document.changes import ChangeSet
from studio.core.document.model import JobState
from studio.core.document.schema import ProjectError
from studio.core.layout.book import spoken_label
from studio.core.layout.geometry import BLEED_MODELS, GeometryError, parse_trim
from studio.core.layout.pages_report import describe_pages, format_pages
from studio.core.output.files import ExportError
from studio.core import i18n
from studio.core.settings import language_setting, ledger_path, load_settings

if TYPE_CHECKING:
    from studio.core.jobs.spending import Estimate

# The commands that live in modules of their own: each module is imported only when one of its commands runs (or
# for `studio --help`), so `studio book` does not load what exports and stickers need (reportlab, numpy, OpenCV).
COMMAND_MODULES = {"export": "cli_output", "stickers": "cli_output", "import": "cli_gallery", "gallery": "cli_gallery",
                   "note": "cli_gallery", "check": "cli_check", "place": "cli_edit", "write": "cli_edit",
                   "undo": "cli_edit", "upscale": "cli_upscale"}
COMMANDS = ("chat", "book", "sample", "costs", "pages", *COMMAND_MODULES)
MAX_PAGES = 24


class _Parser(argparse.ArgumentParser):
    """Mistakes get one line naming the problem (and exit code 2), not a usage block to read through."""

    def error(self, message: str):  # type: ignore[override]
        print(f"{self.prog}: {message}", file=sys.stderr)
        raise SystemExit(2)


def _command_module(name: str):
    return importlib.import_module(f"studio.{name}")


def _parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line; with `command`, only the module that command lives in adds its parsers."""
    parser = _Parser(prog="studio", description=f"{APP_NAME} {__version__}")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    sub = parser.add_subparsers(dest="command")
    chat = sub.add_parser("chat", help="send one message to the assistant, headless")
    chat.add_argument("book", type=Path)
    chat.add_argument("message")
    _backend_options(chat)
    _money_options(chat)
    make = sub.add_parser("book", help="turn an idea into a whole illustrated book, headless")
    make.add_argument("book", type=Path)
    make.add_argument("--idea", help="what the book is about (a new story is written and illustrated)")
    make.add_argument("--illustrate", action="store_true",
                      help="draw a picture for every page with words and no picture (no new story)")
    make.add_argument("--print-ready", action="store_true",
                      help="every picture printing under 300 DPI on the pages: drawn again at print size where the "
                           "service drew it (estimate first), else made larger on this computer")
    make.add_argument("--upscale", choices=("auto", "network", "lanczos"), default="auto",
                      help="with --print-ready, how pictures are made larger here (auto: the network where it runs)")
    make.add_argument("--template", choices=STORY_TEMPLATES, help="the layout of the story's pages")
    make.add_argument("--title")
    make.add_argument("--safe-margin", type=_margin, help="inches from the trim that text keeps clear of (0.5)")
    make.add_argument("--gutter", type=_margin, help="extra inches on the bound edge (0.125)")
    make.add_argument("--pages", type=_page_count, default=8, help=f"1 to {MAX_PAGES} story pages")
    make.add_argument("--style", default="watercolor", choices=list(styles.STYLE_IDS))
    make.add_argument("--lang", choices=["en", "ko"], help="the story's language (default: the studio's)")
    _backend_options(make)
    make.add_argument("--trim", type=_trim, help="a preset (8.5x8.5in, 8x10in, a4, 21x21cm…) or a size such as 7x7in")
    make.add_argument("--bleed-model", choices=list(BLEED_MODELS),
                      help="all: bleed on every side; pod: print-on-demand interior, bleed on the outside edge only")
    _money_options(make)
    sample = sub.add_parser("sample", help="write the sample book (Larry the sunflower hedgehog), made offline, free")
    sample.add_argument("book", type=Path, help="the new book's file (it must not exist yet)")
    sample.add_argument("--lang", choices=["en", "ko"], help="its language (default: the system's)")
    spent = sub.add_parser("costs", help="what was spent, per day and per book; --csv writes every row")
    spent.add_argument("book", type=Path, nargs="?", help="only this book")
    spent.add_argument("--csv", type=Path, metavar="OUT", help="write the rows as CSV")
    pages = sub.add_parser("pages", help="list the pages in order, with what would print badly")
    pages.add_argument("book", type=Path)
    pages.add_argument("--json", action="store_true", help="as JSON")
    wanted = {COMMAND_MODULES[command]} if command in COMMAND_MODULES else (
        set() if command in COMMANDS else set(COMMAND_MODULES.values()))
    for name in sorted(wanted, key=list(COMMAND_MODULES.values()).index):  # in the order `--help` lists them
        _command_module(name).add_parsers(sub)
    return parser


def _backend_options(parser: argparse.ArgumentParser) -> None:
    servers = ["offline", "openai", "azure", "compatible"]
    parser.add_argument("--backend", choices=servers, help="the server for words and pictures (Settings otherwise)")
    parser.add_argument("--words", choices=servers, help="the server the assistant's words come from")
    parser.add_argument("--pictures", choices=[*servers, "comfyui", "automatic1111"],
                        help="who draws: comfyui is a ComfyUI server (Settings, or COMFYUI_URL), automatic1111 "
                             "an Automatic1111/Forge web UI started with --api (Settings, or A1111_URL)")
    parser.add_argument("--workflow", type=Path, metavar="FILE",
                        help="with --pictures comfyui: your own workflow, exported with ComfyUI's “Export (API)”")


def _studio(args: argparse.Namespace) -> Studio:
    """The studio the command's options ask for; a workflow of one's own is read and its chosen nodes listed."""
    settings = load_settings()
    if args.workflow is not None:
        settings = replace(settings, comfyui_workflow=str(args.workflow))
    studio = Studio(settings, args.backend, strict=True, max_cost=args.max_cost, words=args.words,
                    pictures=args.pictures)
    workflow = getattr(getattr(studio.backend, "pictures", studio.backend), "config", None)
    if getattr(workflow, "workflow", None) is not None:
        print(f"workflow {args.workflow.name if args.workflow else settings.comfyui_workflow}:")
        for line in workflow.workflow.describe():
            print(f"  {line}")
    return studio


def _money_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--max-cost", type=_amount, default=0.0, metavar="USD",
                        help="the most this run may spend (on top of the caps in Settings)")
    parser.add_argument("--yes", action="store_true", help="draw without asking, whatever the estimate")


_amount = checked(lambda text: float(text.lstrip("$")), "“{text}” is not an amount of money (e.g. 0.50)",
                  lambda value: 0 < value < float("inf"), "--max-cost is more than 0, not {text} (leave it out for no limit)")


STORY_TEMPLATES = ["picture_above", "text_above", "full_bleed", "facing", "text_only", "picture_only"]


_margin = checked(lambda text: float(text.removesuffix("in")), "“{text}” is not a length in inches (e.g. 0.5)",
                  lambda value: 0 <= value <= 2, "a margin is 0 to 2 inches, not {text}")
_page_count = checked(int, "“{text}” is not a number of pages", lambda value: 1 <= value <= MAX_PAGES,
                      f"a book made from an idea has 1 to {MAX_PAGES} pages, not {{value}}")


def _trim(text: str) -> tuple[float, float]:
    try:
        return parse_trim(text)
    except GeometryError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="studio", description=f"{APP_NAME}: open the window",
                                     epilog="Also: studio chat BOOK MESSAGE, studio book BOOK --idea IDEA, studio pages BOOK, "
                                            "studio export BOOK --pdf OUT")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("book", nargs="?", type=Path, help="a .storybook file to open (created if missing)")
    parser.add_argument("--backend", choices=["offline", "openai", "azure", "compatible"])
    return parser


class _Printer:
    """Prints a turn as it happens: the reply streaming, then prompts and picture ids, and what the assistant
    offered rather than did, with the command that does it."""

    def __init__(self, book: Path | None = None) -> None:
        self.at_line_start = True
        self.book = book

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
                for i, page in enumerate(event.pages, start=1):  # not "page i": the book labels its pages itself
                    print(f"  {i}. {page['text']}")
            elif isinstance(event, PlacementOffered):
                offer, book = event.offer, shlex.quote(str(self.book or "BOOK"))
                print(f"Offer: {offer.sentence} Nothing was changed — accept with: "
                      f"studio place {book} --page {shlex.quote(offer.page_label)} --picture {offer.image_id}")
        sys.stdout.flush()

    def finish_line(self) -> None:
        if not self.at_line_start:
            print()
            self.at_line_start = True


def _print_waits(project: Project) -> None:
    """Say so when a picture waits to be retried (a rate limit, a dropped connection)."""
    def show(change: ChangeSet) -> None:
        for job_id in change.jobs:
            job = project.jobs.get(job_id)
            if job.state == JobState.QUEUED and job.error:
                print(f"picture waiting: {job.error}", file=sys.stderr)
    project.changes.subscribe(show)


def _approver(yes: bool):
    """Asks on a terminal whether to draw a batch that costs at least the "don't ask under" amount; elsewhere
    draws it only with --yes. Once said yes to, the rest of the run is not asked about again."""
    said_yes = yes

    async def approve(guess: Estimate) -> bool:
        nonlocal said_yes
        if said_yes:
            return True
        if not sys.stdin.isatty():
            print(f"studio: {guess.describe()}: add --yes to draw them (not asked: this is not a terminal)",
                  file=sys.stderr)
            return False
        answer = await asyncio.to_thread(input, f"{guess.describe()}. Draw them? [y/N] ")
        said_yes = answer.strip().lower() in ("y", "yes")
        return said_yes

    return approve


async def _chat(args: argparse.Namespace) -> int:
    book, message, yes = args.book, args.message, args.yes
    project = Project.open_or_create(book)
    try:
        studio = _studio(args)
    except BaseException:
        project.close()
        raise
    if studio.offline_notice():
        print(studio.offline_notice())
    printer = _Printer(book)
    _print_waits(project)
    try:
        assistant = studio.assistant(project, approve_batch=_approver(yes))
        assistant.runner.on_progress = ProgressLines(project, before=printer.finish_line)
        result = await assistant.send(message, printer)
        spent = _spent(project, studio)
    finally:
        await studio.aclose()
        project.close()
    printer.finish_line()
    print(spent)
    if result.images:
        print("created images: " + ", ".join(str(i.id) for i in result.images))
    for image_id, label in result.placed:
        print(f"put picture #{image_id} on {spoken_label(label)} (studio undo {shlex.quote(str(book))} takes it back)")
    if result.failures and not result.images:
        raise BookError(f"No picture was made: {result.failures[0]}")
    return 0


async def _book(args: argparse.Namespace) -> int:
    project = Project.open_or_create(args.book)
    try:
        studio = _studio(args)
    except BaseException:
        project.close()
        raise
    fmt = project.book_format()
    width, height = args.trim or (fmt.trim_width_in, fmt.trim_height_in)
    wanted = replace(fmt, trim_width_in=width, trim_height_in=height, bleed_model=args.bleed_model or fmt.bleed_model,
                     safe_margin_in=fmt.safe_margin_in if args.safe_margin is None else args.safe_margin,
                     gutter_in=fmt.gutter_in if args.gutter is None else args.gutter, title=args.title or fmt.title)
    edits.set_book_format(project, wanted)  # pages laid out again when the size or margins changed
    if studio.offline_notice():
        print(studio.offline_notice())
    _print_waits(project)
    say = lambda line: print(line, flush=True)  # noqa: E731
    try:
        approve = _approver(args.yes)
        assistant = studio.assistant(project, approve_batch=approve)
        assistant.runner.on_progress = ProgressLines(project)
        try:
            if args.idea:
                result = await make_book(assistant, args.idea, args.pages, args.style, args.lang, say,
                                         template=args.template, title=args.title, approve=approve)
                failures = result.failures
            elif args.illustrate:
                failures = await _illustrate(assistant, args.style, say)
            else:
                failures = []
            if args.print_ready:
                await _print_ready(assistant, say, args.upscale)
        finally:
            spent = _spent(project, studio)
            say(spent)
    finally:
        await studio.aclose()
        project.close()
    print(f"wrote {args.book}")
    if failures:
        raise BookError(f"{len(failures)} picture{'s were' if len(failures) != 1 else ' was'} not made "
                        f"({failures[0]}); studio book {args.book} --illustrate tries those pages again.")
    return 0


def _spent(project: Project, studio: Studio) -> str:
    """What the book has cost so far, priced with the table in Settings."""
    from studio.core.jobs import costs

    return f"cost of this book so far: {costs.summarise(project, studio.prices).describe()}"


async def _print_ready(assistant, say, method: str = "auto") -> None:
    """Every picture printing under 300 DPI: drawn again at print size where the service drew it (the estimate
    first, the caps and the question as for any batch), the rest made larger on this computer, one at a time."""
    from studio.core.app.print_ready import can_redraw, make_print_ready, redraw_many, redraw_size, soft_pictures
    from studio.core.output.files import Progress

    project, runner = assistant.project, assistant.runner
    soft = soft_pictures(project)
    if not soft:
        say("print-ready: every picture on the pages prints at 300 DPI or more")
        return
    sizes = {i: size for i in soft if can_redraw(project.image(i), assistant.backend)
             and (size := redraw_size(project, assistant.backend.capabilities, i))}
    here = [i for i in soft if i not in sizes]
    if sizes:
        guess = runner.estimate(len(sizes), list(sizes.values()), assistant.quality)
        say(f"print-ready: drawing {len(sizes)} picture{'s' if len(sizes) != 1 else ''} again at print size: "
            f"{guess.describe()}")
        runner.check_batch(guess)  # over a cap: exit 2 with the reason, nothing drawn
        if assistant.approve_batch is not None and runner.needs_approval(guess) \
                and not await assistant.approve_batch(guess):
            raise BookError(f"Nothing was drawn: {guess.describe()} was not approved.")
        for done in await redraw_many(project, assistant, list(sizes)):
            say(f"  picture #{done.picture.id if done.picture else '?'}: {done.dpi_before} → {done.dpi_after} DPI")
    for image_id in here:
        done = await make_print_ready(project, image_id, Progress(), method)
        say(f"  picture #{image_id} made larger here: {done.dpi_before} → {done.dpi_after} DPI")


async def _illustrate(assistant, style: str, say) -> list[str]:
    from studio.core.app.illustrate import illustrate, print_sizes

    sizes = print_sizes(assistant.project, assistant.backend.capabilities)  # each page's frame, at print size
    guess = assistant.runner.estimate(len(sizes), sizes, assistant.quality)
    say(f"illustrating {len(sizes)} pages, {assistant.runner.concurrency} at a time: {guess.describe()}")
    assistant.runner.check_batch(guess)  # over a cap: exit 2 with the reason, nothing drawn
    if assistant.approve_batch is not None and assistant.runner.needs_approval(guess) \
            and not await assistant.approve_batch(guess):
        raise BookError(f"Nothing was drawn: {guess.describe()} was not approved.")
    result = await illustrate(assistant.project, assistant, style)
    for page_id, why in result.failed.items():
        say(f"  page #{page_id} not drawn: {why}")
    say(f"done: {len(result.placed)} pictures placed" + (f", {len(result.failed)} not made" if result.failed else ""))
    return list(result.failed.values())


def _sample(book: Path, lang: str | None) -> int:
    from studio.core.app.sample_book import make_sample_book

    book = book if book.suffix == ".storybook" else book.with_suffix(".storybook")
    if book.exists():
        raise ProjectError(f"“{book}” already exists; the sample is written to a new file.")
    make_sample_book(book, lang, lambda done, total: print(f"drawing the pictures: {done} of {total}",
                                                               flush=True))
    print(f"wrote {book}")
    return 0


def _costs(book: Path | None, out: Path | None) -> int:
    """The ledger on this computer: per day and per book (or one book's days), and its rows as CSV."""
    from studio.core.jobs import costs
    from studio.core.jobs.ledger import Ledger
    from studio.core.prices import money

    settings = load_settings()
    currency = str(settings.prices.get("currency", "USD"))
    ledger = Ledger(ledger_path())
    key = str(book.resolve()) if book else None
    if book is not None:
        project = Project.open(book, read_only=True)
        try:
            summary = costs.summarise(project, settings.prices)
        finally:
            project.close()
        cap = f" (cap {money(settings.book_cap, currency)})" if settings.book_cap else " (no cap)"
        print(f"{book.name}: {summary.describe()}{cap}")
    cap = f" of {money(settings.day_cap, currency)} a day" if settings.day_cap else " (no daily cap)"
    print(f"today on this computer: {money(ledger.spent_on(), currency)}{cap}")
    days = ledger.by_day(key)
    print("by day:" if days else "nothing paid for yet" + (" in this book" if book else ""))
    for total in days:
        print(f"  {total.key}  {total.count:>4} paid  {money(total.cost, currency)}")
    if book is None and days:
        print("by book:")
        for total in ledger.by_book():
            print(f"  {money(total.cost, currency):>9}  {total.count:>4} paid  {total.key or '(no book)'}")
    if out is not None:
        rows = ledger.export_csv(out, key)
        print(f"wrote {rows} row{'s' if rows != 1 else ''} to {out}")
    return 0


def _pages(book: Path, as_json: bool) -> int:
    project = Project.open(book, read_only=True)
    try:
        described = describe_pages(project)
    finally:
        project.close()
    print(json.dumps(described, ensure_ascii=False, indent=2) if as_json else format_pages(described))
    return 0



def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    i18n.set_language(i18n.resolve_language(language_setting()))  # before the first word a person reads
    if not argv or argv[0] not in COMMANDS:
        args = _gui_parser().parse_args(argv)
        from studio.qt.app import (
            run,  # the window only when asked for: headless commands need no Qt
        )
        return run(args.book, args.backend)
    parser = _parser(argv[0] if "-h" not in argv and "--help" not in argv else None)
    args = parser.parse_args(argv)
    if args.command == "book" and not args.idea and not args.illustrate and not args.print_ready:
        parser.error("studio book needs --idea (a new story), --illustrate (pictures for the pages that need one) "
                     "or --print-ready (pictures sharp enough to print)")
    if args.command == "export":
        _command_module("cli_output").check_export_args(parser, args)
    if args.command == "chat":
        try:
            check_message(args.message)  # before the book is made or the service is asked
        except EmptyMessage as exc:
            print(f"studio: {exc}", file=sys.stderr)
            return 2
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        if args.command == "chat":
            return asyncio.run(_chat(args))
        if args.command == "costs":
            return _costs(args.book, args.csv)
        if args.command == "sample":
            return _sample(args.book, args.lang)
        if args.command == "book":
            return asyncio.run(_book(args))
        if args.command == "pages":
            return _pages(args.book, args.json)
        return getattr(_command_module(COMMAND_MODULES[args.command]), f"run_{args.command}")(args)
    except (ProjectError, BackendError, BookError, ExportError, edits.EditError) as exc:
        print(f"studio: {exc}", file=sys.stderr)
        return 2
    except sqlite3.DatabaseError as exc:  # damage found while reading, after the book opened
        print(f"studio: {errors.check_hint(args.book) if errors.is_damage(exc) else errors.reason(exc)}",
              file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"studio: {errors.reason(exc)}" + (f" ({exc.filename})" if exc.filename else ""), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("studio: interrupted", file=sys.stderr)
        return 130


def run() -> NoReturn:
    """The `studio` program: `main`, then exit."""
    code = main()
    # Python's last collection would walk every class the openai and pydantic modules made, a quarter of a second
    # of each command's exit: the process is ending, so its memory goes back with it.
    gc.freeze()
    sys.exit(code)


if __name__ == "__main__":
    run()
