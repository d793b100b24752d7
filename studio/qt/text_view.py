"""Text in the chat that wraps to whatever width the chat has, and grows tall instead of wide.

A QLabel cannot break a word: one 2,000-letter word (or a long web address) makes its minimum width 2,000
letters and pushes the whole chat sideways. These views break between words where they can and anywhere when
they cannot, so nothing in a bubble is ever wider than the bubble.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette, QResizeEvent, QTextOption
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QSizePolicy, QTextBrowser, QWidget

WRAP_ANYWHERE = QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
MIN_TEXT_WIDTH = 60  # wide enough for a few letters; the pane decides the real width


class FitTextView(QTextBrowser):
    """Read-only, selectable text as tall as its content at the width it is given; never scrolls itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(MIN_TEXT_WIDTH)
        self.setWordWrapMode(WRAP_ANYWHERE)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # selectable and copyable, but Tab does not stop at each message
        see_through = self.palette()  # the bubble's colour shows behind the text (a palette: no style sheet to parse)
        see_through.setColor(QPalette.ColorRole.Base, Qt.GlobalColor.transparent)
        self.setPalette(see_through)
        self._height = -1

    def set_document(self, document) -> None:  # type: ignore[no-untyped-def]
        """A document of one's own (MarkdownView's SafeDocument): it wraps as the view does."""
        self.setDocument(document)
        self.setWordWrapMode(WRAP_ANYWHERE)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        document = self.document()
        width = max(MIN_TEXT_WIDTH, self.viewport().width())
        if document.textWidth() != width:
            document.setTextWidth(width)
        height = int(document.size().height()) + 6
        if height != self._height:  # each call into Qt costs; most changes leave the height as it was
            self._height = height
            self.setFixedHeight(height)


class PlainTextView(FitTextView):
    """Plain text, never read as markup (a person's or a model's words may contain HTML), used as a label is."""

    def __init__(self, text: str = "", object_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.document().setDocumentMargin(2)
        self.setText(text)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 - the QLabel name, so callers need not care which it is
        self.setPlainText(text)
        if self.isVisible():  # one not shown yet is fitted when it is laid out at its real width
            self._fit()


class GrowingEdit(QPlainTextEdit):
    """An editable box that wraps and grows with its text (up to `max_lines`, then scrolls inside itself).
    Enter submits; Shift+Enter starts a new line."""

    submitted = Signal()

    def __init__(self, text: str = "", max_lines: int = 8, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._max_lines = max_lines
        self.setWordWrapMode(WRAP_ANYWHERE)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(MIN_TEXT_WIDTH)
        self.setTabChangesFocus(True)
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self._fit())
        self._fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.submitted.emit()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):  # a style sheet's font: new line height
            self._fit()

    def _fit(self) -> None:
        line = self.fontMetrics().lineSpacing()
        lines = max(1, min(self._max_lines, round(self.document().size().height())))  # a plain document counts lines
        margins = self.contentsMargins()  # the frame's width included
        height = lines * line + 2 * round(self.document().documentMargin()) + margins.top() + margins.bottom() + 2
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)
