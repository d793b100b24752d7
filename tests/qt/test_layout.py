"""The window on a laptop's screen: small enough at its smallest, two workspaces (Create, Book) that give the page
room, and a picture that can still be dragged onto a page."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import QSize
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.qt.conftest import send_and_wait

LAPTOP = QSize(1024, 640)


def _everything_open(qtbot, win) -> None:
    """Both docks shown, a picture selected in the gallery (its details shown), and the gallery's filters open."""
    win.cast_dock.show()
    win.jobs_dock.show()
    send_and_wait(qtbot, win, "draw a teapot")
    win.gallery.select_image(win.gallery.model.record(0).id)
    qtbot.waitUntil(lambda: not win.gallery.preview.source().isNull(), timeout=60_000)
    win.gallery.filters.more.setChecked(True)
    QApplication.processEvents()


def _fits(win) -> None:
    hint = win.minimumSizeHint()
    assert hint.width() <= LAPTOP.width() and hint.height() <= LAPTOP.height(), hint
    assert win.minimumSize().width() <= LAPTOP.width() and win.minimumSize().height() <= LAPTOP.height()


def test_the_smallest_window_fits_a_laptop_with_everything_open_in_both_workspaces(qtbot, window):
    window.resize(LAPTOP)
    _everything_open(qtbot, window)
    assert window.cast_dock.isVisible() and window.jobs_dock.isVisible()
    assert window.gallery.details.isVisible() and window.gallery.filters.details.isVisible()
    _fits(window)
    window.show_workspace("book")
    QApplication.processEvents()
    assert window.storyboard.isVisible() and window.gallery.view.isVisible()
    _fits(window)
    assert window.size() == LAPTOP  # it never made itself bigger


def test_a_large_picture_in_the_details_does_not_widen_the_gallery(qtbot, window):
    send_and_wait(qtbot, window, "draw a teapot")
    before = window.gallery.minimumSizeHint()
    window.gallery.select_image(window.gallery.model.record(0).id)
    qtbot.waitUntil(lambda: not window.gallery.preview.source().isNull(), timeout=60_000)
    assert window.gallery.minimumSizeHint().width() <= before.width()
    assert not window.gallery.preview.pixmap().isNull()
    assert window.gallery.preview.pixmap().width() <= window.gallery.preview.width()


def test_create_shows_chat_and_gallery_book_shows_gallery_and_pages(qtbot, window):
    assert window.workspaces.current == "create"
    assert window.chat.isVisible() and window.gallery.isVisible() and not window.storyboard.isVisible()
    assert window.gallery.details.isVisible()
    window.workspaces.tabs.setCurrentIndex(1)  # the tab at the top
    assert window.workspaces.current == "book"
    assert window.storyboard.isVisible() and window.gallery.view.isVisible() and not window.chat.isVisible()
    assert not window.gallery.details.isVisible()  # a narrow grid beside the page: pictures to drag
    assert window.workspace_actions["book"].isChecked()
    window.workspace_actions["create"].trigger()  # View ▸ Create (Ctrl+1)
    assert window.chat.isVisible() and not window.storyboard.isVisible()
    assert window.workspaces.tabs.currentIndex() == 0


@pytest.mark.parametrize("keys, shown", [("Ctrl+2", "book"), ("Ctrl+1", "create")])
def test_ctrl_1_and_ctrl_2_switch_workspaces_from_anywhere(qtbot, window, keys, shown):
    from PySide6.QtGui import QKeySequence

    window.show_workspace("book" if shown == "create" else "create")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    focus = window.gallery.view
    focus.setFocus()
    combo = QKeySequence(keys)[0]
    QTest.keyClick(focus, combo.key(), combo.keyboardModifiers())
    assert window.workspaces.current == shown


def test_each_workspace_keeps_its_own_pane_widths(qtbot, window):
    window.resize(1200, 700)
    QApplication.processEvents()
    split = window.workspaces.split
    split.setSizes([700, 400, 0])
    create = split.sizes()
    window.show_workspace("book")
    split.setSizes([0, 250, 850])
    book = split.sizes()
    window.show_workspace("create")
    assert split.sizes() == create
    window.show_workspace("book")
    assert split.sizes() == book


def test_double_click_opens_large_in_create_and_places_on_the_page_in_book(qtbot, window):
    send_and_wait(qtbot, window, "draw a teapot")
    image_id = window.gallery.model.record(1).id
    frame = window.storyboard.current_page().frame("image")
    window.gallery.image_activated.emit(image_id)  # what a double-click on the grid sends
    assert window.viewer.isVisible()
    assert window.project.frame(frame.id).image_id is None
    window.viewer.hide()
    window.show_workspace("book")
    window.gallery.image_activated.emit(image_id)
    assert window.project.frame(frame.id).image_id == image_id


