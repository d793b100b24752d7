"""The gallery's list model: the ids a search finds, with records and thumbnails fetched only for the rows a
view actually shows. Nothing here is per picture until it is on screen."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QPainter, QPixmap

from studio.core.document.changes import ChangeSet
from studio.core.document.model import ImageRecord
from studio.core.app.project import Project
from studio.core.gallery.search import Filter
from studio.qt.gallery.thumbs import ThumbnailLoader
from studio.qt.mime import IMAGE_IDS, image_mime

ImageIdRole = Qt.ItemDataRole.UserRole + 1
FavouriteRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
PIXMAP_BUDGET = 96 * 1024 * 1024  # bytes of thumbnails kept ready; the rest are read again when scrolled to


def _placeholder(edge: int) -> QPixmap:
    pixmap = QPixmap(edge, edge)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(128, 128, 128, 40))
    painter.drawRoundedRect(QRect(4, 4, edge - 8, edge - 8), 8, 8)
    painter.end()
    return pixmap


class GalleryModel(QAbstractListModel):
    refreshed = Signal()  # the list was read again (count or order may differ)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._project: Project | None = None
        self._filter = Filter()
        self._ids: list[int] = []
        # id -> place: row = place - self._top. Pictures put on top get places below the top's, so listing an
        # arrival does not renumber 50,000 rows; any other change numbers them again when next asked.
        self._places: dict[int, int] = {}
        self._top = 0
        self._places_stale = False
        self._records: dict[int, ImageRecord] = {}
        self._pixmaps: OrderedDict[int, QPixmap] = OrderedDict()
        self._missing: dict[int, None] = {}  # asked for by the view, not yet requested (ordered)
        self.edge = 128
        self._blank = _placeholder(self.edge)
        self._unsubscribe = lambda: None
        self.loader = ThumbnailLoader(self, self._loaded)
        self._request = QTimer(self, singleShot=True, interval=0, timeout=self._request_missing)
        # Pictures arriving in a burst (an import, a batch) are listed together, a few times a second.
        self._refresh = QTimer(self, singleShot=True, interval=250, timeout=self._refresh_if_due)
        self._arrived: set[int] = set()  # pictures of a burst still to be listed

    # -- what is listed ----------------------------------------------------------------

    def set_project(self, project: Project | None) -> None:
        self._unsubscribe()
        if self._project is not None:
            self.loader.forget_book()
        self.beginResetModel()
        self._project = project
        self._filter = Filter()
        self._arrived.clear()
        self._clear_caches()
        self._set_ids(project.gallery.find(self._filter) if project else [])
        self.endResetModel()
        self._unsubscribe = project.changes.subscribe(self._on_change) if project else (lambda: None)
        self.refreshed.emit()

    @property
    def filter(self) -> Filter:
        return self._filter

    def set_filter(self, f: Filter) -> None:
        if f != self._filter:
            self._filter = f
            self.refresh()

    def _refresh_if_due(self) -> None:
        arrived, self._arrived = self._arrived, set()
        if arrived:
            self._refresh.start()  # more may come: the burst goes on being listed a few times a second
            if not self._arrived_first(frozenset(arrived)):
                self.refresh()

    def refresh(self) -> None:
        """Search again and bring the rows up to date, keeping the view's selection and place where it can."""
        if self._project is None or not self._project.is_open:
            return  # a search still due when the book was closed
        self._records.clear()
        self._apply(self._project.gallery.find(self._filter))
        self.refreshed.emit()

    def _apply(self, new: list[int]) -> None:
        old = self._ids
        if new == old:
            if new:  # same pictures: a star, a tag or a name changed
                self.dataChanged.emit(self.index(0), self.index(len(new) - 1))
            return
        old_set, new_set = set(old), set(new)
        if new_set <= old_set and [i for i in old if i in new_set] == new:
            row = len(old)
            while row > 0:  # removals only: each run of removed rows at once, bottom up
                row -= 1
                if old[row] in new_set:
                    continue
                last = row
                while row > 0 and old[row - 1] not in new_set:
                    row -= 1
                self.beginRemoveRows(QModelIndex(), row, last)
                del old[row:last + 1]
                self.endRemoveRows()
        elif old_set <= new_set and [i for i in new if i in old_set] == old:
            row = 0
            while row < len(new):  # insertions only: each run of new rows at once (arrivals come as one run)
                if row < len(old) and old[row] == new[row]:
                    row += 1
                    continue
                end = row
                while end < len(new) and new[end] not in old_set:
                    end += 1
                self.beginInsertRows(QModelIndex(), row, end - 1)
                old[row:row] = new[row:end]
                self.endInsertRows()
                row = end
        else:
            self.beginResetModel()
            self._ids = list(new)
            self.endResetModel()
        self._set_ids(self._ids)

    def _set_ids(self, ids: list[int]) -> None:
        self._ids = ids
        self._places_stale = True

    def _put_on_top(self, new: list[int]) -> None:
        self._ids[0:0] = new
        if not self._places_stale:
            for image_id in reversed(new):
                self._top -= 1
                self._places[image_id] = self._top

    def _row(self, image_id: int) -> int:
        if self._places_stale:
            self._places = {image_id: row for row, image_id in enumerate(self._ids)}
            self._top, self._places_stale = 0, False
        place = self._places.get(image_id)
        return -1 if place is None else place - self._top

    def _on_change(self, change: ChangeSet) -> None:
        if change.gallery or change.cast:
            self.refresh()
        elif change.pictures_added:
            # The first of a burst shows at once, the rest together a few times a second: each change of the
            # rows makes the grid lay all of them out again.
            if self._refresh.isActive():
                self._arrived |= change.pictures_added
            else:
                # every listing lays out the whole grid again (~8 µs a row): the bigger the book, the rarer
                self._refresh.start(max(250, min(3000, len(self._ids) // 20)))
                if not self._arrived_first(change.pictures_added):
                    self.refresh()

    def _arrived_first(self, image_ids: frozenset[int]) -> bool:
        """New pictures listed without searching again: with no filter (newest first) pictures made just now go
        on top, so a book of 50,000 is not searched again for each of a thousand arrivals."""
        if self._project is None or not self._project.is_open:
            return True  # the book was closed while its pictures were still to be listed: nothing to do
        if self._filter != Filter():
            return False
        newest = self._project.gallery.created_of([*image_ids, *self._ids[:1]])
        new = sorted(image_ids, key=lambda i: (newest.get(i, 0.0), i), reverse=True)
        if self._ids and (self._ids[0] not in newest or any(newest.get(i, 0.0) < newest[self._ids[0]] for i in new)):
            return False  # an older picture (a salvage, a clock put back): let the search place it
        self.beginInsertRows(QModelIndex(), 0, len(new) - 1)
        self._put_on_top(new)
        self.endInsertRows()
        self.refreshed.emit()
        return True

    # -- thumbnails ------------------------------------------------------------------

    def set_thumbnail_size(self, edge: int) -> None:
        if edge == self.edge:
            return
        self.edge = edge
        self._blank = _placeholder(edge)
        self._pixmaps.clear()
        self._missing.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1),
                                  [Qt.ItemDataRole.DecorationRole])

    def _clear_caches(self) -> None:
        self._records.clear()
        self._pixmaps.clear()
        self._missing.clear()

    def _request_missing(self) -> None:
        if self._project is not None and self._missing:
            # the latest rows painted first: when scrolling, those are the ones on screen now
            self.loader.want(self._project.path, self.edge, list(reversed(self._missing)))
        self._missing.clear()

    def _loaded(self, path: str, edge: int, images: dict[int, Any]) -> None:
        if self._project is None or str(self._project.path) != path or edge != self.edge:
            return
        budget = max(64, PIXMAP_BUDGET // (edge * edge * 4))
        for image_id, image in images.items():
            if image.isNull():
                continue
            self._pixmaps[image_id] = QPixmap.fromImage(image)
            self._pixmaps.move_to_end(image_id)
            row = self._row(image_id)
            if row >= 0:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
        while len(self._pixmaps) > budget:
            self._pixmaps.popitem(last=False)

    def cached_thumbnails(self) -> int:
        return len(self._pixmaps)

    def has_thumbnail(self, image_id: int) -> bool:
        return image_id in self._pixmaps

    # -- rows ------------------------------------------------------------------------

    def image_ids(self) -> list[int]:
        return list(self._ids)

    def image_id(self, row: int) -> int:
        return self._ids[row]

    def record(self, row: int) -> ImageRecord:
        image_id = self._ids[row]
        record = self._records.get(image_id)
        if record is None and self._project is not None:
            record = self._records[image_id] = self._project.image(image_id)
        assert record is not None
        return record

    def row_of(self, image_id: int) -> int:
        return self._row(image_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (not index.isValid() or self._project is None or not self._project.is_open
                or index.row() >= len(self._ids)):
            return None
        image_id = self._ids[index.row()]
        if role == Qt.ItemDataRole.DecorationRole:
            pixmap = self._pixmaps.get(image_id)
            if pixmap is not None:
                self._pixmaps.move_to_end(image_id)
                return pixmap
            self._missing.pop(image_id, None)
            self._missing[image_id] = None  # to the end: the most recently painted are made first
            self._request.start()
            return self._blank
        if role == ImageIdRole:
            return image_id
        if role == FavouriteRole:
            return self.record(index.row()).favourite
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            record = self.record(index.row())
            words = record.prompt.split("\n\n", 1)[0] or record.file_name or self.tr("Imported picture")
            return words if role == Qt.ItemDataRole.AccessibleTextRole else words[:300]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [IMAGE_IDS]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return image_mime([self._ids[r] for r in rows])
