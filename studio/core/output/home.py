"""Printing at home: the book on A4 or Letter, one page per sheet (fit to the sheet or at actual size, with
crop marks outside the bleed if asked), or as a folded booklet, two pages a side in saddle-stitch order.

These are separate files from the print-ready PDF: crop marks and sheets never reach what a print service
gets."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from studio.core.document.model import BookFormat, Page
from studio.core.layout.geometry import PAPER_SIZES_IN, POINTS_PER_INCH, Box
from studio.core.layout.plan import PagePlan, plan_page
from studio.core.layout.sides import page_label
from studio.core.output.book_pdf import ExportResult, blank_page, draw_plan, new_canvas
from studio.core.output.files import ExportError, Progress, write_atomically
from studio.core.output.imposition import padded_count, saddle_stitch
from studio.core.output.pictures import PicturePrep
from studio.core.output.snapshot import BookSnapshot

SHEETS: dict[str, tuple[float, float]] = {  # portrait, in points
    name: (w * POINTS_PER_INCH, h * POINTS_PER_INCH) for name, (w, h) in PAPER_SIZES_IN.items()}
SCALES = ("fit", "actual")
PRINTER_MARGIN = 0.25 * POINTS_PER_INCH  # most home printers cannot print closer to the edge
MARK_OFFSET = 3.0  # crop marks start this far outside the bleed…
MARK_LENGTH = 18.0  # …and are this long
MARK_WIDTH = 0.25


@dataclass(frozen=True)
class HomeOptions:
    sheet: str = "a4"
    scale: str = "fit"  # "fit" to the sheet or "actual" size
    crop_marks: bool = False

    def validate(self) -> None:
        if self.sheet not in SHEETS:
            raise ExportError(f"Unknown paper size “{self.sheet}”: use {' or '.join(SHEETS)}.")
        if self.scale not in SCALES:
            raise ExportError(f"Unknown scale “{self.scale}”: use {' or '.join(SCALES)}.")


def reading_pages(book: BookSnapshot) -> tuple[Page, ...]:
    """Cover, interior, back cover: the order a reader turns them."""
    front = tuple(p for p in (book.cover("cover"),) if p)
    back = tuple(p for p in (book.cover("back_cover"),) if p)
    return front + book.interior + back


def render_home(book: BookSnapshot, out: Path | str, options: HomeOptions = HomeOptions(),
                progress: Progress | None = None) -> ExportResult:
    options.validate()
    progress = progress or Progress()
    numbered = book.numbered(reading_pages(book))
    if not numbered:
        raise ExportError("The book has no pages to print yet: add a page first.")
    pdf, buffer = new_canvas(book, SHEETS[options.sheet], "Home print")
    prep, problems = PicturePrep(book.images), []
    notes: list[str] = []
    for done, (page, number) in enumerate(numbered, start=1):
        progress.check()
        plan = plan_page(book.format, page, number, book.sizes)
        sheet = _sheet_for(plan, options)
        pdf.setPageSize(sheet)
        scale = _scale(plan, sheet, options)
        if scale < 0.999 and options.scale == "fit" and not notes:
            notes.append(f"Pages are printed at {scale:.0%} to fit on {options.sheet.upper()}.")
        shown = plan.geometry.bleed_box if options.crop_marks else plan.geometry.trim_box
        target = _centred(shown, scale, sheet)
        _place(pdf, plan, shown, target, scale, prep, problems, page_label(page, number))
        if options.crop_marks:
            _crop_marks(pdf, plan, shown, target, scale)
        pdf.showPage()
        progress.step(done, len(numbered))
    pdf.save()
    return ExportResult([write_atomically(out, buffer.getvalue())], len(numbered), notes + problems)


def render_booklet(book: BookSnapshot, out: Path | str, sheet_id: str = "a4",
                   progress: Progress | None = None) -> ExportResult:
    """Two pages a side on landscape sheets, in saddle-stitch order. Print double-sided, flipping on the
    short edge, fold the stack in half and staple on the fold."""
    HomeOptions(sheet_id).validate()
    progress = progress or Progress()
    sides, blanks = booklet_sides(book)
    total = 2 * len(sides)
    sheet, boxes, scale = booklet_sheet(book.format, sheet_id)
    pdf, buffer = new_canvas(book, sheet, "Folded booklet")
    prep, problems = PicturePrep(book.images), []
    for done, side in enumerate(sides, start=1):
        progress.check()
        for (page, number), target in zip(side, boxes):
            plan = plan_page(book.format, page, number, book.sizes)
            _place(pdf, plan, plan.geometry.trim_box, target, scale, prep, problems, page_label(page, number))
        _fold_ticks(pdf, sheet)
        pdf.showPage()
        progress.step(done, len(sides))
    pdf.save()
    notes = [(f"{total // 4} sheet{'s' if total > 4 else ''}: print double-sided, flip on the short edge, "
              "fold in half and staple on the fold.")]
    if blanks:
        notes.append(f"{blanks} blank page{'s' if blanks > 1 else ''} added before the back cover "
                     "(a booklet is a multiple of 4 pages).")
    return ExportResult([write_atomically(out, buffer.getvalue())], len(sides), notes + problems)


Numbered = tuple[Page, int]


def booklet_sides(book: BookSnapshot) -> tuple[list[tuple[Numbered, Numbered]], int]:
    """The booklet's sheet sides in printing order — front of sheet 1, back of sheet 1, front of sheet 2… — each
    as its (left, right) pages with their numbers, and how many blank pages were added (before the back cover)
    to make a multiple of four. The booklet file and its preview are both made from this."""
    pages = list(reading_pages(book))
    if not pages:
        raise ExportError("The book has no pages to print yet: add a page first.")
    total = padded_count(len(pages))
    blanks = total - len(pages)
    end = len(pages) - (1 if pages[-1].kind == "back_cover" else 0)
    pages[end:end] = [blank_page(10_000 + i) for i in range(blanks)]
    numbered = book.numbered(tuple(pages))
    return [(numbered[left], numbered[right]) for left, right in saddle_stitch(total)], blanks


def booklet_sheet(fmt: BookFormat, sheet_id: str) -> tuple[tuple[float, float], tuple[Box, Box], float]:
    """A booklet's landscape sheet (points), where its left and right pages go on it (boxes in points, origin
    bottom-left: they meet at the fold) and the scale the trimmed pages are drawn at."""
    portrait = SHEETS[sheet_id]
    sheet = (portrait[1], portrait[0])
    half = sheet[0] / 2
    trim_w, trim_h = fmt.trim_width_in * POINTS_PER_INCH, fmt.trim_height_in * POINTS_PER_INCH
    scale = min((half - PRINTER_MARGIN) / trim_w, (sheet[1] - 2 * PRINTER_MARGIN) / trim_h)
    y0, w, h = (sheet[1] - trim_h * scale) / 2, trim_w * scale, trim_h * scale
    return sheet, ((half - w, y0, half, y0 + h), (half, y0, half + w, y0 + h)), scale


def _sheet_for(plan: PagePlan, options: HomeOptions) -> tuple[float, float]:
    width, height = SHEETS[options.sheet]
    page_w, page_h = plan.geometry.trim_size
    return (height, width) if page_w > page_h else (width, height)


def _needed(plan: PagePlan, options: HomeOptions) -> tuple[float, float]:
    x0, y0, x1, y1 = plan.geometry.bleed_box if options.crop_marks else plan.geometry.trim_box
    extra = 2 * (MARK_OFFSET + MARK_LENGTH) if options.crop_marks else 0.0
    return x1 - x0 + extra, y1 - y0 + extra


def _scale(plan: PagePlan, sheet: tuple[float, float], options: HomeOptions) -> float:
    need_w, need_h = _needed(plan, options)
    room_w, room_h = sheet[0] - 2 * PRINTER_MARGIN, sheet[1] - 2 * PRINTER_MARGIN
    fit = min(room_w / need_w, room_h / need_h)
    if options.scale == "fit":
        return min(1.0, fit)
    if fit < 0.999:
        w, h = (v / POINTS_PER_INCH for v in plan.geometry.trim_size)
        raise ExportError(f"The {w:.2f} × {h:.2f} in pages do not fit on {options.sheet.upper()} at actual size"
                          f"{' with crop marks' if options.crop_marks else ''}: choose “fit to page”.")
    return 1.0


def _centred(shown: Box, scale: float, sheet: tuple[float, float]) -> Box:
    width, height = (shown[2] - shown[0]) * scale, (shown[3] - shown[1]) * scale
    x0, y0 = (sheet[0] - width) / 2, (sheet[1] - height) / 2
    return x0, y0, x0 + width, y0 + height


def _place(pdf: Canvas, plan: PagePlan, shown: Box, target: Box, scale: float, prep: PicturePrep,
           problems: list[str], label: str) -> None:
    """Draw the part `shown` of a page's plan into `target` on the sheet."""
    pdf.saveState()
    clip = pdf.beginPath()
    clip.rect(target[0], target[1], target[2] - target[0], target[3] - target[1])
    pdf.clipPath(clip, stroke=0, fill=0)
    pdf.translate(target[0], target[1])
    pdf.scale(scale, scale)
    pdf.translate(-shown[0], -shown[1])
    draw_plan(pdf, plan, prep, problems, label)
    pdf.restoreState()


