"""`studio export` and `studio stickers`: the print files, headless, on the same core as the window."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from studio.cli_args import checked
from studio.core.app.project import Project
from studio.core.i18n import _, ngettext
from studio.core.output.book_pdf import ExportResult, padded_interior
from studio.core.output.contact_files import PNG_DPI, write_contact_sheet
from studio.core.output.contact_picks import choose_panels
from studio.core.output.contact_sheet import PAPERS as CONTACT_PAPERS
from studio.core.output.contact_sheet import PER_PAGE, SheetOptions
from studio.core.output.cover import BINDINGS, PAPERS
from studio.core.output.exports import ExportChoice, export, for_target
from studio.core.output.files import ExportError, Progress, check_distinct, check_target
from studio.core.output.home import SCALES, SHEETS
from studio.core.output.page_images import DPI_RANGE
from studio.core.output.preflight import BLOCKING, preflight
from studio.core.output.report import book_report
from studio.core.output.snapshot import BookSnapshot, snapshot
from studio.core.output.targets import TARGETS
from studio.core.stickers.labels import LABELS
from studio.core.stickers.sheet import PAPERS as STICKER_PAPERS
from studio.core.stickers.sheet import SheetSpec


def add_parsers(sub) -> None:
    export = sub.add_parser("export", help=_("write the book's print files"),
                            description=_("Write the print-ready interior PDF (or a home print or booklet with "
                                        "--home/--booklet), the cover wrap and page images."))
    export.add_argument("book", type=Path)
    export.add_argument("--pdf", type=Path, help=_("the book PDF: print-ready, or for home printing with --home"))
    export.add_argument("--home", choices=list(SHEETS), help=_("lay the pages out on A4 or Letter for a home printer"))
    export.add_argument("--scale", choices=list(SCALES), default="fit", help=_("home print: fit to the sheet, or actual size"))
    export.add_argument("--crop-marks", action="store_true", help=_("home print: marks where to cut, outside the bleed"))
    export.add_argument("--booklet", action="store_true",
                        help=_("a folded booklet: two pages a side in saddle-stitch order, on --home paper (A4)"))
    export.add_argument("--cover", type=Path, help=_("the cover wrap PDF: back, spine and front"))
    export.add_argument("--paper", choices=[*PAPERS, *CONTACT_PAPERS],
                        help=_("interior paper, which sets the spine width; for --contact-sheet: a4, letter or tabloid"))
    export.add_argument("--binding", choices=list(BINDINGS), default="paperback",
                        help=_("cover: a paperback wrap, or a hardcover case that folds round the boards"))
    export.add_argument("--png", type=Path, metavar="DIR", help=_("a PNG of each page in this folder"))
    export.add_argument("--jpeg", type=Path, metavar="DIR", help=_("a JPEG of each page in this folder"))
    export.add_argument("--dpi", type=_dpi, help=_("page images' resolution ({low}–{high}, 150)").format(
        low=DPI_RANGE[0], high=DPI_RANGE[1]))
    export.add_argument("--for", dest="target", choices=list(TARGETS), metavar="|".join(TARGETS),
                        help=_("the printer: pages take its size and bleed (default: the book's own print target)"))
    export.add_argument("--preflight", action="store_true",
                        help=_("check the written PDFs against the printer's rules; exit 2 when one would be refused"))
    export.add_argument("--json", action="store_true", help=_("with --preflight: the findings as JSON on stdout"))
    # A contact sheet for a client (issue #24): numbered panels of pictures or pages, each whole, with captions.
    export.add_argument("--contact-sheet", type=Path, metavar="OUT",
                        help=_("a contact sheet: OUT.pdf, or OUT.png for a PNG of each sheet (OUT-1.png…)"))
    shown = export.add_mutually_exclusive_group()
    shown.add_argument("--board", help=_("contact sheet: a gallery board's pictures"))
    shown.add_argument("--images", type=_id_list, help=_("contact sheet: these pictures, e.g. 1,5,9"))
    shown.add_argument("--pages", action="store_true", help=_("contact sheet: the book's pages, empty ones left out "
                                                            "(the default)"))
    export.add_argument("--per-page", type=int, choices=PER_PAGE, help=_("contact sheet: panels a sheet (4)"))
    export.add_argument("--landscape", action="store_true", help=_("contact sheet: landscape sheets"))
    export.add_argument("--client", default="", help=_("contact sheet: a line under the title, e.g. \"For Acme Books\""))
    stickers = sub.add_parser("stickers", help=_("sticker sheets with cut lines"))
    stickers.add_argument("book", type=Path)
    which = stickers.add_mutually_exclusive_group(required=True)
    which.add_argument("--images", type=_ids,
                       help=_("picture ids, e.g. 3,5,8; give one its own size with id:inches, e.g. 3:2.5,5"))
    which.add_argument("--cast", action="store_true", help=_("each cast member's reference picture"))
    which.add_argument("--board", help=_("a gallery board's pictures"))
    sheets = [*STICKER_PAPERS, *LABELS]
    stickers.add_argument("--sheet", default="letter", choices=sheets, help=_("paper or label sheet (letter)"))
    stickers.add_argument("--size", type=_inches, default=3.0, help=_("each sticker's longer side in inches (3)"))
    stickers.add_argument("--border", type=_inches, default=0.125, help=_("white border in inches (0.125)"))
    stickers.add_argument("--marks", action="store_true", help=_("Silhouette registration marks on the PDF"))
    stickers.add_argument("--out", type=Path, help=_("the sheet PDF, cut paths in the CutContour spot colour"))
    stickers.add_argument("--cricut", type=Path, help=_("Cricut Print Then Cut PNG (300 DPI)"))
    stickers.add_argument("--svg", type=Path, help=_("the cut paths as SVG"))
    stickers.add_argument("--dxf", type=Path, help=_("the cut paths as DXF in mm, for Silhouette Studio Basic"))
    stickers.add_argument("--keep-background", type=_ids, metavar="IDS",
                          help=_("these pictures keep their background (by default a flat one is removed)"))


def _dpi(text: str) -> int:
    # the messages looked up when the option is read, in the language of the moment
    return checked(int, _("“{text}” is not a whole number of DPI"), lambda value: DPI_RANGE[0] <= value <= DPI_RANGE[1],
                   _("page images are {low} to {high} DPI, not {value}").replace("{low}", str(DPI_RANGE[0]))
                   .replace("{high}", str(DPI_RANGE[1])))(text)


def _ids(text: str) -> dict[int, float | None]:
    """Picture ids, each with its own size if given: "3:2.5,5" is #3 at 2.5 in and #5 at the size for all."""
    chosen: dict[int, float | None] = {}
    try:
        for part in filter(None, text.replace(" ", "").split(",")):
            image_id, _colon, size = part.partition(":")
            chosen[int(image_id)] = float(size.removesuffix("in")) if size else None
    except ValueError:
        raise argparse.ArgumentTypeError(_("“{text}” is not a list of picture ids such as 3,5,8 or 3:2.5,5").format(
            text=text)) from None
    if not chosen:
        raise argparse.ArgumentTypeError(_("give at least one picture id"))
    return chosen


