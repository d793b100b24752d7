"""The book's pages as thumbnails: the filmstrip under the page (drag to reorder) and the grid overview of the
whole book as spreads (double-click one to open it)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

PAGE_ID = Qt.ItemDataRole.UserRole
PAGE_INDEX = Qt.ItemDataRole.UserRole + 1
THUMB_KEY = Qt.ItemDataRole.UserRole + 2


class Filmstrip(QListWidget):
    page_moved = Signal(int, int)  # page id, new index
    page_chosen = Signal(int)  # book index

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filmstrip")
        self.setAccessibleName(self.tr("Pages"))
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Snap)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setIconSize(QSize(72, 90))
        self.setSpacing(4)
        self.setFixedHeight(136)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._filling = False
        self.model().rowsMoved.connect(self._rows_moved)
        self.currentRowChanged.connect(self._row_changed)

    def set_pages(self, entries: list[tuple[int, str, QImage]], current: int) -> None:
        """(page id, label, thumbnail) in book order."""
        self._filling = True
        if self.count() != len(entries):
            self.clear()
            for _ in entries:
                self.addItem(QListWidgetItem())
        for row, (page_id, label, thumb) in enumerate(entries):
            item = self.item(row)
            if item.data(THUMB_KEY) != thumb.cacheKey():  # only pages that changed are drawn again
                item.setIcon(QIcon(QPixmap.fromImage(thumb)))
                item.setData(THUMB_KEY, thumb.cacheKey())
            if item.text() != label:
                item.setText(label)
                item.setToolTip(label)
            item.setData(PAGE_ID, page_id)
            item.setData(PAGE_INDEX, row)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsDragEnabled)
        if self.currentRow() != current:
            self.setCurrentRow(current)
            if 0 <= current < self.count():
                self.scrollToItem(self.item(current))
        self._filling = False

    def _rows_moved(self, _parent: QModelIndex, start: int, _end: int, _dest: QModelIndex, row: int) -> None:
        if self._filling:
            return
        # The rows have moved already; each item still knows the row it was filled in at.
        moved = next((r for r in range(self.count()) if self.item(r).data(PAGE_INDEX) == start), None)
        if moved is not None:
            self.page_moved.emit(self.item(moved).data(PAGE_ID), moved)

    def _row_changed(self, row: int) -> None:
        if not self._filling and row >= 0:
            self.page_chosen.emit(row)


class Overview(QListWidget):
    """Every spread of the book at a glance."""
    page_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bookOverview")
        self.setAccessibleName(self.tr("Book overview"))
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setWrapping(True)
        self.setSpacing(10)
        self.setIconSize(QSize(240, 150))
        self.setUniformItemSizes(True)
        self.itemActivated.connect(lambda item: self.page_chosen.emit(item.data(PAGE_INDEX)))

    def set_spreads(self, spreads: list[tuple[int, str, QImage | None, QImage | None]], current: int) -> None:
        """(book index to open, label, left thumbnail, right thumbnail)."""
        self.clear()
        for index, label, left, right in spreads:
            item = QListWidgetItem(QIcon(QPixmap.fromImage(_spread_image(left, right))), label)
            item.setData(PAGE_INDEX, index)
            self.addItem(item)
            if index == current:
                self.setCurrentItem(item)


def _spread_image(left: QImage | None, right: QImage | None) -> QImage:
    """Two page thumbnails side by side; a missing side is left empty, as in a book."""
    sample = left or right
    assert sample is not None
    width, height = sample.width(), sample.height()
    image = QImage(width * 2 + 2, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#d9d5cc"))
    p = QPainter(image)
    if left is not None:
        p.drawImage(0, 0, left)
    if right is not None:
        p.drawImage(width + 2, 0, right)
    p.end()
    return image
