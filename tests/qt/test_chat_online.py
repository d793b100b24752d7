import pytest
from PySide6.QtCore import Qt

from studio.core import secrets
from studio.core.project import Project
from studio.core.settings import Settings
from studio.qt.main_window import MainWindow


@pytest.fixture
def online_window(qtbot, qloop, tmp_path, fake_openai):
    secrets.set_api_key("compatible", "test-key")
    settings = Settings(backend="compatible", base_url=fake_openai.base_url)
    win = MainWindow(settings, persist_settings=False)
    win.set_project(Project.create(tmp_path / "Online.storybook"))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.runner.cancel_all()
    if win.project is not None:
        win.project.close()
        win.project = None


def test_four_pictures_arrive_from_a_real_http_server(qtbot, online_window, fake_openai):
    assert not online_window.chat.banner.isVisible()
    online_window.chat.input.setPlainText("What does a sunflower hedgehog look like?")
    qtbot.keyClick(online_window.chat.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not online_window.chat.busy, timeout=20000)
    assert online_window.gallery.model.rowCount() == 4
    assert len(fake_openai.requests_to("/v1/images/generations")) == 4


def test_a_server_failure_shows_in_the_chat_and_keeps_the_message(qtbot, online_window, fake_openai):
    fake_openai.fault("/v1/chat/completions", status=401, message="Incorrect API key")
    online_window.chat.input.setPlainText("hello?")
    qtbot.keyClick(online_window.chat.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not online_window.chat.busy, timeout=20000)
    bubbles = online_window.chat.bubbles()
    assert bubbles[0].text.text() == "hello?"
    assert bubbles[-1].role == "error" and "API key" in bubbles[-1].text.text()
    assert [m.content for m in online_window.project.messages()] == ["hello?"]
