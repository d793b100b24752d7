from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

import pytest

qasync = pytest.importorskip("qasync")


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
    for win in made:
        win.runner.cancel_all()
        if win.project is not None:
            win.project.close()
            win.project = None
