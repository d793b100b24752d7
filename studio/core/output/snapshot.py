"""The book as it is at the moment of export, copied out of the project so rendering can run on a worker
thread while the person goes on editing."""

from __future__ import annotations

from dataclasses import dataclass

from studio.core.document.model import BookFormat, Page
from studio.core.document.project import Project
from studio.core.layout.sides import page_numbers


@dataclass(frozen=True)
class BookSnapshot:
    format: BookFormat
    pages: tuple[Page, ...]  # in reading order, covers included
    images: dict[int, bytes]
    sizes: dict[int, tuple[int, int]]  # each picture's pixels, from its record

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


def snapshot(project: Project) -> BookSnapshot:
    pages = tuple(project.pages())
    ids = {f.image_id for p in pages for f in p.frames if f.image_id is not None}
    records = {i: project.image(i) for i in ids}
    return BookSnapshot(project.book_format(), pages, {i: project.image_data(i) for i in ids},
                        {i: (r.width, r.height) for i, r in records.items()})
