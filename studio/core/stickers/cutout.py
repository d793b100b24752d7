"""Cutting the subject out of a picture with a flat background (when the server could not give a transparent one).

CPU-bound: call from an executor.
"""

from __future__ import annotations

from collections import deque

from PIL import Image, ImageChops, ImageFilter

MASK_EDGE = 256  # the background is found on a small copy, then the mask is scaled back up
TOLERANCE = 40  # how far (sum of channel differences / 3) a pixel may be from the background colour


def _background_colour(img: Image.Image) -> tuple[int, int, int]:
    w, h = img.size
    border = [img.getpixel((x, y)) for x in range(0, w, max(1, w // 32)) for y in (0, h - 1)]
    border += [img.getpixel((x, y)) for y in range(0, h, max(1, h // 32)) for x in (0, w - 1)]
    channels = list(zip(*border))
    return tuple(sorted(c)[len(c) // 2] for c in channels[:3])  # type: ignore[return-value]


def _has_transparent_background(img: Image.Image) -> bool:
    alpha = img.getchannel("A")
    w, h = img.size
    corners = [alpha.getpixel(p) for p in ((0, 0), (w - 1, 0), (0, h - 1), (w - 1, h - 1))]
    return sum(a < 32 for a in corners) >= 3


def background_mask(img: Image.Image) -> Image.Image:
    """An "L" mask, 255 where the picture is background: near the border colour and connected to the border."""
    small = img.convert("RGB")
    small.thumbnail((MASK_EDGE, MASK_EDGE))
    bg = Image.new("RGB", small.size, _background_colour(small))
    distance = ImageChops.difference(small, bg).convert("L")  # luminance of the difference is close enough
    near = distance.point(lambda v: 255 if v <= TOLERANCE else 0)
    w, h = near.size
    pixels = near.load()
    out = Image.new("L", (w, h), 0)
    marked = out.load()
    queue: deque[tuple[int, int]] = deque()
    for x in range(w):
        queue.extend(((x, 0), (x, h - 1)))
    for y in range(h):
        queue.extend(((0, y), (w - 1, y)))
    while queue:  # flood fill from every border pixel through background-like pixels
        x, y = queue.popleft()
        if marked[x, y] or not pixels[x, y]:
            continue
        marked[x, y] = 255
        if x > 0:
            queue.append((x - 1, y))
        if x < w - 1:
            queue.append((x + 1, y))
        if y > 0:
            queue.append((x, y - 1))
        if y < h - 1:
            queue.append((x, y + 1))
    return out.resize(img.size, Image.Resampling.BILINEAR)


def cut_out(img: Image.Image) -> Image.Image:
    rgba = img.convert("RGBA")
    if _has_transparent_background(rgba):
        return rgba
    keep = ImageChops.invert(background_mask(rgba)).filter(ImageFilter.GaussianBlur(1))
    rgba.putalpha(ImageChops.multiply(rgba.getchannel("A"), keep))
    return rgba
