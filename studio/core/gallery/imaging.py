"""Decoding and thumbnailing pictures with Pillow. CPU-bound: call from an executor."""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass

from PIL import Image, UnidentifiedImageError

from studio.core.i18n import _

log = logging.getLogger(__name__)

THUMB_SIZE = 256
MAX_PIXELS = 64_000_000  # refuse decompression bombs rather than exhaust memory


_T = Image.Transpose
# EXIF orientation → the turn that shows the picture upright (values 5–8 swap width and height)
_TURNS = {2: _T.FLIP_LEFT_RIGHT, 3: _T.ROTATE_180, 4: _T.FLIP_TOP_BOTTOM, 5: _T.TRANSPOSE, 6: _T.ROTATE_270,
          7: _T.TRANSVERSE, 8: _T.ROTATE_90}


class ImageDecodeError(ValueError):
    """The bytes are not a picture we can use; the message is for the user."""


@dataclass(frozen=True)
class DecodedImage:
    data: bytes  # the original bytes, kept as they came
    mime: str
    width: int
    height: int
    thumb: bytes  # JPEG, or PNG where the picture has transparency (stickers)
    problem: str | None = None  # what could not be read properly (its colours), for the person


def describe_failure(exc: BaseException) -> str:
    """A reason a person can act on, for why Pillow could not read a file."""
    if isinstance(exc, Image.DecompressionBombError):
        return _("far too many pixels to open safely (a decompression bomb?)")
    if isinstance(exc, UnidentifiedImageError):
        return _("not a picture (its contents are not PNG, JPEG, WebP or GIF)")
    text = str(exc)
    if "truncated" in text or "broken data stream" in text or isinstance(exc, (EOFError, SyntaxError)):
        return _("the picture is damaged or cut short")
    return _("the picture could not be read ({reason})").format(reason=text or type(exc).__name__)


def warm_up() -> None:
    """Load what decoding needs (numpy, littleCMS, Pillow's common formats) ahead of the first picture, on a
    worker thread while the network is busy: otherwise the first pictures back wait 0.2 s for it."""
    try:
        import studio.core.pixels  # noqa: F401

        Image.preinit()
    except Exception:  # noqa: BLE001 - the first real decode reports any problem properly
        log.info("could not load the picture decoders ahead of time", exc_info=True)


def decode(data: bytes) -> DecodedImage:
    from studio.core.pixels import needs_conversion, srgb  # numpy: loaded with the first picture, not at start-up

    if not data:
        raise ImageDecodeError(_("The picture is empty."))
    try:
        with Image.open(io.BytesIO(data)) as img:
            if img.width * img.height > MAX_PIXELS:
                raise ImageDecodeError(_("too large ({width}×{height} pixels; the limit is {limit} million)").format(
                    width=img.width, height=img.height, limit=MAX_PIXELS // 1_000_000))
            mime = Image.MIME.get(img.format or "", "application/octet-stream")
            orientation = img.getexif().get(0x0112, 1)
            turn = _TURNS.get(orientation)  # a phone photo shows the way up it was taken
            width, height = (img.height, img.width) if orientation in (5, 6, 7, 8) else img.size
            if img.format == "JPEG" and needs_conversion(img):  # colour-converting 12 Mpx takes 0.7 s: shrink first
                img.draft(None, (THUMB_SIZE * 2, THUMB_SIZE * 2))
            pixels = srgb(img)  # 16-bit grey, CMYK, palette, colour profiles: as they will print
            thumb = pixels.image
            factor = max(thumb.size) // THUMB_SIZE
            if factor >= 2:  # averaging whole blocks first is 5x faster than resampling the full picture
                thumb = thumb.reduce(factor)
            thumb.thumbnail((THUMB_SIZE, THUMB_SIZE))
            if turn is not None:
                thumb = thumb.transpose(turn)  # turned once small: far fewer pixels
            out = io.BytesIO()
            if thumb.mode == "RGBA" and thumb.getextrema()[3][0] < 255:
                thumb.save(out, format="PNG", compress_level=1)
            else:  # JPEG: a fifth of the time of PNG for a detailed picture, and a third of the bytes
                thumb.convert("RGB").save(out, format="JPEG", quality=88)
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, SyntaxError, EOFError, ValueError) as exc:
        raise ImageDecodeError(describe_failure(exc)) from exc
    return DecodedImage(data=data, mime=mime, width=width, height=height, thumb=out.getvalue(),
                        problem=pixels.problem)
