"""The chat and its dialogs in Korean: chosen in Settings, the open window's chat changes at once (no restart),
pictures already in the chat follow, and the estimate reads as a Korean sentence with its number."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QToolButton

from studio.qt.chat_bubbles import PictureSlot
from studio.qt.language import install
from studio.qt.settings_dialog import SettingsDialog
from studio.qt.spending_dialog import estimate_text
from tests.qt.conftest import send_and_wait


@pytest.fixture
def back_to_english(qapp):
    yield
    install(qapp, "en")


def choose_language(qtbot, win, code: str) -> None:
    """Settings ▸ Language, then Save, as a person does it."""
    win.open_settings()
    dialog = next(d for d in win.findChildren(SettingsDialog) if d.isVisible())
    dialog.language.setCurrentIndex(dialog.language.findData(code))
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_korean_chosen_in_settings_changes_the_open_chat_at_once(qtbot, window, back_to_english):
    chat = window.chat
    assert chat.send_button.text() == "Send"
    assert chat.input.placeholderText().startswith("Ask for a picture")

    choose_language(qtbot, window, "ko")
    qtbot.waitUntil(lambda: chat.send_button.text() == "보내기")
    assert chat.input.placeholderText() == "그림이나 이야기를 부탁해 보세요… (Enter로 보내기, Shift+Enter로 줄 바꿈)"
    assert chat.stop_button.text() == "멈추기"
    assert chat.style_box.itemText(0) == "화풍: 자동"
    assert chat.style_box.findData("manage:") == chat.style_box.findText("화풍 관리…")
    assert chat.banner_label.text().startswith("오프라인 모드")
    assert chat.input.accessibleName() == "메시지"
    assert chat.starters.title.text() == "무엇부터 할지 모르겠다면 이렇게 물어보세요:"

    choose_language(qtbot, window, "en")
    qtbot.waitUntil(lambda: chat.send_button.text() == "Send")
    assert chat.input.placeholderText().startswith("Ask for a picture")
    assert chat.style_box.itemText(0) == "Style: auto"
    assert chat.banner_label.text().startswith("Offline mode")


def test_pictures_already_in_the_chat_follow_the_language(qtbot, qapp, window, back_to_english):
    send_and_wait(qtbot, window, "draw a teapot")
    bubble = next(b for b in window.chat.bubbles() if b.slots)
    again = bubble.findChild(QToolButton, "drawAgain")  # beside the prompt
    assert again.text() == "Draw again"
    slot: PictureSlot = bubble.slots[0]
    slot.show_not_made()
    assert slot.label.text() == "Not made."

    install(qapp, "ko")
    qtbot.waitUntil(lambda: again.text() == "다시 그리기")
    assert slot.label.text() == "그리지 못했어요."
    assert slot.retry_button.text() == "다시 시도"
    assert bubble.prompt_edits[0].accessibleName() == "프롬프트"
    assert "draw a teapot" in window.chat.bubbles()[0].plain_text()  # the person's own words are left alone

    install(qapp, "en")
    qtbot.waitUntil(lambda: again.text() == "Draw again")
    assert slot.label.text() == "Not made."


def test_the_estimate_is_a_sentence_with_its_number_in_either_language(qapp, back_to_english):
    assert estimate_text(1, 0.04, "USD") == "1 picture, about $0.04"
    assert estimate_text(8, 0.34, "USD") == "8 pictures, about $0.34"
    install(qapp, "ko")
    assert estimate_text(8, 0.34, "USD") == "그림 8장, 약 $0.34"
    assert estimate_text(3, None, "USD").startswith("그림 3장 — 비용을 알 수 없어요")


def test_settings_read_korean_on_every_page(qtbot, qapp, back_to_english):
    from studio.core.settings import Settings
    from studio.qt.tasks import TaskRunner

    install(qapp, "ko")
    dialog = SettingsDialog(Settings(backend="openai"), TaskRunner())
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "설정"
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["연결", "로컬 그림", "비용"]
    assert dialog._form.labelForField(dialog.api_key).text() == "API 키"
    assert dialog.backend.itemText(0) == "오프라인 (네트워크 없음)"
    assert dialog.ask_under.specialValueText() == "항상 묻기"
    assert dialog.local.workflow_button.text() == "내 워크플로 사용…"
