"""A picture made into sticker art: the subject cut out, sized for print, on a white border that follows its
outline, with the cut path just outside the white. CPU-bound: call from an executor."""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, ImageChops, ImageDraw, ImageOps

from studio.core.i18n import _
from studio.core.units import length
from studio.core.pixels import srgb
from studio.core.stickers.cutout import cut_out, has_transparent_background
from studio.core.stickers.outline import (
    ALPHA_THRESHOLD,
    QUAD_SEGMENTS,
    Outline,
    OutlineError,
    trace,
)

PRINT_DPI = 300
DEFAULT_BORDER_IN = 0.125
DEFAULT_SIZE_IN = 3.0
CLIP_INSET_PX = 0.5
CUT_LINE = (90, 90, 90, 255)  # the grey line the in-chat sticker shows where to cut


@dataclass(frozen=True)
class StickerArt:
    image: Image.Image  # RGBA: the art on its white border, transparent outside the cut path
    outline: Outline  # the cut path, in this image's pixels
    dpi: int
    name: str = ""

    @property
    def size_in(self) -> tuple[float, float]:
        x0, y0, x1, y1 = self.outline.bounds
        return (x1 - x0) / self.dpi, (y1 - y0) / self.dpi


def sticker_art(data: bytes, size_in: float = DEFAULT_SIZE_IN, border_in: float = DEFAULT_BORDER_IN,
                dpi: int = PRINT_DPI, name: str = "", remove_background: bool = True) -> StickerArt:
    """`size_in` is the finished sticker's longer side, border included. A picture on a flat background has it
    removed unless `remove_background` is False (then the whole picture is the sticker)."""
    if border_in < 0 or size_in <= 2 * border_in:
        raise OutlineError(_("A {size} sticker has no room for a {border} border.").format(
            size=length(size_in), border=length(border_in)))
    picture = _picture(data)
    subject = cut_out(picture, remove_background)
    box = _opaque_box(subject)
    if box is None and _opaque_box(picture) is not None:  # all "background" (one flat colour): a plain tile
        subject = picture
        box = _opaque_box(picture)
    if box is None:
        raise OutlineError(_("{name} has nothing to cut around (it is empty or transparent).").format(name=name) if name
                            else _("The picture has nothing to cut around (it is empty or transparent)."))
    subject = subject.crop(box)
    border = border_in * dpi
    long_side = max(1, round((size_in - 2 * border_in) * dpi))
    scale = long_side / max(subject.size)
    subject = subject.resize((max(1, round(subject.width * scale)), max(1, round(subject.height * scale))),
                             Image.Resampling.LANCZOS)
    pad = round(border * 2) + 4  # room for the border and for the smoothing to settle
    canvas = Image.new("RGBA", (subject.width + 2 * pad, subject.height + 2 * pad), (0, 0, 0, 0))
    canvas.alpha_composite(subject, (pad, pad))
    outline = trace(canvas.getchannel("A"), border)
    canvas.putalpha(ImageChops.darker(canvas.getchannel("A"), inside_border(outline, border, canvas.size)))
    art = Image.new("RGBA", canvas.size, (0, 0, 0, 0))
    ImageDraw.Draw(art).polygon(outline.points, fill=(255, 255, 255, 255))
    art.alpha_composite(canvas)
    x0, y0, x1, y1 = (int(v) for v in outline.bounds)
    left, top = max(0, x0 - 1), max(0, y0 - 1)
    art = art.crop((left, top, min(art.width, x1 + 2), min(art.height, y1 + 2)))
    moved = Outline(tuple((x - left, y - top) for x, y in outline.points),
                    (outline.bounds[0] - left, outline.bounds[1] - top, outline.bounds[2] - left,
                     outline.bounds[3] - top))
    return StickerArt(art, moved, dpi, name)


def _picture(data: bytes) -> Image.Image:
    with Image.open(io.BytesIO(data)) as img:
        return ImageOps.exif_transpose(srgb(img).image).convert("RGBA")


def background_view(data: bytes, remove_background: bool, edge: int = 200) -> tuple[Image.Image, bool]:
    """The picture small, as its sticker will show it: what background removal takes away (worked out at full size,
    as for the print) shown as a checkerboard. Also whether there is a background to remove at all (False for a
    picture that is transparent already)."""
    picture = _picture(data)
    removable = not has_transparent_background(picture)
    shown = cut_out(picture, remove_background)
    if _opaque_box(shown) is None:  # all "background": the sticker is the plain picture (as sticker_art makes it)
        shown = picture
    shown.thumbnail((edge, edge), Image.Resampling.LANCZOS)
    board = Image.new("RGB", shown.size, (255, 255, 255))
    square = max(4, edge // 20)
    draw = ImageDraw.Draw(board)
    for y in range(0, shown.height, square):
        for x in range((y // square) % 2 * square, shown.width, 2 * square):
            draw.rectangle((x, y, x + square - 1, y + square - 1), fill=(204, 204, 204))
    board.paste(shown, (0, 0), shown)
    return board, removable


def inside_border(outline: Outline, border_px: float, size: tuple[int, int]) -> Image.Image:
    """An "L" mask of what may print: inside the white border's inner edge. Faint pixels the cut does not go round
    (the tail of a soft shadow, a glow, dust) are clipped there, so no ink reaches the border or the blade. Half a
    pixel more, because a filled polygon takes in the pixels its edge crosses."""
    inner = outline.polygon.buffer(-(border_px + CLIP_INSET_PX), quad_segs=QUAD_SEGMENTS)
    mask = Image.new("L", size, 0)
    draw = ImageDraw.Draw(mask)
    for part in getattr(inner, "geoms", [inner]):
        if not part.is_empty:
            draw.polygon(list(part.exterior.coords), fill=255)
            for hole in part.interiors:
                draw.polygon(list(hole.coords), fill=0)
    return mask


def _opaque_box(img: Image.Image) -> tuple[int, int, int, int] | None:
    return img.getchannel("A").point(lambda v: 255 if v >= ALPHA_THRESHOLD else 0).getbbox()


def make_sticker(data: bytes) -> bytes:
    """PNG bytes of the picture as an in-chat sticker: transparent outside, white border, grey cut line. Sized
    like the picture it came from."""
    with Image.open(io.BytesIO(data)) as img:
        longest = max(img.size)
    dpi = 300
    sticker = sticker_art(data, size_in=longest / dpi, border_in=longest * 0.025 / dpi, dpi=dpi)
    out_img = sticker.image
    ImageDraw.Draw(out_img).line([*sticker.outline.points, sticker.outline.points[0]], fill=CUT_LINE, width=3)
    out = io.BytesIO()
    out_img.save(out, format="PNG")
    return out.getvalue()
