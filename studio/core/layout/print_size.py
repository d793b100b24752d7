"""How many pixels a picture needs to print sharp in its frame: the frame as drawn, with the bleed where it runs
out past the trim, at 300 DPI. The picture model's rules (backends/capabilities.py) turn it into a size to ask for."""

from __future__ import annotations

from studio.core.document.model import BookFormat, Frame, Page
from studio.core.layout.checks import MIN_DPI
from studio.core.layout.geometry import POINTS_PER_INCH, page_geometry


def frame_pixels(fmt: BookFormat, page: Page, frame: Frame, dpi: int = MIN_DPI) -> tuple[float, float]:
    """Width and height in pixels that print `frame` (on `page`) at `dpi`."""
    x0, y0, x1, y1 = page_geometry(fmt, page.position + 1).frame_box(frame, run_out=True)
    scale = dpi / POINTS_PER_INCH
    return (x1 - x0) * scale, (y1 - y0) * scale
