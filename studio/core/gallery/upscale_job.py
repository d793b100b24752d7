"""Running the upscaler in a worker process of its own: progress comes back per tile, Cancel is answered at
once (the process is told to stop, and ended if a tile keeps it busy), and a crash or an out-of-memory kill of
the worker is an error message, never a frozen window or a lost book.

A process of its own rather than a shared pool: upscaling is one long task at a time, a cancelled one can be
ended outright without harming other work, and its memory goes back to the system when it finishes."""

from __future__ import annotations

import asyncio
import multiprocessing
from multiprocessing.connection import Connection
from typing import Any

from studio.core import i18n
from studio.core.gallery import upscaler
from studio.core.i18n import _
from studio.core.output.files import Cancelled, Progress

GRACE_SECONDS = 0.5  # how long a finished or told-to-stop worker may take to exit before it is ended
_POLL_SECONDS = 0.1  # how often the waiting thread looks at Cancel while no message has come


def _work(inbox: Connection, conn: Connection, stop: Any, factor: float, size: tuple[int, int] | None,
          method: str, language: str = i18n.SOURCE_LANGUAGE) -> None:
    """In the worker process, whose messages are in `language` (a new process starts in English)."""
    i18n.set_language(language)
    try:
        data = inbox.recv_bytes()
        inbox.close()
        progress = Progress(lambda done, total: conn.send(("progress", done, total)), stop)
        conn.send(("done", upscaler.upscale(data, factor, size, progress, method)))
    except Cancelled:
        conn.send(("cancelled",))
    except upscaler.UpscaleError as exc:
        conn.send(("error", str(exc)))
    except MemoryError:
        conn.send(("error", _("There is not enough memory to upscale this picture.")))
    except Exception as exc:  # anything else: say what, rather than die silently
        conn.send(("error", _("The upscaler failed ({kind}: {error}).").format(kind=type(exc).__name__, error=exc)))
    finally:
        conn.close()


def _stopped() -> str:
    return _("The upscaler stopped without finishing (out of memory?). The book is unchanged.")


def _next(conn: Connection, process: multiprocessing.process.BaseProcess, cancel: Any, stop: Any) -> tuple:
    """On a waiting thread: the worker's next message, or ("cancelled",) as soon as Cancel is pressed."""
    while not conn.poll(_POLL_SECONDS):
        if cancel.is_set():
            stop.set()
            return ("cancelled",)
        if not process.is_alive() and not conn.poll():
            return ("error", _stopped())
    try:
        return conn.recv()
    except (EOFError, OSError):
        return ("error", _stopped())


def _end(process: multiprocessing.process.BaseProcess) -> None:
    process.join(GRACE_SECONDS)
    if process.is_alive():
        process.terminate()
        process.join()


async def upscale_in_worker(data: bytes, factor: float = 2.0, size: tuple[int, int] | None = None,
                            progress: Progress | None = None, method: str = "auto") -> upscaler.Upscaled:
    """`upscaler.upscale` in a new worker process; progress reports arrive on the caller's event loop thread.
    Raises UpscaleError or Cancelled (also when this task is cancelled: the worker is stopped either way)."""
    progress = progress or Progress()
    progress.check()
    loop = asyncio.get_running_loop()
    # Spawned, not forked: a fork of a process with threads (the window's, SQLite's writer) can deadlock.
    context = multiprocessing.get_context("spawn")
    inbox, to_worker = context.Pipe(duplex=False)
    receive, send = context.Pipe(duplex=False)
    stop = context.Event()
    # The picture goes over a pipe of its own once the worker runs, not with its arguments: Process.start()
    # writes those while holding the pipe's other end itself, so a worker that died starting up would leave it
    # waiting for ever once they fill the pipe; our own pipe then fails at once (BrokenPipeError).
    process = context.Process(target=_work, args=(inbox, send, stop, factor, size, method, i18n.language()),
                              daemon=True, name="studio-upscale")
    try:
        await loop.run_in_executor(None, process.start)  # starting a Python takes a while: not on this thread
        inbox.close()
        send.close()
        try:
            await loop.run_in_executor(None, to_worker.send_bytes, data)
        except OSError:
            raise upscaler.UpscaleError(_("The upscaler stopped as it started. The book is unchanged.")) from None
        while True:
            message = await loop.run_in_executor(None, _next, receive, process, progress.cancel, stop)
            if message[0] == "progress":
                if progress.report:
                    progress.report(message[1], message[2])
            elif message[0] == "done":
                return message[1]
            elif message[0] == "cancelled":
                raise Cancelled()
            else:
                raise upscaler.UpscaleError(message[1])
    finally:
        stop.set()
        if process.pid is not None:
            await loop.run_in_executor(None, _end, process)
        receive.close()
        to_worker.close()
