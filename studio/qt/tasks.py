"""Running coroutines from slots, and turning their failures into something a person can see."""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Coroutine

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class TaskRunner(QObject):
    """Starts coroutines on the running (qasync) loop; keeps them alive; reports failures via `failed`."""

    failed = Signal(str, str)  # (what was being done, message for the user)
    busy_changed = Signal(int)  # how many tasks are running

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: set[asyncio.Task[Any]] = set()

    def start(self, coro: Coroutine[Any, Any, Any], what: str) -> asyncio.Task[Any]:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        self.busy_changed.emit(len(self._tasks))
        task.add_done_callback(lambda t: self._finished(t, what))
        return task

    def _finished(self, task: asyncio.Task[Any], what: str) -> None:
        self._tasks.discard(task)
        try:
            self.busy_changed.emit(len(self._tasks))
        except RuntimeError:  # the window is gone (a task cancelled while it closed): nobody to tell
            return
        if task.cancelled():
            return
        exc = task.exception()
        if exc is not None:
            log.error("%s failed", what, exc_info=exc)
            self.failed.emit(what, str(exc) or type(exc).__name__)

    @property
    def running(self) -> int:
        return len(self._tasks)

    def cancel_all(self) -> list[asyncio.Task[Any]]:
        """Ask every task to stop; returns them so the caller can wait until they have."""
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        return tasks


async def settle(tasks: list[asyncio.Task[Any]]) -> None:
    """Wait until cancelled tasks have finished their clean-up (e.g. recording a cancelled tool call)."""
    if tasks:
        await asyncio.gather(*tasks, return_exceptions=True)