def test_put_selected_picture_on_page_from_create_shows_the_page(qtbot, window):
    send_and_wait(qtbot, window, "draw a teapot")
    image_id = window.gallery.model.record(0).id
    window.gallery.select_image(image_id)
    frame = window.storyboard.current_page().frame("image")
    place = next(a for a in window.findChildren(type(window.undo_action)) if a.text() == "Put Selected Picture on Page")
    place.trigger()
    assert window.workspaces.current == "book"
    assert window.project.frame(frame.id).image_id == image_id


def test_making_pages_from_a_story_brings_the_book_forward(qtbot, window):
    send_and_wait(qtbot, window, "Tell a story about Larry the hedgehog")
    assert window.workspaces.current == "create"
    bubble = next(b for b in window.chat.bubbles() if getattr(b, "make_pages_button", None) is not None)
    bubble.make_pages_button.click()
    assert window.workspaces.current == "book"
    assert window.storyboard.isVisible()
    page = window.storyboard.current_page()  # the story's first page, with its words
    assert page.kind == "story" and page.frame("text").text
    count = len(window.project.pages())
    assert not bubble.make_pages_button.isEnabled()  # a second click would add the whole story again
    bubble.make_pages_button.click()
    assert len(window.project.pages()) == count


@pytest.mark.parametrize("chat_width", [240, 420])
def test_the_make_pages_label_is_shown_whole_in_a_narrow_chat(qtbot, window, chat_width):
    send_and_wait(qtbot, window, "Tell a story about Larry the hedgehog")
    window.chat.setFixedWidth(chat_width)
    button = next(b for b in window.chat.bubbles() if getattr(b, "make_pages_button", None) is not None
                  ).make_pages_button
    # the label wraps onto more lines when the chat is narrow: the button grows with it instead of cutting it
    qtbot.waitUntil(lambda: button.width() < chat_width and button.height() >= button.heightForWidth(button.width()),
                    timeout=10_000)


def test_illustrating_the_book_brings_the_book_forward(qtbot, window):
    page = window.storyboard.current_page()
    from studio.core.app import edits

    story_page = next(p for p in window.project.pages() if p.kind == "story")
    edits.write_words(window.project, story_page.frame("text").id, "Larry pours the tea.")
    assert page is not None and window.workspaces.current == "create"
    assert window.illustrate_book()
    assert window.workspaces.current == "book"
    qtbot.waitUntil(lambda: window.storyboard.illustrating is None, timeout=60_000)


def test_a_new_book_opens_on_its_cover(qtbot, window):
    assert window.storyboard.index == 0
    assert window.storyboard.current_page().kind == "cover"
    assert window.storyboard.page_label.text().startswith("Cover")
    window.new_project()
    assert window.storyboard.current_page().kind == "cover"


def test_put_on_page_from_the_gallery_menu_places_it_even_in_create(qtbot, window):
    send_and_wait(qtbot, window, "draw a teapot")
    image_id = window.gallery.model.record(0).id
    frame = window.storyboard.current_page().frame("image")
    window.gallery.place_requested.emit(image_id)  # the grid's context menu ▸ Put on Page
    assert window.workspaces.current == "book"
    assert window.project.frame(frame.id).image_id == image_id


def test_a_question_from_the_chat_is_asked_in_sight_and_the_book_comes_back(qtbot, window):
    """A batch started while the Book is in front (More Like This from the gallery beside the page) is asked about
    in the chat, which is hidden there: the chat comes forward for the question, and the Book comes back after."""
    from PySide6.QtWidgets import QPushButton

    from studio.core.jobs.spending import Estimate

    window.show_workspace("book")
    answer = asyncio.ensure_future(window.chat.approve_batch(Estimate(8, 0.34)))
    try:
        qtbot.waitUntil(lambda: window.chat.findChild(QPushButton, "approveBatch") is not None, timeout=30_000)
        approve = window.chat.findChild(QPushButton, "approveBatch")
        assert window.workspaces.current == "create"  # the question is where it can be read
        qtbot.waitUntil(approve.isVisible)
        approve.click()
        qtbot.waitUntil(answer.done, timeout=10_000)
        assert answer.result() is True
        qtbot.waitUntil(lambda: window.workspaces.current == "book", timeout=10_000)
    finally:
        answer.cancel()


def test_illustrating_from_the_book_keeps_the_book_in_front(qtbot, window):
    story = {"title": "Larry", "pages": [{"text": f"Larry, page {n}.", "picture": "Larry"} for n in range(1, 7)]}
    window.make_story_pages(story)
    assert window.workspaces.current == "book"
    window.storyboard.illustrate_button.click()  # offline: free, so nothing to ask
    qtbot.waitUntil(lambda: window.storyboard.illustrating is None, timeout=60_000)
    assert window.workspaces.current == "book"
    assert all(p.frame("image").image_id for p in window.project.pages() if p.kind == "story")




def test_a_new_book_starts_in_create_with_the_suggestions_even_when_book_was_last_used(qtbot, window):
    window.show_workspace("book")
    window.new_project()
    assert window.workspaces.current == "create" and window.chat.isVisible()
    assert window.chat.starters.isVisible()
