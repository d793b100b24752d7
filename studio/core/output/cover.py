"""The cover wrap a print service asks for: back cover, spine and front cover on one sheet, with bleed all
round. The spine is as wide as the interior is thick (pages × the paper's thickness per page, KDP's
figures), and carries the title only when the book is thick enough for text to stay on it."""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from pathlib import Path

from PIL import Image, ImageStat
from reportlab.lib.colors import Color

from studio.core.document.model import BookFormat, Page
from studio.core.layout.fonts import chain, register
from studio.core.layout.geometry import POINTS_PER_INCH, Box
from studio.core.layout.lines import TextStyle, line_runs, measure
from studio.core.layout.plan import PagePlan, plan_page
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
from studio.core.pixels import srgb


@dataclass(frozen=True)
class Paper:
    id: str
    label: str
    inch_per_page: float


PAPERS: dict[str, Paper] = {p.id: p for p in (
    Paper("white", "White paper (black ink)", 0.002252),
    Paper("cream", "Cream paper (black ink)", 0.0025),
    Paper("color", "Standard colour", 0.002252),
    Paper("premium_color", "Premium colour", 0.002347),
)}
SPINE_TEXT_MIN_PAGES = 80  # KDP puts no text on a spine of 79 pages or fewer: it would run off the edge
SPINE_TEXT_MARGIN_IN = 0.0625  # clear space either side of the spine text


def paper(paper_id: str) -> Paper:
    if paper_id not in PAPERS:
        raise ExportError(f"Unknown paper “{paper_id}”: use one of {', '.join(PAPERS)}.")
    return PAPERS[paper_id]


def spine_width_in(pages: int, paper_id: str) -> float:
    return pages * paper(paper_id).inch_per_page


@dataclass(frozen=True)
class CoverGeometry:
    media_size: tuple[float, float]
    trim_box: Box  # the whole wrap as cut
    back: Box  # each panel's trim, in points from the bottom-left of the sheet
    spine: Box
    front: Box
    pages: int
    spine_text: bool


def cover_geometry(fmt: BookFormat, pages: int) -> CoverGeometry:
    pt = POINTS_PER_INCH
    bleed, width, height = fmt.bleed_in * pt, fmt.trim_width_in * pt, fmt.trim_height_in * pt
    spine = spine_width_in(pages, fmt.paper) * pt
    back = (bleed, bleed, bleed + width, bleed + height)
    spine_box = (back[2], bleed, back[2] + spine, bleed + height)
    front = (spine_box[2], bleed, spine_box[2] + width, bleed + height)
    media = (front[2] + bleed, height + 2 * bleed)
    return CoverGeometry(media, (bleed, bleed, front[2], bleed + height), back, spine_box, front, pages,
                         pages >= SPINE_TEXT_MIN_PAGES)


def render_cover(book: BookSnapshot, out: Path | str, progress: Progress | None = None,
                 standard: PdfStandard | None = None) -> ExportResult:
    progress = progress or Progress()
    interior, _blanks = padded_interior(book)
    if not interior:
        raise ExportError("The book has no pages yet, so the spine has no width: add pages first.")
    geometry = cover_geometry(book.format, len(interior))
    pdf, buffer = new_canvas(book, geometry.media_size, "Cover wrap")
    pdf.setTrimBox(geometry.trim_box)
    pdf.setBleedBox((0.0, 0.0, *geometry.media_size))
    prep, problems = PicturePrep(book.images, standard=standard), []
    spine_x0, spine_x1 = geometry.spine[0], geometry.spine[2]
    front_plan = _panel(pdf, book, book.cover("cover"), geometry.front, (spine_x1, geometry.media_size[0]),
                        prep, problems, "Cover")
    progress.step(1, 3)
    _panel(pdf, book, book.cover("back_cover"), geometry.back, (0.0, spine_x0), prep, problems, "Back cover")
    progress.step(2, 3)
    _spine(pdf, book, geometry, front_plan)
    pdf.showPage()
    pdf.save()
    progress.step(3, 3)
    spine_in = (spine_x1 - spine_x0) / POINTS_PER_INCH
    notes = [f"Spine {spine_in:.3f} in for {geometry.pages} pages on {paper(book.format.paper).label.lower()}"
             + ("." if geometry.spine_text else
                f"; no spine text (a spine needs {SPINE_TEXT_MIN_PAGES} pages or more to carry it).")]
    return ExportResult([write_atomically(out, finished(buffer.getvalue(), standard))], 1, notes + problems)


