"""The window's asyncio loop: qasync's, except that a cancelled callback lets go of its Qt timer at once.

qasync 0.28 starts one Qt timer per `call_later`/`call_at` and keeps the handle until that timer fires, even
when the handle was cancelled long before. Every HTTP request of the openai client opens a timeout scope
(anyio) that schedules a callback at its deadline (600 s by default) and cancels it when the request ends, so a
busy afternoon piled up thousands of dead handles and live Qt timers, each kept for ten minutes (seen in
`bench/bench_soak.py`). Here a cancelled handle kills its timer and is dropped as it is cancelled.
"""

from __future__ import annotations

import asyncio
from typing import Any, Callable

import qasync
from PySide6.QtCore import QObject, QTimerEvent


class _CancellableHandle(asyncio.Handle):
    __slots__ = ("_forget",)

    def __init__(self, callback: Callable[..., Any], args: tuple[Any, ...], loop: asyncio.AbstractEventLoop,
                 context: Any = None) -> None:
        super().__init__(callback, args, loop, context=context)
        self._forget: Callable[[], None] | None = None

    def cancel(self) -> None:
        if not self._cancelled:
            super().cancel()
            forget, self._forget = self._forget, None
            if forget is not None:
                forget()


class _Timers(QObject):
    """One Qt timer per scheduled callback, as in qasync; a cancelled callback's timer is killed when cancelled."""

    def __init__(self) -> None:
        super().__init__()
        self._handles: dict[int, asyncio.Handle] = {}
        self._stopped = False

    @property
    def pending(self) -> int:
        return len(self._handles)

    def add_callback(self, handle: asyncio.Handle, delay: float = 0) -> asyncio.Handle:
        timer_id = self.startTimer(int(max(0.0, delay) * 1000))
        self._handles[timer_id] = handle
        if isinstance(handle, _CancellableHandle):
            handle._forget = lambda: self._drop(timer_id)
        return handle

    def _drop(self, timer_id: int) -> None:
        if self._handles.pop(timer_id, None) is not None:
            self.killTimer(timer_id)

    def timerEvent(self, event: QTimerEvent) -> None:
        timer_id = event.timerId()
        self.killTimer(timer_id)
        handle = self._handles.pop(timer_id, None)
        if handle is None or self._stopped or handle.cancelled():
            return
        if isinstance(handle, _CancellableHandle):
            handle._forget = None
        handle._run()

    def stop(self) -> None:
        self._stopped = True

    def set_debug(self, enabled: bool) -> None:
        pass  # qasync's slow-callback warnings are not kept


class StudioEventLoop(qasync.QEventLoop):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._qasync_timer = self._timer  # anything qasync scheduled while starting still runs on it
        self._timer = _Timers()

    def call_later(self, delay: float, callback: Callable[..., Any], *args: Any,
                   context: Any = None) -> asyncio.Handle:
        if asyncio.iscoroutinefunction(callback):
            raise TypeError("coroutines cannot be used with call_later")
        if not callable(callback):
            raise TypeError(f"callback must be callable: {type(callback).__name__}")
        return self._add_callback(_CancellableHandle(callback, args, self, context=context), delay)

    @property
    def pending_timers(self) -> int:
        return self._timer.pending
