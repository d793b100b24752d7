"""The folded booklet: every page of the book keeps its side, the inside margin is at the fold, and no side of
a sheet prints empty because of what the booklet added."""

import pytest
from pypdf import PdfReader

from studio.core.layout.plan import plan_page
from studio.core.output.home import SHEETS, booklet_sides, render_booklet
from studio.core.output.imposition import (
    BACK_COVER,
    BLANK,
    CLOSING,
    COVER,
    INSIDE_COVER,
    PAGE,
    saddle_stitch,
    self_cover_plan,
)
from studio.core.output.snapshot import snapshot


@pytest.mark.parametrize("cover", [True, False])
@pytest.mark.parametrize("back", [True, False])
@pytest.mark.parametrize("interior", range(1, 30))
def test_every_book_page_keeps_its_side_in_the_booklet(interior, cover, back):
    plan = self_cover_plan(interior, cover, back)
    assert len(plan) % 4 == 0 and [p.position for p in plan] == list(range(1, len(plan) + 1))
    pages = [p for p in plan if p.role == PAGE]
    assert [p.page for p in pages] == list(range(1, interior + 1))  # in reading order, none left out
    assert all(p.side == ("right" if p.page % 2 else "left") for p in pages)
    if cover:
        assert plan[0].role == COVER and plan[1].role == INSIDE_COVER
    if back:
        assert plan[-1].role == BACK_COVER
    # the smallest booklet that does it: fewer than four pages are added besides the inside of the front cover
    assert sum(p.role in (BLANK, CLOSING) for p in plan) < 4


@pytest.mark.parametrize("interior", range(30))
def test_no_sheet_side_is_left_empty_by_what_the_booklet_adds(interior):
    plan = self_cover_plan(interior)
    added = (INSIDE_COVER, BLANK)
    for left, right in saddle_stitch(len(plan)):
        assert not (plan[left].role in added and plan[right].role in added), (interior, left + 1, right + 1)
    closing = [p for p in plan if p.role == CLOSING]
    assert len(closing) <= 1 and all(p.side == "right" for p in closing)


def _halves(page, width: float) -> tuple[str, str]:
    left, right = [], []

    def visit(text, cm, tm, _font, _size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]  # the text's position on the sheet
            (left if x < width / 2 else right).append(text.strip())
    page.extract_text(visitor_text=visit)
    return " ".join(left), " ".join(right)


def test_an_eight_page_booklet_puts_right_hand_pages_on_the_right_and_reads_in_order(make_book, tmp_path):
    project = make_book(story=4)  # cover, title, dedication, four story pages (pages 3 to 6), back cover
    book = snapshot(project)
    result = render_booklet(book, tmp_path / "booklet.pdf", "letter")
    width = SHEETS["letter"][1]
    printed = [_halves(p, width) for p in PdfReader(result.paths[0]).pages]
    assert len(printed) == 6  # three sheets, both sides: cover, inside cover, 6 pages, 3 added, back cover
    assert "Larry's Tea" in printed[0][1] and not printed[0][0].startswith("Story")  # back cover | cover
    assert printed[1][0] == "" and "Larry's Tea" in printed[1][1] and "Mia" in printed[1][1]  # inside covers
    found = {}
    for number, (left, right) in enumerate(printed):
        for half, text in (("left", left), ("right", right)):
            for n in range(1, 5):
                if f"Story {n}:" in text:
                    found[n] = (number, half)
    # story n is page n + 2 of the book: pages 3 and 5 are right-hand pages, 4 and 6 left-hand ones
    assert found == {1: (4, "right"), 2: (5, "left"), 3: (5, "right"), 4: (4, "left")}
    assert any("inside of the front cover" in note for note in result.notes)
    assert any("2 blank pages added before the back cover" in note for note in result.notes)


def test_the_larger_inside_margin_is_at_the_fold(make_book):
    book = snapshot(make_book(story=5))
    sides, _plan = booklet_sides(book)
    for (left, left_number), (right, right_number) in sides:
        left_geometry = plan_page(book.format, left, left_number, book.sizes).geometry
        right_geometry = plan_page(book.format, right, right_number, book.sizes).geometry
        assert left_geometry.side == "left" and right_geometry.side == "right"
        trim, safe = right_geometry.trim_box, right_geometry.safe_box
        assert safe[0] - trim[0] > trim[2] - safe[2]  # the right-hand page's wide margin is on its left: the fold
        trim, safe = left_geometry.trim_box, left_geometry.safe_box
        assert trim[2] - safe[2] > safe[0] - trim[0]
