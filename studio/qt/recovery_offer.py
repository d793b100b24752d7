"""Offering back the untitled books that a crashed or killed app left behind: reopen, discard, or not now."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from studio.core.document.recovery import UnsavedBook, remove_book_files
from studio.qt.language import app_name


class RecoveryOffer(QObject):
    """Asks about one book at a time, newest first, without blocking the loop (`open()`, not `exec()`).
    Reopening one ends the round: the rest stay where they are and are offered at the next start."""

    def __init__(self, parent: QWidget, books: list[UnsavedBook], reopen: Callable[[UnsavedBook], bool]) -> None:
        super().__init__(parent)
        self._parent = parent
        self._books = list(books)
        self._reopen = reopen
        self.box: QMessageBox | None = None

    def start(self) -> None:
        self._ask_next()

    def _ask_next(self) -> None:
        if not self._books:
            self.box = None
            return
        book = self._books.pop(0)
        box = QMessageBox(QMessageBox.Icon.Question, app_name(), "", QMessageBox.StandardButton.NoButton, self._parent)
        box.setObjectName("recoveryBox")
        reopen = box.addButton("", QMessageBox.ButtonRole.AcceptRole)
        reopen.setObjectName("reopenButton")
        discard = box.addButton("", QMessageBox.ButtonRole.DestructiveRole)
        discard.setObjectName("discardButton")
        later = box.addButton("", QMessageBox.ButtonRole.RejectRole)
        later.setObjectName("laterButton")
        self._book = book
        self.box = box
        self._set_texts()
        box.installEventFilter(self)  # a change of language while it is asking: its words change too
        box.setDefaultButton(reopen)
        box.setEscapeButton(later)
        box.finished.connect(lambda _result: self._answered(book, box.clickedButton(), reopen, discard))
        box.open()

    def _set_texts(self) -> None:
        box = self.box
        if box is None:
            return
        box.setText(self.tr("A picture book was not saved when {app} last closed:\n\n{summary}\n\nReopen it?")
                    .format(app=app_name(), summary=self._book.describe()))
        box.findChild(QAbstractButton, "reopenButton").setText(self.tr("Reopen"))
        box.findChild(QAbstractButton, "discardButton").setText(self.tr("Discard"))
        box.findChild(QAbstractButton, "laterButton").setText(self.tr("Not now"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.box and event.type() == QEvent.Type.LanguageChange:
            self._set_texts()
        return super().eventFilter(watched, event)

    def _answered(self, book: UnsavedBook, clicked: QAbstractButton | None, reopen: QAbstractButton,
                  discard: QAbstractButton) -> None:
        if clicked is reopen and self._reopen(book):
            self._books.clear()
        elif clicked is discard:
            remove_book_files(book.path)
        self._ask_next()
