"""The window as a person left it on this machine: its size and place, the docks, the pane widths and the
workspace. Kept with QSettings in its own file in the per-machine config folder (not in the book, which travels
to other machines, nor in settings.json with the API settings). A place that no longer fits the screen (a
smaller monitor, a laptop unplugged from its display) is brought back inside it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

from studio.qt.workspaces import NAMES, Workspaces

FILE_NAME = "window.ini"
VERSION = 1  # of the docks' saved state: a window with other docks ignores an older one
PREFERRED = QSize(1440, 900)  # a first start: this much where the screen has room, else nearly all of it


def state_path() -> Path:
    from studio.core.settings import config_dir

    return config_dir() / FILE_NAME


class WindowState:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._store = QSettings(str(path), QSettings.Format.IniFormat)

    def restore_geometry(self, window: QMainWindow) -> None:
        """Where the window was, kept inside the screen; on a first start a size that fits the screen."""
        saved = self._store.value("window/geometry")
        if not isinstance(saved, QByteArray) or not window.restoreGeometry(saved):
            place_first_time(window)
        clamp_to_screen(window)

    def restore_layout(self, window: QMainWindow, workspaces: Workspaces) -> None:
        """The docks and the workspaces: once the docks exist."""
        state: dict[str, object] = {"workspace": self._store.value("workspaces/current", "")}
        for name in NAMES:
            state[f"sizes/{name}"] = _sizes(self._store.value(f"workspaces/sizes_{name}", ""))
        workspaces.restore(state)
        # after the workspace: the docks' widths are restored against the panes they were saved beside
        docks = self._store.value("window/docks")
        if isinstance(docks, QByteArray):
            window.restoreState(docks, VERSION)
            self._restore_dock_sizes(window)
        # the panes and docks just built had their own smallest size; the window is put back as it was
        geometry = self._store.value("window/geometry")
        if isinstance(geometry, QByteArray):
            window.restoreGeometry(geometry)
        clamp_to_screen(window)

    def save(self, window: QMainWindow, workspaces: Workspaces | None) -> bool:
        """False when the folder cannot be written (the window closes all the same)."""
        self._store.setValue("window/geometry", window.saveGeometry())
        self._store.setValue("window/docks", window.saveState(VERSION))
        for dock in _docked(window):
            self._store.setValue(f"docks/{dock.objectName()}", f"{dock.width()},{dock.height()}")
        if workspaces is not None:
            state = workspaces.state()
            self._store.setValue("workspaces/current", state["workspace"])
            for name in NAMES:
                self._store.setValue(f"workspaces/sizes_{name}", ",".join(str(s) for s in state[f"sizes/{name}"]))
        self._store.sync()
        return self._store.status() == QSettings.Status.NoError


    def _restore_dock_sizes(self, window: QMainWindow) -> None:
        """The docks' own widths and heights. restoreState puts the panes back at the size they had and gives the
        docks whatever is left, so in a window restored smaller (or on a smaller screen) a dock took half of it."""
        docks, widths, heights = [], [], []
        for dock in _docked(window):
            size = _sizes(self._store.value(f"docks/{dock.objectName()}", ""), count=2)
            if size is not None:
                docks.append(dock)
                widths.append(size[0])
                heights.append(size[1])
        if docks:
            window.resizeDocks(docks, widths, Qt.Orientation.Horizontal)
            window.resizeDocks(docks, heights, Qt.Orientation.Vertical)


def _docked(window: QMainWindow) -> list[QDockWidget]:
    return [d for d in window.findChildren(QDockWidget) if d.objectName() and not d.isFloating() and not d.isHidden()]


def _sizes(value: object, count: int = 3) -> list[int] | None:
    parts = value.split(",") if isinstance(value, str) else value if isinstance(value, list) else []
    try:
        sizes = [int(p) for p in parts]
    except (TypeError, ValueError):
        return None
    return sizes if len(sizes) == count else None


def available(window: QMainWindow) -> QRect:
    screen = window.screen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 720)


def place_first_time(window: QMainWindow) -> None:
    room = available(window)
    size = PREFERRED.boundedTo(QSize(room.width() * 95 // 100, room.height() * 95 // 100))
    window.resize(size)
    window.move(room.x() + (room.width() - size.width()) // 2, room.y() + (room.height() - size.height()) // 2)


def clamp_to_screen(window: QMainWindow) -> None:
    """No bigger than the screen's free area (the panel and dock left out), and on it."""
    room = available(window)
    frame = window.frameGeometry()
    extra = QSize(frame.width() - window.width(), frame.height() - window.height())  # the title bar and borders
    size = window.size().boundedTo(QSize(room.width() - extra.width(), room.height() - extra.height()))
    if size != window.size():
        window.resize(size)
    frame = window.frameGeometry()
    x = min(max(frame.x(), room.x()), room.right() + 1 - frame.width())
    y = min(max(frame.y(), room.y()), room.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)
