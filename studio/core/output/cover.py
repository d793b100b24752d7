"""The cover wrap a print service asks for: back cover, spine and front cover on one sheet, with bleed all
round (a paperback) or a wrap that folds over the boards (a hardcover case). The spine is as wide as the
interior is thick (pages × the paper's thickness per page, KDP's figures) and carries the title, fitted, only
when the book is thick enough for text to stay on it. The front's colour runs across the spine and the back,
the back carries its words (the blurb), and the barcode area is kept white."""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from pathlib import Path

from PIL import Image, ImageStat
from reportlab.lib.colors import Color

from studio.core.document.model import BookFormat, Page
from studio.core.i18n import N_, _, ngettext
from studio.core.units import length, size as page_size
from studio.core.layout.barcode import BARCODE_HEIGHT_IN, BARCODE_WIDTH_IN, barcode_box_in
from studio.core.layout.geometry import POINTS_PER_INCH, Box
from studio.core.layout.lines import TextStyle, line_runs, measure
from studio.core.layout.plan import PagePlan, TextItem, plan_page
from studio.core.output.book_pdf import (
    ExportResult,
    draw_plan,
    finished,
    new_canvas,
    padded_interior,
)
from studio.core.output.files import ExportError, Progress, write_atomically
from studio.core.output.pdfx import PdfStandard
from studio.core.output.pictures import PicturePrep
from studio.core.output.snapshot import BookSnapshot
from studio.core.output.spine import SpineText, fit_spine_text
from studio.core.pixels import srgb


@dataclass(frozen=True)
class Paper:
    id: str
    label_en: str  # N_-marked; `label` is it in the reader's language
    inch_per_page: float

    @property
    def label(self) -> str:
        return _(self.label_en)


PAPERS: dict[str, Paper] = {p.id: p for p in (
    Paper("white", N_("White paper (black ink)"), 0.002252),
    Paper("cream", N_("Cream paper (black ink)"), 0.0025),
    Paper("color", N_("Standard colour"), 0.002252),
    Paper("premium_color", N_("Premium colour"), 0.002347),
)}
SPINE_TEXT_MIN_PAGES = 80  # KDP puts no text on a spine of 79 pages or fewer: it would run off the edge


@dataclass(frozen=True)
class Binding:
    id: str
    label_en: str  # N_-marked; `label` is it in the reader's language
    wrap_in: float | None  # the art beyond each outer trim edge: None for the book's own bleed
    hinge_in: float  # the groove between a board and the spine, either side of it

    @property
    def label(self) -> str:
        return _(self.label_en)


# KDP hardcover (case laminate): the printed sheet folds 0.591 in (15 mm) round each board edge (kdpprintcover.com
# "Hardcover case laminate dimensions" and kdpbuilder.com "KDP hardcover cover size", both after KDP's template).
# The hinge is where the sources differ (5 mm, 3/8 in, 10 mm): 10 mm as KDP's template generator draws it; check
# a case against KDP's own template for the trim before the first upload.
HARDCOVER_WRAP_IN = 0.591
HARDCOVER_HINGE_IN = 0.394
BINDINGS: dict[str, Binding] = {b.id: b for b in (
    Binding("paperback", N_("Paperback"), None, 0.0),
    Binding("hardcover", N_("Hardcover (case laminate)"), HARDCOVER_WRAP_IN, HARDCOVER_HINGE_IN),
)}


def paper(paper_id: str) -> Paper:
    if paper_id not in PAPERS:
        raise ExportError(_("Unknown paper “{name}”: use one of {names}.").format(name=paper_id, names=", ".join(PAPERS)))
    return PAPERS[paper_id]


def spine_width_in(pages: int, paper_id: str) -> float:
    return pages * paper(paper_id).inch_per_page


def binding(binding_id: str) -> Binding:
    if binding_id not in BINDINGS:
        raise ExportError(_("Unknown binding “{name}”: use one of {names}.").format(
            name=binding_id, names=", ".join(BINDINGS)))
    return BINDINGS[binding_id]


