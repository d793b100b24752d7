"""An open book: the document (core/document) with its repositories attached — the cast, the gallery's
organising and the picture jobs. Front ends and tests open books through this class; the feature packages
only name it for type checking, so no import runs in a circle."""

from __future__ import annotations

from studio.core.assistant.cast import CastStore
from studio.core.assistant.own_styles import BookStyles
from studio.core.document.project import Document, read_image_data
from studio.core.gallery.store import GalleryStore
from studio.core.jobs.job_store import JobStore
from studio.core.layout.book import start_book

__all__ = ["Project", "read_image_data"]


class Project(Document):
    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.cast = CastStore(self)
        self.jobs = JobStore(self)
        self.gallery = GalleryStore(self)
        self.styles = BookStyles(self)

    def _started(self) -> None:
        start_book(self)

    def _opened_to_write(self) -> None:
        self.jobs.settle_interrupted()
