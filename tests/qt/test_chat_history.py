"""A long chat opens fast and stays light: the latest messages as bubbles, older ones loaded on the way up."""

from PySide6.QtCore import Qt

from studio.core.app.project import Project
from studio.core.settings import Settings
from studio.qt import chat_pane


def long_book(path, turns):
    project = Project.create(path)
    for i in range(turns):
        project.add_message("user", f"question {i}")
        project.add_message("assistant", f"answer {i}")
    project.close()


def texts(window):
    return [b.plain_text() for b in window.chat.bubbles()]


def test_a_long_chat_opens_on_its_latest_messages_and_earlier_ones_load_above(qtbot, make_window, tmp_path):
    long_book(tmp_path / "Long.storybook", 200)
    window = make_window(Settings(backend="offline"), name="Other.storybook")
    assert window.open_path(tmp_path / "Long.storybook")
    shown = texts(window)
    assert len(shown) == chat_pane.HISTORY_PAGE and shown[-1] == "answer 199" \
        and shown[0] == f"question {200 - chat_pane.HISTORY_PAGE // 2}"
    assert window.chat.earlier_button.isVisible()
    window.chat.earlier_button.click()
    shown = texts(window)
    assert len(shown) == 2 * chat_pane.HISTORY_PAGE and shown[-1] == "answer 199" \
        and shown[0] == f"question {200 - chat_pane.HISTORY_PAGE}"
    for _ in range(400 // chat_pane.HISTORY_PAGE + 2):  # all the way back to the first message
        if not window.chat.earlier_button.isVisible():
            break
        window.chat.show_earlier()
    assert texts(window)[0] == "question 0" and len(texts(window)) == 400
    assert not window.chat.earlier_button.isVisible()


def test_scrolling_to_the_top_brings_the_page_before(qtbot, make_window, tmp_path):
    long_book(tmp_path / "Long.storybook", 100)
    window = make_window(Settings(backend="offline"), name="Other.storybook")
    window.open_path(tmp_path / "Long.storybook")
    bar = window.chat.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: 0 < bar.maximum() == bar.value(), timeout=60_000)  # opened at the newest message
    bar.setValue(0)
    qtbot.waitUntil(lambda: len(window.chat.bubbles()) == 2 * chat_pane.HISTORY_PAGE, timeout=60_000)
    assert texts(window)[0] == f"question {100 - chat_pane.HISTORY_PAGE}"


def test_a_long_session_lets_go_of_old_bubbles_and_they_come_back(qtbot, make_window, monkeypatch):
    monkeypatch.setattr(chat_pane, "LIVE_LIMIT", 8)
    monkeypatch.setattr(chat_pane, "HISTORY_PAGE", 4)
    window = make_window(Settings(backend="offline"))
    for i in range(6):
        window.chat.input.setPlainText(f"hello number {i}")
        qtbot.keyClick(window.chat.input, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not window.chat.busy, timeout=60_000)
    shown = texts(window)
    assert len(shown) <= 8 and shown[-2] == "hello number 5"  # the newest turns stay
    assert "hello number 0" not in shown and window.chat.earlier_button.isVisible()
    while window.chat.earlier_button.isVisible():
        window.chat.show_earlier()
    assert texts(window)[0] == "hello number 0" and len(texts(window)) == 12


def transcript(chat):
    """What the chat shows, bubble by bubble: text, prompts, pictures and their jobs, notes, stories."""
    from studio.qt.text_view import PlainTextView

    return [(b.role, b.message_id, b.plain_text(), [(e.toPlainText(), e.isReadOnly()) for e in b.prompt_edits],
             [(s.job_id, s.state, s.image_id, s.label.text(), s.retry_button.isVisibleTo(s)) for s in b.slots],
             [label.text() for label in b.findChildren(PlainTextView, "noteText")],
             [label.text() for label in b.findChildren(PlainTextView, "storyText")]) for b in chat.bubbles()]


def test_a_reopened_chat_shows_each_turn_as_it_was_shown_live(qtbot, window, monkeypatch):
    """History is told again as the live turn's events, through the same handler: the same bubbles, prompts,
    pictures, failures, cast notes and stories, whether a turn comes with the first page or scrolled up to."""
    from tests.qt.conftest import send_and_wait

    for text in ("draw a hedgehog with sunflowers", "her name is Larry", "make her spines more golden",
                 "tell a story about Pip the fox", "hello"):
        send_and_wait(qtbot, window, text)
    slot = window.chat.slots()[1]
    window.project.jobs.update(slot.job_id, "failed", error="The server had a problem (500).", error_kind="server")
    live = transcript(window.chat)
    assert [n for bubble in live for n in bubble[5]] == ["Larry joined the cast.", "Pip joined the cast."]
    assert any(bubble[6] for bubble in live) and sum(len(bubble[4]) for bubble in live) == 5

    for page in (chat_pane.HISTORY_PAGE, 3):  # all on the first page; then most of it scrolled up to
        monkeypatch.setattr(chat_pane, "HISTORY_PAGE", page)
        window.chat.set_project(window.project, window.jobs)
        while window.chat.earlier_button.isVisible():
            window.chat.show_earlier()
        assert transcript(window.chat) == live  # was: the story's new character missing from the history
        pictures = [s for s in window.chat.slots() if s.image_id is not None]
        qtbot.waitUntil(lambda: all(s.label.pixmap().width() > 100 for s in pictures), timeout=30_000)
