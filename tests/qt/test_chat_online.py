import pytest
from PySide6.QtCore import Qt

from studio.core import secrets
from studio.core.settings import Settings


@pytest.fixture
def online_window(make_window, fake_openai):
    secrets.set_api_key("compatible", "test-key")
    return make_window(Settings(backend="compatible", base_url=fake_openai.base_url), "Online.storybook")


def test_four_pictures_arrive_from_a_real_http_server(qtbot, online_window, fake_openai):
    assert not online_window.chat.banner.isVisible()
    online_window.chat.input.setPlainText("What does a sunflower hedgehog look like?")
    qtbot.keyClick(online_window.chat.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not online_window.chat.busy, timeout=60_000)
    qtbot.waitUntil(lambda: online_window.gallery.model.rowCount() == 4, timeout=10_000)  # listed as they arrive
    assert len(fake_openai.requests_to("/v1/images/generations")) == 4


def test_a_server_failure_shows_in_the_chat_and_keeps_the_message(qtbot, online_window, fake_openai):
    fake_openai.fault("/v1/chat/completions", status=401, message="Incorrect API key")
    online_window.chat.input.setPlainText("hello?")
    qtbot.keyClick(online_window.chat.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not online_window.chat.busy, timeout=60_000)
    bubbles = online_window.chat.bubbles()
    assert bubbles[0].plain_text() == "hello?"
    assert bubbles[-1].role == "error" and "API key" in bubbles[-1].plain_text()
    assert [m.content for m in online_window.project.messages()] == ["hello?"]
