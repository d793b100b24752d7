"""The order the Tab key walks the main window in: as a person reads it. Qt's focus chain is the order widgets
were made, so the prompts and buttons a conversation grows come after the status bar; here the chain is laid
again, pane by pane, with what a scrolling list holds put in its place, top to bottom."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

import shiboken6
from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import QWidget


def focus_stops(window: QWidget) -> list[QWidget]:
    """Every widget of `window` (not of a dialog or a floating dock) that can take focus, in chain order."""
    stops, widget = [], window.nextInFocusChain()
    while widget is not window and widget is not None and len(stops) < 50_000:
        if widget.window() is window and widget.focusPolicy() != Qt.FocusPolicy.NoFocus \
                and widget.focusProxy() is None:
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def reading_order(stops: list[QWidget], groups: Sequence[QWidget],
                  lists: Sequence[tuple[QWidget, QWidget]]) -> list[QWidget]:
    """`stops` grouped by `groups` (the panes, in the order they read); within a group the chain's own order,
    except that for each (scroll area, its content) in `lists` what the content holds comes right after the
    scroll area, top to bottom. Stops in no group keep their order, at the end."""
    ordered: list[QWidget] = []
    for group in groups:
        members = [w for w in stops if w is group or group.isAncestorOf(w)]
        for scroll, content in lists:
            if scroll not in members:
                continue
            inside = [w for w in members if content.isAncestorOf(w)]

            def place(widget: QWidget, content: QWidget = content) -> tuple[int, int]:
                at = widget.mapTo(content, QPoint(0, 0))
                return at.y(), at.x()

            inside.sort(key=place)  # stable: widgets not laid out yet keep their chain order
            rest = [w for w in members if not content.isAncestorOf(w)]
            at = rest.index(scroll) + 1
            members = rest[:at] + inside + rest[at:]
        ordered += members
    placed = {id(w) for w in ordered}
    return ordered + [w for w in stops if id(w) not in placed]


def apply_order(ordered: list[QWidget]) -> None:
    for first, second in pairwise(ordered):
        QWidget.setTabOrder(first, second)


class TabOrder(QObject):
    """Lays the window's chain again a moment after it changes (a burst of new widgets is done at once)."""

    def __init__(self, window: QWidget, groups: Callable[[], Sequence[QWidget]],
                 lists: Callable[[], Sequence[tuple[QWidget, QWidget]]]) -> None:
        """`groups` and `lists` (see `reading_order`) are asked for each time: a pane may be made again."""
        super().__init__(window)
        self.window, self.groups, self.lists = window, groups, lists
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.apply)

    def later(self) -> None:
        self.timer.start()

    def apply(self) -> None:
        self.timer.stop()
        if not shiboken6.isValid(self.window) or not self.window.isVisible():
            return  # closing, or not shown yet: it is laid when shown
        apply_order(reading_order(focus_stops(self.window), self.groups(), self.lists()))
