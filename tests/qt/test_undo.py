"""The window's Undo and Redo are the book's own history: named per step, shared with `studio undo`, covering
what the assistant does; and typing into a page reads no more of the book than that page."""

import re

from PySide6.QtCore import Qt

from studio.cli import main
from studio.core.app.project import Project
from studio.core.layout.book import story_pages
from tests.qt.conftest import send_and_wait, show_first_story_page


def _story_texts(project):
    return [p.frame("text").text for p in story_pages(project) if p.frame("text")]


def test_pages_made_from_a_story_are_one_step_undone_and_redone(qtbot, window):
    send_and_wait(qtbot, window, "Tell a story about Larry the hedgehog")
    bubble = next(b for b in window.chat.bubbles() if getattr(b, "make_pages_button", None) is not None)
    bubble.make_pages_button.click()
    written = _story_texts(window.project)
    assert len([t for t in written if t]) >= 3
    assert re.fullmatch(r"\d+ pages from the story", window.undo_stack.undoText())
    undo = window.undo_action  # Edit ▸ Undo, named for the step
    assert undo.text() == f"&Undo {window.undo_stack.undoText()}" and undo.isEnabled()
    undo.trigger()
    assert not any(_story_texts(window.project))
    assert window.storyboard.current_page() is not None  # the storyboard followed
    window.undo_stack.redo()
    assert _story_texts(window.project) == written


def test_undo_in_the_window_and_studio_undo_share_one_history(qtbot, window, capsys):
    show_first_story_page(window)
    frame = window.storyboard.current_page().frame("text")
    window.storyboard.canvas.text_edit.setFocus()
    window.storyboard.canvas.text_edit.insertPlainText("Larry pours the tea.")
    path = window.project.path
    window.project.close()
    window.project = None
    assert main(["undo", str(path), "--list"]) == 0
    assert "Edit text on page" in capsys.readouterr().out
    assert main(["undo", str(path)]) == 0
    reopened = Project.open(path)
    try:
        assert reopened.frame(frame.id).text == ""
        assert reopened.history.next_redo().name.startswith("Edit text")
    finally:
        reopened.close()


def test_typing_twenty_characters_reads_only_the_page_typed_on(qtbot, window):
    project = window.project
    edit = window.storyboard.canvas.text_edit
    edit.setFocus()
    statements: list[str] = []
    project.db.set_trace_callback(statements.append)
    try:
        for ch in "Larry pours the tea!":
            qtbot.keyClick(edit, ch if ch != " " else Qt.Key.Key_Space)
    finally:
        project.db.set_trace_callback(None)
    frame = window.storyboard.current_page().frame("text")
    assert project.frame(frame.id).text == "Larry pours the tea!"
    # no statement reads every page's frames or whole page rows (an outline of ids and kinds names the page)
    whole_book = [s for s in statements if re.search(r"FROM frames(?!.*WHERE)|SELECT \* FROM pages(?!.*WHERE)", s, re.S)]
    assert whole_book == [], whole_book[:3]
    assert len(project.history.steps()) == 1  # and the burst of typing is one step
