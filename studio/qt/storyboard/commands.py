"""Undoable edits, one named step each in the Edit menu. Each command calls the core, which records the edit in
the project; structural edits (pages added, moved, deleted, laid out again) keep the book's pages before and
after, so Undo puts back exactly what was there, ids included."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from studio.core.document.model import BookFormat, CastMember, Frame, Page
from studio.core.document.project import Project
from studio.core.layout.book import add_story_pages

TEXT_MERGE_ID = 1001
FRAME_MERGE_ID = 1002


def _tr(text: str) -> str:
    return QCoreApplication.translate("UndoCommands", text)


class SetFrameImage(QUndoCommand):
    def __init__(self, project: Project, frame_id: int, image_id: int | None) -> None:
        super().__init__(_tr("Place picture") if image_id else _tr("Remove picture"))
        self.project, self.frame_id, self.new = project, frame_id, image_id
        self.old = project.frame(frame_id).image_id

    def redo(self) -> None:
        self.project.set_frame_image(self.frame_id, self.new)

    def undo(self) -> None:
        self.project.set_frame_image(self.frame_id, self.old)


class SetFrameText(QUndoCommand):
    """Typing merges into one command per text frame, so Undo takes back a burst of typing at once."""

    def __init__(self, project: Project, frame_id: int, text: str) -> None:
        super().__init__(_tr("Edit text"))
        self.project, self.frame_id, self.new = project, frame_id, text
        self.old = project.frame(frame_id).text

    def id(self) -> int:
        return TEXT_MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetFrameText) or other.frame_id != self.frame_id:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.project.set_frame_text(self.frame_id, self.new)

    def undo(self) -> None:
        self.project.set_frame_text(self.frame_id, self.old)


class SetFrame(QUndoCommand):
    """A frame moved, resized, re-cropped or restyled. Steps of the same kind on the same frame in a row (arrow
    nudges, a zoom slider's ticks) merge into one."""

    def __init__(self, project: Project, frame: Frame, name: str, merge: str = "") -> None:
        super().__init__(name)
        self.project, self.new, self.merge = project, frame, merge
        self.old = project.frame(frame.id)

    def id(self) -> int:
        return FRAME_MERGE_ID if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetFrame) or other.new.id != self.new.id or other.merge != self.merge:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.project.update_frame(self.new)

    def undo(self) -> None:
        self.project.update_frame(self.old)


class PagesEdit(QUndoCommand):
    """Any change to the book's pages made by a core function: the pages before and after are kept."""

    def __init__(self, project: Project, name: str, action: Callable[[], object]) -> None:
        super().__init__(name)
        self.project, self.action = project, action
        self.before: list[Page] = project.pages()
        self.after: list[Page] | None = None
        self.result: object = None

    def redo(self) -> None:
        if self.after is None:
            self.result = self.action()
            self.after = self.project.pages()
        else:
            self.project.restore_pages(self.after)

    def undo(self) -> None:
        self.project.restore_pages(self.before)


def AddStoryPages(project: Project, story: dict) -> PagesEdit:
    return PagesEdit(project, _tr("Make story pages"), lambda: add_story_pages(project, story))


class BookSettingsEdit(QUndoCommand):
    """New book settings, and every page laid out again for them, as one step."""

    def __init__(self, project: Project, fmt: BookFormat, reflow: Callable[[], None] | None) -> None:
        super().__init__(_tr("Book settings"))
        self.project, self.new, self.reflow = project, fmt, reflow
        self.old = project.book_format()
        self.pages_before = project.pages()
        self.pages_after: list[Page] | None = None

    def redo(self) -> None:
        self.project.set_book_format(self.new)
        if self.pages_after is not None:
            self.project.restore_pages(self.pages_after)
        elif self.reflow is not None:
            self.reflow()
            self.pages_after = self.project.pages()

    def undo(self) -> None:
        self.project.set_book_format(self.old)
        self.project.restore_pages(self.pages_before)


class CastEdit(QUndoCommand):
    """A change to the cast (added, renamed, described, references, removed), kept as before and after."""

    def __init__(self, project: Project, name: str, action: Callable[[], object]) -> None:
        super().__init__(name)
        self.project, self.action = project, action
        self.before: list[CastMember] = project.cast.all()
        self.after: list[CastMember] | None = None
        self.result: object = None

    def redo(self) -> None:
        if self.after is None:
            self.result = self.action()
            self.after = self.project.cast.all()
        else:
            self.project.cast.restore(self.after)

    def undo(self) -> None:
        self.project.cast.restore(self.before)
