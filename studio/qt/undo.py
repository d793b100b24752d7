"""The window's Undo and Redo: an adapter over the open book's history (core/document/history.py), which the
command line's `studio undo` shares. It records nothing itself; edits are recorded by the core use-cases."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from studio.core.app.project import Project
from studio.core.document.changes import ChangeSet
from studio.core.document.history import Step
from studio.core.document.schema import ProjectError


class BookUndo(QObject):
    """Undo/Redo for the book shown; `changed` whenever what they would do changes."""

    changed = Signal()
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project: Project | None = None
        self._unsubscribe: Callable[[], None] = lambda: None
        self._next: tuple[Step | None, Step | None] = (None, None)

    def set_project(self, project: Project | None) -> None:
        self._unsubscribe()
        self._project = project
        self._unsubscribe = project.changes.subscribe(self._on_change) if project is not None else (lambda: None)
        self._look()

    def _on_change(self, change: ChangeSet) -> None:
        if change.history:
            self._look()

    def _look(self) -> None:
        project = self._project
        if project is None or not project.is_open:
            self._next = (None, None)
        else:
            self._next = (project.history.next_undo(), project.history.next_redo())
        self.changed.emit()

    # -- what QUndoStack offered, for the menus and the tests ----------------------------

    def canUndo(self) -> bool:
        return self._next[0] is not None and not self._read_only()

    def canRedo(self) -> bool:
        return self._next[1] is not None and not self._read_only()

    def undoText(self) -> str:
        return self._next[0].name if self._next[0] is not None else ""

    def redoText(self) -> str:
        return self._next[1].name if self._next[1] is not None else ""

    def undo(self) -> None:
        self._apply(lambda p: p.history.undo())

    def redo(self) -> None:
        self._apply(lambda p: p.history.redo())

    def _apply(self, action: Callable[[Project], Step | None]) -> None:
        if self._project is None or self._read_only():
            return
        try:
            action(self._project)
        except ProjectError as exc:  # a full disk, a damaged file: the book is as it was
            self.failed.emit(str(exc))

    def _read_only(self) -> bool:
        return self._project is None or bool(self._project.read_only)

    def create_action(self, parent: QObject, redo: bool) -> QAction:
        action = QAction(parent)

        def update() -> None:
            name = self.redoText() if redo else self.undoText()
            if redo:  # the step's name is shown as it was recorded (core/document/history.py)
                # Translators: Edit menu; {step} is the name of the change, e.g. "Add page"
                action.setText(self.tr("&Redo {step}").format(step=name) if name else self.tr("&Redo"))
            else:
                # Translators: Edit menu; {step} is the name of the change, e.g. "Add page"
                action.setText(self.tr("&Undo {step}").format(step=name) if name else self.tr("&Undo"))
            action.setEnabled(self.canRedo() if redo else self.canUndo())

        action.triggered.connect(self.redo if redo else self.undo)
        self.changed.connect(update)
        update()
        return action
