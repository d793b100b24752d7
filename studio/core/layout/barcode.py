"""The area a print service keeps clear on the back cover for the ISBN barcode it prints there.

KDP: a 2 × 1.2 in box at the bottom right of the back cover, 0.25 in from the spine and from the bottom trim;
art or text inside it is rejected ("KDP Help: Create a paperback cover ▸ Barcode", and issue #23's prepress
check). The storyboard draws it as a guide on the back-cover page (never printed); the cover wrap keeps it white."""

from __future__ import annotations

from studio.core.document.model import BookFormat

BARCODE_WIDTH_IN = 2.0
BARCODE_HEIGHT_IN = 1.2
BARCODE_INSET_IN = 0.25  # from the spine fold and from the bottom trim


def barcode_box_in(fmt: BookFormat) -> tuple[float, float, float, float]:
    """(x0, y0, x1, y1) in inches from the back cover's trimmed bottom-left corner (the spine is on its right)."""
    x1 = fmt.trim_width_in - BARCODE_INSET_IN
    y0 = BARCODE_INSET_IN
    return max(0.0, x1 - BARCODE_WIDTH_IN), y0, x1, min(fmt.trim_height_in, y0 + BARCODE_HEIGHT_IN)


def barcode_frame(fmt: BookFormat) -> tuple[float, float, float, float]:
    """The same box as a frame's (x, y, w, h): fractions of the trimmed page, origin top-left."""
    x0, y0, x1, y1 = barcode_box_in(fmt)
    width, height = fmt.trim_width_in, fmt.trim_height_in
    return x0 / width, (height - y1) / height, (x1 - x0) / width, (y1 - y0) / height
