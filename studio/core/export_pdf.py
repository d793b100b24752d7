"""The book as a PDF: one PDF page per book page, trim plus bleed, fonts embedded."""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from studio import APP_NAME
from studio.core.fonts import register_pdf_fonts
from studio.core.layout.geometry import page_geometry
from studio.core.layout.lines import TextStyle, set_text
from studio.core.model import BookFormat, Page
from studio.core.project import Project


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
    for number, page in enumerate(book.pages, start=1):
        geometry = page_geometry(fmt, number)
        pdf.setPageSize(geometry.media_size)
        pdf.setTrimBox(geometry.trim_box)
        pdf.setBleedBox(geometry.bleed_box)
        for frame in page.frames:
            x0, y0, x1, y1 = geometry.frame_box(frame)
            if frame.kind == "image" and frame.image_id in book.images:
                reader = ImageReader(io.BytesIO(book.images[frame.image_id]))
                pdf.drawImage(reader, x0, y0, x1 - x0, y1 - y0, preserveAspectRatio=True, anchor="c", mask="auto")
            elif frame.kind == "text" and frame.text.strip():
                block = set_text(frame.text, x1 - x0, y1 - y0, TextStyle(font=body_font))
                pdf.setFont(block.style.font_name, block.style.size)
                for line, dx, baseline in block.line_offsets():
                    pdf.drawString(x0 + dx, y1 - baseline, line)
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
