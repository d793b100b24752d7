"""A sticker cuts where it prints: nothing that prints lies near the blade, and background removal takes the
background and only the background (judged as the eye does, at the picture's own resolution)."""

import io

import cv2
import numpy as np
import shapely
from PIL import Image, ImageDraw, ImageFilter

from studio.core.stickers.art import sticker_art
from studio.core.stickers.cutout import cut_out, subject_alpha
from tests.core.stickers.test_stickers import png

DPI = 300
BORDER_IN = 0.125


def shadowed(size: int = 900) -> Image.Image:
    """A drawn ball with a soft drop shadow down and to the right, fading out over a long tail."""
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    shadow = Image.new("L", (size, size), 0)
    ImageDraw.Draw(shadow).ellipse((0.22 * size, 0.24 * size, 0.86 * size, 0.88 * size), fill=170)
    shadow = shadow.filter(ImageFilter.GaussianBlur(size * 0.05))
    img.paste((20, 20, 30, 255), (0, 0), shadow)
    img.putalpha(shadow)
    ImageDraw.Draw(img).ellipse((0.12 * size, 0.12 * size, 0.76 * size, 0.76 * size), fill=(220, 60, 40, 255))
    return img


def printed(image: Image.Image) -> np.ndarray:
    """Where ink goes: the sticker composited on white paper, every pixel not white."""
    paper = Image.new("RGB", image.size, (255, 255, 255))
    paper.paste(image, (0, 0), image)
    return (np.asarray(paper) < 255).any(axis=2)


def centres(mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    ys, xs = np.nonzero(mask)
    return xs + 0.5, ys + 0.5


def test_a_soft_drop_shadow_prints_nowhere_within_half_the_border_of_the_cut():
    art = sticker_art(png(shadowed()), size_in=2.5, border_in=BORDER_IN, dpi=DPI)
    cut = art.outline.polygon
    border_px = BORDER_IN * DPI
    ink = printed(art.image)
    assert ink.sum() > 100_000  # the ball and its shadow are there
    xs, ys = centres(ink)
    safe = cut.buffer(-border_px / 2)
    assert shapely.contains_xy(safe, xs, ys).all(), "ink within half the border of the cut"
    # the cut goes round the shadow where it shows: grey shadow pixels print, inside the sticker
    rgb = np.asarray(art.image.convert("RGB")).astype(int)
    grey = ink & (np.abs(rgb[..., 0] - rgb[..., 2]) < 12) & (rgb[..., 0] < 235)
    assert grey.sum() > 5_000
    # and outside the cut nothing at all, not even white
    alpha = np.asarray(art.image.getchannel("A")) > 0
    xs, ys = centres(alpha)
    assert shapely.contains_xy(cut.buffer(1.0), xs, ys).all()


def test_the_cut_never_touches_the_art_of_an_in_chat_sticker_either():
    from studio.core.stickers.art import make_sticker

    with Image.open(io.BytesIO(make_sticker(png(shadowed(600))))) as out:
        rgba = np.asarray(out.convert("RGBA"))
    # the grey cut line is drawn; between it and the art runs white border all round: every pixel on the line's
    # outside is transparent and every one just inside it is white
    line = (rgba[..., 0] == 90) & (rgba[..., 1] == 90) & (rgba[..., 3] == 255)
    assert line.sum() > 500
    grown = cv2.dilate(line.astype(np.uint8), np.ones((5, 5), np.uint8)).astype(bool) & ~line
    near = rgba[grown]
    assert ((near[:, 3] == 0) | (near[:, :3] == 255).all(axis=1)).all()


def pink_with_a_sun(size: int = 800) -> Image.Image:
    """A yellow sun on pink: close in RGB luminance (the old check judged them 38 apart, under its 40), far apart
    to the eye."""
    rng = np.random.default_rng(1)
    base = np.full((size, size, 3), (250, 190, 200), float) + rng.normal(0, 2.0, (size, size, 3))
    img = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8), "RGB")
    draw = ImageDraw.Draw(img)
    c = size / 2
    for angle in range(0, 360, 30):
        a = np.radians(angle)
        draw.line((c, c, c + np.cos(a) * size * 0.38, c + np.sin(a) * size * 0.38), fill=(250, 225, 60),
                  width=size // 40)
    draw.ellipse((c - size * 0.22, c - size * 0.22, c + size * 0.22, c + size * 0.22), fill=(250, 225, 60))
    return img


def test_a_yellow_sun_on_pink_is_kept_and_the_pink_goes():
    img = pink_with_a_sun()
    alpha = np.asarray(subject_alpha(img))
    size = img.width
    yy, xx = np.mgrid[:size, :size]
    r = np.hypot(xx - size / 2, yy - size / 2)
    assert (alpha[r < size * 0.22 - 2] == 255).all()  # the whole sun disc
    assert (alpha[r > size * 0.40] == 0).all()  # the pink beyond the rays
    art = sticker_art(png(img), size_in=2.0, border_in=BORDER_IN, dpi=150)
    rgb = np.asarray(art.image.convert("RGB")).astype(int)
    opaque = np.asarray(art.image.getchannel("A")) == 255
    pink = opaque & (np.abs(rgb - (250, 190, 200)).sum(axis=2) < 30)
    yellow = opaque & (np.abs(rgb - (250, 225, 60)).sum(axis=2) < 30)
    assert yellow.sum() > 10_000 and pink.sum() < yellow.sum() * 0.01


def phone_photo(width: int = 2048, height: int = 1536) -> tuple[bytes, np.ndarray, np.ndarray]:
    """A phone photo of a toy on a pale table: uneven light, sensor noise, JPEG. The toy is a dark ring with a
    cream face inside, the face nearly the table's colour, and a gap in the ring a few pixels wide. Returns the
    JPEG, the toy's true shape and its face."""
    rng = np.random.default_rng(7)
    yy, xx = np.mgrid[:height, :width]
    light = 1.0 - 0.05 * (xx / width) - 0.03 * (yy / height)
    table = np.stack([238 * light, 232 * light, 222 * light], axis=2) + rng.normal(0, 2.5, (height, width, 3))
    cx, cy, rx, ry = width * 0.5, height * 0.52, width * 0.27, height * 0.33
    d = ((xx - cx) / rx) ** 2 + ((yy - cy) / ry) ** 2
    body = d <= 1.0
    face = ((xx - cx) / (rx - 70)) ** 2 + ((yy - cy) / (ry - 70)) ** 2 <= 1.0
    pixels = table.copy()
    pixels[body] = (96, 62, 40)
    pixels[face] = (236, 229, 218)  # about ΔE 3 from the table: background-coloured, but inside the toy
    gap = body & ~face & (np.abs(yy - cy) < 3) & (xx > cx)  # a 5 px crack through the ring to the right
    pixels[gap] = table[gap]
    img = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "RGB")
    out = io.BytesIO()
    img.save(out, format="JPEG", quality=85)
    return out.getvalue(), body, face


