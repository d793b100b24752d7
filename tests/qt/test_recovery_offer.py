"""At start the window offers back an untitled book a killed app left behind: reopen it or discard it."""

import pytest
from PySide6.QtWidgets import QPushButton

from studio.core.settings import Settings, unsaved_dir
from tests.core.document.test_recovery import leave_book_behind


@pytest.fixture
def window_with_offer(make_window):
    left = leave_book_behind(unsaved_dir())
    window = make_window(Settings(backend="offline"))
    window.offer_unsaved_books()
    assert window.recovery is not None and window.recovery.box is not None
    return window, left


def click(window, name):
    window.recovery.box.findChild(QPushButton, name).click()


def test_reopen_brings_the_book_back_untitled_with_its_chat(qtbot, window_with_offer, tmp_path):
    window, left = window_with_offer
    assert "Larry the sunflower hedgehog" in window.recovery.box.text()
    click(window, "reopenButton")
    qtbot.waitUntil(lambda: str(window.project.path) == left, timeout=60_000)
    assert window.project.untitled and window.windowTitle().startswith("Untitled")
    assert [b.plain_text() for b in window.chat.bubbles()] == ["Larry the sunflower hedgehog serves tea",
                                                               "What a lovely idea!"]
    assert window.save_as(tmp_path / "Larry.storybook")  # named now: it leaves the Unsaved folder
    assert not list(unsaved_dir().glob("*.storybook*"))


def test_discard_removes_it_and_not_now_keeps_it(qtbot, window_with_offer, tmp_path):
    window, left = window_with_offer
    click(window, "laterButton")
    qtbot.waitUntil(lambda: window.recovery.box is None, timeout=60_000)
    assert (unsaved_dir() / left.rsplit("/", 1)[1]).exists()
    window.offer_unsaved_books()  # offered again next time
    click(window, "discardButton")
    qtbot.waitUntil(lambda: window.recovery.box is None, timeout=60_000)
    assert not (unsaved_dir() / left.rsplit("/", 1)[1]).exists()
    assert str(window.project.path) != left
