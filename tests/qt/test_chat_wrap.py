"""Nothing in the chat scrolls sideways at any width: long words, Korean, code, prompts and picture grids all fit the
pane, and the grids reflow when the pane is made narrower or wider."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolButton

from studio.core import secrets
from studio.core.settings import Settings
from studio.qt.text_view import PlainTextView

LONG_WORD = "Sunflowerhedgehog" * 118  # 2,006 letters, no place to break
KOREAN = ("옛날 옛적에 해바라기 가시를 가진 작은 고슴도치 래리가 살았어요. 래리는 비 오는 날마다 따뜻한 차를 끓여 "
          "친구들을 불렀고, 천둥이 치면 모두 함께 담요 속에서 이야기를 나누었답니다. 어느 날 밤, 아주 큰 폭풍이 "
          "찾아왔어요. 래리는 겁이 났지만 친구들을 위해 용기를 냈어요.")
CODE = "```python\nspines = [\"sunflower\"] * 12; print(\"" + "golden-" * 60 + "\")\n```"
STORY = f"Here is a story.\n\n{LONG_WORD}\n\n{KOREAN}\n\n{CODE}\n\nThe end."
PROMPTS = [f"Larry the sunflower hedgehog pours tea in a thunderstorm, view {i + 1}, {LONG_WORD[:300]}, "
           "soft watercolor with warm light and a cosy kitchen" for i in range(4)]


@pytest.fixture
def online_window(make_window, fake_openai):
    secrets.set_api_key("compatible", "test-key")
    return make_window(Settings(backend="compatible", base_url=fake_openai.base_url), "Wrap.storybook")


def overflowing(chat) -> list[str]:
    """Everything in the transcript that reaches past the visible width, or whose text is wider than its box."""
    viewport = chat.scroll.viewport()
    width = viewport.width()
    found = []
    for bubble in chat.bubbles():
        left = bubble.mapTo(viewport, QPoint(0, 0)).x()
        if left < 0 or left + bubble.width() > width:
            found.append(f"{bubble.objectName()} at {left}..{left + bubble.width()} in {width}")
        for child in [c for kind in (QTextEdit, QPlainTextEdit, QToolButton) for c in bubble.findChildren(kind)]:
            if not child.isVisibleTo(bubble):
                continue
            x = child.mapTo(viewport, QPoint(0, 0)).x()
            if x < 0 or x + child.width() > width:
                found.append(f"{child.objectName()} at {x}..{x + child.width()} in {width}")
            if isinstance(child, QTextEdit) and child.document().idealWidth() > child.viewport().width() + 1:
                found.append(f"{child.objectName()} text {child.document().idealWidth()} in {child.viewport().width()}")
        for slot in bubble.slots:
            x = slot.mapTo(viewport, QPoint(0, 0)).x()
            if x < 0 or x + slot.width() > width:
                found.append(f"picture at {x}..{x + slot.width()} in {width}")
    return found


def all_rows_inside(chat) -> bool:
    """Every row of pictures is inside its bubble: the bubble grew tall enough, nothing overlaps what follows."""
    for bubble in chat.bubbles():
        for slot in bubble.slots:
            bottom = slot.mapTo(bubble, slot.rect().bottomLeft()).y()
            if bottom > bubble.height():
                return False
    return True


def test_a_long_story_korean_and_code_never_scroll_a_narrow_chat_sideways(qtbot, online_window, fake_openai):
    chat = online_window.chat
    chat.setFixedWidth(360)
    qtbot.waitUntil(lambda: chat.width() == 360)
    sideways: list[int] = []  # every horizontal scroll range the chat ever has; a range above 0 shows the bar
    chat.scroll.horizontalScrollBar().rangeChanged.connect(lambda _lo, hi: sideways.append(hi))
    heights: list[int] = []
    chat.scroll.verticalScrollBar().rangeChanged.connect(lambda _lo, hi: heights.append(hi))
    fake_openai.chat_script.append({"text": STORY, "tool": "write_story", "arguments": {
        "title": "Larry and the Stormy Night", "characters": [],
        "pages": [{"text": LONG_WORD, "illustration_prompt": "Larry"}, {"text": KOREAN, "illustration_prompt": "래리"}]}})
    fake_openai.chat_script.append({"text": "Shall I draw him?", "tool": "make_images",
                                    "arguments": {"prompts": PROMPTS}})
    chat.input.setPlainText(f"Tell a bedtime story about {LONG_WORD}")
    chat.send_button.click()
    # While the reply streams in, look at the chat whenever the transcript grows.
    seen_growing = []
    chat.scroll.verticalScrollBar().rangeChanged.connect(lambda *_: seen_growing.append(overflowing(chat)))
    qtbot.waitUntil(lambda: not chat.busy, timeout=60_000)
    qtbot.waitUntil(lambda: all(s.image_id is not None for s in chat.slots()) and len(chat.slots()) == 4,
                    timeout=60_000)

    roles = [b.role for b in chat.bubbles()]
    assert roles[0] == "user" and "assistant" in roles
    story = next(b for b in chat.bubbles() if getattr(b, "make_pages_button", None) is not None)
    told = story.findChild(PlainTextView, "storyText").text()
    assert LONG_WORD in told and KOREAN in told
    assert any(LONG_WORD in b.plain_text() and "golden-golden" in b.plain_text() for b in chat.bubbles())
    assert [e.toPlainText() for b in chat.bubbles() for e in b.prompt_edits] == PROMPTS
    assert heights, "the transcript grew taller than the pane as the story came in"
    assert seen_growing and all(found == [] for found in seen_growing), seen_growing
    assert overflowing(chat) == []
    assert max(sideways, default=0) == 0 and not chat.scroll.horizontalScrollBar().isVisible()
    prompts = next(b for b in chat.bubbles() if b.prompt_edits)
    draw = [b for b in prompts.findChildren(QToolButton, "drawAgain") if b.isVisibleTo(chat)]
    assert len(draw) == 4  # every prompt's Draw button is there to press, not cut off
    # and at the narrowest the chat can be made, with all of this in it
    narrowest = chat.minimumSizeHint().width()
    assert narrowest <= 320
    chat.setFixedWidth(narrowest)
    qtbot.waitUntil(lambda: chat.width() == narrowest and chat.scroll.viewport().width() < 300)
    qtbot.waitUntil(lambda: overflowing(chat) == [], timeout=10_000)
    assert max(sideways, default=0) == 0 and not chat.scroll.horizontalScrollBar().isVisible()


def test_picture_grids_reflow_as_the_pane_is_resized(qtbot, window):
    chat = window.chat
    chat.setFixedWidth(800)
    window.chat.input.setPlainText("Draw four robot barista concepts")
    chat.send_button.click()
    qtbot.waitUntil(lambda: not chat.busy and len(chat.slots()) == 4, timeout=60_000)
    grid = next(b for b in chat.bubbles() if b.slots).grids[0]
    qtbot.waitUntil(lambda: grid.columns() == 4, timeout=10_000)
    sideways: list[int] = []
    chat.scroll.horizontalScrollBar().rangeChanged.connect(lambda _lo, hi: sideways.append(hi))

    chat.setFixedWidth(300)
    qtbot.waitUntil(lambda: grid.columns() == 1, timeout=10_000)
    assert overflowing(chat) == []
    qtbot.waitUntil(lambda: all_rows_inside(chat), timeout=10_000)
    chat.setFixedWidth(500)
    qtbot.waitUntil(lambda: grid.columns() == 2, timeout=10_000)
    assert overflowing(chat) == []
    qtbot.waitUntil(lambda: all_rows_inside(chat), timeout=10_000)
    assert max(sideways, default=0) == 0 and not chat.scroll.horizontalScrollBar().isVisible()
    # the rows below the first are laid out too: the last picture is under the first, inside the pane
    slots = chat.slots()
    assert slots[2].y() > slots[0].y() and slots[2].x() == slots[0].x()
