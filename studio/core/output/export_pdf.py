"""The book as a PDF: one PDF page per book page, trim plus bleed, fonts embedded."""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from reportlab.lib.colors import HexColor
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from studio import APP_NAME
from studio.core.document.model import BookFormat, Page
from studio.core.document.project import Project
from studio.core.layout.fonts import register_pdf_fonts
from studio.core.layout.frames import BACKING_ALPHA, BACKING_RADIUS_PT
from studio.core.layout.geometry import page_geometry
from studio.core.layout.plan import PagePlan, plan_page
from studio.core.layout.sides import page_numbers


class ExportError(Exception):
    """The export could not be written; the message is for the user."""


@dataclass(frozen=True)
class BookSnapshot:
    """Everything the renderer needs, copied out of the project so rendering can run on another thread."""
    format: BookFormat
    pages: tuple[Page, ...]
    images: dict[int, bytes]
    sizes: dict[int, tuple[int, int]]  # each picture's pixels, from its record


def snapshot(project: Project) -> BookSnapshot:
    pages = tuple(project.pages())
    ids = {f.image_id for p in pages for f in p.frames if f.image_id is not None}
    records = {i: project.image(i) for i in ids}
    return BookSnapshot(project.book_format(), pages, {i: project.image_data(i) for i in ids},
                        {i: (r.width, r.height) for i, r in records.items()})


def draw_plan(pdf: Canvas, plan: PagePlan, images: dict[int, bytes]) -> None:
    for item in plan.pictures:
        if item.rect is None or item.image_id is None:
            continue
        pdf.saveState()
        clip = pdf.beginPath()
        x0, y0, x1, y1 = item.clip
        clip.rect(x0, y0, x1 - x0, y1 - y0)
        pdf.clipPath(clip, stroke=0, fill=0)
        rx0, ry0, rx1, ry1 = item.rect
        pdf.drawImage(ImageReader(io.BytesIO(images[item.image_id])), rx0, ry0, rx1 - rx0, ry1 - ry0, mask="auto")
        pdf.restoreState()
    for text in plan.texts:
        if not text.block.lines:
            continue
        if text.look.backing:
            x0, y0, x1, y1 = text.box
            pdf.saveState()
            pdf.setFillColorRGB(1, 1, 1, alpha=BACKING_ALPHA)
            pdf.roundRect(x0, y0, x1 - x0, y1 - y0, BACKING_RADIUS_PT, stroke=0, fill=1)
            pdf.restoreState()
        pdf.setFillColor(HexColor(text.look.color))
        pdf.setFont(text.block.style.font_name, text.block.style.size)
        for line, x, y in text.baselines():
            pdf.drawString(x, y, line)


def render_pdf(book: BookSnapshot, out: Path | str, progress: Callable[[int, int], None] | None = None) -> Path:
    """Write the PDF atomically (temp file, then rename). CPU-bound: run in an executor.

    Each page has its own geometry (with print-on-demand bleed the inside edge alternates) and the text is
    drawn as the lines core/layout set it into, the same lines the page canvas shows."""
    out = Path(out)
    body_font, _ = register_pdf_fonts()
    fmt = book.format
    buffer = io.BytesIO()
    # initialFontName: a canvas otherwise starts each page in Helvetica, which would end up unembedded.
    pdf = Canvas(buffer, pagesize=page_geometry(fmt, 1).media_size, pageCompression=1, initialFontName=body_font)
    pdf.setTitle(fmt.title or out.stem)
    pdf.setCreator(APP_NAME)
    total = len(book.pages)
    for done, (page, number) in enumerate(zip(book.pages, page_numbers(book.pages)), start=1):
        plan = plan_page(fmt, page, number, book.sizes)
        geometry = plan.geometry
        pdf.setPageSize(geometry.media_size)
        pdf.setTrimBox(geometry.trim_box)
        pdf.setBleedBox(geometry.bleed_box)
        draw_plan(pdf, plan, book.images)
        pdf.showPage()
        if progress:
            progress(done, total)
    pdf.save()
    tmp = out.with_name(out.name + ".part")
    try:
        tmp.write_bytes(buffer.getvalue())
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"Could not write “{out.name}”: {exc.strerror or exc}.") from exc
    return out
