"""Every menu shortcut fires whatever has focus: the page, the words being typed on it, the gallery."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def menu_actions(win) -> list[QAction]:
    """Every action in the window's menus that has a shortcut (sub-menus included)."""
    found: list[QAction] = []

    def walk(menu) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())
            elif not action.shortcut().isEmpty():
                found.append(action)

    for top in win.menuBar().actions():
        walk(top.menu())
    return found


def counted(actions: list[QAction]) -> dict[str, list[int]]:
    """Each action's own slots taken off (they open dialogs, quit, make books) and a counter put in their place."""
    fired: dict[str, list[int]] = {}
    for action in actions:
        action.setEnabled(True)
        action.triggered.disconnect()
        fired[action.text()] = hits = []
        action.triggered.connect(lambda _=False, h=hits: h.append(1))
    return fired


def press(widget, sequence: QKeySequence) -> None:
    combo = sequence[0]
    QTest.keyClick(widget, combo.key(), combo.keyboardModifiers())


def test_no_two_actions_share_a_shortcut(window):
    """Two actions on one key make Qt fire neither (an ambiguous shortcut)."""
    keys = [a.shortcut().toString() for a in menu_actions(window)]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)


def focus_on(qtbot, win, where: str):
    """The widget a person clicked last, in the window it lives in."""
    board = win.storyboard
    if where in ("canvas", "page text", "gallery"):
        win.show_workspace("book")
    if where == "page text":
        board.canvas.begin_editing()
        return board.canvas.text_edit
    if where == "floating cast":
        win.cast_dock.setFloating(True)
        win.cast_dock.show()
        qtbot.waitExposed(win.cast_dock)
        return win.cast.members
    if where == "large picture":
        win.viewer.show()
        qtbot.waitExposed(win.viewer)
        return win.viewer
    return {"canvas": board.canvas, "gallery": win.gallery.view, "chat input": win.chat.input}[where]


# In the chat's own text box Ctrl+Z and Ctrl+Y undo the typing in it, as in every text box; everywhere else,
# the words on a page included (they are the book's), they are the book's Undo and Redo.
def text_box_keys() -> set[str]:
    return {QKeySequence(key).toString() for key in (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)}


@pytest.mark.parametrize("where", ["canvas", "page text", "gallery", "chat input", "floating cast", "large picture"])
def test_every_menu_shortcut_fires_whatever_has_focus(qtbot, window, where):
    target = focus_on(qtbot, window, where)
    actions = [a for a in menu_actions(window)
               if not (where == "chat input" and a.shortcut().toString() in text_box_keys())]
    assert len(actions) > 25
    fired = counted(actions)
    missed = []
    for action in actions:
        target.window().activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is target.window())
        target.setFocus()
        qtbot.waitUntil(target.hasFocus)
        press(target, action.shortcut())
        if not fired[action.text()]:
            missed.append(f"{action.text()} ({action.shortcut().toString()})")
    assert not missed


def test_undo_while_typing_on_a_page_takes_back_the_words_as_one_step(qtbot, window):
    window.show_workspace("book")
    canvas = window.storyboard.canvas
    page = window.storyboard.current_page()
    frame = page.frame("text")
    canvas.begin_editing(frame)
    qtbot.waitUntil(canvas.text_edit.hasFocus)
    before = window.project.frame(frame.id).text
    QTest.keyClicks(canvas.text_edit, "Larry")
    assert window.project.frame(frame.id).text == before + "Larry"
    press(canvas.text_edit, QKeySequence(QKeySequence.StandardKey.Undo))
    assert window.project.frame(frame.id).text == before
    assert canvas.text_edit.toPlainText() == before  # the editor shows the book's words, not its own undo
    press(canvas.text_edit, QKeySequence(QKeySequence.StandardKey.Redo))
    assert window.project.frame(frame.id).text == before + "Larry"


def test_settings_have_a_key_where_the_platform_gives_none(window):
    """Qt knows no Preferences key on Linux or Windows: Ctrl+, (as in most apps) opens Settings there."""
    settings = next(a for a in menu_actions(window) if a.text() == "&Settings…")
    assert not settings.shortcut().isEmpty()
