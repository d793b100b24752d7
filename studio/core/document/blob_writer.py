"""Writing pictures into the project file from a thread of their own.

A picture is a few megabytes; inserting it and syncing it to disk takes 10–40 ms, which the window would
feel if its own connection did it. The writer has a second connection to the same file, used only on its one
thread. The file is in WAL mode, so the window keeps reading while a picture is being written.

Copying the pictures from the WAL into the file (a checkpoint) is the writer's job too, done when no
picture is waiting: otherwise whichever connection commits past SQLite's threshold does it, and that may be
the window's.
"""

from __future__ import annotations

import asyncio
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Callable


class BlobWriter:
    def __init__(self, path: Path, connect: Callable[[Path], sqlite3.Connection]) -> None:
        self._path = path
        self._connect = connect
        self._executor: ThreadPoolExecutor | None = None
        self._conn: sqlite3.Connection | None = None
        self._waiting = 0  # inserts asked for and not yet done; touched only on the writer thread

    async def insert(self, sql: str, params: tuple[Any, ...]) -> int:
        """Run one INSERT there, committed; returns the new row id. Errors come back as raised there."""
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="picture-writer")
        executor = self._executor
        executor.submit(self._count, 1)
        try:
            return await asyncio.get_running_loop().run_in_executor(executor, self._insert, sql, params)
        finally:
            executor.submit(self._checkpoint_when_idle)

    def _count(self, change: int) -> None:
        self._waiting += change

    def _insert(self, sql: str, params: tuple[Any, ...]) -> int:
        self._waiting -= 1
        if self._conn is None:
            self._conn = self._connect(self._path)
            self._conn.execute("PRAGMA wal_autocheckpoint = 0")  # see _checkpoint_when_idle
        cursor = self._conn.execute(sql, params)
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def _checkpoint_when_idle(self) -> None:
        # The checkpoint also syncs the log and the file: from here on the pictures survive a power cut too.
        if self._waiting == 0 and self._conn is not None:
            self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def close(self) -> None:
        """Finish what was asked for, then close the connection (the next insert opens a new one)."""
        executor, self._executor = self._executor, None
        if executor is None:
            return
        executor.submit(self._close_connection).result()
        executor.shutdown(wait=True)

    def _close_connection(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def move_to(self, path: Path) -> None:
        """After "save as": later pictures go to the new file."""
        self.close()
        self._path = path
