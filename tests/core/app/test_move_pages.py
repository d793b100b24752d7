"""Moving pages as a drag does: to a gap between pages, as one undo step; the covers keep their places."""

import pytest

from studio.core.app import edits
from studio.core.layout.book import add_story_pages


@pytest.fixture
def book(project):
    add_story_pages(project, {"title": "Tea", "pages": [{"text": f"Step {n}."} for n in range(1, 5)]})
    return project


def kinds_and_words(project) -> list[str]:
    return [p.frame("text").text if p.kind == "story" else p.kind for p in project.pages()]


def test_a_page_dropped_between_two_others_lands_there_and_undo_puts_it_back(book):
    before = kinds_and_words(book)
    assert before == ["cover", "title", "dedication", "Step 1.", "Step 2.", "Step 3.", "Step 4.", "back_cover"]
    step3 = book.pages()[5].id
    assert edits.move_pages(book, [step3], 3)  # dropped before Step 1
    assert kinds_and_words(book)[3:7] == ["Step 3.", "Step 1.", "Step 2.", "Step 4."]
    assert book.history.next_undo().name == "Move page"
    book.history.undo()
    assert kinds_and_words(book) == before


def test_a_spread_moves_as_one_step(book):
    before = kinds_and_words(book)
    ids = [p.id for p in book.pages()[3:5]]  # Step 1 and Step 2
    assert edits.move_pages(book, ids, 7)  # after Step 4, before the back cover
    assert kinds_and_words(book)[3:8] == ["Step 3.", "Step 4.", "Step 1.", "Step 2.", "back_cover"]
    assert book.history.next_undo().name == "Move pages"
    book.history.undo()
    assert kinds_and_words(book) == before


def test_the_covers_stay_where_they_are(book):
    before = kinds_and_words(book)
    step1 = book.pages()[3].id
    assert edits.move_pages(book, [step1], 0)  # dropped before the cover: just after it
    assert kinds_and_words(book)[:2] == ["cover", "Step 1."]
    assert edits.move_pages(book, [step1], 99)  # past the back cover: just before it
    assert kinds_and_words(book)[-2:] == ["Step 1.", "back_cover"]
    with pytest.raises(edits.EditError, match="cover"):
        edits.move_pages(book, [book.pages()[0].id], 4)
    steps = len(book.history.steps())
    assert not edits.move_pages(book, [step1], 8)  # where it is already: no step
    assert len(book.history.steps()) == steps
    assert kinds_and_words(book) != before and kinds_and_words(book)[0] == "cover"


def _outside_safe_area(project) -> list[str]:
    from studio.core.layout.checks import page_warnings
    from studio.core.layout.sides import page_numbers

    pages = project.pages()
    return [w.message for page, number in zip(pages, page_numbers(pages))
            if page.kind == "story"
            for w in page_warnings(project.book_format(), page, number, {}) if w.kind == "outside_safe_area"]


@pytest.mark.parametrize("move", ["drag", "menu"])
def test_a_page_moved_to_the_other_side_keeps_its_margins_for_that_side(book, move):
    from studio.core.document.model import BookFormat

    book.set_book_format(BookFormat(8.5, 8.5, bleed_model="pod", safe_margin_in=0.5, gutter_in=0.5))
    for page in book.pages():  # laid out again for the wide gutter, as Book settings do
        if page.kind == "story":
            edits.set_template(book, page.id, "text_above")
            edits.set_template(book, page.id, "picture_above")
    assert _outside_safe_area(book) == []
    step2 = book.pages()[4]
    frames_before = {f.id: (f.x, f.w) for f in step2.shown()}
    if move == "drag":
        assert edits.move_pages(book, [step2.id], 3)  # one place earlier: a left-hand page becomes a right-hand one
    else:
        edits.move_page(book, step2.id, 3)
    moved = book.page(step2.id)
    assert any((f.x, f.w) != frames_before[f.id] for f in moved.shown())  # the gutter is now on its other edge
    assert _outside_safe_area(book) == []  # the walkthrough's red "Outside safe area" after a reorder
    book.history.undo()  # one step: the order and the margins come back together
    assert {f.id: (f.x, f.w) for f in book.page(step2.id).shown()} == frames_before
