"""Pictures as they go into a print PDF.

A JPEG that is printed whole (nothing cropped, not far sharper than print needs) goes in as it is: its bytes
become the PDF image stream (DCTDecode, no re-encoding, no ASCII85). Anything else is cropped to what shows
and resampled once to the placed size at 300 DPI (never enlarged: the export report names pictures under
300 DPI), with transparency flattened onto white paper.

For a print standard (core/output/pdfx.py) that takes CMYK only, every picture is resampled and separated
into the press's CMYK within the ink limit, and the translucent white band behind words over it is mixed into
its pixels (what the screen shows), since such a file may hold nothing see-through."""

from __future__ import annotations

import io
import math
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageOps
from reportlab import rl_config
from reportlab.lib.utils import ImageReader

from studio.core.i18n import _
from studio.core.layout.frames import BACKING_ALPHA, BACKING_RADIUS_PT, Box
from studio.core.layout.plan import PictureItem
from studio.core.output.pdfx import PdfStandard
from studio.core.pixels import limit_ink, needs_conversion, srgb, total_ink

TARGET_DPI = 300
MAX_PASSTHROUGH_DPI = 450  # a sharper JPEG is resampled to TARGET_DPI rather than carried at full size
JPEG_QUALITY = 95
JPEG_INK_ROOM = 5.0  # percent of ink kept spare for JPEG's rounding (it lifts dark pixels up to ~5 %): one encoding
EXIF_ORIENTATION = 0x0112

rl_config.useA85 = 0  # binary streams: ASCII85 only makes files 25% larger


class JpegStream:
    """A JPEG reportlab embeds byte for byte: it takes an object with `jpeg_fh()` as a ready JPEG source and
    names the image XObject by `str()`, so each picture is stored once however often it is drawn."""

    def __init__(self, key: str, data: bytes):
        self.key, self.data = key, data

    def jpeg_fh(self) -> io.BytesIO:
        return io.BytesIO(self.data)

    def __str__(self) -> str:
        return self.key


@dataclass(frozen=True)
class PreparedPicture:
    source: JpegStream | ImageReader
    rect: Box  # where to draw it, in the plan's points
    pixels: tuple[int, int]
    passthrough: bool
    problem: str | None = None  # what could not be read properly (its colours), for the person


class PictureError(Exception):
    """A picture's data cannot be read."""

    def __init__(self, image_id: int, reason: str):
        super().__init__(_("picture #{id} cannot be read ({reason})").format(id=image_id, reason=reason))
        self.image_id = image_id


class PicturePrep:
    """Prepares each placed picture once per export (the cover and the home print reuse the book's)."""

    def __init__(self, images: dict[int, bytes], target_dpi: int = TARGET_DPI, standard: PdfStandard | None = None):
        self.images = images
        self.target_dpi = target_dpi
        self.standard = standard
        self._done: dict[tuple, PreparedPicture] = {}

    @property
    def cmyk(self) -> bool:
        """Pictures go into the PDF as the press's CMYK, with the text bands over them mixed in."""
        return self.standard is not None and self.standard.cmyk_only

    def prepare(self, item: PictureItem, veils: tuple[Box, ...] = ()) -> PreparedPicture:
        """The picture of `item`; `veils` are text bands (in the plan's points) to mix into it where they lie
        over it (only when `cmyk`: otherwise the page draws them see-through)."""
        assert item.image_id is not None and item.rect is not None
        visible = _intersect(item.clip, item.rect)
        veils = tuple(_rounded(v) for v in veils if self.cmyk and _overlaps(v, visible))
        key = (item.image_id, _rounded(item.rect), _rounded(visible), veils)
        if key not in self._done:
            self._done[key] = self._prepare(item.image_id, item.rect, visible, veils)
        return self._done[key]

    def _prepare(self, image_id: int, rect: Box, visible: Box, veils: tuple[Box, ...]) -> PreparedPicture:
        data = self.images[image_id]
        try:
            with Image.open(io.BytesIO(data)) as img:
                if not self.cmyk and _can_pass_through(img, rect, visible):
                    return PreparedPicture(JpegStream(f"jpeg-{image_id}", data), rect, img.size, True)
                img.load()
                return self._resample(image_id, img, rect, visible, veils)
        except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
            raise PictureError(image_id, str(exc) or type(exc).__name__) from exc

    def _resample(self, image_id: int, img: Image.Image, rect: Box, visible: Box,
                  veils: tuple[Box, ...] = ()) -> PreparedPicture:
        was_jpeg = img.format == "JPEG"
        pixels = srgb(img)
        img = _flatten(ImageOps.exif_transpose(pixels.image))
        width, height = img.size
        rx0, ry0, rx1, ry1 = rect
        sx, sy = width / (rx1 - rx0), height / (ry1 - ry0)  # pixels per point
        vx0, vy0, vx1, vy1 = visible
        crop = (max(0, math.floor((vx0 - rx0) * sx)), max(0, math.floor((ry1 - vy1) * sy)),
                min(width, math.ceil((vx1 - rx0) * sx)), min(height, math.ceil((ry1 - vy0) * sy)))
        # the crop snaps out to whole pixels; draw it exactly where those pixels land
        drawn = (rx0 + crop[0] / sx, ry1 - crop[3] / sy, rx0 + crop[2] / sx, ry1 - crop[1] / sy)
        img = img.crop(crop)
        wanted = (max(1, round((drawn[2] - drawn[0]) / 72 * self.target_dpi)),
                  max(1, round((drawn[3] - drawn[1]) / 72 * self.target_dpi)))
        if img.width > wanted[0] * 1.02 or img.height > wanted[1] * 1.02:
            img = img.resize(wanted, Image.Resampling.LANCZOS, reducing_gap=3.0)
        if veils:
            img = _veiled(img, drawn, veils)
        standard = self.standard if self.cmyk else None
        if standard is not None:
            img = standard.cmyk(img, room=JPEG_INK_ROOM if was_jpeg else 0.0)
        if was_jpeg:
            if standard is not None:
                data = _cmyk_jpeg(img, standard.ink_limit)
            else:
                out = io.BytesIO()
                img.save(out, format="JPEG", quality=JPEG_QUALITY, subsampling=0)
                data = out.getvalue()
            key = f"jpeg-{image_id}-{'-'.join(str(round(v, 2)) for v in drawn + sum(veils, ()))}"
            return PreparedPicture(JpegStream(key, data), drawn, img.size, False, pixels.problem)
        return PreparedPicture(ImageReader(img), drawn, img.size, False, pixels.problem)


