"""Where a page's trim, bleed and safe area lie, for every trim preset and both bleed models.

Lengths are PDF points (1/72 in) and boxes are (x0, y0, x1, y1) with the origin at the bottom-left corner of
the media (the sheet as it is printed, bleed included), as in a PDF. Page 1 is a right-hand page (recto), so
odd pages are right-hand and even pages left-hand; their inside (bound) edge is the left and the right edge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from studio.core.document.model import BookFormat, Frame
from studio.core.i18n import N_, _
from studio.core.units import MM_PER_INCH, length

POINTS_PER_INCH = 72.0
BLEED_MODELS = ("all", "pod")


@dataclass(frozen=True)
class TrimPreset:
    id: str
    name: str  # in English, as written here; `label` is what a person reads
    width_in: float
    height_in: float

    @property
    def label(self) -> str:
        return _(self.name)


def mm(value: float) -> float:
    """Millimetres in inches."""
    return value / MM_PER_INCH


# The sheets a home printer takes (portrait, inches): home prints, booklets and sticker sheets.
PAPER_SIZES_IN: dict[str, tuple[float, float]] = {"a4": (mm(210), mm(297)), "letter": (8.5, 11.0)}


TRIM_PRESETS: tuple[TrimPreset, ...] = (
    TrimPreset("8.5x8.5in", N_("8.5 × 8.5 in (square)"), 8.5, 8.5),
    TrimPreset("8.25x8.25in", N_("8.25 × 8.25 in (square)"), 8.25, 8.25),
    TrimPreset("8x10in", N_("8 × 10 in (portrait)"), 8.0, 10.0),
    TrimPreset("10x8in", N_("10 × 8 in (landscape)"), 10.0, 8.0),
    TrimPreset("8.5x11in", N_("8.5 × 11 in (letter)"), 8.5, 11.0),
    TrimPreset("6x9in", N_("6 × 9 in"), 6.0, 9.0),
    TrimPreset("a4", N_("A4 (210 × 297 mm)"), mm(210), mm(297)),
    TrimPreset("a5", N_("A5 (148 × 210 mm)"), mm(148), mm(210)),
    TrimPreset("21x21cm", N_("21 × 21 cm (square)"), mm(210), mm(210)),
)
PRESETS_BY_ID = {preset.id: preset for preset in TRIM_PRESETS}
BLEED_CHOICES_IN = {"0.125in": 0.125, "3mm": mm(3)}

Box = tuple[float, float, float, float]


class GeometryError(ValueError):
    """A trim or bleed a person typed that cannot be used; the message is for them."""


def parse_trim(text: str) -> tuple[float, float]:
    """A trim from a preset id ("a4", "8x10in") or a size with its unit ("6x9in", "21x21cm", "148x210mm")."""
    key = text.strip().lower().replace(" ", "").replace("×", "x")
    if key in PRESETS_BY_ID:
        preset = PRESETS_BY_ID[key]
        return preset.width_in, preset.height_in
    match = re.fullmatch(r"(\d+(?:\.\d+)?)x(\d+(?:\.\d+)?)(in|cm|mm)", key)
    if not match:
        names = ", ".join(p.id for p in TRIM_PRESETS)
        raise GeometryError(_("“{text}” is not a trim size: use one of {names}, or a size such as 7x7in or "
                              "20x25cm.").format(text=text, names=names))
    scale = {"in": 1.0, "cm": 10 / MM_PER_INCH, "mm": 1 / MM_PER_INCH}[match.group(3)]
    width, height = float(match.group(1)) * scale, float(match.group(2)) * scale
    if not (2.0 <= width <= 24.0 and 2.0 <= height <= 24.0):
        raise GeometryError(_("“{text}” is outside the sizes a book can be printed at ({low} to {high} a side).").format(
            text=text, low=length(2.0), high=length(24.0)))
    return width, height


def preset_of(fmt: BookFormat) -> TrimPreset | None:
    """The preset a book's trim is, if any (sizes within a hundredth of an inch)."""
    for preset in TRIM_PRESETS:
        if abs(preset.width_in - fmt.trim_width_in) < 0.01 and abs(preset.height_in - fmt.trim_height_in) < 0.01:
            return preset
    return None


@dataclass(frozen=True)
class PageGeometry:
    number: int  # 1-based
    side: str  # "right" (odd pages) or "left" (even pages)
    media_size: tuple[float, float]  # the printed sheet, bleed included
    trim_box: Box
    bleed_box: Box
    safe_box: Box  # inside it nothing important is cut off or lost in the binding

    @property
    def trim_size(self) -> tuple[float, float]:
        x0, y0, x1, y1 = self.trim_box
        return x1 - x0, y1 - y0

    def frame_box(self, frame: Frame, run_out: bool = False) -> Box:
        """A frame (fractions of the trim, origin top-left) in media points (origin bottom-left). With
        `run_out`, an edge on the trim line runs on to the edge of the bleed, so a full-page picture prints
        past the cut instead of leaving a white hairline."""
        tx0, ty0, tx1, ty1 = self.trim_box
        width, height = self.trim_size
        left, top = tx0 + frame.x * width, ty1 - frame.y * height
        box = [left, top - frame.h * height, left + frame.w * width, top]
        if run_out:
            bx0, by0, bx1, by1 = self.bleed_box
            edge = 0.5  # points: within half a point of the trim line counts as on it
            box[0] = bx0 if box[0] <= tx0 + edge else box[0]
            box[1] = by0 if box[1] <= ty0 + edge else box[1]
            box[2] = bx1 if box[2] >= tx1 - edge else box[2]
            box[3] = by1 if box[3] >= ty1 - edge else box[3]
        return box[0], box[1], box[2], box[3]


def page_geometry(fmt: BookFormat, number: int) -> PageGeometry:
    if fmt.bleed_model not in BLEED_MODELS:
        raise GeometryError(_("Unknown bleed model “{name}”: use one of {known}.").format(
            name=fmt.bleed_model, known=", ".join(BLEED_MODELS)))
    pt = POINTS_PER_INCH
    trim_w, trim_h, bleed = fmt.trim_width_in * pt, fmt.trim_height_in * pt, fmt.bleed_in * pt
    side = "right" if number % 2 == 1 else "left"
    if fmt.bleed_model == "all":
        media = (trim_w + 2 * bleed, trim_h + 2 * bleed)
        left = bleed
    else:  # bleed only on the outside edge: the right edge of a right-hand page, the left edge of a left-hand one
        media = (trim_w + bleed, trim_h + 2 * bleed)
        left = 0.0 if side == "right" else bleed
    trim = (left, bleed, left + trim_w, bleed + trim_h)
    bleed_box = (0.0, 0.0, media[0], media[1])
    safe, gutter = fmt.safe_margin_in * pt, fmt.gutter_in * pt
    inside_left = safe + (gutter if side == "right" else 0.0)
    inside_right = safe + (gutter if side == "left" else 0.0)
    safe_box = (trim[0] + inside_left, trim[1] + safe, trim[2] - inside_right, trim[3] - safe)
    return PageGeometry(number, side, media, trim, bleed_box, safe_box)


def box_inside(inner: Box, outer: Box, tolerance: float = 0.01) -> bool:
    return (inner[0] >= outer[0] - tolerance and inner[1] >= outer[1] - tolerance
            and inner[2] <= outer[2] + tolerance and inner[3] <= outer[3] + tolerance)
