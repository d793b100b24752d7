"""Every control of the main window has a name a screen reader says, and the Tab key reaches them in an order
that follows the window: in Create, the chat box before its Send button, the gallery's search before its grid."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from tests.qt.conftest import send_and_wait



def focus_chain(window) -> list[QWidget]:
    """The widgets Tab visits, in order: the focus chain from the window round to itself, keeping those a
    person can reach now (shown, enabled, taking focus from the Tab key). A part that passes its focus on (the line
    edit inside a spin box) counts as the widget it passes it to."""
    chain, widget = [], window.nextInFocusChain()
    while widget is not window and len(chain) < 5000:
        if (widget.isVisibleTo(window) and widget.isEnabled() and widget.window() is window
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus):
            stop = widget
            while stop.focusProxy() is not None:
                stop = stop.focusProxy()
            if stop not in chain:
                chain.append(stop)
        widget = widget.nextInFocusChain()
    return chain


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says the control is: its accessible name, its text or a buddy label's; a text box's
    greyed hint is no name (it goes as soon as something is typed)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name).strip() if interface is not None else ""
    hint = widget.placeholderText().strip() if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)) else ""
    return "" if hint and name == hint and not widget.accessibleName() else name


def describe(widget: QWidget) -> str:
    module = type(widget).__module__
    return f"{widget.objectName() or '(no objectName)'} {type(widget).__name__} in {module}, parent " \
           f"{widget.parentWidget().objectName() or type(widget.parentWidget()).__name__}"


def settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.placed and window.workspaces.settled and not window.tab_order.timer.isActive())


def test_every_control_tab_reaches_has_a_name(qtbot, window):
    """Both workspaces with a book under way (a story on its pages, a character, pictures, one picture's details
    and a page's frame selected): the controls the panes make as a book fills up are walked too. The list names
    every control without a name at once."""
    send_and_wait(qtbot, window, "tell a bedtime story about Larry the hedgehog in six pages")
    send_and_wait(qtbot, window, "draw larry")
    window.chat.findChild(QPushButton, "makePages").click() if window.chat.findChild(QPushButton, "makePages") \
        else next(b for b in window.chat.findChildren(QPushButton) if "pages" in b.text()).click()
    window.storyboard.show_page(1)
    page = window.storyboard.current_page()
    window.storyboard.canvas.select(next(f for f in page.frames if f.kind == "text"))
    window.gallery.select_image(window.project.gallery.find()[0])
    unnamed = []
    for name in ("create", "book"):
        window.show_workspace(name)
        settle(qtbot, window)
        unnamed += [f"{name}: {describe(w)}" for w in focus_chain(window) if not spoken_name(w)]
    unnamed = sorted(set(unnamed))
    assert not unnamed, "controls without an accessible name:\n" + "\n".join(unnamed)


def test_in_create_the_tab_order_follows_the_panes(qtbot, window):
    send_and_wait(qtbot, window, "draw a kite")
    window.show_workspace("create")
    window.chat.input.setPlainText("and a boat")  # Send is on (and a stop on the way) once there is something to send
    settle(qtbot, window)
    chain = focus_chain(window)
    order = {id(w): i for i, w in enumerate(chain)}
    chat, gallery = window.chat, window.gallery
    assert order[id(chat.input)] < order[id(chat.send_button)], "the chat box comes before its Send button"
    search = gallery.filters.search
    assert order[id(search)] < order[id(gallery.view)], "the gallery's search comes before its pictures"
    # the panes one after the other, left to right: every chat control before the gallery's first
    chat_stops = [order[id(w)] for w in chain if chat.isAncestorOf(w)]
    gallery_stops = [order[id(w)] for w in chain if gallery.isAncestorOf(w)]
    assert max(chat_stops) < min(gallery_stops)
    # the conversation's prompts, made as it went, come before the message box and not after the status bar
    prompts = [w for w in chain if chat.scroll.widget().isAncestorOf(w)]
    assert prompts and all(order[id(w)] < order[id(chat.input)] for w in prompts)
    assert order[id(window.key_button)] == len(chain) - 1 if window.key_button.isVisible() else True


def test_tab_from_the_chat_box_reaches_send(qtbot, window):
    window.show_workspace("create")
    settle(qtbot, window)
    window.activateWindow()
    window.chat.input.setFocus()
    qtbot.waitUntil(lambda: window.chat.input.hasFocus())
    window.chat.input.setPlainText("a hedgehog")
    seen = []
    for _i in range(6):  # Send is next, or next but for the chat box's own small buttons
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
        if seen[-1] is window.chat.send_button:
            break
    assert window.chat.send_button in seen, [describe(w) for w in seen]
    assert window.chat.input.toPlainText() == "a hedgehog"  # Tab moved on; it typed nothing
