"""The assistant never replaces a picture someone put on a page: it offers, and the person decides. Accepting is
one undo step; an offer the book has moved past is refused with a reason."""

import asyncio
import json

import pytest

from studio.core.app import edits
from studio.core.app.offers import OfferState, accept_offer, state
from studio.core.app.studio import Studio
from studio.core.assistant.turn_events import PlacementOffered
from studio.core.gallery.imaging import decode
from studio.core.layout.book import add_story_pages
from studio.core.settings import Settings
from tests.fake_openai import png_for


def picture(project, prompt):
    decoded = decode(png_for(prompt))
    return project.add_image(decoded.data, decoded.thumb, decoded.width, decoded.height, decoded.mime,
                             source="imported", prompt=prompt).id


def ask_for_a_picture_on(fake_openai, studio, project, label):
    fake_openai.chat_script.append({"text": "Here it is.", "tool": "make_images",
                                    "arguments": {"prompts": ["Larry asleep in a teacup"], "page": label}})
    fake_openai.chat_script.append({"text": "Shall I put it there?"})
    events = []
    result = asyncio.run(studio.assistant(project).send(f"show Larry asleep on page {label}", events.append))
    return result, [e.offer for e in events if isinstance(e, PlacementOffered)]


@pytest.fixture
def book_with_the_persons_picture(project):
    add_story_pages(project, {"title": "Tea", "pages": [{"text": "Larry pours tea."}, {"text": "Thunder."}]})
    mine = picture(project, "my own drawing of Larry")
    frame = edits.find_frame(edits.find_page(project, "4"), "image", None, "4")
    edits.place_picture(project, frame.id, mine)
    return mine, frame.id


def test_a_page_holding_the_persons_picture_gets_an_offer_and_keeps_the_picture(
        project, studio, fake_openai, book_with_the_persons_picture):
    mine, frame_id = book_with_the_persons_picture
    result, offers = ask_for_a_picture_on(fake_openai, studio, project, "4")
    [new] = result.images
    assert project.frame(frame_id).image_id == mine  # unchanged
    assert project.history.next_undo().name == f"Put picture #{mine} on page 4"  # the assistant made no step
    [offer] = offers
    assert (offer.image_id, offer.frame_id, offer.page_label, offer.replaces) == (new.id, frame_id, "4", mine)
    assert offer.sentence == f"Replace the picture on page 4 with #{new.id}?"
    # The model is told it was not placed, so it does not claim it was.
    answer = json.loads([m for m in project.messages() if m.role == "tool"][-1].content)
    assert answer["offer"]["image_id"] == new.id and "nothing was changed" in answer["not_placed"]

    assert state(project, offer) == OfferState.OPEN
    assert accept_offer(project, offer) == f"Replace the picture on page 4 with #{new.id}"
    assert project.frame(frame_id).image_id == new.id
    assert state(project, offer) == OfferState.DONE
    assert project.history.next_undo().name == f"Replace the picture on page 4 with #{new.id}"
    project.history.undo()  # one step takes it back
    assert project.frame(frame_id).image_id == mine


def test_an_offer_the_book_moved_past_is_refused_and_changes_nothing(
        project, studio, fake_openai, book_with_the_persons_picture):
    _, frame_id = book_with_the_persons_picture
    _, [offer] = ask_for_a_picture_on(fake_openai, studio, project, "4")
    other = picture(project, "another drawing")
    edits.place_picture(project, frame_id, other)  # the person put another picture there meanwhile
    with pytest.raises(edits.EditError, match=f"has another picture now \\(#{other}\\)"):
        accept_offer(project, offer)
    assert project.frame(frame_id).image_id == other and state(project, offer) == OfferState.STALE
    edits.delete_page(project, offer.page_id)
    with pytest.raises(edits.EditError, match="no longer in the book"):
        accept_offer(project, offer)
    assert project.history.next_undo().name == "Delete page"


def test_a_page_the_book_does_not_have_places_nothing_and_tells_the_model_the_labels(project, studio, fake_openai):
    result, offers = ask_for_a_picture_on(fake_openai, studio, project, "9")
    assert result.images and offers == []
    assert all(f.image_id is None for p in project.pages() for f in p.frames)
    answer = json.loads([m for m in project.messages() if m.role == "tool"][-1].content)
    assert answer["not_placed"] == "there is no page '9'; the pages are: cover, 1, 2, 3, back"


def test_a_book_from_an_idea_keeps_the_cover_picture_and_title_a_person_gave_it(project):
    from studio.core.app.make_book import make_book

    mine = picture(project, "my drawing for the cover")
    cover = edits.find_page(project, "cover")
    edits.place_picture(project, cover.frame("image").id, mine)
    title = next(f for f in cover.frames if f.slot == "title")
    edits.write_words(project, title.id, "Our Hedgehog Book")
    asyncio.run(make_book(Studio(Settings(backend="offline")).assistant(project), "Larry the hedgehog serves tea",
                          pages=2, progress=lambda line: None))
    cover = project.page(cover.id)
    assert cover.frame("image").image_id == mine
    assert next(f for f in cover.frames if f.slot == "title").text == "Our Hedgehog Book"
    assert len(project.images()) > 1  # the book was drawn all the same
