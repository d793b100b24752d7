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
from studio.core.i18n import _, ngettext
from studio.core.units import size as page_size
from studio.core.layout.geometry import PAPER_SIZES_IN, POINTS_PER_INCH, Box
from studio.core.layout.plan import PagePlan, plan_page
from studio.core.layout.sides import page_label
from studio.core.layout.templates import new_page
from studio.core.output.book_pdf import ExportResult, blank_page, draw_plan, new_canvas
from studio.core.output.files import ExportError, Progress, write_atomically
from studio.core.output.imposition import (
    BACK_COVER,
    BLANK,
    CLOSING,
    COVER,
    INSIDE_COVER,
    PAGE,
    BookletPage,
    saddle_stitch,
    self_cover_plan,
)
from studio.core.output.pictures import PicturePrep
from studio.core.output.snapshot import BookSnapshot
from studio.core.output.targets import listed

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
            raise ExportError(_("Unknown paper size “{name}”: use {names}.").format(
                name=self.sheet, names=listed(list(SHEETS), "or")))
        if self.scale not in SCALES:
            raise ExportError(_("Unknown scale “{name}”: use {names}.").format(name=self.scale, names=listed(list(SCALES), "or")))


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
        raise ExportError(_("The book has no pages to print yet: add a page first."))
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
            notes.append(_("Pages are printed at {percent} to fit on {sheet}.").format(
                percent=f"{scale:.0%}", sheet=options.sheet.upper()))
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
    sides, plan = booklet_sides(book)
    sheet, boxes, scale = booklet_sheet(book.format, sheet_id)
    pdf, buffer = new_canvas(book, sheet, "Folded booklet")
    prep, problems = PicturePrep(book.images), []
    for done, side in enumerate(sides, start=1):
        progress.check()
        for (page, number), target in zip(side, boxes):
            drawn = plan_page(book.format, page, number, book.sizes)
            _place(pdf, drawn, drawn.geometry.trim_box, target, scale, prep, problems, page_label(page, number))
        _fold_ticks(pdf, sheet)
        pdf.showPage()
        progress.step(done, len(sides))
    pdf.save()
    sheets = len(plan) // 4
    notes = [ngettext("{n} sheet: print double-sided, flip on the short edge, fold in half and staple on the fold.",
                      "{n} sheets: print double-sided, flip on the short edge, fold in half and staple on the fold.",
                      sheets).format(n=sheets)] + booklet_notes(plan)
    return ExportResult([write_atomically(out, buffer.getvalue())], len(sides), notes + problems)


Numbered = tuple[Page, int]


def booklet_notes(plan: list[BookletPage]) -> list[str]:
    """What the booklet adds to the book's pages, and why."""
    blanks = sum(1 for p in plan if p.role == BLANK)
    notes = []
    if any(p.role == INSIDE_COVER for p in plan):
        notes.append(_("The inside of the front cover is left blank, so page 1 of the book stays a right-hand page."))
    if blanks:
        notes.append(ngettext("{n} blank page added before the back cover (a booklet is a multiple of 4 pages).",
                              "{n} blank pages added before the back cover (a booklet is a multiple of 4 pages).",
                              blanks).format(n=blanks))
    if any(p.role == CLOSING for p in plan):
        notes.append(_("The inside of the back cover carries the title and byline, so no side of a sheet is empty."))
    return notes


def booklet_sides(book: BookSnapshot) -> tuple[list[tuple[Numbered, Numbered]], list[BookletPage]]:
    """The booklet's sheet sides in printing order — front of sheet 1, back of sheet 1, front of sheet 2… — each
    as its (left, right) pages with the numbers their side and margins come from, and the booklet's pages in
    order (imposition.self_cover_plan: which book page lands where). The booklet file and its preview are both
    made from this."""
    cover, back, interior = book.cover("cover"), book.cover("back_cover"), book.interior
    if not (cover or back or interior):
        raise ExportError(_("The book has no pages to print yet: add a page first."))
    plan = self_cover_plan(len(interior), cover is not None, back is not None)
    start = 3 if cover else 1
    pages: list[Numbered] = []
    for slot in plan:
        if slot.role == COVER and cover:
            pages.append((cover, 1))
        elif slot.role == BACK_COVER and back:
            pages.append((back, 2))
        elif slot.role == PAGE:
            pages.append((interior[slot.page - 1], slot.page))
        elif slot.role == CLOSING:
            pages.append((closing_page(book, slot.position), slot.position - start + 1))
        else:  # the number only gives the page its side: a blank keeps the side it is printed on
            pages.append((blank_page(10_000 + slot.position), slot.position - start + 1))
    return [(pages[left], pages[right]) for left, right in saddle_stitch(len(plan))], plan


def closing_page(book: BookSnapshot, position: int) -> Page:
    """A short page for the inside back cover: the title and byline as the book's title page (or cover) has
    them, in the person's own words and language; else as Book settings have them."""
    def written(slot: str) -> str:
        for kind in ("title", "cover"):
            for page in book.pages:
                for frame in page.shown() if page.kind == kind else ():
                    if frame.slot == slot and frame.text.strip():
                        return frame.text.strip()
        return ""
    title = written("title") or book.title
    byline = written("byline") or book.format.author.strip()
    page = new_page("title", book.format, 1, "title", page_id=-10_000 - position)
    texts = {"title": title, "byline": byline}
    frames = tuple(f.moved(text=texts.get(f.slot, ""), props={**f.props, "size": CLOSING_SIZES[f.slot]})
                   for f in page.frames)
    return Page(page.id, position, frames, "title", page.template)


CLOSING_SIZES = {"title": 20, "byline": 12}


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
        said = (_("The {size} pages do not fit on {sheet} at actual size with crop marks: choose “fit to page”.")
                if options.crop_marks else
                _("The {size} pages do not fit on {sheet} at actual size: choose “fit to page”."))
        raise ExportError(said.format(size=page_size(w, h), sheet=options.sheet.upper()))
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
