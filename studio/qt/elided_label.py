"""A one-line label that gives up width gracefully: it ends in "…" when narrow, and the whole text is its
tooltip. A plain QLabel insists on the width of its text, and a long one widens the window past the screen."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

MIN_CHARS = 6  # enough to see what it is about


class ElidedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._own_tip = False

    def setText(self, text: str) -> None:
        super().setText(text)
        if not self.toolTip() or self._own_tip:
            self._own_tip = True
            super().setToolTip(text)
        self.updateGeometry()

    def setToolTip(self, tip: str) -> None:
        self._own_tip = False
        super().setToolTip(tip)

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(min(metrics.horizontalAdvance(self.text()), metrics.averageCharWidth() * MIN_CHARS),
                     super().minimumSizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), text)

    def shown_text(self) -> str:
        """What a person reads now, "…" and all."""
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width())
