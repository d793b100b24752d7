"""Undoable storyboard edits: each command calls the core, which records the edit in the project."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from studio.core.book import add_story_pages
from studio.core.project import Project

TEXT_MERGE_ID = 1001


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


class AddPage(QUndoCommand):
    def __init__(self, project: Project, index: int) -> None:
        super().__init__(_tr("Add page"))
        self.project, self.index = project, index
        self.page_id: int | None = None

    def redo(self) -> None:
        self.page_id = self.project.add_page(self.index).id

    def undo(self) -> None:
        if self.page_id is not None:
            self.project.remove_page(self.page_id)


class AddStoryPages(QUndoCommand):
    def __init__(self, project: Project, story: dict) -> None:
        super().__init__(_tr("Make story pages"))
        self.project, self.story = project, story
        self.page_ids: list[int] = []

    def redo(self) -> None:
        self.page_ids = add_story_pages(self.project, self.story)

    def undo(self) -> None:
        for page_id in self.page_ids:
            self.project.remove_page(page_id)
