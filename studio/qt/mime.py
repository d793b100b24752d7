"""Dragging pictures between panes: a private MIME type carrying image ids."""

from __future__ import annotations

from PySide6.QtCore import QMimeData

IMAGE_IDS = "application/x-picture-book-studio-image-ids"


def image_mime(image_ids: list[int]) -> QMimeData:
    data = QMimeData()
    data.setData(IMAGE_IDS, ",".join(str(i) for i in image_ids).encode())
    return data


def image_ids(data: QMimeData) -> list[int]:
    if not data.hasFormat(IMAGE_IDS):
        return []
    raw = bytes(data.data(IMAGE_IDS).data()).decode()
    return [int(part) for part in raw.split(",") if part.strip().isdigit()]
