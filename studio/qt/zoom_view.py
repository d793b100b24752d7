"""A picture that zooms (wheel, keys) and pans (drag), for the large picture and each pane of Compare. Zoom is kept
relative to "fit" and the view's centre relative to the picture, so views of pictures of different sizes can follow
one another: the same zoom and the same spot in each."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Signal
from PySide6.QtGui import (
    QImage,
    QPainter,
    QPixmap,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QWidget,
)

STEP = 1.25  # one press of + or −
WHEEL_STEP = 1.15  # one notch of the wheel
SMALLEST, LARGEST = 0.1, 40.0  # times "fit"


class ZoomView(QGraphicsView):
    view_changed = Signal()  # the person zoomed or panned (not sent while following another view)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.picture = QGraphicsPixmapItem()
        self.scene().addItem(self.picture)
        self._level = 1.0  # times the scale that fits the picture in the view
        self._following = False
        for bar in (self.horizontalScrollBar(), self.verticalScrollBar()):
            bar.valueChanged.connect(self._moved)

    def set_picture(self, image: QImage) -> None:
        self.picture.setPixmap(QPixmap.fromImage(image))
        self.scene().setSceneRect(self.picture.boundingRect())
        self.fit()

    def _fit_scale(self) -> float:
        size = self.picture.pixmap().size()
        room = self.viewport().size()
        if size.isEmpty() or room.isEmpty():
            return 1.0
        return min(room.width() / size.width(), room.height() / size.height())

    @property
    def level(self) -> float:
        """The zoom, as a multiple of the scale that fits the whole picture in the view."""
        return self._level

    def fit(self) -> None:
        self.set_level(1.0)

    def zoom(self, factor: float) -> None:
        self.set_level(self._level * factor)

    def set_level(self, level: float) -> None:
        self._level = min(LARGEST, max(SMALLEST, level))
        scale = self._fit_scale() * self._level
        self.setTransform(QTransform.fromScale(scale, scale))
        self._moved()

    def centre(self) -> QPointF:
        """The spot at the middle of the view, as a fraction of the picture's width and height."""
        rect = self.sceneRect()
        if rect.isEmpty():
            return QPointF(0.5, 0.5)
        middle = self.mapToScene(self.viewport().rect().center())
        return QPointF((middle.x() - rect.x()) / rect.width(), (middle.y() - rect.y()) / rect.height())

    def set_centre(self, spot: QPointF) -> None:
        rect = self.sceneRect()
        self.centerOn(rect.x() + spot.x() * rect.width(), rect.y() + spot.y() * rect.height())

    def follow(self, level: float, spot: QPointF) -> None:
        """Show the same zoom and spot as another view, without telling anyone (that view already did)."""
        self._following = True
        try:
            self.set_level(level)
            self.set_centre(spot)
        finally:
            self._following = False

    def _moved(self, *_: object) -> None:
        if not self._following:
            self.view_changed.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.zoom(WHEEL_STEP if event.angleDelta().y() > 0 else 1 / WHEEL_STEP)

    def resizeEvent(self, event: QResizeEvent) -> None:
        spot = self.centre()
        super().resizeEvent(event)
        self._following = True  # a resize is not the person's zoom: the others are not told
        try:
            self.set_level(self._level)  # "fit" keeps fitting as the window grows
            self.set_centre(spot)
        finally:
            self._following = False
