"""Cutting the subject out of a picture with a flat background (when the server could not give a transparent one).

Colour is judged in CIELAB, where equal distances look equally different (a yellow sun on pink is far from the
pink although their RGB luminance differs little), and at full resolution, so the edge follows the picture's own
pixels. Only background connected to the picture's edge goes: a pale face or belly inside the subject, however
close to the background colour, stays, and a gap in the subject's outline narrower than `LEAK_FRACTION` of the
picture does not let the background in.

CPU-bound: call from an executor.
"""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image

MIN_TOLERANCE = 10.0  # CIE76 ΔE: still "the same colour" to the eye; JPEG and sensor noise stay inside it
MAX_TOLERANCE = 24.0  # a noisy or shaded background widens it (twice its spread), never further than this
RING_PX = 3  # the picture's outer ring of pixels, where the background colour is read
LEAK_FRACTION = 1 / 400  # gaps narrower than this share of the longer side (5 px at 2048) are not passed
FEATHER_PX = 1.0  # the cut edge is softened over about a pixel, as a drawn edge is
L_STEP = 100 / 255  # OpenCV's 8-bit Lab stores L × 255/100 (the picture is sRGB: art.py converts it first)


def _lab8(rgb: np.ndarray) -> np.ndarray:
    """CIELAB as OpenCV packs it in bytes: L × 255/100, a + 128, b + 128 (steps well under the tolerance)."""
    return cv2.cvtColor(np.ascontiguousarray(rgb), cv2.COLOR_RGB2Lab)


def _squared_distance(lab8: np.ndarray, colour: np.ndarray) -> np.ndarray:
    """ΔE76² from `colour` (packed like `lab8`) for every pixel: one table per channel, then a sum."""
    v = np.arange(256, dtype=np.float32)
    table = np.stack([((v - colour[0]) * L_STEP) ** 2, (v - colour[1]) ** 2, (v - colour[2]) ** 2], axis=1)
    squares = cv2.LUT(lab8, table.reshape(256, 1, 3).astype(np.float32))
    return cv2.transform(squares, np.ones((1, 3), np.float32))


def _ring(values: np.ndarray) -> np.ndarray:
    r = RING_PX
    return np.concatenate([values[:r].reshape(-1, values.shape[-1]), values[-r:].reshape(-1, values.shape[-1]),
                           values[r:-r, :r].reshape(-1, values.shape[-1]),
                           values[r:-r, -r:].reshape(-1, values.shape[-1])])


def has_transparent_background(img: Image.Image) -> bool:
    if img.mode != "RGBA":
        return False
    alpha = img.getchannel("A")
    w, h = img.size
    corners = [alpha.getpixel(p) for p in ((0, 0), (w - 1, 0), (0, h - 1), (w - 1, h - 1))]
    return sum(a < 32 for a in corners) >= 3


def background_mask(img: Image.Image) -> Image.Image:
    """An "L" mask at the picture's own size, 255 where the picture is background: near the colour of its edge
    and connected to the edge by a path wider than a leak."""
    rgb = np.asarray(img.convert("RGB"))
    h, w = rgb.shape[:2]
    if min(h, w) <= 2 * RING_PX:
        return Image.new("L", img.size, 0)
    lab = _lab8(rgb)
    ring = _ring(lab).astype(np.float32)
    colour = np.median(ring, axis=0)
    spread = float(np.percentile(np.sqrt(_squared_distance(ring.reshape(-1, 1, 3).astype(np.uint8), colour)), 90))
    tolerance = min(MAX_TOLERANCE, max(MIN_TOLERANCE, 2.0 * spread))
    near = (_squared_distance(lab, colour) <= tolerance * tolerance).astype(np.uint8)  # ΔE76 within tolerance
    # Opening by reconstruction: shrink the background-like area, keep what of it still reaches the edge, grow it
    # back inside the background-like area. A thin gap in an outline closes on shrinking, so the inside stays.
    radius = max(1, round(max(h, w) * LEAK_FRACTION / 2))
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * radius + 1, 2 * radius + 1))
    core = cv2.erode(near, kernel, borderType=cv2.BORDER_REPLICATE)
    count, labels = cv2.connectedComponents(core, connectivity=4)
    reached = _pick(labels, count, _on_edge(labels))
    background = _with_edge_slivers(cv2.dilate(reached, kernel) & near, near, core)
    return Image.fromarray(_without_specks(background, (2 * radius + 1) ** 2) * 255, "L")


def _on_edge(labels: np.ndarray) -> np.ndarray:
    """The labels of the regions that touch the picture's edge (not the unlabelled 0)."""
    edge = np.unique(np.concatenate([labels[0], labels[-1], labels[:, 0], labels[:, -1]]))
    return edge[edge != 0]


def _pick(labels: np.ndarray, count: int, chosen: np.ndarray) -> np.ndarray:
    """1 where `labels` is one of `chosen`: a lookup table, much faster than np.isin on a whole picture."""
    table = np.zeros(count, np.uint8)
    table[chosen] = 1
    return table[labels]


def _without_specks(background: np.ndarray, smallest: int) -> np.ndarray:
    """Noise (a sensor speck, a JPEG block) left standing in the background goes with it: specks of subject
    smaller than `smallest` pixels. A sparkle apart from the subject is bigger than that."""
    count, labels, stats, _ = cv2.connectedComponentsWithStats(1 - background, connectivity=8)
    specks = np.nonzero(stats[1:, cv2.CC_STAT_AREA] < smallest)[0] + 1
    return background | _pick(labels, count, specks) if specks.size else background


def _with_edge_slivers(background: np.ndarray, near: np.ndarray, core: np.ndarray) -> np.ndarray:
    """Background-like strips along the edge too narrow to survive the shrinking (the subject nearly touching the
    frame) go as well; a wide area reached only through a narrow gap does not."""
    count, labels = cv2.connectedComponents(near, connectivity=4)
    if count <= 1:
        return background
    wide = np.zeros(count, bool)
    wide[labels[core > 0]] = True
    slivers = np.array([label for label in _on_edge(labels) if not wide[label]], dtype=np.int64)
    return background | _pick(labels, count, slivers) if slivers.size else background


def subject_alpha(img: Image.Image) -> Image.Image:
    """The subject's alpha ("L"): opaque where it is not background, softened over a pixel at the cut."""
    keep = 255 - np.asarray(background_mask(img))
    if FEATHER_PX > 0:
        keep = cv2.GaussianBlur(keep, (0, 0), FEATHER_PX)
        # the inside stays fully opaque, and the blur's faint tail does not spread a film over the background
        keep = np.where(keep >= 250, 255, np.where(keep <= 5, 0, keep)).astype(np.uint8)
    return Image.fromarray(keep, "L")


def cut_out(img: Image.Image, remove_background: bool = True) -> Image.Image:
    """The picture with its flat background made transparent; unchanged when it is transparent already or
    `remove_background` is False. The picture given is never changed."""
    rgba = img.convert("RGBA")
    if not remove_background or has_transparent_background(rgba):
        return rgba
    alpha = np.minimum(np.asarray(rgba.getchannel("A")), np.asarray(subject_alpha(rgba)))
    rgba.putalpha(Image.fromarray(alpha, "L"))
    return rgba
