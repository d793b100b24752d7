"""What would print badly, page by page: pictures under 300 DPI at their placed size, text that leaves the
safe area, text that does not fit its frame. The canvas shows these as badges; `studio pages` and the export
report list them."""

from __future__ import annotations

from dataclasses import dataclass

from studio.core.layout.geometry import box_inside, page_geometry
from studio.core.layout.lines import set_text
from studio.core.model import BookFormat, Frame, Page

MIN_DPI = 300


@dataclass(frozen=True)
class PageWarning:
    page: int  # 1-based page number
    frame_id: int
    kind: str  # "low_dpi" | "outside_safe_area" | "text_overflow"
    message: str
    dpi: int | None = None


def effective_dpi(frame_box: tuple[float, float, float, float], pixels: tuple[int, int]) -> int:
    """Pixels per inch of a picture fitted (aspect kept) into a frame box given in points."""
    x0, y0, x1, y1 = frame_box
    width, height = pixels
    if width <= 0 or height <= 0:
        return 0
    points_per_pixel = min((x1 - x0) / width, (y1 - y0) / height)
    return round(72 / points_per_pixel) if points_per_pixel > 0 else 0


def page_warnings(fmt: BookFormat, page: Page, number: int,
                  picture_sizes: dict[int, tuple[int, int]]) -> list[PageWarning]:
    geometry = page_geometry(fmt, number)
    warnings = []
    for frame in page.frames:
        box = geometry.frame_box(frame)
        if frame.kind == "image" and frame.image_id in picture_sizes:
            dpi = effective_dpi(box, picture_sizes[frame.image_id])
            if dpi < MIN_DPI:
                warnings.append(PageWarning(number, frame.id, "low_dpi", (
                    f"Page {number}: picture #{frame.image_id} prints at {dpi} DPI at this size "
                    f"(under {MIN_DPI}; it may look soft)."), dpi))
        elif frame.kind == "text" and frame.text.strip():
            warnings.extend(_text_warnings(frame, number, box, geometry.safe_box))
    return warnings


def _text_warnings(frame: Frame, number: int, box: tuple[float, float, float, float],
                   safe: tuple[float, float, float, float]) -> list[PageWarning]:
    out = []
    if not box_inside(box, safe):
        out.append(PageWarning(number, frame.id, "outside_safe_area", (
            f"Page {number}: the text reaches outside the safe area (it may be cut off or lost in the binding).")))
    block = set_text(frame.text, box[2] - box[0], box[3] - box[1])
    if not block.fits:
        room = len(block.lines_that_fit())
        out.append(PageWarning(number, frame.id, "text_overflow", (
            f"Page {number}: the text does not fit its frame ({len(block.lines)} lines, room for {room}).")))
    return out