@dataclass(frozen=True)
class CoverGeometry:
    media_size: tuple[float, float]
    trim_box: Box  # the whole wrap as cut (a case: the boards' outer edges)
    back: Box  # each panel's trim, in points from the bottom-left of the sheet
    spine: Box  # the spine itself; a case's hinges lie either side of it
    front: Box
    pages: int
    spine_text: bool
    binding: str = "paperback"

    @property
    def barcode(self) -> Box:
        """The barcode area on the sheet, in points."""
        pt, (bx0, by0, bx1, by1) = POINTS_PER_INCH, self.back
        x0, y0, x1, y1 = barcode_box_in((bx1 - bx0) / pt, (by1 - by0) / pt)
        return bx0 + x0 * pt, by0 + y0 * pt, bx0 + x1 * pt, by0 + y1 * pt


def _service_paper(fmt: BookFormat):  # -> targets.SpinePaper | None
    """The paper as the book's print service measures it (its own spine formula), when the export is for one."""
    from studio.core.output.targets import TARGETS

    service = TARGETS.get(fmt.target or "")
    return service.paper(fmt.paper) if service is not None else None


def spine_in(fmt: BookFormat, pages: int) -> float:
    """The spine's width: the print service's own figures for its paper, else KDP's (PAPERS)."""
    chosen = _service_paper(fmt)
    return chosen.width_in(pages) if chosen is not None else spine_width_in(pages, fmt.paper)


def paper_label(fmt: BookFormat) -> str:
    chosen = _service_paper(fmt)
    return chosen.label if chosen is not None else paper(fmt.paper).label


def cover_geometry(fmt: BookFormat, pages: int, binding_id: str = "paperback") -> CoverGeometry:
    pt, case = POINTS_PER_INCH, binding(binding_id)
    edge = (fmt.bleed_in if case.wrap_in is None else case.wrap_in) * pt
    hinge, width, height = case.hinge_in * pt, fmt.trim_width_in * pt, fmt.trim_height_in * pt
    spine = spine_in(fmt, pages) * pt
    back = (edge, edge, edge + width, edge + height)
    spine_box = (back[2] + hinge, edge, back[2] + hinge + spine, edge + height)
    front = (spine_box[2] + hinge, edge, spine_box[2] + hinge + width, edge + height)
    media = (front[2] + edge, height + 2 * edge)
    return CoverGeometry(media, (edge, edge, front[2], edge + height), back, spine_box, front, pages,
                         pages >= SPINE_TEXT_MIN_PAGES, case.id)


def render_cover(book: BookSnapshot, out: Path | str, progress: Progress | None = None,
                 standard: PdfStandard | None = None, *, binding: str = "paperback") -> ExportResult:
    progress = progress or Progress()
    interior, _blanks = padded_interior(book)
    if not interior:
        raise ExportError(_("The book has no pages yet, so the spine has no width: add pages first."))
    geometry = cover_geometry(book.format, len(interior), binding)
    pdf, buffer = new_canvas(book, geometry.media_size, "Cover wrap")
    pdf.setTrimBox(geometry.trim_box)
    pdf.setBleedBox((0.0, 0.0, *geometry.media_size))
    prep, problems = PicturePrep(book.images, standard=standard), []
    front_page, back_page = book.cover("cover"), book.cover("back_cover")
    colour = _wrap_colour(book, front_page)
    _background(pdf, geometry, colour)
    spine_x0, spine_x1 = geometry.spine[0], geometry.spine[2]
    edge = geometry.trim_box[1]  # the bleed, or a case's wrap
    _panel(pdf, book, front_page, geometry.front, (spine_x1, geometry.media_size[0]), edge, prep, problems, _("Cover"))
    progress.step(1, 3)
    back_plan = _panel(pdf, book, back_page, geometry.back, (0.0, spine_x0), edge, prep, problems, _("Back cover"))
    problems.extend(_keep_barcode_clear(pdf, geometry, back_plan))
    progress.step(2, 3)
    spine = _spine(pdf, book, geometry, colour)
    pdf.showPage()
    pdf.save()
    progress.step(3, 3)
    path = write_atomically(out, finished(buffer.getvalue(), standard))
    return ExportResult([path], 1, [_spine_note(book, geometry, spine)] + problems)


