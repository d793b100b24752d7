"""A Qt binding that leaks or steals references kills the app in a long conversation, not in a short test.

PySide6 6.12.0 on Python 3.11 took one reference from `None` per call of a Qt method that returns nothing;
a reply streamed in ~500 pieces then crashed the process. 6.10 and 6.11 add three per widget laid out and
removed, so the count climbs for ever. These tests make thousands of such calls (see the pin in pyproject.toml).
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from studio.qt.chat_bubbles import Bubble
from studio.qt.markdown_view import MarkdownView

CALLS = 3000
LEAK_LIMIT = 300  # a binding that takes a reference per call drifts by thousands


def none_count() -> int:
    return sys.getrefcount(None)


def test_the_qt_calls_the_app_makes_most_leave_none_alone(qtbot):
    view = MarkdownView()
    qtbot.addWidget(view)
    document = view.document()
    before = none_count()
    for i in range(CALLS):
        view.setObjectName("bubbleText")
        view.setFixedHeight(40 + i % 3)
        view.update()
        document.setMarkdown("*hi*")
        document.setTextWidth(200 + i % 2)
        drift = none_count() - before
        # Checked as it goes: a binding that steals a reference would crash the process before the loop ends.
        assert abs(drift) < LEAK_LIMIT, f"None lost {-drift} references after {i + 1} rounds of Qt calls"


def test_widgets_made_laid_out_and_removed_leave_none_alone(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    before = none_count()
    for i in range(CALLS):
        label = QLabel("a chat bubble")
        layout.insertWidget(0, label)
        layout.removeWidget(label)
        label.setParent(None)
        del label
        drift = none_count() - before
        assert abs(drift) < LEAK_LIMIT, f"None gained {drift} references after {i + 1} widgets"


def test_a_five_thousand_piece_reply_streams_into_a_real_bubble(qtbot):
    bubble = Bubble("assistant")
    qtbot.addWidget(bubble)
    bubble.resize(500, 300)
    bubble.show()
    words = [f"word{i}" for i in range(5000)]
    before = none_count()
    sent = []
    for i, word in enumerate(words):
        piece = word + ("\n\n" if i % 60 == 59 else " ")  # paragraphs of sixty words, as a story comes
        sent.append(piece)
        bubble.append_text(piece)
        if i % 25 == 24:  # a frame comes every few pieces at a model's pace
            bubble.text.flush()
            assert abs(none_count() - before) < LEAK_LIMIT
    bubble.finish_text()
    shown = bubble.text.document().toPlainText()
    assert bubble.plain_text() == "".join(sent)
    assert shown.split() == words  # every word on screen, in order, none twice
    assert bubble.text.document().blockCount() == 5000 // 60 + 1
    assert bubble.text.height() > 1000  # the bubble grew with its reply


def test_a_streamed_reply_looks_the_same_as_the_same_reply_shown_whole(qtbot):
    reply = ("# Larry's tea\n\nLarry **pours** the tea.\n\n- a cup\n- a saucer\n\n```\nkettle = 'hot'\n\n"
             "still code\n```\n\n> Thunder!\n\n1. one\n2. two\n\nThe *end*.")
    streamed = MarkdownView()
    qtbot.addWidget(streamed)
    for i in range(0, len(reply), 3):
        streamed.append_markdown(reply[i:i + 3])
        if i % 7 == 0:
            streamed.flush()
    streamed.flush()
    whole = MarkdownView(reply)
    qtbot.addWidget(whole)
    assert streamed.document().toMarkdown() == whole.document().toMarkdown()
    assert streamed.document().toPlainText() == whole.document().toPlainText()


def test_pieces_show_by_the_next_frame_without_being_flushed(qtbot):
    view = MarkdownView()
    qtbot.addWidget(view)
    view.append_markdown("Larry ")
    view.append_markdown("**waves**")
    assert view.pending
    qtbot.waitUntil(lambda: "Larry waves" in view.document().toPlainText(), timeout=60_000)
    assert not view.pending
