"""Starter suggestions for an empty chat: a few things to ask, in the language the studio speaks now (Settings ▸
Language, or the system's). A click puts one in the message box; the person sends it (or changes it first)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from studio.qt.wrap_button import WrapButton
from studio.qt.language import FollowsLanguage

# English here; each language's own suggestions are its translations (resources/i18n/studio_<lang>.ts), written
# as a person of that language would ask, not word for word.
STARTERS = (
    QT_TRANSLATE_NOOP("Starters", "What does a super-duper sunflower hedgehog look like?"),
    QT_TRANSLATE_NOOP("Starters", "Tell a bedtime story about a little cloud who is afraid of thunder"),
    QT_TRANSLATE_NOOP("Starters", "Make a sticker of a smiling strawberry"),
    QT_TRANSLATE_NOOP("Starters", "Draw four robot barista concepts"),
)


def starter_suggestions() -> tuple[str, ...]:
    """The suggestions in the language in use now."""
    return tuple(QCoreApplication.translate("Starters", text) for text in STARTERS)


class StarterButton(WrapButton):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("starter")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet("QPushButton#starter { text-align: left; background: #f4f6fa; border: 1px solid #cfd6e4;"
                           " border-radius: 10px; } QPushButton#starter:hover { background: #e8f0fe; }"
                           " QPushButton#starter:focus { border: 2px solid #5b8def; }")


class Starters(FollowsLanguage, QWidget):
    """The suggestions, one under another; `chosen` gives the clicked one's text (in the language shown)."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("starters")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("color: #555;")
        layout.addWidget(self.title)
        self.buttons: list[StarterButton] = []
        for _text in STARTERS:
            button = StarterButton("")
            button.clicked.connect(lambda _checked=False, b=button: self.chosen.emit(b.text()))
            layout.addWidget(button)
            self.buttons.append(button)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Not sure where to start? Try one of these:"))
        for button, text in zip(self.buttons, starter_suggestions()):
            button.setText(text)
