"""CPU work for a dialog: run it on the executor with a progress bar and a Cancel that really stops it."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtWidgets import QDialog, QLabel, QProgressBar

from studio.core.output.book_pdf import ExportResult
from studio.core.output.files import Cancelled, ExportError, Progress

T = TypeVar("T")


class BackgroundWork:
    """One piece of work at a time; `cancel()` asks the worker to stop at its next step."""

    def __init__(self, bar: QProgressBar) -> None:
        self.bar = bar
        self._cancel: threading.Event | None = None

    @property
    def running(self) -> bool:
        return self._cancel is not None

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """`fn(*args, progress)` on the executor; the bar follows its steps through the event loop."""
        loop = asyncio.get_running_loop()
        cancel = self._cancel = threading.Event()

        def report(done: int, total: int) -> None:  # on the worker thread
            loop.call_soon_threadsafe(self._show, done, total)

        self.bar.setRange(0, 0)  # busy until the first step says how many there are
        self.bar.show()
        try:
            return await loop.run_in_executor(None, fn, *args, Progress(report, cancel))
        finally:
            self._cancel = None
            self.bar.hide()

    def _show(self, done: int, total: int) -> None:
        if self._cancel is None:
            return  # a step reported after the work ended
        self.bar.setRange(0, total)
        self.bar.setValue(done)


class WorkDialog(QDialog):
    """A dialog with `work` of its own that writes files: its Close button cancels the work while it runs, and
    Escape or the title bar stop the work first rather than closing in the middle of a write."""

    work: BackgroundWork
    status: QLabel

    def set_busy(self, busy: bool) -> None:
        """Disable what must not change while files are written; Close reads Cancel meanwhile."""

    async def write(self, what: str, fn: Callable[..., ExportResult], *args: Any) -> ExportResult | None:
        """`fn(*args, progress)` on the executor, its outcome in the status line: the files written and the
        notes, the reason it failed, or that Cancel left nothing behind."""
        self.set_busy(True)
        self.status.setText(what)
        try:
            result = await self.work.run(fn, *args)
        except Cancelled:
            self.status.setText(self.tr("Cancelled: nothing was written."))
            return None
        except ExportError as exc:
            self.status.setText(str(exc))
            return None
        finally:
            self.set_busy(False)
        names = ", ".join(p.name for p in result.paths[:3]) + ("…" if len(result.paths) > 3 else "")
        self.status.setText("\n".join([self.tr("Wrote {files}.").format(files=names), *result.notes]))
        return result

    def close_or_cancel(self) -> None:
        if self.work.running:
            self.work.cancel()
        else:
            self.reject()

    def reject(self) -> None:
        if self.work.running:
            self.work.cancel()
            return
        super().reject()
