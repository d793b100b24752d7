"""What went wrong with a book's file, in a person's words: a full disk, a read-only place, a damaged file."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from studio.core.document.sqlite_codes import Fault, fault, primary_code
from studio.core.i18n import _


class ProjectError(Exception):
    """A book's file cannot be opened or written; the message is for the user."""


class NotAProjectError(ProjectError):
    pass


class NewerVersionError(ProjectError):
    pass


class BookInUseError(ProjectError):
    """Another window or command has the book open for writing."""


class ReadOnlyError(ProjectError):
    """A change asked of a book that was opened read-only."""


class DamagedBookError(ProjectError):
    """SQLite found the file damaged; `studio check` can salvage what can still be read."""



def _full() -> str:
    # Translators: a clause after "Could not write to “book.storybook”: …"
    return _("the disk is full (free some space and try again)")


def _read_only() -> str:
    # Translators: a clause after "Could not write to “book.storybook”: …"
    return _("the file or its folder is read-only")


def reason(exc: BaseException) -> str:
    """One short clause for a failed read or write of a book or a print file."""
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            return _full()
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return _read_only()
        return exc.strerror or str(exc)
    text = str(exc)
    kind = _fault(exc)
    if kind is Fault.FULL:
        return _full()
    if kind is Fault.READ_ONLY:
        return _read_only()
    if is_damage(exc):
        return _("the file is damaged ({error})").format(error=text)
    if kind is Fault.IO:
        return _("the disk could not be written: it may be full or unplugged ({error})").format(error=text)
    if kind is Fault.BUSY:
        return _("another program is writing to it")
    if kind is Fault.CANT_OPEN:
        return _("the file could not be opened: its folder may be missing or closed to you ({error})").format(
            error=text)
    return text


def is_damage(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.DatabaseError) and _fault(exc) is Fault.DAMAGED


def _fault(exc: BaseException) -> Fault | None:
    """By SQLite's result code (sqlite_codes.py); by the words only for an error raised without a code (a
    ProjectError carrying an earlier reason, an error made by hand)."""
    if primary_code(exc) is not None:
        return fault(exc)
    text = str(exc)
    if "disk is full" in text:
        return Fault.FULL
    if "readonly" in text or "read-only" in text:
        return Fault.READ_ONLY
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return Fault.DAMAGED
    if "disk I/O error" in text:
        return Fault.IO
    if "locked" in text or "busy" in text:
        return Fault.BUSY
    return None


def check_hint(path: Path) -> str:
    return _("“{name}” is damaged. studio check {path} --salvage COPY.storybook saves what can still be read into a "
             "new book.").format(name=path.name, path=path)
