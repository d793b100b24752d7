"""The real window for a bench: shown offscreen on a qasync loop, closed cleanly; and a heartbeat that measures
how long the GUI thread could not respond."""

from __future__ import annotations

import asyncio
import contextlib
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Iterator


@contextlib.contextmanager
def bench_window(width: int = 1500, height: int = 900) -> Iterator[tuple[Any, Any]]:
    """(app, window) with the offline backend; the book it has open is closed at the end."""
    from studio.core.settings import Settings
    from studio.qt.app import make_application
    from studio.qt.event_loop import StudioEventLoop
    from studio.qt.main_window import MainWindow

    app = make_application([])
    loop = StudioEventLoop(app, already_running=True)
    executor = ThreadPoolExecutor(2)
    loop.set_default_executor(executor)
    asyncio.set_event_loop(loop)
    window = MainWindow(Settings(backend="offline"), persist_settings=False)
    window.resize(width, height)
    window.show()
    for _ in range(20):
        app.processEvents()
    try:
        yield app, window
    finally:
        window.runner.cancel_all()
        window.gallery.model.loader.close()
        window.chat.close_thumbnails()
        if window.project is not None:
            window.project.close()
            window.project = None
        window.network.stop()
        executor.shutdown(wait=True)


def wait_for(app: Any, done: Any, limit: float = 120.0) -> None:
    """Spin the window's event loop until `done()`."""
    end = time.perf_counter() + limit
    while not done():
        app.processEvents()
        time.sleep(0.001)
        if time.perf_counter() > end:
            raise SystemExit("timed out")


class Heartbeat:
    """The longest gap between 5 ms timer ticks on the GUI thread, beyond the tick itself."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self.timer = QTimer(interval=5)
        self.timer.timeout.connect(self._beat)

    def _beat(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000)
        self._last = now

    def start(self) -> None:
        self.gaps.clear()
        self._last = time.perf_counter()
        self.timer.start()

    def longest(self, stop: bool = True) -> float:
        if stop:
            self.timer.stop()
        return max(self.gaps) - 5 if self.gaps else 0.0
