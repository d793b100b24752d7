"""How a frame shows what it holds, read from its stored properties with safe defaults: a picture's fit, pan
and zoom; a text's font family, size, colour, alignment, spacing and backing."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields
from typing import Any

from studio.core.document.model import Frame
from studio.core.layout.fonts import DEFAULT_FAMILY, FAMILIES, chain, register
from studio.core.layout.lines import ALIGNMENTS, BODY_SIZE_PT, TextStyle

Box = tuple[float, float, float, float]
FITS = ("fill", "fit")  # fill: cover the frame, cropping; fit: the whole picture, letterboxed
MIN_TEXT_PT, MAX_TEXT_PT = 6.0, 144.0
MIN_ZOOM, MAX_ZOOM = 1.0, 5.0
BACKING_ALPHA = 0.72  # the translucent band behind words over a picture: on screen and in print
BACKING_RADIUS_PT = 8.0
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True)
class PictureFit:
    fit: str = "fill"
    pan_x: float = 0.5  # 0 shows the picture's left edge, 1 its right edge (when it is wider than the frame)
    pan_y: float = 0.5  # 0 shows its top, 1 its bottom
    zoom: float = 1.0


@dataclass(frozen=True)
class TextLook:
    family: str = DEFAULT_FAMILY
    size: float = BODY_SIZE_PT
    color: str = "#222222"
    align: str = "center"
    leading: float = 1.3
    backing: bool = False  # a translucent white band behind the text, for words over a picture
    bold: bool = False

    def style(self, text: str) -> TextStyle:
        """The style core/layout sets this text in: the family's Hangul face first when the text has Hangul, then
        the faces that have what it lacks."""
        first, *rest = chain(self.family, text, self.bold)
        return TextStyle(font=register(first), size=self.size, leading=self.leading, align=self.align,
                         fallbacks=tuple(rest))


def _clamp(value: Any, low: float, high: float, default: float) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return min(high, max(low, number)) if number == number else default


def picture_fit(frame: Frame) -> PictureFit:
    props = frame.props or {}
    return PictureFit(
        fit=props.get("fit") if props.get("fit") in FITS else "fill",
        pan_x=_clamp(props.get("pan_x"), 0.0, 1.0, 0.5),
        pan_y=_clamp(props.get("pan_y"), 0.0, 1.0, 0.5),
        zoom=_clamp(props.get("zoom"), MIN_ZOOM, MAX_ZOOM, 1.0),
    )


def text_look(frame: Frame) -> TextLook:
    props = frame.props or {}
    color = props.get("color")
    return TextLook(
        family=props.get("family") if props.get("family") in FAMILIES else DEFAULT_FAMILY,
        size=_clamp(props.get("size"), MIN_TEXT_PT, MAX_TEXT_PT, BODY_SIZE_PT),
        color=color if isinstance(color, str) and _COLOUR.match(color) else "#222222",
        align=props.get("align") if props.get("align") in ALIGNMENTS else "center",
        leading=_clamp(props.get("leading"), 0.8, 3.0, 1.3),
        backing=bool(props.get("backing", False)),
        bold=bool(props.get("bold", False)),
    )


def with_props(frame: Frame, **changes: Any) -> Frame:
    """The frame with some properties changed (unknown keys are refused: a typo should not pass silently)."""
    known = {f.name for f in fields(PictureFit)} | {f.name for f in fields(TextLook)}
    unknown = set(changes) - known
    if unknown:
        raise ValueError(f"unknown frame properties: {', '.join(sorted(unknown))}")
    return frame.moved(props={**(frame.props or {}), **changes})


def picture_rect(box: Box, pixels: tuple[int, int], fit: PictureFit) -> Box:
    """Where the whole picture is drawn for a frame box (points, origin bottom-left); the frame clips it."""
    x0, y0, x1, y1 = box
    box_w, box_h = x1 - x0, y1 - y0
    width, height = pixels
    if width <= 0 or height <= 0 or box_w <= 0 or box_h <= 0:
        return box
    scale = (max if fit.fit == "fill" else min)(box_w / width, box_h / height) * fit.zoom
    drawn_w, drawn_h = width * scale, height * scale
    left = x0 + (box_w - drawn_w) * fit.pan_x
    top = y1 - (box_h - drawn_h) * fit.pan_y
    return left, top - drawn_h, left + drawn_w, top


def look_dict(look: TextLook) -> dict[str, Any]:
    return asdict(look)
