from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

import pytest

qasync = pytest.importorskip("qasync")


@pytest.fixture(scope="session", autouse=True)
def window_language(qapp):
    """The window's translators, as the app installs them: English needs its plural forms ("1 picture")."""
    from studio.qt.language import install

    return install(qapp, "en")


@pytest.fixture
def qloop(qapp):
    """A qasync loop marked as running, so tasks advance whenever qtbot spins Qt's event loop."""
    from studio.qt.event_loop import StudioEventLoop

    loop = StudioEventLoop(qapp, already_running=True)
    executor = ThreadPoolExecutor(4)
    loop.set_default_executor(executor)
    asyncio.set_event_loop(loop)
    yield loop
    for task in asyncio.all_tasks(loop):
        task.cancel()
    executor.shutdown(wait=True)
    asyncio.events._set_running_loop(None)
    asyncio.set_event_loop(None)


@pytest.fixture
def make_window(qtbot, qloop, tmp_path):
    """A shown main window on a fresh project; closed cleanly after the test."""
    from studio.core.app.project import Project
    from studio.qt.main_window import MainWindow

    made = []

    def make(settings, name="Larry.storybook"):
        win = MainWindow(settings, persist_settings=False)
        win.set_project(Project.create(tmp_path / name))
        qtbot.addWidget(win)
        win.show()
        made.append(win)
        return win

    yield make
    from PySide6.QtWidgets import QDialog

    for win in made:
        for dialog in win.findChildren(QDialog):  # closed while the loop is here: no timer of theirs fires later
            dialog.close()
        win.runner.cancel_all()
        if win.project is not None:
            win.project.close()
            win.project = None


@pytest.fixture
def window(make_window):
    """The window on a new book, offline: what most window tests start from."""
    from studio.core.settings import Settings

    return make_window(Settings(backend="offline"))


def send_and_wait(qtbot, win, text: str) -> None:
    """Type a message, press Return, wait for the turn to end and for the gallery to list what it made (a burst of
    arrivals is listed together, a moment after the last one)."""
    from PySide6.QtCore import Qt

    win.chat.input.setPlainText(text)
    qtbot.keyClick(win.chat.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not win.chat.busy, timeout=60_000)
    qtbot.waitUntil(lambda: win.gallery.model.rowCount() == len(win.project.gallery.find()), timeout=10_000)


def show_first_story_page(win) -> None:
    """What a person does to work on the words: the Book workspace, on the first page of the story (a book opens
    on its cover)."""
    win.show_workspace("book")
    win.storyboard.show_page(next(i for i, p in enumerate(win.storyboard.pages()) if p.kind == "story"))
