"""The book as it is at the moment of export, copied out of the project so rendering can run on a worker
thread while the person goes on editing."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from studio.core.document.model import BookFormat, Page
from studio.core.document.project import read_image_data
from studio.core.layout.sides import page_numbers
from studio.core.pixels import picture_problem

if TYPE_CHECKING:
    from studio.core.app.project import Project


@dataclass(frozen=True)
class BookSnapshot:
    format: BookFormat
    pages: tuple[Page, ...]  # in reading order, covers included
    images: dict[int, bytes]
    sizes: dict[int, tuple[int, int]]  # each picture's pixels, from its record
    picture_notes: dict[int, str] = field(default_factory=dict)  # pictures that would not print as they should

    @property
    def interior(self) -> tuple[Page, ...]:
        """The pages printed inside the book: everything but the cover and the back cover."""
        return tuple(p for p in self.pages if not p.is_cover)

    def cover(self, kind: str = "cover") -> Page | None:
        return next((p for p in self.pages if p.kind == kind), None)

    def numbered(self, pages: tuple[Page, ...] | None = None) -> list[tuple[Page, int]]:
        pages = self.pages if pages is None else pages
        return list(zip(pages, page_numbers(pages)))

    @property
    def title(self) -> str:
        return self.format.title.strip()


    @property
    def image_ids(self) -> set[int]:
        return {f.image_id for p in self.pages for f in p.frames if f.image_id is not None}


def snapshot(project: Project, with_images: bool = True) -> BookSnapshot:
    """The pages and picture sizes, and (unless `with_images` is False) the pictures' bytes. The window takes
    the light part on its thread and has `with_pictures` read the megabytes on the worker."""
    pages = tuple(project.pages())
    ids = {f.image_id for p in pages for f in p.frames if f.image_id is not None}
    records = {i: project.image(i) for i in ids}
    images = {i: project.image_data(i) for i in ids} if with_images else {}
    return BookSnapshot(project.book_format(), pages, images, {i: (r.width, r.height) for i, r in records.items()},
                        picture_notes(project, ids))


HEAD_BYTES = 1 << 18  # a picture's header and colour profile come before its pixels


def picture_notes(project: Project, image_ids: set[int]) -> dict[int, str]:
    """What would keep each picture from printing as it should, read from the start of its bytes only (a few
    milliseconds a picture, so the window can say it before the megabytes are read on a worker)."""
    notes = {}
    for image_id in sorted(image_ids):
        try:
            with project.db.blobopen("images", "data", image_id, readonly=True) as blob:
                whole = len(blob) <= HEAD_BYTES
                head = blob.read(HEAD_BYTES)
        except sqlite3.Error:
            continue  # gone meanwhile: the export names a picture it cannot read
        problem = picture_problem(head, whole)
        if problem:
            notes[image_id] = problem
    return notes


def with_pictures(book: BookSnapshot, path: Path | str) -> BookSnapshot:
    """The snapshot with its pictures' bytes, read from the book file on this (worker) thread."""
    missing = book.image_ids - book.images.keys()
    if not missing:
        return book
    return replace(book, images={**book.images, **read_image_data(path, missing)})
