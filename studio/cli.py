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
from typing import TYPE_CHECKING, Any, NoReturn

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
    CastRemembered,
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
from studio import argparse_words
from studio.core import i18n, units
from studio.core.i18n import N_, _, ngettext
from studio.core.settings import language_setting, ledger_path, lengths_setting, load_settings

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
    chat = sub.add_parser("chat", help=_("send one message to the assistant, headless"))
    chat.add_argument("book", type=Path, help=_("the book (a .storybook file; made if missing)"))
    chat.add_argument("message", help=_("what to say to the assistant"))
    _backend_options(chat)
    _money_options(chat)
    make = sub.add_parser("book", help=_("turn an idea into a whole illustrated book, headless"))
    make.add_argument("book", type=Path, help=_("the book (a .storybook file; made if missing)"))
    make.add_argument("--idea", help=_("what the book is about (a new story is written and illustrated)"))
    make.add_argument("--illustrate", action="store_true",
                      help=_("draw a picture for every page with words and no picture (no new story)"))
    make.add_argument("--print-ready", action="store_true",
                      help=_("every picture printing under 300 DPI on the pages: drawn again at print size where the "
                             "service drew it (estimate first), else made larger on this computer"))
    make.add_argument("--upscale", choices=("auto", "network", "lanczos"), default="auto",
                      help=_("with --print-ready, how pictures are made larger here (auto: the network where it "
                             "runs)"))
    make.add_argument("--template", choices=STORY_TEMPLATES, help=_("the layout of the story's pages"))
    make.add_argument("--title", help=_("the book's title (else the story's own)"))
    make.add_argument("--safe-margin", type=_margin, help=_("inches from the trim that text keeps clear of (0.5)"))
    make.add_argument("--gutter", type=_margin, help=_("extra inches on the bound edge (0.125)"))
    make.add_argument("--pages", type=_page_count, default=8,
                      help=_("1 to {most} story pages").format(most=MAX_PAGES))
    make.add_argument("--style", default="watercolor", choices=list(styles.STYLE_IDS),
                      help=_("the pictures' style: {styles}").format(
                          styles=", ".join(f"{s.id} ({s.label})" for s in styles.STYLES)))
    make.add_argument("--lang", choices=["en", "ko"],
                      help=_("the language the story is written in (default: the studio's, now {language})").format(
                          language=i18n.language()))
    _backend_options(make)
    make.add_argument("--trim", type=_trim,
                      help=_("a preset (8.5x8.5in, 8x10in, a4, 21x21cm…) or a size such as 7x7in"))
    make.add_argument("--bleed-model", choices=list(BLEED_MODELS),
                      help=_("all: bleed on every side; pod: print-on-demand interior, bleed on the outside edge "
                             "only"))
    _money_options(make)
    sample = sub.add_parser("sample", help=_("write the sample book (Larry the sunflower hedgehog), made offline, "
                                             "free"))
    sample.add_argument("book", type=Path, help=_("the new book's file (it must not exist yet)"))
    sample.add_argument("--lang", choices=["en", "ko"], help=_("its language (default: the system's)"))
    spent = sub.add_parser("costs", help=_("what was spent, per day and per book; --csv writes every row"))
    spent.add_argument("book", type=Path, nargs="?", help=_("only this book"))
    spent.add_argument("--csv", type=Path, metavar="OUT", help=_("write the rows as CSV"))
    pages = sub.add_parser("pages", help=_("list the pages in order, with what would print badly"))
    pages.add_argument("book", type=Path, help=_("the book (a .storybook file)"))
    pages.add_argument("--json", action="store_true", help=_("as JSON"))
    wanted = {COMMAND_MODULES[command]} if command in COMMAND_MODULES else (
        set() if command in COMMANDS else set(COMMAND_MODULES.values()))
    for name in sorted(wanted, key=list(COMMAND_MODULES.values()).index):  # in the order `--help` lists them
        _command_module(name).add_parsers(sub)
    return parser


def _backend_options(parser: argparse.ArgumentParser) -> None:
    servers = ["offline", "openai", "azure", "compatible"]
    parser.add_argument("--backend", choices=servers, help=_("the server for words and pictures (Settings "
                                                             "otherwise)"))
    parser.add_argument("--words", choices=servers, help=_("the server the assistant's words come from"))
    parser.add_argument("--pictures", choices=[*servers, "comfyui", "automatic1111"],
                        help=_("who draws: comfyui is a ComfyUI server (Settings, or COMFYUI_URL), automatic1111 "
                               "an Automatic1111/Forge web UI started with --api (Settings, or A1111_URL)"))
    parser.add_argument("--workflow", type=Path, metavar="FILE",
                        help=_("with --pictures comfyui: your own workflow, exported with ComfyUI's “Export (API)”"))