def _spine_note(book: BookSnapshot, geometry: CoverGeometry, spine: SpineText | None) -> str:
    width = (geometry.spine[2] - geometry.spine[0]) / POINTS_PER_INCH
    said = [ngettext("Spine {width} for {pages} page on {paper}", "Spine {width} for {pages} pages on {paper}",
                     geometry.pages).format(width=length(width), pages=geometry.pages,
                                            paper=paper_label(book.format).lower())]
    if geometry.binding != "paperback":
        case = BINDINGS[geometry.binding]
        said.append(_("{binding}: {wrap} folds round each board and a {hinge} hinge lies either side of the spine "
                      "(check it against KDP's hardcover template)").format(
                          binding=case.label.lower(), wrap=length(case.wrap_in), hinge=length(case.hinge_in)))
    if not geometry.spine_text:
        said.append(_("no spine text (a spine needs {least} pages or more to carry it)").format(
            least=SPINE_TEXT_MIN_PAGES))
    elif spine is None:
        said.append(_("no spine text (the book has no title)"))
    elif not spine.fits:
        said.append(spine.note)
    elif spine.note:
        said.append(_("spine title at {size} pt ({note})").format(size=f"{spine.size:.1f}", note=spine.note))
    else:
        said.append(_("spine title at {size} pt").format(size=f"{spine.size:.1f}"))
    return "; ".join(said) + "."


def _panel(pdf, book: BookSnapshot, page: Page | None, trim: Box, clip_x: tuple[float, float], edge: float,
           prep: PicturePrep, problems: list[str], label: str) -> PagePlan | None:
    """One cover panel: the page's own plan (bleed on all sides, as far as the wrap's edge: a case's pictures run
    on round the boards) moved onto its place on the wrap and cut at the spine, so nothing of the front spills onto
    the back. The plan comes back in sheet coordinates."""
    if page is None:
        return None
    fmt = replace(book.format, bleed_model="all", bleed_in=edge / POINTS_PER_INCH)
    plan = plan_page(fmt, page, 1, book.sizes)
    dx = trim[0] - plan.geometry.trim_box[0]
    dy = trim[1] - plan.geometry.trim_box[1]
    pdf.saveState()
    clip = pdf.beginPath()
    clip.rect(clip_x[0], 0, clip_x[1] - clip_x[0], trim[3] + trim[1])
    pdf.clipPath(clip, stroke=0, fill=0)
    pdf.translate(dx, dy)
    draw_plan(pdf, plan, prep, problems, label)
    pdf.restoreState()
    return _moved(plan, dx, dy)


def _moved(plan: PagePlan, dx: float, dy: float) -> PagePlan:
    def box(b: Box) -> Box:
        return b[0] + dx, b[1] + dy, b[2] + dx, b[3] + dy
    return replace(plan, pictures=tuple(replace(p, clip=box(p.clip)) for p in plan.pictures),
                   texts=tuple(replace(t, box=box(t.box)) for t in plan.texts))


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _keep_barcode_clear(pdf, geometry: CoverGeometry, back: PagePlan | None) -> list[str]:
    """The barcode area printed white, whatever the back cover holds there; the person is told what it hides."""
    box = geometry.barcode
    pdf.saveState()
    pdf.setFillColor(Color(1, 1, 1))
    pdf.rect(box[0], box[1], box[2] - box[0], box[3] - box[1], stroke=0, fill=1)
    pdf.restoreState()
    if back is None:
        return []
    hidden = {"picture" for p in back.pictures if p.image_id is not None and _overlaps(p.clip, box)}
    hidden |= {"words" for t in back.texts if (extent := _text_extent(t)) is not None and _overlaps(extent, box)}
    if not hidden:
        return []
    said = (_("Back cover: the barcode area ({size} at the bottom right, kept white for the printer's barcode) "
              "covers part of the picture and words; move them up or to the left.") if len(hidden) == 2 else
            _("Back cover: the barcode area ({size} at the bottom right, kept white for the printer's barcode) "
              "covers part of the picture; move it up or to the left.") if "picture" in hidden else
            _("Back cover: the barcode area ({size} at the bottom right, kept white for the printer's barcode) "
              "covers part of the words; move it up or to the left."))
    return [said.format(size=page_size(BARCODE_WIDTH_IN, BARCODE_HEIGHT_IN))]


