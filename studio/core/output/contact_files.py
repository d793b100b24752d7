"""Contact sheets as files: the PDF, a PNG of each sheet rendered from it by PDFium (as page_images.py renders
pages), and the preview, drawn the same way; atomically written, with progress and Cancel (core/output/files.py)."""

from __future__ import annotations

import io
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PIL import Image

from studio.core.document import schema
from studio.core.document.project import read_image_data
from studio.core.i18n import _, ngettext
from studio.core.output.book_pdf import ExportResult
from studio.core.output.contact_sheet import (
    ContactSheet,
    SheetOptions,
    draw_sheets,
    sheet_count,
)
from studio.core.output.files import ExportError, Progress, write_atomically

PNG_DPI = 150
_pdfium = threading.Lock()  # PDFium is not thread-safe: one render at a time in this process


def with_picture_data(sheet: ContactSheet, book: Path | str, thumbnails: bool = False) -> ContactSheet:
    """The sheet with its pictures' bytes (or their 256 px thumbnails, for a preview: at its size they look the
    same and decode twenty times faster), read from the book file on this (worker) thread."""
    missing = sheet.image_ids - sheet.images.keys()
    if not missing:
        return sheet
    if not thumbnails:
        return replace(sheet, images={**sheet.images, **read_image_data(book, missing)})
    conn = schema.connect_read_only(book)
    try:
        found = {i: bytes(row[0]) for i in missing
                 if (row := conn.execute("SELECT thumb FROM images WHERE id = ?", (i,)).fetchone()) is not None}
    finally:
        conn.close()
    return replace(sheet, images={**sheet.images, **found})


# -- writing ---------------------------------------------------------------------------------------------------

def write_contact_sheet(sheet: ContactSheet, options: SheetOptions, out: Path | str, dpi: int = PNG_DPI,
                        progress: Progress | None = None) -> ExportResult:
    """OUT.pdf, or for OUT.png one PNG per sheet (OUT-1.png, OUT-2.png… when there are several). CPU-bound: run
    in an executor; `progress.cancel` stops it with nothing written."""
    out = Path(out)
    if out.suffix.lower() == ".png":
        return render_contact_pngs(sheet, options, out, dpi, progress)
    return render_contact_pdf(sheet, options, out, progress)


def render_contact_pdf(sheet: ContactSheet, options: SheetOptions, out: Path | str,
                       progress: Progress | None = None) -> ExportResult:
    data, count, problems = draw_sheets(sheet, options, progress or Progress())
    return ExportResult([write_atomically(out, data)], count, _notes(sheet, options, count) + problems)


def render_contact_pngs(sheet: ContactSheet, options: SheetOptions, out: Path | str, dpi: int = PNG_DPI,
                        progress: Progress | None = None) -> ExportResult:
    out, progress = Path(out), progress or Progress()
    if not 36 <= dpi <= 600:
        raise ExportError(_("{dpi} DPI is outside 36–600 for contact sheet PNGs.").format(dpi=dpi))
    steps = len(sheet.panels) + sheet_count(sheet, options)
    data, count, problems = draw_sheets(sheet, options, _share(progress, 0, steps))
    pngs = []
    for n, image in enumerate(_rasterise(data, dpi, progress), start=1):
        buffer = io.BytesIO()
        image.save(buffer, format="PNG", dpi=(dpi, dpi))
        pngs.append(buffer.getvalue())
        progress.step(len(sheet.panels) + n, steps)
    width = len(str(count))
    names = [out] if count == 1 else [out.with_name(f"{out.stem}-{n:0{width}d}.png") for n in range(1, count + 1)]
    paths = [write_atomically(name, png) for name, png in zip(names, pngs)]  # only once every sheet is drawn
    return ExportResult(paths, count, _notes(sheet, options, count) + problems)


def preview(sheet: ContactSheet, options: SheetOptions, sheets: int = 2, dpi: int = 48) -> tuple[list[Image.Image], int]:
    """The first `sheets` sheets as pictures, drawn by the writer itself, and how many sheets there are in all."""
    first = replace(sheet, panels=sheet.panels[:sheets * options.per_page])
    data, _count, _problems = draw_sheets(first, options, Progress(), total=sheet_count(sheet, options),
                                   picture_dpi=max(72, dpi * 2))
    return list(_rasterise(data, dpi, Progress())), sheet_count(sheet, options)


def _notes(sheet: ContactSheet, options: SheetOptions, count: int) -> list[str]:
    panels = ngettext("{n} panel", "{n} panels", len(sheet.panels)).format(n=len(sheet.panels))
    # Translators: {panels} is "12 panels"; {paper} A4, Letter or Tabloid
    said = (ngettext("{panels} on {n} sheet ({per_page} a sheet, {paper} landscape).",
                     "{panels} on {n} sheets ({per_page} a sheet, {paper} landscape).", count) if options.landscape else
            ngettext("{panels} on {n} sheet ({per_page} a sheet, {paper} portrait).",
                     "{panels} on {n} sheets ({per_page} a sheet, {paper} portrait).", count))
    said = said.format(panels=panels, n=count, per_page=options.per_page, paper=options.paper.capitalize())
    return [said, *sheet.notes]


def _share(progress: Progress, start: int, total: int) -> Progress:
    """The same cancel, with steps counted on from `start` of `total`."""
    report: Callable[[int, int], None] | None = progress.report
    return Progress((lambda done, _of: report(start + done, total)) if report else None, progress.cancel)


def _rasterise(pdf: bytes, dpi: int, progress: Progress):
    import pypdfium2 as pdfium  # only PNG sheets and the preview need PDFium

    with _pdfium:
        document = pdfium.PdfDocument(pdf)
        try:
            for page in document:
                progress.check()
                yield page.render(scale=dpi / 72).to_pil().convert("RGB")
        finally:
            document.close()
