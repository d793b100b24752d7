"""A sticker's cut path: the outline of the subject (from its transparency), grown by the white border, outside
contour only, smoothed so a blade can follow it, with separate bits (a sparkle, a raised paw) joined into one
shape.

OpenCV traces the mask's outer contours; Shapely grows, joins and smooths them. Coordinates are image pixels,
origin top-left. CPU-bound: call from an executor."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image
from shapely import MultiPolygon, Polygon, unary_union

from studio.core.i18n import _

# A pixel at least this opaque shows on the paper (black at 16/255 prints as a 6 % grey, about the faintest tint an
# inkjet lays down evenly): the cut goes round it. Fainter ones outside the traced shape are clipped from the art
# (art.py), so nothing that prints ever reaches the white border.
ALPHA_THRESHOLD = 16
SPECK_FRACTION = 0.0005  # bits smaller than this share of the subject are dust, not art
QUAD_SEGMENTS = 8  # points per quarter circle on the rounded border


class OutlineError(ValueError):
    """The picture has no subject to cut around; the message is for the user."""


@dataclass(frozen=True)
class Outline:
    points: tuple[tuple[float, float], ...]  # the closed cut path (last point joins the first)
    bounds: tuple[float, float, float, float]  # x0, y0, x1, y1

    @property
    def polygon(self) -> Polygon:
        return Polygon(self.points)


def trace(alpha: Image.Image, offset_px: float, smooth_px: float | None = None) -> Outline:
    """The cut path `offset_px` outside the subject in `alpha` (an "L" image), never closer than that."""
    mask = (np.asarray(alpha.convert("L")) >= ALPHA_THRESHOLD).astype(np.uint8)
    contours, _hierarchy = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    shapes = [_valid(Polygon(c[:, 0, :])) for c in contours if len(c) >= 3]
    shapes = [s for s in shapes if not s.is_empty]
    if not shapes:
        raise OutlineError(_("The picture has nothing to cut around (it is empty or fully transparent)."))
    largest = max(s.area for s in shapes)
    shapes = [s for s in shapes if s.area >= largest * SPECK_FRACTION] or shapes
    # Tracing follows pixel centres; half a pixel out is the subject's real edge. Simplifying (fewer points make
    # the offset three times faster) may cut in by up to 0.75 px, so grow by that much more first.
    subject = unary_union(shapes).buffer(1.25, quad_segs=2).simplify(0.75)
    smooth = smooth_px if smooth_px is not None else offset_px * 0.5
    # Growing by the border plus `smooth` and shrinking back by `smooth` is the border followed by a closing:
    # notches narrower than the blade can turn in are filled, and closing only ever adds area.
    grown = subject.buffer(offset_px + smooth, quad_segs=QUAD_SEGMENTS)
    if smooth > 0:
        grown = grown.buffer(-smooth, quad_segs=QUAD_SEGMENTS)
    joined = _join(grown, max(offset_px, 2.0), max(mask.shape))
    outer = Polygon(joined.exterior).simplify(0.35)  # outside contour only: holes are not cut
    points = tuple((float(x), float(y)) for x, y in outer.exterior.coords)
    return Outline(points, tuple(float(v) for v in outer.bounds))  # type: ignore[arg-type]


def _valid(polygon: Polygon):
    """A contour that touches itself (a one-pixel neck) is made valid; most are already."""
    return polygon if polygon.is_valid else polygon.buffer(0)


def _join(shape, step: float, limit: int) -> Polygon:
    """One polygon: bits further apart than the border are bridged by closing with a growing radius, and the
    convex hull is the last resort."""
    radius = step
    while isinstance(shape, MultiPolygon) and radius < limit / 2:
        closed = shape.buffer(radius, quad_segs=QUAD_SEGMENTS).buffer(-radius, quad_segs=QUAD_SEGMENTS)
        if isinstance(closed, Polygon) or len(closed.geoms) < len(shape.geoms):
            shape = closed if isinstance(closed, Polygon) else MultiPolygon(list(closed.geoms))
        radius *= 2
    if isinstance(shape, MultiPolygon):
        shape = shape.convex_hull
    return shape