def _studio(args: argparse.Namespace) -> Studio:
    """The studio the command's options ask for; a workflow of one's own is read and its chosen nodes listed."""
    settings = load_settings()
    if args.workflow is not None:
        settings = replace(settings, comfyui_workflow=str(args.workflow))
    studio = Studio(settings, args.backend, strict=True, max_cost=args.max_cost, words=args.words,
                    pictures=args.pictures)
    workflow = getattr(getattr(studio.backend, "pictures", studio.backend), "config", None)
    if getattr(workflow, "workflow", None) is not None:
        print(_("workflow {name}:").format(name=args.workflow.name if args.workflow else settings.comfyui_workflow))
        for line in workflow.workflow.describe():
            print(f"  {line}")
    return studio


def _money_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--max-cost", type=_amount, default=0.0, metavar="USD",
                        help=_("the most this run may spend (on top of the caps in Settings)"))
    parser.add_argument("--yes", action="store_true", help=_("draw without asking, whatever the estimate"))


_amount = checked(lambda text: float(text.lstrip("$")), N_("“{text}” is not an amount of money (e.g. 0.50)"),
                  lambda value: 0 < value < float("inf"),
                  N_("--max-cost is more than 0, not {text} (leave it out for no limit)"))


STORY_TEMPLATES = ["picture_above", "text_above", "full_bleed", "facing", "text_only", "picture_only"]


_margin = checked(lambda text: float(text.removesuffix("in")), N_("“{text}” is not a length in inches (e.g. 0.5)"),
                  lambda value: 0 <= value <= 2, N_("a margin is 0 to 2 inches, not {text}"))
_page_count = checked(int, N_("“{text}” is not a number of pages"), lambda value: 1 <= value <= MAX_PAGES,
                      N_("a book made from an idea has 1 to {most} pages, not {value}"), most=MAX_PAGES)


def _trim(text: str) -> tuple[float, float]:
    try:
        return parse_trim(text)
    except GeometryError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _commands_help() -> str:
    """Every command with its one line of help, for `studio --help` (`studio COMMAND --help` tells the rest)."""
    sub = next(a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction))
    width = max(len(choice.dest) for choice in sub._choices_actions)
    lines = [f"  {choice.dest:<{width}}  {choice.help}" for choice in sub._choices_actions]
    return "\n".join([_("Commands (studio COMMAND --help for each):"), *lines])


def _not_a_window(book: Path | None) -> str:
    """Why the window should not open, said in words ("" when it should): a mistyped command would otherwise make
    a book of that name, and with no display Qt would abort with a message of its own."""
    if book is not None and not book.suffix and not book.exists():
        import difflib

        near = difflib.get_close_matches(str(book), COMMANDS, n=1, cutoff=0.75)
        if near:  # "studio exprot": a typo, not a new book called exprot
            return _("“{word}” is not a command. Did you mean “studio {near}”?").format(word=book, near=near[0])
    if (sys.platform.startswith("linux") and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")
            and not os.environ.get("QT_QPA_PLATFORM")):
        return _("there is no display here to open the window on. The commands work without one: studio --help "
                 "lists them.")
    return ""


