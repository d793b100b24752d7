"""Saddle-stitch imposition: the order pages go on folded sheets so that, printed double-sided, stacked,
folded in half and stapled, they read 1, 2, 3… A booklet's page count is a multiple of four (one sheet is
four pages).

`self_cover_plan` is the rule for which book page lands on which booklet page. In a self-cover booklet the
cover is booklet page 1, a right-hand page, like the book's page 1; so the book's interior starts on booklet
page 3 and every page keeps its side (odd = right-hand, with the larger inside margin at the fold). Booklet
page 2 is the inside of the front cover; the back cover is the last booklet page; blanks that make a multiple
of four go just before the back cover. Sheet 1's inner side holds the two inside covers: when both would be
blank, the inside back cover carries a short closing page (the title and byline) so no side prints empty."""

from __future__ import annotations

from dataclasses import dataclass

COVER, INSIDE_COVER, PAGE, BLANK, CLOSING, BACK_COVER = (
    "cover", "inside_cover", "page", "blank", "closing", "back_cover")


@dataclass(frozen=True)
class BookletPage:
    position: int  # 1-based page of the booklet: odd ones are right-hand pages
    role: str  # COVER, INSIDE_COVER, PAGE (a page of the book's interior), BLANK, CLOSING or BACK_COVER
    page: int = 0  # for PAGE: the interior page number (1 = the first page after the cover)

    @property
    def side(self) -> str:
        return "right" if self.position % 2 else "left"


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


def self_cover_plan(interior: int, cover: bool = True, back_cover: bool = True) -> list[BookletPage]:
    """Every booklet page in order, for a book of `interior` pages with or without its covers."""
    start = 3 if cover else 1  # interior page n on booklet page n + start - 1: same parity, same side
    total = padded_count(start - 1 + interior + int(back_cover))
    plan = [BookletPage(1, COVER)] if cover else []
    if cover:
        plan.append(BookletPage(2, INSIDE_COVER))
    plan += [BookletPage(start + n, PAGE, n + 1) for n in range(interior)]
    plan += [BookletPage(p, BLANK) for p in range(len(plan) + 1, total + 1 - int(back_cover))]
    if back_cover:
        plan.append(BookletPage(total, BACK_COVER))
    empty = (INSIDE_COVER, BLANK)
    for left, right in saddle_stitch(total):
        if plan[left].role in empty and plan[right].role in empty:
            plan[right] = BookletPage(right + 1, CLOSING)  # a right-hand page, on the side that would be empty
            break
    return plan
