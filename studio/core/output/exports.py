"""One entry point for every book export, so the window's Export dialog and `studio export` make the same files
from the same choices."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from studio.core.output.book_pdf import ExportResult, render_pdf
from studio.core.output.cover import render_cover
from studio.core.output.files import ExportError, Progress
from studio.core.output.home import HomeOptions, render_booklet, render_home
from studio.core.output.snapshot import BookSnapshot

KINDS = {
    "book": "Print-ready book PDF",
    "cover": "Cover wrap PDF",
    "home": "Home print PDF",
    "booklet": "Folded booklet PDF",
    "images": "Page images",
}


@dataclass(frozen=True)
class ExportChoice:
    kind: str = "book"
    sheet: str = "a4"  # home print and booklet
    scale: str = "fit"
    crop_marks: bool = False
    image_format: str = "png"  # page images
    dpi: int = 150
    paper: str | None = None  # cover: overrides the book's paper
    binding: str = "paperback"  # cover: "paperback" or "hardcover" (a case wrap: output/cover.py BINDINGS)

    @property
    def writes_folder(self) -> bool:
        return self.kind == "images"


def export(book: BookSnapshot, choice: ExportChoice, target: Path | str,
           progress: Progress | None = None) -> ExportResult:
    """Write one export. CPU-bound: run in an executor; `progress.cancel` stops it with nothing written."""
    if choice.paper:
        book = replace(book, format=replace(book.format, paper=choice.paper))
    if choice.kind == "book":
        return render_pdf(book, target, progress)
    if choice.kind == "cover":
        return render_cover(book, target, progress, binding=choice.binding)
    if choice.kind == "home":
        return render_home(book, target, HomeOptions(choice.sheet, choice.scale, choice.crop_marks), progress)
    if choice.kind == "booklet":
        return render_booklet(book, target, choice.sheet, progress)
    if choice.kind == "images":
        from studio.core.output.page_images import (
            render_page_images,  # PDFium only for page images
        )

        return render_page_images(book, target, choice.dpi, choice.image_format, progress)
    raise ExportError(f"Unknown export “{choice.kind}”: use one of {', '.join(KINDS)}.")
