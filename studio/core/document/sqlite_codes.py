"""Which kind of fault an SQLite error is, read from its result code rather than its message.

Since Python 3.11 an error SQLite raised carries `sqlite_errorcode` (the extended code) and `sqlite_errorname`.
The low byte of an extended code is its primary code (SQLITE_READONLY_DBMOVED & 0xFF == SQLITE_READONLY), so one
entry per primary code covers every variant. Errors made without a code (by Python itself, or by hand) have none:
`fault` answers None for them and the caller may fall back to reading the words. This module imports nothing of
the studio's, so the schema and the error wording can both use it."""

from __future__ import annotations

import sqlite3
from enum import StrEnum


class Fault(StrEnum):
    FULL = "full"  # SQLITE_FULL: the disk (or the file's page limit) is full
    READ_ONLY = "read_only"  # SQLITE_READONLY*: a read-only file, folder or connection, or a file moved away
    DAMAGED = "damaged"  # SQLITE_CORRUPT*, SQLITE_NOTADB
    IO = "io"  # SQLITE_IOERR*: the disk refused a read or write (unplugged, a file-size limit, …)
    BUSY = "busy"  # SQLITE_BUSY*, SQLITE_LOCKED*: another connection holds the file or table
    CANT_OPEN = "cant_open"  # SQLITE_CANTOPEN*: no such folder, a folder in the way, no permission


def _code(name: str, number: int) -> int:
    """The sqlite3 module's constant, or SQLite's documented number where this Python lacks the constant."""
    return getattr(sqlite3, name, number)


SQLITE_BUSY = _code("SQLITE_BUSY", 5)
SQLITE_LOCKED = _code("SQLITE_LOCKED", 6)
SQLITE_READONLY = _code("SQLITE_READONLY", 8)
SQLITE_IOERR = _code("SQLITE_IOERR", 10)
SQLITE_CORRUPT = _code("SQLITE_CORRUPT", 11)
SQLITE_FULL = _code("SQLITE_FULL", 13)
SQLITE_CANTOPEN = _code("SQLITE_CANTOPEN", 14)
SQLITE_NOTADB = _code("SQLITE_NOTADB", 26)

_BY_PRIMARY = {
    SQLITE_FULL: Fault.FULL,
    SQLITE_READONLY: Fault.READ_ONLY,
    SQLITE_CORRUPT: Fault.DAMAGED,
    SQLITE_NOTADB: Fault.DAMAGED,
    SQLITE_IOERR: Fault.IO,
    SQLITE_BUSY: Fault.BUSY,
    SQLITE_LOCKED: Fault.BUSY,
    SQLITE_CANTOPEN: Fault.CANT_OPEN,
}


def primary_code(exc: BaseException) -> int | None:
    """SQLite's primary result code for an error it raised; None for an error without one."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def fault(exc: BaseException) -> Fault | None:
    """The kind of fault by its code; None for other codes and for errors that carry no code."""
    code = primary_code(exc)
    return None if code is None else _BY_PRIMARY.get(code)


def not_a_database(exc: BaseException) -> bool:
    """The file is not an SQLite database at all (by code; by its words only for an error without a code)."""
    code = primary_code(exc)
    return code == SQLITE_NOTADB if code is not None else "not a database" in str(exc)
