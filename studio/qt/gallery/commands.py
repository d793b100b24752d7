"""Gallery changes on the window's undo stack: trash, favourites, boards, tags."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from studio.core.document.project import Project
from studio.core.gallery.store import Board


def _tr(text: str) -> str:
    return QCoreApplication.translate("GalleryCommands", text)


class Step(QUndoCommand):
    """A change that knows how to take itself back. `do` returns what `undo` needs."""

    def __init__(self, text: str, do: Callable[[], object], undo: Callable[[object], None]) -> None:
        super().__init__(text)
        self._do, self._undo, self._result = do, undo, None

    def redo(self) -> None:
        self._result = self._do()

    def undo(self) -> None:
        self._undo(self._result)


def trash(project: Project, ids: list[int]) -> Step:
    text = (_tr("Move Picture to the Trash") if len(ids) == 1
            else _tr("Move {n} Pictures to the Trash").format(n=len(ids)))
    return Step(text, lambda: project.gallery.trash(ids), lambda moved: project.gallery.restore(moved))  # type: ignore[arg-type]


def put_back(project: Project, ids: list[int]) -> Step:
    return Step(_tr("Put Back from the Trash"), lambda: project.gallery.restore(ids),
                lambda _: project.gallery.trash(ids))


def favourite(project: Project, ids: list[int], on: bool) -> Step:
    before = {i: project.image(i).favourite for i in ids}

    def undo(_: object) -> None:
        for value in (True, False):
            chosen = [i for i, was in before.items() if was == value]
            if chosen:
                project.gallery.set_favourite(chosen, value)

    return Step(_tr("Star") if on else _tr("Unstar"), lambda: project.gallery.set_favourite(ids, on), undo)


def add_to_board(project: Project, board: Board, ids: list[int]) -> Step:
    return Step(_tr("Add to “{board}”").format(board=board.name), lambda: project.gallery.add_to_board(board.id, ids),
                lambda added: project.gallery.remove_from_board(board.id, added))  # type: ignore[arg-type]


def remove_from_board(project: Project, board: Board, ids: list[int]) -> Step:
    on_board = set(project.gallery.board_images(board.id))
    chosen = [i for i in ids if i in on_board]
    return Step(_tr("Take off “{board}”").format(board=board.name),
                lambda: project.gallery.remove_from_board(board.id, chosen),
                lambda _: project.gallery.add_to_board(board.id, chosen))


def remove_board(project: Project, board: Board) -> Step:
    return Step(_tr("Delete Board “{board}”").format(board=board.name), lambda: project.gallery.remove_board(board.id),
                lambda members: project.gallery.restore_board(board, members))  # type: ignore[arg-type]


def set_tags(project: Project, image_id: int, tags: list[str]) -> Step:
    before = project.gallery.tags_of(image_id)
    return Step(_tr("Change Tags"), lambda: project.gallery.set_tags(image_id, tags),
                lambda _: project.gallery.set_tags(image_id, before))
