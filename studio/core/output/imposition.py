"""Saddle-stitch imposition: the order pages go on folded sheets so that, printed double-sided, stacked,
folded in half and stapled, they read 1, 2, 3… A booklet's page count is a multiple of four (one sheet is
four pages)."""

from __future__ import annotations


def padded_count(pages: int) -> int:
    return max(4, -(-pages // 4) * 4)


def saddle_stitch(pages: int) -> list[tuple[int, int]]:
    """(left, right) 0-based page indices for each sheet side in printing order: front of sheet 1, back of
    sheet 1, front of sheet 2… `pages` must be a multiple of four."""
    if pages % 4:
        raise ValueError(f"a saddle-stitched booklet needs a multiple of 4 pages, not {pages}")
    sides = []
    for sheet in range(pages // 4):
        outer, inner = 2 * sheet, pages - 1 - 2 * sheet
        sides.append((inner, outer))  # front: the last unplaced page on the left, the first on the right
        sides.append((outer + 1, inner - 1))  # back, when the sheet is turned over on its short edge
    return sides