def test_a_phone_photo_keeps_its_subject_whole_with_a_clean_edge():
    data, body, face = phone_photo()
    with Image.open(io.BytesIO(data)) as img:
        alpha = np.asarray(cut_out(img.convert("RGB")).getchannel("A"))
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (7, 7))
    well_inside = cv2.erode(body.astype(np.uint8), kernel).astype(bool)
    well_outside = ~cv2.dilate(body.astype(np.uint8), kernel).astype(bool)
    crack = np.zeros_like(body)
    crack[int(body.shape[0] * 0.52) - 12:int(body.shape[0] * 0.52) + 12, :] = True  # the crack's own notch
    assert (alpha[face] == 255).all()  # the face, background-coloured, stays: the toy is whole
    assert (alpha[well_inside & ~crack] == 255).all()  # no holes, no ragged bites
    assert (alpha[well_outside] == 0).all()  # and within 3 px of its edge, the table is gone


def test_the_dxf_opens_in_ezdxf_with_closed_polylines_the_size_of_the_svg_paths(tmp_path):
    import re
    import xml.etree.ElementTree as ET

    import ezdxf
    from shapely import Polygon

    from studio.core.stickers.make import StickerPick, StickerRequest, make_sheets
    from studio.core.stickers.sheet import SheetSpec

    picks = tuple(StickerPick(i, f"Ball {i}", png(shadowed(400))) for i in range(3))
    request = StickerRequest(picks, size_in=2.0, spec=SheetSpec("letter", registration=True),
                             svg=tmp_path / "cuts.svg", dxf=tmp_path / "cuts.dxf")
    result = make_sheets(request)
    assert any("As-Is" in note for note in result.notes)
    doc = ezdxf.readfile(tmp_path / "cuts.dxf")
    assert doc.dxfversion >= "AC1009" and doc.units == 4  # R12 or later, millimetres
    lines = list(doc.modelspace().query("LWPOLYLINE POLYLINE"))
    assert len(lines) == 3 and all(line.closed for line in lines)
    svg = ET.parse(tmp_path / "cuts.svg").getroot()
    svg_paths = svg.findall(".//{http://www.w3.org/2000/svg}path")
    mm_per_pt = 25.4 / 72
    height_mm = 11 * 25.4
    drawn = [Polygon([(x * mm_per_pt, height_mm - y * mm_per_pt) for x, y in
                      ((float(a), float(b)) for a, b in re.findall(r"([\d.]+),([\d.]+)", p.get("d")))])
             for p in svg_paths]
    for line in lines:
        cut = Polygon([(x, y) for x, y, *_ in line.get_points()])
        twin = max(drawn, key=lambda p: p.intersection(cut).area)
        assert cut.is_valid and abs(cut.area - twin.area) < 0.002 * twin.area  # same size, in mm
        assert twin.symmetric_difference(cut).area < 0.002 * twin.area  # and the same place on the sheet
        assert 45 < max(cut.bounds[2] - cut.bounds[0], cut.bounds[3] - cut.bounds[1]) < 52  # a 2 in sticker
