"""Each page as a picture file (PNG or JPEG at a chosen DPI), cut at the trim: the print PDF rendered by
PDFium, so the images show exactly what prints."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from studio.core.i18n import _
from studio.core.output.book_pdf import ExportResult, render_pdf
from studio.core.output.files import ExportError, Progress, write_atomically
from studio.core.output.home import reading_pages
from studio.core.output.snapshot import BookSnapshot

IMAGE_FORMATS = {"png": "PNG", "jpeg": "JPEG", "jpg": "JPEG"}
DPI_RANGE = (36, 1200)


def render_page_images(book: BookSnapshot, folder: Path | str, dpi: int = 150, image_format: str = "png",
                       progress: Progress | None = None) -> ExportResult:
    folder = Path(folder)
    progress = progress or Progress()
    fmt = IMAGE_FORMATS.get(image_format.lower())
    if fmt is None:
        raise ExportError(_("Unknown image format “{name}”: use png or jpeg.").format(name=image_format))
    if not DPI_RANGE[0] <= dpi <= DPI_RANGE[1]:
        raise ExportError(_("{dpi} DPI is outside {low}–{high}.").format(dpi=dpi, low=DPI_RANGE[0], high=DPI_RANGE[1]))
    if not folder.is_dir():
        raise ExportError(_("The folder {folder} does not exist.").format(folder=folder))
    pages = reading_pages(book)
    if not pages:
        raise ExportError(_("The book has no pages yet: add a page first."))
    import pypdfium2 as pdfium  # only page images need PDFium

    with tempfile.TemporaryDirectory() as tmp:
        pdf_path = render_pdf(book, Path(tmp) / "pages.pdf", pages=pages).paths[0]
        document = pdfium.PdfDocument(pdf_path)
        try:
            paths = []
            suffix = "png" if fmt == "PNG" else "jpg"
            stem = _safe(book.title) or "page"
            for index, (page, number) in enumerate(book.numbered(pages)):
                progress.check()
                image = _render(document[index], dpi)
                out = io.BytesIO()
                image.save(out, format=fmt, **({"quality": 92, "dpi": (dpi, dpi)} if fmt == "JPEG"
                                               else {"dpi": (dpi, dpi), "optimize": False}))
                name = f"{stem}-{index + 1:02d}-{_file_label(page.kind, number)}.{suffix}"
                paths.append(write_atomically(folder / name, out.getvalue()))
                progress.step(index + 1, len(pages))
        finally:
            document.close()
    return ExportResult(paths, len(paths))


def _render(page, dpi: int):
    """The page cut at its TrimBox."""
    media = page.get_mediabox()
    trim = page.get_trimbox()
    crop = (trim[0] - media[0], trim[1] - media[1], media[2] - trim[2], media[3] - trim[3])
    bitmap = page.render(scale=dpi / 72, crop=crop)
    return bitmap.to_pil().convert("RGB")


def _file_label(kind: str, number: int) -> str:
    """"cover", "page-3", "back-cover": file names stay the same in every language (scripts and printers read them)."""
    return {"cover": "cover", "back_cover": "back-cover"}.get(kind, f"page-{number}")


def _safe(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.strip()).strip("-")[:40]
