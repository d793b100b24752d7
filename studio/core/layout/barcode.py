"""The area a print service keeps clear on the back cover for the ISBN barcode it prints there.

KDP: a 2 × 1.2 in box at the bottom right of the back cover, 0.25 in from the spine and from the bottom trim;
art or text inside it is rejected ("KDP Help: Create a paperback cover ▸ Barcode", and issue #23's prepress
check). The storyboard draws it as a guide on the back-cover page (never printed); the cover wrap keeps it white."""

from __future__ import annotations

BARCODE_WIDTH_IN = 2.0
BARCODE_HEIGHT_IN = 1.2
BARCODE_INSET_IN = 0.25  # from the spine fold and from the bottom trim


def barcode_box_in(trim_width_in: float, trim_height_in: float) -> tuple[float, float, float, float]:
    """(x0, y0, x1, y1) in inches from the back cover's trimmed bottom-left corner (the spine is on its right)."""
    x1 = trim_width_in - BARCODE_INSET_IN
    y0 = BARCODE_INSET_IN
    return max(0.0, x1 - BARCODE_WIDTH_IN), y0, x1, min(trim_height_in, y0 + BARCODE_HEIGHT_IN)
