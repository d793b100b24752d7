"""The message box: blank messages are never sent, the picture chip goes with one message, and an empty chat
suggests what to ask, in the person's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from studio.core import secrets
from studio.core.settings import Settings
from studio.qt.starters import STARTERS, starter_suggestions
from tests.qt.conftest import send_and_wait


@pytest.fixture
def online_window(make_window, fake_openai):
    secrets.set_api_key("compatible", "test-key")
    return make_window(Settings(backend="compatible", base_url=fake_openai.base_url), "Input.storybook")


def test_a_blank_message_is_not_sent(qtbot, online_window, fake_openai):
    chat = online_window.chat
    assert not chat.send_button.isEnabled()  # an empty box on opening a book
    for blank in ("", "   ", " \n\t \n "):
        chat.input.setPlainText(blank)
        assert not chat.send_button.isEnabled()
        qtbot.keyClick(chat.input, Qt.Key.Key_Return)
        qtbot.mouseClick(chat.send_button, Qt.MouseButton.LeftButton)
        chat.send_current()
        assert not chat.busy
    assert chat.bubbles() == [] and online_window.project.messages() == []
    assert fake_openai.requests_to("/v1/chat/completions") == []
    chat.input.setPlainText("  hello  ")
    assert chat.send_button.isEnabled()
    qtbot.mouseClick(chat.send_button, Qt.MouseButton.LeftButton)
    assert not chat.send_button.isEnabled()  # the box is empty again, and a reply is on its way
    qtbot.waitUntil(lambda: not chat.busy, timeout=60_000)
    assert [m.content for m in online_window.project.messages() if m.role == "user"] == ["hello"]
    assert len(fake_openai.requests_to("/v1/chat/completions")) == 1


def test_send_stays_off_while_a_reply_runs_and_comes_back_with_text(qtbot, window):
    chat = window.chat
    chat.input.setPlainText("draw a teapot")
    qtbot.keyClick(chat.input, Qt.Key.Key_Return)
    assert chat.busy
    qtbot.keyClicks(chat.input, "next idea")
    assert not chat.send_button.isEnabled()
    qtbot.waitUntil(lambda: not chat.busy, timeout=60_000)
    assert chat.send_button.isEnabled() and chat.input.toPlainText() == "next idea"


def test_the_picture_chip_goes_with_the_next_message_only(qtbot, window):
    chat = window.chat
    send_and_wait(qtbot, window, "draw a teapot")
    assert not chat.chip.isVisible()
    chosen = window.project.images()[1].id
    window.show_picture(chosen)  # as clicking it in the chat does
    assert chat.chip.isVisible() and chat.chip.label.text() == f"About picture #{chosen}"
    assert chat.chip.thumb.pixmap() is not None and not chat.chip.thumb.pixmap().isNull()
    send_and_wait(qtbot, window, "make it golden")
    assert len(window.project.images()) > 4  # new pictures came (and the gallery told its selection again)
    assert not chat.chip.isVisible()
    send_and_wait(qtbot, window, "hello there")
    about = {m.content: m.extra.get("selected_image") for m in window.project.messages() if m.role == "user"}
    assert about == {"draw a teapot": None, "make it golden": chosen, "hello there": None}
    assert chat.selected_image == chosen  # the Picture menu still acts on the picture the person picked
    # picking the same picture again, in the chat, attaches it again
    slot = next(s for s in chat.slots() if s.image_id == chosen)
    qtbot.mouseClick(slot, Qt.MouseButton.LeftButton)
    assert chat.chip.isVisible() and chat.attached_image == chosen


def test_the_chip_can_be_taken_off_before_sending(qtbot, window):
    chat = window.chat
    send_and_wait(qtbot, window, "draw a kite")
    chosen = window.project.images()[0].id
    window.show_picture(chosen)
    window.viewer.hide()
    assert chat.chip.isVisible()
    qtbot.mouseClick(chat.chip.remove_button, Qt.MouseButton.LeftButton)
    assert not chat.chip.isVisible()
    send_and_wait(qtbot, window, "a new idea")
    about = {m.content: m.extra.get("selected_image") for m in window.project.messages() if m.role == "user"}
    assert about == {"draw a kite": None, "a new idea": None}


def test_starters_fill_the_box_and_leave_once_the_chat_has_messages(qtbot, window):
    chat = window.chat
    assert chat.starters.isVisible()
    texts = [b.text() for b in chat.starters.buttons]
    assert texts == list(STARTERS)
    qtbot.mouseClick(chat.starters.buttons[0], Qt.MouseButton.LeftButton)
    assert chat.input.toPlainText() == texts[0]
    assert not chat.busy and window.project.messages() == []  # put in the box, not sent: the person decides
    assert chat.starters.isVisible()
    qtbot.keyClick(chat.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not chat.busy, timeout=60_000)
    assert not chat.starters.isVisible()
    assert window.project.messages()[0].content == texts[0]


def test_no_starters_in_a_book_that_cannot_take_a_message(qtbot, window, tmp_path):
    from studio.core.app.project import Project

    book = tmp_path / "Shelf.storybook"
    Project.create(book).close()
    assert window.chat.starters.isVisible()
    window.set_project(Project.open(book, read_only=True))
    assert not window.chat.starters.isVisible()
    window.chat.input.setPlainText("hello")
    assert not window.chat.send_button.isEnabled()


KOREAN_STARTERS = ["슈퍼 울트라 해바라기 고슴도치는 어떻게 생겼을까?",
                   "천둥을 무서워하는 작은 구름에 대한 잠자리 동화를 들려줘",
                   "웃고 있는 딸기 스티커를 만들어 줘",
                   "로봇 바리스타 콘셉트 네 가지를 그려 줘"]


def test_starters_speak_the_studios_language_and_follow_a_change(qtbot, qapp, window):
    """Korean chosen (Settings ▸ Language, or LANGUAGE=ko) while the chat is empty: the suggestions and their
    heading change at once; a click puts the Korean sentence in the box; English again afterwards."""
    from studio.qt.language import install

    starters = window.chat.starters
    assert [b.text() for b in starters.buttons] == list(STARTERS)
    try:
        install(qapp, "ko")
        qtbot.waitUntil(lambda: [b.text() for b in starters.buttons] == KOREAN_STARTERS)
        assert starters.title.text() == "무엇부터 할지 모르겠다면 이렇게 물어보세요:"
        assert starter_suggestions() == tuple(KOREAN_STARTERS)
        qtbot.mouseClick(starters.buttons[2], Qt.MouseButton.LeftButton)
        assert window.chat.input.toPlainText() == "웃고 있는 딸기 스티커를 만들어 줘"
    finally:
        install(qapp, "en")
    qtbot.waitUntil(lambda: [b.text() for b in starters.buttons] == list(STARTERS))


def test_clicking_the_picture_already_selected_in_the_gallery_attaches_it_again(qtbot, window):
    """The walkthrough's Larry: the child's pick, still selected, clicked again before "he's called Larry"."""
    chat, gallery = window.chat, window.gallery
    send_and_wait(qtbot, window, "draw a teapot")
    chosen = gallery.model.record(2).id
    gallery.select_image(chosen)
    send_and_wait(qtbot, window, "make it golden")  # the chip went with that message
    assert not chat.chip.isVisible()
    index = next(gallery.model.index(r) for r in range(gallery.model.rowCount()) if gallery.model.record(r).id == chosen)
    gallery.view.scrollTo(index)
    qtbot.mouseClick(gallery.view.viewport(), Qt.MouseButton.LeftButton, pos=gallery.view.visualRect(index).center())
    assert chat.chip.isVisible() and chat.attached_image == chosen


def test_after_clicking_send_the_typing_place_stays_in_the_chat(qtbot, window):
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    chat = window.chat
    chat.input.setFocus()
    chat.input.setPlainText("draw a teapot")
    qtbot.mouseClick(chat.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is chat.input, timeout=10_000)
    qtbot.waitUntil(lambda: not chat.busy, timeout=60_000)
    assert QApplication.focusWidget() is chat.input  # ready for the next message