def _id_list(text: str) -> list[int]:
    return checked(lambda text: [int(part) for part in text.replace(" ", "").split(",") if part],
                   _("“{text}” is not a list of picture ids such as 1,5,9"), bool,
                   _("give at least one picture id"))(text)


def _inches(text: str) -> float:
    return checked(lambda text: float(text.removesuffix("in")), _("“{text}” is not a length in inches (e.g. 2.5)"))(text)


def check_export_args(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    _check_contact_sheet_args(parser, args)
    if not (args.pdf or args.cover or args.png or args.jpeg or args.contact_sheet):
        parser.error(_("say what to write: --pdf OUT.pdf, --cover OUT.pdf, --png DIR, --jpeg DIR or --contact-sheet OUT.pdf"))
    if (args.home or args.booklet or args.crop_marks or args.scale != "fit") and not args.pdf:
        parser.error(_("--home, --booklet, --scale and --crop-marks shape the --pdf file: give --pdf OUT.pdf"))
    if args.crop_marks and not args.home:
        parser.error(_("crop marks are for home prints (--home a4|letter); the print-ready file never has them"))
    if args.booklet and (args.crop_marks or args.scale != "fit"):
        parser.error(_("a booklet is always fitted to the sheet, without crop marks"))
    if args.png and args.jpeg:
        parser.error(_("choose --png or --jpeg for the page images, not both"))
    if args.dpi and not (args.png or args.jpeg or _png_sheets(args)):
        parser.error(_("--dpi is for page images: add --png DIR or --jpeg DIR"))
    if args.json and not args.preflight:
        parser.error(_("--json prints the preflight's findings: add --preflight"))
    if args.preflight and (args.home or args.booklet) and not args.cover:
        parser.error(_("--preflight checks the print-ready PDF and the cover wrap, not a home print or booklet"))


def _png_sheets(args: argparse.Namespace) -> bool:
    return bool(args.contact_sheet) and args.contact_sheet.suffix.lower() == ".png"


def _check_contact_sheet_args(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    sheet = args.contact_sheet
    if not sheet and (args.board or args.images or args.pages or args.per_page or args.landscape or args.client):
        parser.error(_("--board, --images, --pages, --per-page, --landscape and --client shape the contact sheet: "
                       "give --contact-sheet OUT.pdf"))
    if sheet and sheet.suffix.lower() not in (".pdf", ".png"):
        parser.error(_("the contact sheet is a PDF or PNG sheets: name it {stem}.pdf or {stem}.png").format(
            stem=sheet.stem))
    if args.paper in CONTACT_PAPERS and not sheet:
        parser.error(_("--paper {paper} is a contact sheet's paper: give --contact-sheet OUT.pdf (a cover's interior "
                       "paper is {papers})").format(paper=args.paper, papers=", ".join(PAPERS)))
    if args.paper in PAPERS and sheet and not args.cover:
        parser.error(_("--paper {paper} is a cover's interior paper; a contact sheet's is a4, letter or tabloid").format(
            paper=args.paper))


def run_export(args: argparse.Namespace) -> int:
    for out_path in (args.pdf, args.cover, args.contact_sheet):
        if out_path:
            check_target(out_path, args.book)
    check_distinct({"--pdf": args.pdf, "--cover": args.cover, "--png": args.png, "--jpeg": args.jpeg,
                    "--contact-sheet": args.contact_sheet})
    contact = _contact_sheet(args) if args.contact_sheet else None  # what is on it, before anything is written
    if contact and not (args.pdf or args.cover or args.png or args.jpeg):  # the print report is no use to it
        _say([contact()])
        return 0
    project = Project.open(args.book, read_only=True)
    try:
        book = snapshot(project)
    finally:
        project.close()
    target = args.target or book.format.target or None
    if args.preflight and not target:
        raise ExportError(_("say which printer to check for: --for {ids}").format(ids="|".join(TARGETS)))
    out = sys.stderr if args.json else sys.stdout  # with --json, stdout holds the JSON alone
    report = book_report(for_target(book, target))  # the chosen printer's rules, as the Export dialog says them
    for line in report.lines():
        print(f"  ! {line}" if line in report.warnings else f"  · {line}", file=out)
    said = set(report.lines())
    # Translators: a progress line on the terminal, "page 3/24"
    progress = Progress(_progress(_("page {done}/{total}")))
    results: list[ExportResult] = []
    checks: list[tuple[Path, str]] = []
    if args.pdf:
        kind = "booklet" if args.booklet else "home" if args.home else "book"
        choice = ExportChoice(kind, args.home or "a4", args.scale, args.crop_marks, target=target)
        results.append(export(book, choice, args.pdf, progress))
        checks += [(args.pdf, kind)] if kind == "book" else []
    if args.cover:
        cover = ExportChoice("cover", paper=args.paper, target=target, binding=args.binding)
        results.append(export(book, cover, args.cover, progress))
        checks.append((args.cover, "cover"))
    folder = args.png or args.jpeg
    if folder:
        choice = ExportChoice("images", image_format="png" if args.png else "jpeg", dpi=args.dpi or 150, target=target)
        results.append(export(book, choice, folder, progress))
    if contact:
        results.append(contact())
    _say(results, said, out)
    if args.preflight and target:
        return _preflight(book, target, checks, args.paper, args.json)
    return 0


def _preflight(book: BookSnapshot, target: str, checks: list[tuple[Path, str]], paper: str | None,
               as_json: bool) -> int:
    """Each written PDF checked for the printer: the findings on stderr (or as JSON on stdout); 2 when the printer
    would refuse one."""
    shaped = for_target(book, target).format
    shaped = replace(shaped, paper=paper) if paper else shaped
    interior = len(padded_interior(book)[0])
    files = []
    for path, kind in checks:
        findings = preflight(path, target, kind, shaped, interior)
        files.append({"path": str(path), "kind": kind, "findings": [f.as_dict() for f in findings]})
        values = {"target": TARGETS[target].name, "file": path.name, "n": len(findings)}
        print(ngettext("preflight for {target}: {file}: {n} finding", "preflight for {target}: {file}: {n} findings",
                       len(findings)).format(**values) if findings else
              _("preflight for {target}: {file}: passed").format(**values), file=sys.stderr)
        for f in findings:
            mark = "✗" if f.severity == BLOCKING else "!"
            # Translators: a finding and the button that fixes it, "24 pages: … [fix: Add 8 blank pages]"
            said = (_("{message} [fix: {fix}]").format(message=f.message, fix=f.fix_label) if f.fix else f.message)
            print(f"  {mark} {said}", file=sys.stderr)
    refused = any(f["severity"] == BLOCKING for file in files for f in file["findings"])
    if as_json:
        print(json.dumps({"target": target, "passed": not refused, "files": files}, ensure_ascii=False, indent=2))
    return 2 if refused else 0


def _contact_sheet(args: argparse.Namespace) -> Callable[[], ExportResult]:
    """The contact sheet's panels, chosen now (an unknown board or picture is said before any file is written),
    and what writes it."""
    project = Project.open(args.book, read_only=True)
    try:
        source = "board" if args.board is not None else "images" if args.images else "pages"
        sheet = choose_panels(project, source, args.board or "", args.images)
    finally:
        project.close()
    options = SheetOptions(args.per_page or 4, args.paper if args.paper in CONTACT_PAPERS else "a4", args.landscape,
                           args.client)
    options.validate()
    return lambda: write_contact_sheet(sheet, options, args.contact_sheet, args.dpi or PNG_DPI,
                                       Progress(_progress(_("panel {done}/{total}"))))


def run_stickers(args: argparse.Namespace) -> int:
    if not (args.out or args.cricut or args.svg or args.dxf):
        raise ExportError(_("say where to write the stickers: --out OUT.pdf, --cricut OUT.png, --svg OUT.svg or "
                            "--dxf OUT.dxf"))
    for target in (args.out, args.cricut, args.svg, args.dxf):
        if target:
            check_target(target, args.book)
    check_distinct({"--out": args.out, "--cricut": args.cricut, "--svg": args.svg, "--dxf": args.dxf})
    from studio.core.stickers.make import (  # OpenCV only when needed
        StickerRequest,
        make_sheets,
        pick_images,
    )

    project = Project.open(args.book, read_only=True)
    try:
        picks = pick_images(project, list(args.images or ()), args.cast, args.board)
        picks = [replace(p, size_in=(args.images or {}).get(p.image_id),
                         remove_background=p.remove_background and p.image_id not in (args.keep_background or {}))
                 for p in picks]
    finally:
        project.close()
    request = StickerRequest(tuple(picks), args.size, args.border,
                             SheetSpec(args.sheet, registration=args.marks), args.out, args.cricut, args.svg, args.dxf)
    result = make_sheets(request, Progress(_progress(_("step {done}/{total}"))))
    _say([result])
    return 0


def _progress(line: str):
    """Progress on a terminal, rewritten in place; none when stderr is a file, so it holds only the reason. `line`
    names {done} and {total}."""
    def show(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print("\r" + line.format(done=done, total=total), end="\n" if done == total else "", file=sys.stderr,
                  flush=True)
    return show


def _say(results: list[ExportResult], said: set[str] | None = None, out=None) -> None:
    """Each result's notes (once: the report before the export may have said one already) and files."""
    said = set() if said is None else said
    for result in results:
        for note in result.notes:
            if note not in said:
                said.add(note)
                print(f"  · {note}", file=out)
        for path in result.paths:
            print(_("wrote {path}").format(path=path), file=out)
