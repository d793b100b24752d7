"""`studio export` and `studio stickers`: the print files, headless, on the same core as the window."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from studio.cli_args import checked
from studio.core.app.project import Project
from studio.core.output.book_pdf import ExportResult
from studio.core.output.cover import PAPERS
from studio.core.output.exports import ExportChoice, export
from studio.core.output.files import ExportError, Progress, check_distinct, check_target
from studio.core.output.home import SCALES, SHEETS
from studio.core.output.page_images import DPI_RANGE
from studio.core.output.report import book_report
from studio.core.output.snapshot import snapshot
from studio.core.stickers.labels import LABELS
from studio.core.stickers.sheet import PAPERS as STICKER_PAPERS
from studio.core.stickers.sheet import SheetSpec


def add_parsers(sub) -> None:
    export = sub.add_parser("export", help="write the book's print files",
                            description="Write the print-ready interior PDF (or a home print or booklet with "
                                        "--home/--booklet), the cover wrap and page images.")
    export.add_argument("book", type=Path)
    export.add_argument("--pdf", type=Path, help="the book PDF: print-ready, or for home printing with --home")
    export.add_argument("--home", choices=list(SHEETS), help="lay the pages out on A4 or Letter for a home printer")
    export.add_argument("--scale", choices=list(SCALES), default="fit", help="home print: fit to the sheet, or actual size")
    export.add_argument("--crop-marks", action="store_true", help="home print: marks where to cut, outside the bleed")
    export.add_argument("--booklet", action="store_true",
                        help="a folded booklet: two pages a side in saddle-stitch order, on --home paper (A4)")
    export.add_argument("--cover", type=Path, help="the cover wrap PDF: back, spine and front")
    export.add_argument("--paper", choices=list(PAPERS), help="interior paper, which sets the spine width")
    export.add_argument("--png", type=Path, metavar="DIR", help="a PNG of each page in this folder")
    export.add_argument("--jpeg", type=Path, metavar="DIR", help="a JPEG of each page in this folder")
    export.add_argument("--dpi", type=_dpi, help=f"page images' resolution ({DPI_RANGE[0]}–{DPI_RANGE[1]}, 150)")
    stickers = sub.add_parser("stickers", help="sticker sheets with cut lines")
    stickers.add_argument("book", type=Path)
    which = stickers.add_mutually_exclusive_group(required=True)
    which.add_argument("--images", type=_ids,
                       help="picture ids, e.g. 3,5,8; give one its own size with id:inches, e.g. 3:2.5,5")
    which.add_argument("--cast", action="store_true", help="each cast member's reference picture")
    which.add_argument("--board", help="a gallery board's pictures")
    sheets = [*STICKER_PAPERS, *LABELS]
    stickers.add_argument("--sheet", default="letter", choices=sheets, help="paper or label sheet (letter)")
    stickers.add_argument("--size", type=_inches, default=3.0, help="each sticker's longer side in inches (3)")
    stickers.add_argument("--border", type=_inches, default=0.125, help="white border in inches (0.125)")
    stickers.add_argument("--marks", action="store_true", help="Silhouette registration marks on the PDF")
    stickers.add_argument("--out", type=Path, help="the sheet PDF, cut paths in the CutContour spot colour")
    stickers.add_argument("--cricut", type=Path, help="Cricut Print Then Cut PNG (300 DPI)")
    stickers.add_argument("--svg", type=Path, help="the cut paths as SVG")
    stickers.add_argument("--dxf", type=Path, help="the cut paths as DXF in mm, for Silhouette Studio Basic")
    stickers.add_argument("--keep-background", type=_ids, metavar="IDS",
                          help="these pictures keep their background (by default a flat one is removed)")


_dpi = checked(int, "“{text}” is not a whole number of DPI", lambda value: DPI_RANGE[0] <= value <= DPI_RANGE[1],
               f"page images are {DPI_RANGE[0]} to {DPI_RANGE[1]} DPI, not {{value}}")


def _ids(text: str) -> dict[int, float | None]:
    """Picture ids, each with its own size if given: "3:2.5,5" is #3 at 2.5 in and #5 at the size for all."""
    chosen: dict[int, float | None] = {}
    try:
        for part in filter(None, text.replace(" ", "").split(",")):
            image_id, _, size = part.partition(":")
            chosen[int(image_id)] = float(size.removesuffix("in")) if size else None
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a list of picture ids such as 3,5,8 or 3:2.5,5") from None
    if not chosen:
        raise argparse.ArgumentTypeError("give at least one picture id")
    return chosen