def _panel(pdf, book: BookSnapshot, page: Page | None, trim: Box, clip_x: tuple[float, float],
           prep: PicturePrep, problems: list[str], label: str) -> PagePlan | None:
    """One cover panel: the page's own plan (bleed on all sides) moved onto its place on the wrap and cut at the
    spine, so nothing of the front spills onto the back."""
    if page is None:
        return None
    fmt = book.format
    plan = plan_page(_all_round(fmt), page, 1, book.sizes)
    dx = trim[0] - plan.geometry.trim_box[0]
    dy = trim[1] - plan.geometry.trim_box[1]
    pdf.saveState()
    clip = pdf.beginPath()
    clip.rect(clip_x[0], 0, clip_x[1] - clip_x[0], trim[3] + trim[1])
    pdf.clipPath(clip, stroke=0, fill=0)
    pdf.translate(dx, dy)
    draw_plan(pdf, plan, prep, problems, label)
    pdf.restoreState()
    return plan


def _all_round(fmt: BookFormat) -> BookFormat:
    return replace(fmt, bleed_model="all")


def _spine(pdf, book: BookSnapshot, geometry: CoverGeometry, front: PagePlan | None) -> None:
    x0, _y0, x1, _y1 = geometry.spine
    height = geometry.media_size[1]
    colour = _spine_colour(book, front)
    pdf.setFillColor(Color(*colour))
    pdf.rect(x0, 0, x1 - x0, height, stroke=0, fill=1)
    title = book.title
    if not geometry.spine_text or not title:
        return
    text = f"{title}  ·  {book.format.author.strip()}" if book.format.author.strip() else title
    first, *rest = chain("rounded", text)
    room = (x1 - x0) - 2 * SPINE_TEXT_MARGIN_IN * POINTS_PER_INCH
    size = min(16.0, room * 0.8)
    light = sum(colour) / 3 > 0.55
    pdf.saveState()
    pdf.setFillColor(Color(0.1, 0.1, 0.1) if light else Color(1, 1, 1))
    style = TextStyle(font=register(first), size=size, fallbacks=tuple(rest))
    # Reads top to bottom, as English-language spines do: turn the text 90° clockwise about the spine's centre.
    pdf.translate((x0 + x1) / 2, height / 2)
    pdf.rotate(-90)
    start = -measure(text, style.faces, size) / 2
    for run, dx in line_runs(text, style):  # the title's every letter, as on its pages
        pdf.setFont(run.face, size)
        pdf.drawString(start + dx, -size * 0.35, run.text)
    pdf.restoreState()


def _spine_colour(book: BookSnapshot, front: PagePlan | None) -> tuple[float, float, float]:
    """The average colour of the front picture's spine-side edge, so the art seems to wrap round; white
    without one."""
    if front is None or not front.pictures or front.pictures[0].image_id is None:
        return 1.0, 1.0, 1.0
    data = book.images.get(front.pictures[0].image_id)
    try:
        with Image.open(io.BytesIO(data or b"")) as img:
            img.draft("RGB", (64, 64))
            edge = srgb(img).image.convert("RGB").crop((0, 0, max(1, img.width // 20), img.height))
            mean = ImageStat.Stat(edge).mean
    except (OSError, ValueError):
        return 1.0, 1.0, 1.0
    return mean[0] / 255, mean[1] / 255, mean[2] / 255