def _crop_marks(pdf: Canvas, plan: PagePlan, shown: Box, target: Box, scale: float) -> None:
    """Short lines on the trim lines' extensions, starting outside the bleed, so they never print on the page."""
    def sheet_xy(x: float, y: float) -> tuple[float, float]:
        return target[0] + (x - shown[0]) * scale, target[1] + (y - shown[1]) * scale
    tx0, ty0 = sheet_xy(*plan.geometry.trim_box[:2])
    tx1, ty1 = sheet_xy(*plan.geometry.trim_box[2:])
    bx0, by0, bx1, by1 = target
    pdf.saveState()
    pdf.setStrokeColor(Color(0, 0, 0))
    pdf.setLineWidth(MARK_WIDTH)
    for x in (tx0, tx1):
        pdf.line(x, by0 - MARK_OFFSET, x, by0 - MARK_OFFSET - MARK_LENGTH)
        pdf.line(x, by1 + MARK_OFFSET, x, by1 + MARK_OFFSET + MARK_LENGTH)
    for y in (ty0, ty1):
        pdf.line(bx0 - MARK_OFFSET, y, bx0 - MARK_OFFSET - MARK_LENGTH, y)
        pdf.line(bx1 + MARK_OFFSET, y, bx1 + MARK_OFFSET + MARK_LENGTH, y)
    pdf.restoreState()


def _fold_ticks(pdf: Canvas, sheet: tuple[float, float]) -> None:
    """A short tick at the top and bottom of the fold line, in the printer's margin."""
    pdf.saveState()
    pdf.setStrokeColor(Color(0.6, 0.6, 0.6))
    pdf.setLineWidth(MARK_WIDTH)
    x = sheet[0] / 2
    pdf.line(x, 0, x, PRINTER_MARGIN * 0.6)
    pdf.line(x, sheet[1], x, sheet[1] - PRINTER_MARGIN * 0.6)
    pdf.restoreState()