def _can_pass_through(img: Image.Image, rect: Box, visible: Box) -> bool:
    if img.format != "JPEG" or needs_conversion(img):
        return False  # CMYK and colour-profiled JPEGs are converted to sRGB: the PDF says its pictures are sRGB
    if img.getexif().get(EXIF_ORIENTATION, 1) != 1:
        return False  # a PDF ignores EXIF rotation
    shown = (visible[2] - visible[0]) * (visible[3] - visible[1])
    whole = (rect[2] - rect[0]) * (rect[3] - rect[1])
    if whole <= 0 or shown < whole * 0.995:
        return False  # cropped: the hidden part would be carried for nothing
    dpi = img.width / ((rect[2] - rect[0]) / 72)
    return dpi <= MAX_PASSTHROUGH_DPI


def _flatten(img: Image.Image) -> Image.Image:
    """RGB (or grey) on white paper: printers have no transparency, and a soft mask per picture slows every
    RIP. `img` comes from `srgb`: RGB, RGBA or L."""
    if img.mode == "RGBA":
        paper = Image.new("RGBA", img.size, (255, 255, 255, 255))
        paper.alpha_composite(img)
        return paper.convert("RGB")
    return img


def _cmyk_jpeg(img: Image.Image, ink_limit: float) -> bytes:
    """CMYK pixels (separated with JPEG_INK_ROOM to spare) as a JPEG whose decoded pixels still keep to the ink
    limit: JPEG's rounding lifts some dark pixels a few percent, so where they still end over it the limit is
    tightened by what they overshot and the picture encoded again."""
    limit = ink_limit - JPEG_INK_ROOM
    for attempt in range(4):
        out = io.BytesIO()
        if attempt:
            img = limit_ink(img, limit)
        img.save(out, format="JPEG", quality=JPEG_QUALITY, subsampling=0)
        with Image.open(io.BytesIO(out.getvalue())) as decoded:
            most = float(total_ink(np.asarray(decoded)).max()) / 2.55
        if most <= ink_limit:
            break
        limit -= most - ink_limit + 0.5
    return out.getvalue()


def _veiled(img: Image.Image, drawn: Box, veils: tuple[Box, ...]) -> Image.Image:
    """`img` (placed at `drawn`) with the white text bands over it mixed in as the screen shows them: white at
    BACKING_ALPHA, rounded corners and all. Printed opaque instead, a band would hide the picture under the words."""
    sx = img.width / (drawn[2] - drawn[0])  # pixels per point
    sy = img.height / (drawn[3] - drawn[1])
    mask = Image.new("L", img.size, 0)
    pen = ImageDraw.Draw(mask)
    for x0, y0, x1, y1 in veils:
        box = ((x0 - drawn[0]) * sx, (drawn[3] - y1) * sy, (x1 - drawn[0]) * sx, (drawn[3] - y0) * sy)
        pen.rounded_rectangle(box, radius=BACKING_RADIUS_PT * sx, fill=round(BACKING_ALPHA * 255))
    return Image.composite(Image.new(img.mode, img.size, "white"), img, mask)


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _intersect(a: Box, b: Box) -> Box:
    return max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])


def _rounded(box: Box) -> tuple[float, ...]:
    return tuple(round(v, 3) for v in box)