def _gui_parser(with_commands: bool = False) -> argparse.ArgumentParser:
    """The window's command line; `with_commands` (for --help) lists the headless commands after it."""
    parser = argparse.ArgumentParser(prog="studio", description=_("{app}: open the window").format(app=APP_NAME),
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=_commands_help() if with_commands else None)
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("book", nargs="?", type=Path, help=_("a .storybook file to open (created if missing)"))
    parser.add_argument("--backend", choices=["offline", "openai", "azure", "compatible"],
                        help=_("the server for words and pictures (Settings otherwise)"))
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
                if event.estimate:
                    print(_("{estimate}: drawing now").format(estimate=event.estimate))
                for i, prompt in enumerate(event.prompts, start=1):
                    print(_("prompt {n}: {prompt}").format(n=i, prompt=prompt))
            elif isinstance(event, ImageArrived):
                print(_("image {id}: {width}x{height} ({model})").format(
                    id=event.image.id, width=event.image.width, height=event.image.height, model=event.image.model))
            elif isinstance(event, ImageFailed):
                print(_("image failed: {reason}").format(reason=event.error))
            elif isinstance(event, CastRemembered):
                print(event.notice)
            elif isinstance(event, StoryWritten):
                print(_("story: {title}").format(title=event.title))
                for i, page in enumerate(event.pages, start=1):  # not "page i": the book labels its pages itself
                    print(f"  {i}. {page['text']}")
            elif isinstance(event, PlacementOffered):
                offer, book = event.offer, shlex.quote(str(self.book or "BOOK"))
                print(_("Offer: {sentence} Nothing was changed — accept with: {command}").format(
                    sentence=offer.sentence,
                    command=f"studio place {book} --page {shlex.quote(offer.page_label)} --picture {offer.image_id}"))
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
                print(_("picture waiting: {reason}").format(reason=job.error), file=sys.stderr)
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
            print("studio: " + _("{estimate}: add --yes to draw them (not asked: this is not a terminal)").format(
                estimate=guess.describe()), file=sys.stderr)
            return False
        # Translators: the question before pictures that cost money are drawn; y/N stay as they are typed
        answer = await asyncio.to_thread(input, _("{estimate}. Draw them? [y/N] ").format(estimate=guess.describe()))
        said_yes = answer.strip().lower() in ("y", "yes", "예", "네", "ㅇ")
        return said_yes

    return approve


