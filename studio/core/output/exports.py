"""One entry point for every book export, so the window's Export dialog and `studio export` make the same files
from the same choices."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from studio.core.i18n import N_, _
from studio.core.output.book_pdf import ExportResult, padded_interior, render_pdf
from studio.core.output.cover import render_cover
from studio.core.output.files import ExportError, Progress
from studio.core.output.home import HomeOptions, render_booklet, render_home
from studio.core.output.pdfx import PdfStandard
from studio.core.output.snapshot import BookSnapshot
from studio.core.output.targets import TARGETS, fit_note, format_for, page_size_note

KINDS = {  # N_-marked: shown through `_` (the window's tr() finds it translated already)
    "book": N_("Print-ready book PDF"),
    "cover": N_("Cover wrap PDF"),
    "home": N_("Home print PDF"),
    "booklet": N_("Folded booklet PDF"),
    "images": N_("Page images"),
}
SHAPED_BY_TARGET = ("book", "cover", "images")  # the home print and booklet lay pages out on their own sheet


@dataclass(frozen=True)
class ExportChoice:
    kind: str = "book"
    sheet: str = "a4"  # home print and booklet
    scale: str = "fit"
    crop_marks: bool = False
    image_format: str = "png"  # page images
    dpi: int = 150
    paper: str | None = None  # cover: overrides the book's paper
    target: str | None = None  # a print service (targets.TARGETS): the pages take its size and bleed
    binding: str = "paperback"  # cover: "paperback" or "hardcover" (a case wrap: output/cover.py BINDINGS)

    @property
    def writes_folder(self) -> bool:
        return self.kind == "images"


def for_target(book: BookSnapshot, target_id: str | None) -> BookSnapshot:
    """The snapshot as the target wants it printed (its bleed model, bleed and paper); the book is not changed."""
    if not target_id:
        return book
    if target_id not in TARGETS:
        raise ExportError(_("Unknown print target “{name}”: use one of {names}.").format(
            name=target_id, names=", ".join(TARGETS)))
    return replace(book, format=format_for(book.format, TARGETS[target_id]))


def export(book: BookSnapshot, choice: ExportChoice, target: Path | str,
           progress: Progress | None = None) -> ExportResult:
    """Write one export. CPU-bound: run in an executor; `progress.cancel` stops it with nothing written."""
    made = book.format
    if choice.kind in SHAPED_BY_TARGET:
        book = for_target(book, choice.target)
    if choice.paper:
        book = replace(book, format=replace(book.format, paper=choice.paper))
    result = _write(book, choice, target, progress)
    if choice.kind == "book":
        result.notes.insert(0, page_size_note(made, TARGETS[choice.target]) if choice.target
                            else fit_note(made, len(padded_interior(book)[0])))
    return result


def standard_for(target_id: str | None) -> PdfStandard | None:
    """The PDF standard a print service asks for (with its ink limit), or None for a plain print PDF."""
    service = TARGETS.get(target_id or "")
    if service is None or service.pdf_standard is None:
        return None
    return PdfStandard(service.pdf_standard, service.ink_limit)


def _write(book: BookSnapshot, choice: ExportChoice, target: Path | str, progress: Progress | None) -> ExportResult:
    if choice.kind == "book":
        return render_pdf(book, target, progress, standard=standard_for(choice.target))
    if choice.kind == "cover":
        return render_cover(book, target, progress, standard=standard_for(choice.target), binding=choice.binding)
    if choice.kind == "home":
        return render_home(book, target, HomeOptions(choice.sheet, choice.scale, choice.crop_marks), progress)
    if choice.kind == "booklet":
        return render_booklet(book, target, choice.sheet, progress)
    if choice.kind == "images":
        from studio.core.output.page_images import (
            render_page_images,  # PDFium only for page images
        )

        return render_page_images(book, target, choice.dpi, choice.image_format, progress)
    raise ExportError(_("Unknown export “{name}”: use one of {names}.").format(name=choice.kind, names=", ".join(KINDS)))
