"""A bubble's pieces at a narrow width: text on the bubble's own colour, prompt boxes as tall as their lines,
an edited prompt drawn with Enter or Draw."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QToolButton

from studio.qt.chat_bubbles import Bubble
from studio.qt.text_view import PlainTextView

PROMPT = "Larry the sunflower hedgehog pours tea while thunder rolls over the hill, soft watercolor"


def test_text_sits_on_the_bubbles_colour(qtbot):
    for role, colour in (("user", "#dcebff"), ("error", "#fde7e7")):
        bubble = Bubble(role, "hello")
        bubble.add_note("Larry joined the cast.")
        qtbot.addWidget(bubble)
        bubble.resize(300, 120)
        bubble.show()
        qtbot.waitExposed(bubble)
        image = bubble.grab().toImage()
        for view in (bubble.text, bubble.findChild(PlainTextView, "noteText")):
            corner = view.mapTo(bubble, view.rect().topRight())
            assert image.pixelColor(corner.x() - 4, corner.y() + 4).name() == colour  # no white box behind the text


def test_a_prompt_box_shows_all_its_lines_and_draws_what_was_edited(qtbot):
    bubble = Bubble("assistant", "Here are two ideas.")
    qtbot.addWidget(bubble)
    bubble.add_prompts([PROMPT, PROMPT * 6])
    bubble.resize(260, 900)
    bubble.show()
    qtbot.waitExposed(bubble)
    short, long = bubble.prompt_edits
    line = short.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: short.document().size().height() >= 2)  # wrapped to the bubble's width
    qtbot.waitUntil(lambda: short.viewport().height() >= short.document().size().height() * line)
    assert short.verticalScrollBar().maximum() == 0  # every line shows, none hidden behind a scroll bar
    assert long.height() > short.height() and long.verticalScrollBar().isVisible()  # very long: scrolls inside
    draws = bubble.findChildren(QToolButton, "drawAgain")
    assert len(draws) == 2 and all(b.isVisible() and b.geometry().right() < bubble.width() for b in draws)

    drawn: list[str] = []
    bubble.redraw.connect(drawn.append)
    short.setPlainText("Larry in a raincoat")
    short.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(short, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # a new line, not a drawing
    assert drawn == [] and short.toPlainText() == "Larry in a raincoat\n"
    qtbot.keyClick(short, Qt.Key.Key_Return)
    assert drawn == ["Larry in a raincoat"]
    short.setPlainText("   ")
    qtbot.mouseClick(draws[0], Qt.MouseButton.LeftButton)
    assert drawn == ["Larry in a raincoat"]  # nothing to draw


def test_drawing_a_prompt_again_from_far_up_the_chat_shows_the_new_pictures(qtbot, window):
    """The walkthrough: a Draw button beside an old prompt drew a picture nobody saw (the chat stayed where it was)."""
    from PySide6.QtWidgets import QToolButton

    from tests.qt.conftest import send_and_wait

    chat = window.chat
    chat.setFixedHeight(420)
    for ask in ("draw a teapot", "draw a kettle", "draw a cup"):
        send_and_wait(qtbot, window, ask)
    bar = chat.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(0)  # up at the first reply
    pictures = len(window.project.images())
    first = next(b for b in chat.bubbles() if b.findChild(QToolButton, "drawAgain") is not None)
    button = first.findChild(QToolButton, "drawAgain")
    assert button.text() == "Draw again"
    button.click()
    qtbot.waitUntil(lambda: len(window.project.images()) > pictures and not chat.busy, timeout=60_000)
    qtbot.waitUntil(lambda: bar.value() == bar.maximum(), timeout=10_000)  # the new picture is in view
