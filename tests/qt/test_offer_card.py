"""In the window: the assistant's picture for a page that holds the person's picture comes as an offer card; the
person's picture stays until they click Replace, which is one step Edit ▸ Undo takes back; "No thanks" is kept."""

from PySide6.QtCore import Qt

from studio.core.app import edits
from studio.core.layout.book import add_story_pages, story_pages
from studio.qt.offer_card import OfferCard
from tests.qt.conftest import send_and_wait


def a_persons_picture_on_the_last_page(qtbot, window):
    project = window.project
    with project.history.step("Pages"):
        add_story_pages(project, {"title": "Tea", "pages": [{"text": "Larry pours tea."}, {"text": "Larry sleeps."}]})
    send_and_wait(qtbot, window, "draw a hedgehog")
    frame = story_pages(project)[-1].frame("image")
    edits.place_picture(project, frame.id, 2)
    send_and_wait(qtbot, window, "Can I see Larry sleeping at the end?")
    cards = window.chat.findChildren(OfferCard)
    assert len(cards) == 1
    return project, frame.id, cards[0]


def test_the_offer_keeps_the_persons_picture_until_they_replace_it_and_undo_takes_it_back(qtbot, window):
    project, frame_id, card = a_persons_picture_on_the_last_page(qtbot, window)
    new = card.offer.image_id
    assert project.frame(frame_id).image_id == 2  # the turn changed nothing
    assert card.isVisible() and card.accept_button.isVisible() and card.accept_button.text() == "Replace"
    assert card.sentence.text() == f"Replace the picture on page 4 (#2) with #{new}?"
    assert card.picture.pixmap() is not None and not card.picture.pixmap().isNull()
    assert window.undo_stack.undoText() == "Put picture #2 on page 4"
    assert card.minimumSizeHint().width() <= 260  # fits a narrow chat; the words wrap instead of widening it

    qtbot.mouseClick(card.accept_button, Qt.MouseButton.LeftButton)
    assert project.frame(frame_id).image_id == new
    assert not card.accept_button.isVisible() and f"#{new}" in card.status.text()
    assert window.undo_action.text() == f"&Undo Replace the picture on page 4 with #{new}"
    window.undo_action.trigger()  # one step
    assert project.frame(frame_id).image_id == 2
    assert card.accept_button.isVisible()  # undone: the offer stands again


def test_no_thanks_leaves_the_page_and_is_remembered_when_the_chat_is_shown_again(qtbot, window):
    project, frame_id, card = a_persons_picture_on_the_last_page(qtbot, window)
    qtbot.mouseClick(card.decline_button, Qt.MouseButton.LeftButton)
    assert project.frame(frame_id).image_id == 2
    assert not card.accept_button.isVisible() and card.status.text() == "Left as it was."
    window.chat.set_project(project, window.jobs)  # the chat told again from the book
    [again] = [c for c in window.chat.findChildren(OfferCard) if c is not card]
    assert again.offer == card.offer
    assert not again.accept_button.isVisible() and again.status.text() == "Left as it was."


def test_an_offer_overtaken_by_a_change_says_so_and_offers_nothing(qtbot, window):
    project, frame_id, card = a_persons_picture_on_the_last_page(qtbot, window)
    edits.place_picture(project, frame_id, 3)  # the person put another picture there meanwhile
    assert not card.accept_button.isVisible()
    assert card.status.text() == "Page 4 has another picture now (#3); nothing was changed."
