"""Turning stored picture bytes into pixmaps: thumbnails directly, large previews off the GUI thread."""

from __future__ import annotations

import asyncio
from collections import OrderedDict

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap

from studio.core.project import Project

PREVIEW_EDGE = 1200


def thumbnail_pixmap(project: Project, image_id: int) -> QPixmap:
    pixmap = QPixmap()
    pixmap.loadFromData(project.thumbnail(image_id))
    return pixmap


def _scaled_image(data: bytes, edge: int) -> QImage:
    image = QImage.fromData(data)  # QImage (unlike QPixmap) may be made on a worker thread
    if image.isNull():
        return image
    if max(image.width(), image.height()) > edge:
        image = image.scaled(edge, edge, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    return image


class PreviewCache:
    """Large previews, decoded in an executor and kept for the most recently shown pictures."""

    def __init__(self, size: int = 24) -> None:
        self._size = size
        self._images: OrderedDict[tuple[str, int], QImage] = OrderedDict()

    def cached(self, project: Project, image_id: int) -> QImage | None:
        key = (str(project.path), image_id)
        image = self._images.get(key)
        if image is not None:
            self._images.move_to_end(key)
        return image

    async def get(self, project: Project, image_id: int) -> QImage:
        hit = self.cached(project, image_id)
        if hit is not None:
            return hit
        data = project.image_data(image_id)
        image = await asyncio.get_running_loop().run_in_executor(None, _scaled_image, data, PREVIEW_EDGE)
        self._images[(str(project.path), image_id)] = image
        while len(self._images) > self._size:
            self._images.popitem(last=False)
        return image


previews = PreviewCache()
