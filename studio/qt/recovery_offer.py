"""Offering back the untitled books that a crashed or killed app left behind: reopen, discard, or not now."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from studio import APP_NAME
from studio.core.document.recovery import UnsavedBook, remove_book_files


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
        box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, self.tr(
            "A picture book was not saved when {app} last closed:\n\n{summary}\n\nReopen it?").format(
                app=APP_NAME, summary=book.describe()), QMessageBox.StandardButton.NoButton, self._parent)
        box.setObjectName("recoveryBox")
        reopen = box.addButton(self.tr("Reopen"), QMessageBox.ButtonRole.AcceptRole)
        reopen.setObjectName("reopenButton")
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        discard.setObjectName("discardButton")
        later = box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        later.setObjectName("laterButton")
        box.setDefaultButton(reopen)
        box.setEscapeButton(later)
        box.finished.connect(lambda _result: self._answered(book, box.clickedButton(), reopen, discard))
        self.box = box
        box.open()

    def _answered(self, book: UnsavedBook, clicked: QAbstractButton | None, reopen: QAbstractButton,
                  discard: QAbstractButton) -> None:
        if clicked is reopen and self._reopen(book):
            self._books.clear()
        elif clicked is discard:
            remove_book_files(book.path)
        self._ask_next()
