"""Books that were never given a name, found again after the app was killed or crashed.

An untitled book lives in the Unsaved folder while it is open, and holds an OS file lock beside it. The OS
drops the lock when the process ends, however it ends (`kill -9` included), so a book in that folder whose lock
can be taken belongs to nobody: the app was closed without the book being closed, and it can be offered back.
A book open in another window still holds its lock and is never offered.
"""

from __future__ import annotations

import atexit
import sqlite3
import time
import weakref
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock, Timeout

from studio.core.document.schema import FILE_SUFFIX
from studio.core.i18n import _, ngettext

LOCK_SUFFIX = ".lock"


def lock_path(book: Path) -> Path:
    return book.with_name(book.name + LOCK_SUFFIX)


def remove_book_files(book: Path) -> None:
    """The book and everything SQLite and the lock keep beside it."""
    for suffix in ("", "-wal", "-shm", "-journal", LOCK_SUFFIX):
        book.with_name(book.name + suffix).unlink(missing_ok=True)


_HELD: "weakref.WeakSet[BookLock]" = weakref.WeakSet()


class BookLock:
    """Held while this process has the book open; released by the OS if the process dies. A process that ends
    normally while still holding one (a command that stopped on a damaged book half-way through opening it)
    removes its lock file on the way out: the OS would only have let go of the lock, leaving the file."""

    def __init__(self, book: Path) -> None:
        self.book = book
        self._lock = FileLock(lock_path(book), thread_local=False)

    def acquire(self) -> bool:
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            return False
        _HELD.add(self)
        return True

    def release(self, remove: bool = True) -> None:
        """Let go; the lock file goes too unless `remove` is False (it is only ever removed by its holder)."""
        _HELD.discard(self)
        if self._lock.is_locked:
            if remove:
                lock_path(self.book).unlink(missing_ok=True)
            self._lock.release(force=True)


@atexit.register
def _release_held() -> None:
    for lock in list(_HELD):
        try:
            lock.release()
        except OSError:
            pass


@dataclass(frozen=True)
class UnsavedBook:
    path: Path
    modified: float  # seconds since the epoch
    messages: int
    images: int
    first_words: str  # the first thing the person wrote, to recognise the book by
    readable: bool = True

    def describe(self) -> str:
        # Translators: a time.strftime format for a date and time: "26 Nov 14:05"
        when = time.strftime(_("%d %b %H:%M"), time.localtime(self.modified))
        if not self.readable:
            return _("{name} (last changed {when}; it could not be read)").format(name=self.path.name, when=when)
        said = (ngettext("{n} message", "{n} messages", self.messages).format(n=self.messages),
                ngettext("{n} picture", "{n} pictures", self.images).format(n=self.images))
        if self.first_words:
            return _("{messages}, {pictures}, last changed {when} — “{words}”").format(
                messages=said[0], pictures=said[1], when=when, words=self.first_words)
        return _("{messages}, {pictures}, last changed {when}").format(messages=said[0], pictures=said[1], when=when)


def unsaved_books(folder: Path) -> list[UnsavedBook]:
    """Untitled books in `folder` that no running app has open, newest first. Leftovers with nothing in them
    are removed on the way: there is nothing to offer back."""
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.glob(f"*{FILE_SUFFIX}"), key=_mtime, reverse=True):
        lock = BookLock(path)
        if not lock.acquire():
            continue  # open in a running window
        try:
            book = _summary(path)
            if book.readable and book.messages == 0 and book.images == 0 and not _has_text(path):
                lock.release()
                remove_book_files(path)
                continue
            found.append(book)
        finally:
            lock.release()
    return found


def _mtime(path: Path) -> float:
    wal = path.with_name(path.name + "-wal")  # the newest edits of a killed app are still in the WAL
    try:
        return max(path.stat().st_mtime, wal.stat().st_mtime if wal.exists() else 0.0)
    except OSError:
        return 0.0


def _summary(path: Path) -> UnsavedBook:
    try:
        conn = sqlite3.connect(path)  # read-write, so SQLite can recover the WAL a killed app left behind
        try:
            messages = conn.execute("SELECT COUNT(*) FROM messages").fetchone()[0]
            images = conn.execute("SELECT COUNT(*) FROM images").fetchone()[0]
            first = conn.execute("SELECT content FROM messages WHERE role = 'user' ORDER BY id LIMIT 1").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return UnsavedBook(path, _mtime(path), 0, 0, "", readable=False)
    words = " ".join(str(first[0]).split())[:60] if first else ""
    return UnsavedBook(path, _mtime(path), messages, images, words)


def _has_text(path: Path) -> bool:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT 1 FROM frames WHERE text != '' LIMIT 1").fetchone() is not None
    except sqlite3.Error:
        return True  # unsure: keep it
    finally:
        conn.close()
