"""Turning stored picture bytes into pixmaps: thumbnails directly, large previews off the GUI thread."""

from __future__ import annotations

import asyncio
import io
from collections import OrderedDict

from PIL import Image, ImageOps, UnidentifiedImageError
from PySide6.QtGui import QImage, QPixmap

from studio.core.app.project import Project
from studio.core.pixels import srgb

PREVIEW_EDGE = 1200


def thumbnail_pixmap(project: Project, image_id: int) -> QPixmap:
    pixmap = QPixmap()
    pixmap.loadFromData(project.thumbnail(image_id))
    return pixmap


def scaled_image(data: bytes, edge: int) -> QImage:
    """Decoded and shrunk to fit `edge`, for a worker thread. Pillow does the work because it lets go of
    Python's lock while it decodes; `QImage.fromData` holds it for the whole decode (~40 ms for a 1024² PNG),
    and the window would stall for that long however many threads there are."""
    try:
        with Image.open(io.BytesIO(data)) as opened:
            opened.draft(None, (edge * 2, edge * 2))  # a JPEG decoded at a fraction of its size, as thumbnail() would
            image = srgb(opened).image  # 16-bit grey, CMYK, palette, colour profiles: as they print
            image.thumbnail((edge, edge), Image.Resampling.LANCZOS)  # JPEGs are decoded at a reduced size
            # Turned after shrinking, and only if the picture says so: otherwise it would copy every pixel.
            ImageOps.exif_transpose(image, in_place=True)
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, SyntaxError, ValueError):
        return QImage()
    raw = image.convert("RGBA").tobytes("raw", "RGBA")  # converted after shrinking: far fewer pixels
    return QImage(raw, image.width, image.height, image.width * 4, QImage.Format.Format_RGBA8888).copy()


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
        image = await asyncio.get_running_loop().run_in_executor(None, scaled_image, data, PREVIEW_EDGE)
        self._images[(str(project.path), image_id)] = image
        while len(self._images) > self._size:
            self._images.popitem(last=False)
        return image


previews = PreviewCache()
