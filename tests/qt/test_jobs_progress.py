"""A local generator's steps reach the window: a progress bar per picture in the "Pictures being made" list."""

from __future__ import annotations

import asyncio
import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressBar

from studio.backends.offline import OfflineBackend


class Stepping(OfflineBackend):
    """Offline pictures that say how far they are, like ComfyUI or Automatic1111: step 3 of 10, then they wait
    until the test lets them finish."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    async def generate_image(self, request, on_preview=None, *, on_progress=None):
        on_progress(3, 10)
        await asyncio.get_running_loop().run_in_executor(None, self.release.wait, 120)  # the server still drawing
        on_progress(10, 10)
        return await super().generate_image(request, on_preview)


def bar(window, job_id: int) -> QProgressBar | None:
    (row,) = window.jobs_pane.tree.findItems(str(job_id), Qt.MatchFlag.MatchExactly, 0)
    widget = window.jobs_pane.tree.itemWidget(row, 1)
    return widget if isinstance(widget, QProgressBar) else None


def draw_four(qtbot, window) -> list[int]:
    """Ask the chat for pictures (offline: four of them) and return their jobs once all four are made."""
    window.chat.input.setPlainText("draw a kite")
    qtbot.keyClick(window.chat.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.project.jobs.all()) == 4, timeout=30_000)
    return [job.id for job in window.project.jobs.all()]


def test_each_running_picture_shows_its_steps_and_the_bar_goes_when_done(qtbot, window):
    backend = window.studio.backend = Stepping()
    jobs = draw_four(qtbot, window)
    qtbot.waitUntil(lambda: all(bar(window, j) is not None for j in jobs), timeout=30_000)
    shown = bar(window, jobs[0])
    assert (shown.value(), shown.maximum()) == (3, 10) and shown.text() == "3/10"
    assert shown.toolTip() == "step 3 of 10"
    assert shown.isVisible()
    backend.release.set()
    qtbot.waitUntil(lambda: not window.chat.busy, timeout=60_000)
    assert all(bar(window, j) is None for j in jobs)  # done: the state's word again
    assert all(window.jobs.progress(j) is None for j in jobs)
    (row,) = window.jobs_pane.tree.findItems(str(jobs[0]), Qt.MatchFlag.MatchExactly, 0)
    assert row.text(1) == "done"


class OneAtATime(OfflineBackend):
    """A generator that draws one picture at a time, like ComfyUI: the others wait their turn at the server, and it
    says when it begins one (before it knows the steps)."""

    queues_pictures = True

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()
        self._turn: asyncio.Lock | None = None

    async def generate_image(self, request, on_preview=None, *, on_progress=None):
        self._turn = self._turn or asyncio.Lock()  # on the loop the requests run on
        async with self._turn:
            on_progress(0, 0)
            await asyncio.get_running_loop().run_in_executor(None, self.release.wait, 120)
            on_progress(10, 10)
            return await super().generate_image(request, on_preview)


def test_pictures_waiting_their_turn_at_the_generator_say_so(qtbot, window):
    backend = window.studio.backend = OneAtATime()
    jobs = draw_four(qtbot, window)
    tree = window.jobs_pane.tree

    def row(job_id):
        (found,) = tree.findItems(str(job_id), Qt.MatchFlag.MatchExactly, 0)
        return found

    def settled() -> bool:  # one begun (a busy bar: its steps not known yet), three sent and waiting their turn
        begun = [j for j in jobs if bar(window, j) is not None]
        return len(begun) == 1 and sum(row(j).text(1) == "queued" for j in jobs) == 3

    qtbot.waitUntil(settled, timeout=30_000)
    (begun,) = [j for j in jobs if bar(window, j) is not None]
    assert bar(window, begun).maximum() == 0  # busy
    waiting = [j for j in jobs if j != begun]
    assert all(window.project.jobs.get(j).state == "running" for j in waiting)  # sent: Stop still reaches them
    assert all("waits its turn" in row(j).toolTip(1) for j in waiting)
    backend.release.set()
    qtbot.waitUntil(lambda: not window.chat.busy, timeout=60_000)
    assert [row(j).text(1) for j in jobs] == ["done"] * 4
    assert all(row(j).toolTip(1) == "" for j in jobs)