async def _learn_local_checkpoint(studio: Any, assistant: Any) -> None:
    """A generator on this machine: ask it which checkpoint it draws with before the first picture is sized
    (a Stable Diffusion 1.5 checkpoint's drafts are 512 × 512). A cloud service needs nothing ahead."""
    from studio.backends.split import draws_free

    if draws_free(studio.backend):
        await assistant.runner.prepare()


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
        await _learn_local_checkpoint(studio, assistant)
        result = await assistant.send(message, printer)
        spent = _spent(project, studio)
    finally:
        await studio.aclose()
        project.close()
    printer.finish_line()
    print(spent)
    if result.images:
        print(_("created images: {ids}").format(ids=", ".join(str(i.id) for i in result.images)))
    for image_id, label in result.placed:
        print(_("put picture #{id} on {page} ({command} takes it back)").format(
            id=image_id, page=spoken_label(label), command=f"studio undo {shlex.quote(str(book))}"))
    if result.failures and not result.images:
        raise BookError(_("No picture was made: {reason}").format(reason=result.failures[0]))
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
        await _learn_local_checkpoint(studio, assistant)
        try:
            if args.idea:
                result = await make_book(assistant, args.idea, args.pages, args.style, args.lang or i18n.language(),
                                         say,
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
    print(_("wrote {file}").format(file=args.book))
    if failures:
        raise BookError(ngettext("{n} picture was not made ({reason}); {command} tries those pages again.",
                                 "{n} pictures were not made ({reason}); {command} tries those pages again.",
                                 len(failures)).format(n=len(failures), reason=failures[0],
                                                       command=f"studio book {args.book} --illustrate"))
    return 0


def _spent(project: Project, studio: Studio) -> str:
    """What the book has cost so far, priced with the table in Settings."""
    from studio.core.jobs import costs

    return _("cost of this book so far: {cost}").format(cost=costs.summarise(project, studio.prices).describe())


async def _print_ready(assistant, say, method: str = "auto") -> None:
    """Every picture printing under 300 DPI: drawn again at print size where the service drew it (the estimate
    first, the caps and the question as for any batch), the rest made larger on this computer, one at a time."""
    from studio.core.app.print_ready import can_redraw, make_print_ready, redraw_many, redraw_size, soft_pictures
    from studio.core.output.files import Progress

    project, runner = assistant.project, assistant.runner
    soft = soft_pictures(project)
    if not soft:
        say(_("print-ready: every picture on the pages prints at 300 DPI or more"))
        return
    sizes = {i: size for i in soft if can_redraw(project.image(i), assistant.backend)
             and (size := redraw_size(project, assistant.backend.capabilities, i))}
    here = [i for i in soft if i not in sizes]
    if sizes:
        guess = runner.estimate(len(sizes), list(sizes.values()), assistant.quality)
        say(ngettext("print-ready: drawing {n} picture again at print size: {estimate}",
                     "print-ready: drawing {n} pictures again at print size: {estimate}", len(sizes)).format(
            n=len(sizes), estimate=guess.describe()))
        runner.check_batch(guess)  # over a cap: exit 2 with the reason, nothing drawn
        if assistant.approve_batch is not None and runner.needs_approval(guess) \
                and not await assistant.approve_batch(guess):
            raise BookError(_("Nothing was drawn: {estimate} was not approved.").format(estimate=guess.describe()))
        for done in await redraw_many(project, assistant, list(sizes)):
            say("  " + _("picture #{id}: {before} → {after} DPI").format(
                id=done.picture.id if done.picture else "?", before=done.dpi_before, after=done.dpi_after))
    for image_id in here:
        done = await make_print_ready(project, image_id, Progress(), method)
        say("  " + _("picture #{id} made larger here: {before} → {after} DPI").format(
            id=image_id, before=done.dpi_before, after=done.dpi_after))


async def _illustrate(assistant, style: str, say) -> list[str]:
    from studio.core.app.illustrate import illustrate, print_sizes

    sizes = print_sizes(assistant.project, assistant.backend.capabilities)  # each page's frame, at print size
    guess = assistant.runner.estimate(len(sizes), sizes, assistant.quality)
    say(ngettext("illustrating {n} page, {at_once} at a time: {estimate}",
                 "illustrating {n} pages, {at_once} at a time: {estimate}", len(sizes)).format(
        n=len(sizes), at_once=assistant.runner.concurrency, estimate=guess.describe()))
    assistant.runner.check_batch(guess)  # over a cap: exit 2 with the reason, nothing drawn
    if assistant.approve_batch is not None and assistant.runner.needs_approval(guess) \
            and not await assistant.approve_batch(guess):
        raise BookError(_("Nothing was drawn: {estimate} was not approved.").format(estimate=guess.describe()))
    result = await illustrate(assistant.project, assistant, style)
    for page_id, why in result.failed.items():
        say("  " + _("page #{id} not drawn: {reason}").format(id=page_id, reason=why))
    placed = ngettext("done: {n} picture placed", "done: {n} pictures placed", len(result.placed)).format(
        n=len(result.placed))
    say(_("{placed}, {n} not made").format(placed=placed, n=len(result.failed)) if result.failed else placed)
    return list(result.failed.values())


def _sample(book: Path, lang: str | None) -> int:
    from studio.core.app.sample_book import make_sample_book

    book = book if book.suffix == ".storybook" else book.with_suffix(".storybook")
    if book.exists():
        raise ProjectError(_("“{file}” already exists; the sample is written to a new file.").format(file=book))
    make_sample_book(book, lang, lambda done, total: print(
        _("drawing the pictures: {done} of {total}").format(done=done, total=total), flush=True))
    print(_("wrote {file}").format(file=book))
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
        cap = (_("(cap {cap})").format(cap=money(settings.book_cap, currency)) if settings.book_cap
               else _("(no cap)"))
        print(f"{book.name}: {summary.describe()} {cap}")
    today = money(ledger.spent_on(), currency)
    print(_("today on this computer: {spent} of {cap} a day").format(spent=today, cap=money(settings.day_cap, currency))
          if settings.day_cap else _("today on this computer: {spent} (no daily cap)").format(spent=today))
    days = ledger.by_day(key)
    print(_("by day:") if days else _("nothing paid for yet in this book") if book else _("nothing paid for yet"))
    for total in days:
        print("  " + _("{day}  {n} paid  {cost}").format(day=total.key, n=f"{total.count:>4}",
                                                         cost=money(total.cost, currency)))
    if book is None and days:
        print(_("by book:"))
        for total in ledger.by_book():
            print("  " + _("{cost}  {n} paid  {book}").format(cost=f"{money(total.cost, currency):>9}",
                                                              n=f"{total.count:>4}", book=total.key or _("(no book)")))
    if out is not None:
        rows = ledger.export_csv(out, key)
        print(ngettext("wrote {n} row to {file}", "wrote {n} rows to {file}", rows).format(n=rows, file=out))
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
    units.set_units(lengths_setting())
    argparse_words.speak()
    if not argv or argv[0] not in COMMANDS:
        args = _gui_parser(with_commands="-h" in argv or "--help" in argv).parse_args(argv)
        refusal = _not_a_window(args.book)
        if refusal:
            print(f"studio: {refusal}", file=sys.stderr)
            return 2
        from studio.qt.app import (
            run,  # the window only when asked for: headless commands need no Qt
        )
        return run(args.book, args.backend)
    parser = _parser(argv[0] if "-h" not in argv and "--help" not in argv else None)
    args = parser.parse_args(argv)
    if args.command == "book" and not args.idea and not args.illustrate and not args.print_ready:
        parser.error(_("studio book needs --idea (a new story), --illustrate (pictures for the pages that need one) "
                       "or --print-ready (pictures sharp enough to print)"))
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
        print("studio: " + _("interrupted"), file=sys.stderr)
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
