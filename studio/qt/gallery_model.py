"""A list model mirroring the project's images; thumbnails become icons on first display."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon

from studio.core.document.events import Change
from studio.core.document.model import ImageRecord
from studio.core.document.project import Project
from studio.qt.mime import IMAGE_IDS, image_mime
from studio.qt.pictures import thumbnail_pixmap

ImageIdRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class GalleryModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._project: Project | None = None
        self._records: list[ImageRecord] = []
        self._icons: dict[int, QIcon] = {}
        self._unsubscribe = lambda: None

    def set_project(self, project: Project | None) -> None:
        self._unsubscribe()
        self.beginResetModel()
        self._project = project
        self._records = project.images() if project else []
        self._icons.clear()
        self.endResetModel()
        self._unsubscribe = project.changes.subscribe(self._on_change) if project else (lambda: None)

    def _on_change(self, change: Change) -> None:
        if change.kind == "image_added" and self._project is not None and change.id is not None:
            row = len(self._records)
            self.beginInsertRows(QModelIndex(), row, row)
            self._records.append(self._project.image(change.id))
            self.endInsertRows()

    def record(self, row: int) -> ImageRecord:
        return self._records[row]

    def row_of(self, image_id: int) -> int:
        return next((i for i, r in enumerate(self._records) if r.id == image_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._records)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._project is None:
            return None
        record = self._records[index.row()]
        if role == Qt.ItemDataRole.DecorationRole:
            icon = self._icons.get(record.id)
            if icon is None:
                icon = self._icons[record.id] = QIcon(thumbnail_pixmap(self._project, record.id))
            return icon
        if role == Qt.ItemDataRole.ToolTipRole:
            return record.prompt or self.tr("Imported picture")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return record.prompt
        if role == ImageIdRole:
            return record.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [IMAGE_IDS]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        return image_mime([self._records[i.row()].id for i in indexes if i.isValid()])
