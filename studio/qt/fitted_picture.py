"""A picture scaled to whatever room its layout gives it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy


class FittedPicture(QLabel):
    """A QLabel holding a pixmap will not be smaller than the pixmap, so the picture is kept aside and drawn again
    at each size, whole: the widget never widens or lengthens the window. Without a picture it shows its text."""

    def __init__(self, text: str, minimum: tuple[int, int]) -> None:
        super().__init__(text)
        self._source = QPixmap()
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(*minimum)
        self.setWordWrap(True)

    def set_source(self, pixmap: QPixmap) -> None:
        self._source = pixmap
        self._fit()

    def source(self) -> QPixmap:
        return self._source

    def _fit(self) -> None:
        if self._source.isNull():
            self.setPixmap(QPixmap())
            return
        self.setPixmap(self._source.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._source.isNull():
            self._fit()