def _text_extent(text: TextItem) -> Box | None:
    """Where the lines of a text frame actually are (a frame is often taller than its words)."""
    lines = text.baselines()[:len(text.block.lines_that_fit())]
    if not lines:
        return None
    size = text.block.style.size
    x0, _y0, x1, _y1 = text.box
    return x0, min(y for _l, _x, y in lines) - size * 0.3, x1, max(y for _l, _x, y in lines) + size


def _background(pdf, geometry: CoverGeometry, colour: tuple[float, float, float]) -> None:
    """Everything left of the front cover (back, hinges, spine), bleed to bleed, in one colour: the back reads as
    part of the wrap, and a thin spine is not a bare strip beside a white back. The front stays as it is on screen."""
    pdf.saveState()
    pdf.setFillColor(Color(*colour))
    pdf.rect(0, 0, geometry.front[0], geometry.media_size[1], stroke=0, fill=1)
    pdf.restoreState()


def _spine(pdf, book: BookSnapshot, geometry: CoverGeometry, colour: tuple[float, float, float]) -> SpineText | None:
    x0, _y0, x1, _y1 = geometry.spine
    height = geometry.media_size[1]
    if not geometry.spine_text or not book.title:
        return None
    fitted = fit_spine_text(book.title, book.format.author, x1 - x0, geometry.spine[3] - geometry.spine[1])
    if not fitted.fits:
        return fitted
    light = _luminance(colour) > 0.45
    size = fitted.size
    pdf.saveState()
    pdf.setFillColor(Color(0.1, 0.1, 0.1) if light else Color(1, 1, 1))
    style = TextStyle(font=fitted.faces[0], size=size, fallbacks=fitted.faces[1:])
    # Reads top to bottom, as English-language spines do: turn the text 90° clockwise about the spine's centre,
    # the letters' full height (ascent and descent) centred across it.
    pdf.translate((x0 + x1) / 2, height / 2)
    pdf.rotate(-90)
    start = -measure(fitted.text, style.faces, size) / 2
    baseline = -(fitted.ascent - fitted.descent) / 2
    for run, dx in line_runs(fitted.text, style):  # the title's every letter, as on its pages
        pdf.setFont(run.face, size)
        pdf.drawString(start + dx, baseline, run.text)
    pdf.restoreState()
    return fitted


def _luminance(colour: tuple[float, float, float]) -> float:
    r, g, b = colour
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _soft(colour: tuple[float, float, float], at_least: float = 0.72) -> tuple[float, float, float]:
    """The colour mixed with white just enough that the back cover's dark words read on it."""
    mix = 0.0
    while _luminance(tuple(c + (1 - c) * mix for c in colour)) < at_least and mix < 1:  # type: ignore[arg-type]
        mix += 0.05
    r, g, b = (c + (1 - c) * min(mix, 1.0) for c in colour)
    return r, g, b


def _wrap_colour(book: BookSnapshot, front: Page | None) -> tuple[float, float, float]:
    """The front picture's most common colour, softened; white without one."""
    picture = front.frame("image") if front is not None else None
    if picture is None or picture.image_id is None:
        return 1.0, 1.0, 1.0
    data = book.images.get(picture.image_id)
    try:
        with Image.open(io.BytesIO(data or b"")) as img:
            img.draft("RGB", (64, 64))
            small = srgb(img).image.convert("RGB").resize((48, 48))
    except (OSError, ValueError):
        return 1.0, 1.0, 1.0
    palette = small.quantize(6)
    counts = sorted(palette.getcolors() or [], reverse=True)
    if not counts:
        mean = ImageStat.Stat(small).mean
        return _soft((mean[0] / 255, mean[1] / 255, mean[2] / 255))
    index = counts[0][1]
    r, g, b = (palette.getpalette() or [255, 255, 255])[index * 3:index * 3 + 3]
    return _soft((r / 255, g / 255, b / 255))
