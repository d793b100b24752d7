"""Every control in the chat and in its dialogs can be reached with Tab and has a name a screen reader says; in
the chat, Tab goes from the message box to Send, then to the style and shape of the next pictures, then to the
picture the message is about."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from studio.core.settings import Settings
from tests.qt.conftest import send_and_wait


def tab_stops(top: QWidget, start: QWidget | None = None) -> list[QWidget]:
    """The widgets Tab visits inside `top`, in order, as Qt walks its focus chain."""
    stops: list[QWidget] = []
    first = start or top
    widget = first.nextInFocusChain() if start is None else start
    seen = set()
    while id(widget) not in seen:
        seen.add(id(widget))
        # one with a focus proxy is passed by (a spin box's or an editable combo box's line edit: the box is the stop)
        if (top.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled() and widget.focusProxy() is None
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def nameless(widgets: list[QWidget]) -> list[str]:
    found = []
    for widget in widgets:
        name = QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
        if not name.strip():
            found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


def test_the_chat_pane_tab_order_and_names(qtbot, window):
    chat = window.chat
    send_and_wait(qtbot, window, "draw a teapot")
    window.chat.attach_picture(window.project.gallery.find()[0])  # the chip, with its ✕
    chat.input.setPlainText("make it golden")  # Send is on
    stops = tab_stops(chat, chat.input)
    assert not nameless(stops), nameless(stops)
    order = [chat.input, chat.send_button, chat.style_box, chat.shape_button, chat.chip.remove_button]
    assert stops[:len(order)] == order  # Stop is off while nothing runs: Tab passes it by
    # the transcript's prompts (and the starters) come before the box, reached by Shift+Tab from it
    assert any(w.objectName() == "promptEdit" for w in stops[len(order):])

    # and what a person does: Tab from the box reaches Send
    window.activateWindow()
    chat.input.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is chat.input)
    qtbot.keyClick(chat.input, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is chat.send_button)


def test_the_empty_chat_names_its_starters_and_its_transcript(qtbot, window):
    chat = window.chat
    stops = tab_stops(chat)
    assert chat.starters.buttons[0] in stops and stops.index(chat.starters.buttons[-1]) < stops.index(chat.input)
    assert not nameless(stops), nameless(stops)
    assert chat.scroll.accessibleName() == "Conversation"


def test_the_settings_pages_name_every_control(qtbot, qloop):
    from studio.qt.settings_dialog import SettingsDialog
    from studio.qt.tasks import TaskRunner

    for backend in ("openai", "compatible", "azure"):
        dialog = SettingsDialog(Settings(backend=backend), TaskRunner())
        qtbot.addWidget(dialog)
        dialog.show()
        for page in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(page)
            stops = tab_stops(dialog)
            assert len(stops) > 2
            assert not nameless(stops), (backend, dialog.tabs.tabText(page), nameless(stops))


def test_the_spending_and_styles_dialogs_name_every_control(qtbot, window, tmp_path):
    from studio.core.jobs.ledger import Ledger
    from studio.qt.spending_dialog import SpendingDialog
    from studio.qt.styles_dialog import StyleEditor, StylesDialog

    spending = SpendingDialog(window.settings, Ledger(tmp_path / "ledger.jsonl"), parent=window)
    styles = StylesDialog(window.project, window.runner, lambda: None, window.chat)
    editor = StyleEditor(window.project, lambda: None, parent=styles)
    for dialog in (spending, styles, editor):
        dialog.show()
        stops = tab_stops(dialog)
        assert len(stops) > 2
        assert not nameless(stops), (type(dialog).__name__, nameless(stops))
