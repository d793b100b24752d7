"""The book as a PDF: one PDF page per book page, trim plus bleed, fonts embedded."""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from studio import APP_NAME
from studio.core.fonts import register_pdf_fonts
from studio.core.model import BookFormat, Page
from studio.core.project import Project

MAX_FONT_PT = 26.0
MIN_FONT_PT = 8.0


class ExportError(Exception):
    """The export could not be written; the message is for the user."""


@dataclass(frozen=True)
class BookSnapshot:
    """Everything the renderer needs, copied out of the project so rendering can run on another thread."""
    format: BookFormat
    pages: tuple[Page, ...]
    images: dict[int, bytes]


def snapshot(project: Project) -> BookSnapshot:
    pages = tuple(project.pages())
    ids = {f.image_id for p in pages for f in p.frames if f.image_id is not None}
    return BookSnapshot(project.book_format(), pages, {i: project.image_data(i) for i in ids})


def _fit_paragraph(text: str, width: float, height: float, font: str) -> Paragraph:
    markup = escape(text).replace("\n", "<br/>")
    size = MAX_FONT_PT
    while True:
        style = ParagraphStyle("page", fontName=font, fontSize=size, leading=size * 1.3, alignment=TA_CENTER,
                               wordWrap="CJK" if " " not in text.strip() else None)
        para = Paragraph(markup, style)
        _, needed = para.wrap(width, height)
        if needed <= height or size <= MIN_FONT_PT:
            return para
        size -= 1


def render_pdf(book: BookSnapshot, out: Path | str, progress: Callable[[int, int], None] | None = None) -> Path:
    """Write the PDF atomically (temp file, then rename). CPU-bound: run in an executor."""
    out = Path(out)
    body_font, _ = register_pdf_fonts()
    fmt = book.format
    bleed = fmt.bleed_in * inch
    trim_w, trim_h = fmt.trim_width_in * inch, fmt.trim_height_in * inch
    page_size = (trim_w + 2 * bleed, trim_h + 2 * bleed)
    buffer = io.BytesIO()
    pdf = Canvas(buffer, pagesize=page_size, pageCompression=1)
    pdf.setTitle(fmt.title or out.stem)
    pdf.setCreator(APP_NAME)
    total = len(book.pages)
    for number, page in enumerate(book.pages, start=1):
        pdf.setPageSize(page_size)
        pdf.setTrimBox((bleed, bleed, bleed + trim_w, bleed + trim_h))
        pdf.setBleedBox((0, 0, page_size[0], page_size[1]))
        for frame in page.frames:
            x = bleed + frame.x * trim_w
            w, h = frame.w * trim_w, frame.h * trim_h
            y = bleed + trim_h - (frame.y * trim_h) - h  # PDF origin is bottom-left
            if frame.kind == "image" and frame.image_id in book.images:
                reader = ImageReader(io.BytesIO(book.images[frame.image_id]))
                pdf.drawImage(reader, x, y, w, h, preserveAspectRatio=True, anchor="c", mask="auto")
            elif frame.kind == "text" and frame.text.strip():
                para = _fit_paragraph(frame.text, w, h, body_font)
                _, used = para.wrap(w, h)
                para.drawOn(pdf, x, y + (h - used) / 2)
        pdf.showPage()
        if progress:
            progress(number, total)
    pdf.save()
    tmp = out.with_name(out.name + ".part")
    try:
        tmp.write_bytes(buffer.getvalue())
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"Could not write “{out.name}”: {exc.strerror or exc}.") from exc
    return out
