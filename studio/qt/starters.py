"""Starter suggestions for an empty chat: a few things to ask, in the person's language. A click puts one in
the message box; the person sends it (or changes it first)."""

from __future__ import annotations

import os

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from studio.qt.wrap_button import WrapButton

STARTERS = {
    "en": (
        "What does a super-duper sunflower hedgehog look like?",
        "Tell a bedtime story about a little cloud who is afraid of thunder",
        "Make a sticker of a smiling strawberry",
        "Draw four robot barista concepts",
    ),
    "ko": (
        "슈퍼 울트라 해바라기 고슴도치는 어떻게 생겼을까?",
        "천둥을 무서워하는 작은 구름에 대한 잠자리 동화를 들려줘",
        "웃고 있는 딸기 스티커를 만들어 줘",
        "로봇 바리스타 콘셉트 네 가지를 그려 줘",
    ),
}
HEADINGS = {"en": "Not sure where to start? Try one of these:", "ko": "무엇부터 할지 모르겠다면 이렇게 물어보세요:"}


def ui_languages() -> list[str]:
    """The person's languages, most wanted first: LANGUAGE, then the locale variables, then Qt's UI languages
    (which on Windows and macOS come from the system settings)."""
    found = [lang for lang in os.environ.get("LANGUAGE", "").split(":") if lang]
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            found.append(value)
            break
    found += QLocale().uiLanguages()
    return [lang for lang in found if lang not in ("C", "POSIX") and not lang.startswith(("C.", "POSIX."))]


def starter_language(languages: list[str] | None = None) -> str:
    """The first of the person's languages there are suggestions in; English if none."""
    for language in ui_languages() if languages is None else languages:
        code = language.replace("-", "_").split("_")[0].split(".")[0].lower()
        if code in STARTERS:
            return code
    return "en"


def starter_suggestions(languages: list[str] | None = None) -> tuple[str, ...]:
    return STARTERS[starter_language(languages)]


class StarterButton(WrapButton):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("starter")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet("QPushButton#starter { text-align: left; background: #f4f6fa; border: 1px solid #cfd6e4;"
                           " border-radius: 10px; } QPushButton#starter:hover { background: #e8f0fe; }"
                           " QPushButton#starter:focus { border: 2px solid #5b8def; }")


class Starters(QWidget):
    """The suggestions, one under another; `chosen` gives the clicked one's text."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("starters")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        language = starter_language()
        title = QLabel(HEADINGS[language])  # in the suggestions' language (the window's own comes with translations)
        title.setWordWrap(True)
        title.setStyleSheet("color: #555;")
        layout.addWidget(title)
        self.buttons: list[StarterButton] = []
        for text in STARTERS[language]:
            button = StarterButton(text)
            button.clicked.connect(lambda _=False, t=text: self.chosen.emit(t))
            layout.addWidget(button)
            self.buttons.append(button)