_inches = checked(lambda text: float(text.removesuffix("in")), "“{text}” is not a length in inches (e.g. 2.5)")


def check_export_args(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    if not (args.pdf or args.cover or args.png or args.jpeg):
        parser.error("say what to write: --pdf OUT.pdf, --cover OUT.pdf, --png DIR or --jpeg DIR")
    if (args.home or args.booklet or args.crop_marks or args.scale != "fit") and not args.pdf:
        parser.error("--home, --booklet, --scale and --crop-marks shape the --pdf file: give --pdf OUT.pdf")
    if args.crop_marks and not args.home:
        parser.error("crop marks are for home prints (--home a4|letter); the print-ready file never has them")
    if args.booklet and (args.crop_marks or args.scale != "fit"):
        parser.error("a booklet is always fitted to the sheet, without crop marks")
    if args.png and args.jpeg:
        parser.error("choose --png or --jpeg for the page images, not both")
    if args.dpi and not (args.png or args.jpeg):
        parser.error("--dpi is for page images: add --png DIR or --jpeg DIR")


def run_export(args: argparse.Namespace) -> int:
    for target in (args.pdf, args.cover):
        if target:
            check_target(target, args.book)
    check_distinct({"--pdf": args.pdf, "--cover": args.cover, "--png": args.png, "--jpeg": args.jpeg})
    project = Project.open(args.book, read_only=True)
    try:
        book = snapshot(project)
    finally:
        project.close()
    report = book_report(book)
    for line in report.lines():
        print(f"  ! {line}" if line in report.warnings else f"  · {line}")
    said = set(report.lines())
    progress = Progress(_progress("page"))
    results: list[ExportResult] = []
    if args.pdf:
        kind = "booklet" if args.booklet else "home" if args.home else "book"
        choice = ExportChoice(kind, args.home or "a4", args.scale, args.crop_marks)
        results.append(export(book, choice, args.pdf, progress))
    if args.cover:
        results.append(export(book, ExportChoice("cover", paper=args.paper), args.cover, progress))
    folder = args.png or args.jpeg
    if folder:
        choice = ExportChoice("images", image_format="png" if args.png else "jpeg", dpi=args.dpi or 150)
        results.append(export(book, choice, folder, progress))
    _say(results, said)
    return 0


def run_stickers(args: argparse.Namespace) -> int:
    if not (args.out or args.cricut or args.svg or args.dxf):
        raise ExportError("say where to write the stickers: --out OUT.pdf, --cricut OUT.png, --svg OUT.svg or "
                          "--dxf OUT.dxf")
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
    result = make_sheets(request, Progress(_progress("step")))
    _say([result])
    return 0


def _progress(unit: str):
    """Progress on a terminal, rewritten in place; none when stderr is a file, so it holds only the reason."""
    def show(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{unit} {done}/{total}", end="\n" if done == total else "", file=sys.stderr, flush=True)
    return show


def _say(results: list[ExportResult], said: set[str] | None = None) -> None:
    """Each result's notes (once: the report before the export may have said one already) and files."""
    said = set() if said is None else said
    for result in results:
        for note in result.notes:
            if note not in said:
                said.add(note)
                print(f"  · {note}")
        for path in result.paths:
            print(f"wrote {path}")
