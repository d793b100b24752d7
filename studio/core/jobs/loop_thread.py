"""An asyncio event loop on a thread of its own, for network work that must not share the window's loop.

Pictures arrive as megabytes of streamed base64. Reading them on the window's loop (qasync) costs a Qt
event per 64 KB read and competes with painting; on a plain asyncio loop in a thread the same reads cost a
fraction of that, and the window only sees finished results. Coroutines run there with `run`, from any
other loop; cancelling the caller cancels the work.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any, Coroutine, TypeVar

T = TypeVar("T")


class LoopThread:
    def __init__(self, name: str = "network") -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._serve, name=name, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_forever()

    @property
    def running(self) -> bool:
        return self._thread.is_alive() and not self.loop.is_closed()

    async def run(self, coro: Coroutine[Any, Any, T]) -> T:
        """Run `coro` on this thread's loop and wait for it here. If the waiting task is cancelled, so is `coro`
        (asyncio chains the cancellation to the other loop)."""
        if not self.running:
            coro.close()
            raise RuntimeError("the network thread has stopped")
        return await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(coro, self.loop))

    def stop(self, timeout: float = 5.0) -> None:
        """Cancel what is still running there, let it finish cancelling, then end the thread."""
        if not self.running:
            return

        async def wind_down() -> None:
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            await self.loop.shutdown_asyncgens()
            await self.loop.shutdown_default_executor()

        try:
            asyncio.run_coroutine_threadsafe(wind_down(), self.loop).result(timeout)
        except Exception:  # noqa: BLE001 - stopping must not fail; the thread is a daemon either way
            pass
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout)
        if not self._thread.is_alive():
            self.loop.close()
