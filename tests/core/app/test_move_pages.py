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
