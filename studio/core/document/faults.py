"""The fault seam: a book's connections can be told to fail as a full disk makes SQLite fail, so that tests and
fault drills reach the code that handles it through the book itself, not by swapping its insides.

Why not SQLite's `PRAGMA max_page_count` alone: it fails only a statement that grows the file, and in WAL mode
an UPDATE rewrites a page the file already has, so a job's change of state (an UPDATE) would still be
recorded. Here every statement that changes the book is refused before it runs, with the error SQLite itself
raises on a full disk (made by SQLite, so it carries SQLITE_FULL and is classified by its code like a real one).
"""

from __future__ import annotations

import sqlite3
from typing import Any, Callable, Iterable

# The statements that change a book: on a full disk SQLite cannot carry them out. Reading, BEGIN, COMMIT and
# ROLLBACK of a transaction that changed nothing, and PRAGMAs go on.
CHANGES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER")


def full_disk_error() -> sqlite3.OperationalError:
    """SQLite's own "database or disk is full" (SQLITE_FULL), from a one-page database asked to grow."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("PRAGMA max_page_count = 1")
        conn.execute("CREATE TABLE grow(x)")
    except sqlite3.OperationalError as exc:
        return exc
    finally:
        conn.close()
    raise AssertionError("SQLite grew a database past its max_page_count")


def changes_book(sql: str) -> bool:
    return sql.lstrip().upper().startswith(CHANGES)


class BookConnection(sqlite3.Connection):
    """A connection that writes a book (the window's, or the picture writer's). `guard`, when set, sees each
    statement before it runs and may raise instead: how Document.simulate_full_disk reaches both."""

    guard: Callable[[str], None] | None = None

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:  # type: ignore[override]
        if self.guard is not None:
            self.guard(sql)
        return super().execute(sql, parameters)

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> sqlite3.Cursor:  # type: ignore[override]
        if self.guard is not None:
            self.guard(sql)
        return super().executemany(sql, parameters)

    def executescript(self, script: str, /) -> sqlite3.Cursor:  # type: ignore[override]
        if self.guard is not None:
            self.guard(script)
        return super().executescript(script)
