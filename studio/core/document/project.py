"""The book's document: one SQLite file holding chat, pictures and pages, its lock, transactions and undo
history. It imports no feature package; the cast, the gallery's organising and the picture jobs are
repositories over it, attached by the composition root (core/app/project.py). Every edit is a transaction."""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
import time
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any, Iterable, Iterator, Self

from studio.core import atomic
from studio.core.document import errors, schema
from studio.core.document.blob_writer import BlobWriter
from studio.core.document.changes import ChangeHub, ChangeSet
from studio.core.document.errors import BookInUseError, DamagedBookError, ReadOnlyError
from studio.core.document.faults import BookConnection, changes_book, full_disk_error
from studio.core.document.history import History
from studio.core.document.model import (
    BookFormat,
    Frame,
    ImageRecord,
    Message,
    Page,
    ToolCall,
)
from studio.core.document.page_rows import BookFormatRows, PageOrder, PageRows
from studio.core.document.recovery import BookLock, remove_book_files
from studio.core.document.schema import ProjectError
from studio.core.i18n import _

_IMAGE_COLUMNS = ("id, created, source, prompt, model, width, height, mime, message_id, settings, favourite, trashed,"
                  " file_name")
_INSERT_IMAGE = ("INSERT INTO images(created, source, prompt, model, settings, width, height, mime, message_id, data, thumb,"
                 " file_name) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")


def _take_lock(path: Path) -> BookLock:
    lock = BookLock(path)
    try:
        taken = lock.acquire()
    except OSError as exc:
        raise _could_not_create(path, exc) from exc
    if not taken:
        raise BookInUseError(_("“{name}” is being made by another Picture Book Studio window or command.").format(
            name=path.name))
    return lock


def _could_not_create(path: Path, exc: BaseException) -> ProjectError:
    return ProjectError(_("Could not create “{name}”: {reason}.").format(name=path.name, reason=errors.reason(exc)))


def _why_read_only(path: Path) -> str:
    """Why this book cannot be written here, or "" when it can."""
    # Translators: the reasons read as "“book.storybook” is read-only (…)"
    if not os.access(path, os.W_OK):
        return _("the file is read-only")
    if not os.access(path.parent, os.W_OK):
        return _("its folder is read-only")
    return ""


def _image(row: sqlite3.Row) -> ImageRecord:
    return ImageRecord(
        id=row["id"], created=row["created"], source=row["source"], prompt=row["prompt"],
        model=row["model"], width=row["width"], height=row["height"], mime=row["mime"],
        message_id=row["message_id"], settings=json.loads(row["settings"] or "{}"),
        favourite=bool(row["favourite"]), trashed=row["trashed"], file_name=row["file_name"],
    )


def _image_row(data: bytes, thumb: bytes, width: int, height: int, mime: str, source: str, prompt: str, model: str,
               message_id: int | None, settings: dict[str, Any] | None, file_name: str) -> tuple[Any, ...]:
    return (time.time(), source, prompt, model, json.dumps(settings or {}), width, height, mime, message_id,
            sqlite3.Binary(data), sqlite3.Binary(thumb), file_name)


def _message(row: sqlite3.Row) -> Message:
    calls = tuple(ToolCall(**c) for c in json.loads(row["tool_calls"] or "[]"))
    return Message(
        id=row["id"], created=row["created"], role=row["role"], content=row["content"],
        tool_calls=calls, tool_call_id=row["tool_call_id"], extra=json.loads(row["extra"] or "{}"),
    )


def read_image_data(path: Path | str, image_ids: Iterable[int]) -> dict[int, bytes]:
    """Pictures' bytes read through a read-only connection of their own, so a worker thread can read a book the
    window has open (WAL lets readers and the window's writer work at once) without touching its connection."""
    conn = schema.connect_read_only(path)
    try:
        return {i: bytes(row[0]) for i in image_ids
                if (row := conn.execute("SELECT data FROM images WHERE id = ?", (i,)).fetchone()) is not None}
    finally:
        conn.close()


class Document:
    """An open book file. Use on one thread only (the GUI or CLI event-loop thread); `add_image_async`
    hands the picture's bytes to a writer thread with its own connection. Open books as
    `studio.core.app.project.Project`, which adds the repositories."""

    def __init__(self, conn: sqlite3.Connection, path: Path, untitled: bool = False,
                 lock: BookLock | None = None, read_only: str = "") -> None:
        self._conn = self._guarded(conn)
        self._full = False  # the fault seam: see simulate_full_disk
        self._blobs = BlobWriter(path, lambda p: self._guarded(self._connect(p)))
        self.path = path
        self.untitled = untitled
        self.read_only = read_only  # why the book cannot be changed ("" when it can), for the window to say
        self._closed = False
        self._lock = lock  # held while this process may write the book (see recovery.py)
        self._depth = 0  # transactions open: an inner one joins the outer
        self.changes = ChangeHub()
        self.history = History(self)
        self.history.register("page", PageRows(self))
        self.history.register("order", PageOrder(self))
        self.history.register("format", BookFormatRows(self))

    def _started(self) -> None:
        """A new book was just made: what it starts with (the composition root adds its first pages)."""

    def _opened_to_write(self) -> None:
        """This process alone writes the book now: settle what a crashed one left (the jobs repository)."""

    # -- opening and saving -------------------------------------------------

    @classmethod
    def create(cls, path: Path | str) -> Self:
        path = Path(path)
        if path.is_dir():
            raise ProjectError(_("“{name}” is a folder, not a picture book.").format(name=path.name))
        if path.exists() and path.stat().st_size > 0:
            raise ProjectError(_("“{name}” already exists.").format(name=path.name))
        if not path.parent.is_dir():
            raise ProjectError(_("Could not create “{name}”: the folder {folder} does not exist.").format(
                name=path.name, folder=path.parent))
        lock, conn = _take_lock(path), None
        try:
            path.unlink(missing_ok=True)  # an empty file a failed attempt left: nothing in it to keep
            conn = cls._connect(path)
            schema.initialise(conn)
            project = cls(conn, path, lock=lock)
            project._started()
        except (OSError, sqlite3.Error, ProjectError) as exc:
            if conn is not None:
                conn.close()
            remove_book_files(path)  # a half-made file would only say "not a project" to every later try
            lock.release()
            if isinstance(exc, ProjectError):
                raise
            raise _could_not_create(path, exc) from exc
        return project

    @classmethod
    def untitled_project(cls, folder: Path | None = None) -> Self:
        """A new project kept in a scratch file (in `folder`, which should outlive a reboot) until it is saved."""
        if folder is None:
            folder = Path(tempfile.mkdtemp(prefix="studio-untitled-"))
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ProjectError(_("Could not make a new book in {folder}: {reason}.").format(
                folder=folder, reason=errors.reason(exc))) from exc
        stamp = time.strftime("%Y%m%d-%H%M%S")
        path = folder / f"Untitled-{stamp}{schema.FILE_SUFFIX}"
        n = 1
        while path.exists():
            n += 1
            path = folder / f"Untitled-{stamp}-{n}{schema.FILE_SUFFIX}"
        project = cls.create(path)  # its lock is taken before the file exists: no other window sweeps it away
        project.untitled = True
        return project

    @classmethod
    def reopen_unsaved(cls, path: Path | str) -> Self:
        """An untitled book a closed or crashed app left behind, open again and still untitled."""
        project = cls.open(path)
        if project.read_only:
            project.close()
            raise ProjectError(_("“{name}” cannot be reopened: {reason}.").format(name=Path(path).name,
                                                                                  reason=project.read_only))
        project.untitled = True
        return project

    @classmethod
    def open(cls, path: Path | str, read_only: bool = False) -> Self:
        """The book at `path`. Read-only when asked (a command that only reads, such as export) or when the file
        or its folder cannot be written; otherwise this process takes the book's lock, and a book another
        process is writing is refused with BookInUseError."""
        path = Path(path)
        if path.is_dir():
            raise ProjectError(_("“{name}” is a folder, not a picture book.").format(name=path.name))
        version = schema.check_file(path)  # read-only: refuses newer/foreign files untouched
        why = _why_read_only(path)
        lock = None
        if not why:
            lock = BookLock(path)
            in_use = not lock.acquire()
            if in_use:
                lock = None
                if not read_only:
                    raise BookInUseError(_("“{name}” is open in another Picture Book Studio window or command. "
                                           "Close it there first, or open it read-only.").format(name=path.name))
            why = (_("it is open in another window") if in_use else _("opened for reading")) if read_only else ""
        try:
            if lock is not None and (not read_only or schema.has_wal(path)):
                # This connection is the only one: closing it folds the WAL (a crash may have left one) back in.
                conn = cls._connect(path)
            else:
                # A reader beside the process that holds the lock, or one that holds it and needs no WAL: then
                # nothing is made beside the book, so reading works on a full disk too.
                conn = schema.connect_read_only(path, alone=lock is not None)
            if version < schema.SCHEMA_VERSION:
                if why and version < schema.READABLE_FROM:
                    raise ProjectError(_("“{name}” is from an older version and {why}, so it cannot be brought "
                                         "up to date. Copy it somewhere you can write to and open the copy.").format(
                                             name=path.name, why=why))
                if not why:
                    schema.migrate(conn, version)
        except sqlite3.Error as exc:
            if lock is not None:
                lock.release()
            if errors.is_damage(exc):
                raise DamagedBookError(errors.check_hint(path)) from exc
            raise ProjectError(_("“{name}” could not be opened: {reason}.").format(
                name=path.name, reason=errors.reason(exc))) from exc
        project = cls(conn, path, lock=lock, read_only=why)
        if lock is not None and not why:
            try:
                project._opened_to_write()  # ours alone now: no live process owns its jobs
            except BaseException:  # a damaged jobs table: nothing is left open (or beside the book)
                project.close()
                raise
        return project

    @classmethod
    def open_or_create(cls, path: Path | str) -> Self:
        path = Path(path)
        empty = path.is_file() and path.stat().st_size == 0  # what a create cut short by a full disk leaves
        return cls.open(path) if path.exists() and not empty else cls.create(path)

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=True, factory=BookConnection)
        except sqlite3.Error as exc:
            raise ProjectError(_("“{name}” could not be opened: {reason}.").format(name=path.name,
                                                                                    reason=exc)) from exc
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        # WAL: the window reads while a picture is written from another connection. Where the file system
        # cannot do WAL (some network drives) SQLite keeps its rollback journal, and writes simply wait.
        wal = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"
        # Pictures are checkpointed by the writer (blob_writer.py); this is only a backstop, set high so that a
        # small commit here does not end up copying megabytes of pictures on the window's thread.
        conn.execute("PRAGMA wal_autocheckpoint = 10000")
        # In WAL mode NORMAL still survives the app crashing or being killed at any moment; only a power cut
        # can lose the last few edits (never the file). It spares the window a disk sync on every small edit.
        conn.execute(f"PRAGMA synchronous = {'NORMAL' if wal else 'FULL'}")
        return conn

    def save_as(self, path: Path | str) -> None:
        """Copy the whole document to `path` and continue working there."""
        path = Path(path)
        tmp = atomic.temp_beside(path)
        self._blobs.close()  # pictures still being written land before the copy is taken
        try:
            dest = sqlite3.connect(tmp)
            try:
                self._conn.backup(dest)
            finally:
                dest.close()
            atomic.move_into_place(tmp, path)
        except (OSError, sqlite3.Error) as exc:
            tmp.unlink(missing_ok=True)
            raise ProjectError(_("Could not save to “{name}”: {reason}. Your work is still open.").format(
                name=path.name, reason=errors.reason(exc))) from exc
        old_path, was_untitled = self.path, self.untitled
        lock = BookLock(path)
        lock.acquire()  # a new file of ours: nobody else can hold it yet
        self._conn.close()
        self._conn = self._guarded(self._connect(path))
        self._blobs.move_to(path)
        self._release_lock()
        self._lock, self.read_only = lock, ""
        self.path, self.untitled = path, False
        if was_untitled:
            remove_book_files(old_path)

    # -- the fault seam ------------------------------------------------------

    def simulate_full_disk(self, full: bool = True) -> None:
        """While `full`, the book behaves as on a disk with no room left, for tests and fault drills: every
        statement that would change it (faults.CHANGES), on the window's connection and on the picture writer's,
        fails with SQLite's own "database or disk is full" (SQLITE_FULL) before it runs; reading goes on. Call
        it again with False for the room to come back. See faults.py for why not `PRAGMA max_page_count`."""
        self._full = full

    def _guarded(self, conn: sqlite3.Connection) -> sqlite3.Connection:
        if isinstance(conn, BookConnection):  # a read-only connection writes nothing
            conn.guard = self._refuse_when_full
        return conn

    def _refuse_when_full(self, sql: str) -> None:  # on the window's thread or the picture writer's
        if self._full and changes_book(sql):
            raise full_disk_error()

    @property
    def is_open(self) -> bool:
        return not self._closed

    def close(self) -> None:
        self._closed = True
        self._blobs.close()
        self._conn.close()  # the last connection to close folds the WAL back into the file
        self._release_lock()
        if self.untitled:  # closed deliberately: an untitled book that was not saved is not kept
            remove_book_files(self.path)

    def _release_lock(self) -> None:
        if self._lock is not None:
            self._lock.release(remove=True)
            self._lock = None

    @property
    def db(self) -> sqlite3.Connection:
        """The open connection, for the stores that share this document (cast, jobs)."""
        return self._conn

    def write(self, sql: str, params: Iterable[Any] = ()) -> sqlite3.Cursor:
        """One statement, committed; a full disk, a read-only or a damaged file becomes a ProjectError."""
        self._check_writable()
        try:
            return self._conn.execute(sql, tuple(params))
        except sqlite3.Error as exc:
            raise self._write_error(exc) from exc

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing; a transaction opened inside another is part of it."""
        self._check_writable()
        if self._depth:
            self._depth += 1
            try:
                yield self._conn
            finally:
                self._depth -= 1
            return
        self._depth = 1
        try:
            with schema.transaction(self._conn) as conn:
                yield conn
        except sqlite3.Error as exc:
            raise self._write_error(exc) from exc
        finally:
            self._depth = 0

    def _check_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyError(_("“{name}” is read-only ({reason}): nothing can be changed. Save a copy to work "
                                  "on it.").format(name=self.path.name, reason=self.read_only))

    def _write_error(self, exc: sqlite3.Error) -> ProjectError:
        if errors.is_damage(exc):
            return DamagedBookError(errors.check_hint(self.path))
        return ProjectError(_("Could not write to “{name}”: {reason}. The last change was not saved.").format(
            name=self.path.name, reason=errors.reason(exc)))

    # -- book -----------------------------------------------------------------

    def book_format(self) -> BookFormat:
        rows = dict(self._conn.execute("SELECT key, value FROM meta WHERE key LIKE 'book.%'").fetchall())
        values = {k.removeprefix("book."): v for k, v in rows.items()}
        base = asdict(BookFormat())
        for key, value in values.items():
            if key in base:
                base[key] = type(base[key])(value)
        return BookFormat(**base)

    def set_book_format(self, fmt: BookFormat) -> None:
        with self.transaction():
            self.history.touch("format", 0)
            self._write_format(asdict(fmt))
        self.changes.emit(ChangeSet(book_format=True))

    def _write_format(self, values: dict[str, Any]) -> None:
        self._conn.executemany("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                               [(f"book.{key}", str(value)) for key, value in values.items()])

    # -- conversation -----------------------------------------------------------

    def add_message(
        self, role: str, content: str = "", tool_calls: Iterable[ToolCall] = (),
        tool_call_id: str | None = None, extra: dict[str, Any] | None = None,
    ) -> Message:
        calls = [asdict(c) for c in tool_calls]
        cur = self.write(
            "INSERT INTO messages(created, role, content, tool_calls, tool_call_id, extra) VALUES (?,?,?,?,?,?)",
            (time.time(), role, content, json.dumps(calls) if calls else None, tool_call_id,
             json.dumps(extra) if extra else None),
        )
        message = self.message(cur.lastrowid)
        self.changes.emit(ChangeSet(messages_added=frozenset({message.id})))
        return message

    def update_message_extra(self, message_id: int, extra: dict[str, Any]) -> None:
        self.write("UPDATE messages SET extra = ? WHERE id = ?", (json.dumps(extra), message_id))
        self.changes.emit(ChangeSet(messages=frozenset({message_id})))

    def message(self, message_id: int) -> Message:
        row = self._conn.execute("SELECT * FROM messages WHERE id = ?", (message_id,)).fetchone()
        if row is None:
            raise KeyError(message_id)
        return _message(row)

    def messages(self) -> list[Message]:
        return [_message(r) for r in self._conn.execute("SELECT * FROM messages ORDER BY id")]

    def is_empty(self) -> bool:
        """No conversation and no picture yet: nothing a person would miss."""
        return self._conn.execute("SELECT NOT (EXISTS (SELECT 1 FROM messages) OR EXISTS (SELECT 1 FROM images))"
                                  ).fetchone()[0] == 1

    def shown_messages_before(self, before_id: int | None, limit: int) -> list[Message]:
        """Up to `limit` of the messages a person sees (theirs and the assistant's), the newest ones older than
        `before_id` (or the newest of all), oldest first: the chat loads its history a page at a time."""
        rows = self._conn.execute(
            "SELECT * FROM messages WHERE role IN ('user', 'assistant') AND id < ? ORDER BY id DESC LIMIT ?",
            (before_id if before_id is not None else 2 ** 62, limit)).fetchall()
        return [_message(r) for r in reversed(rows)]

    def tool_answers(self, after_id: int, call_ids: Iterable[str]) -> list[Message]:
        """The tool messages after message `after_id` that answer one of these call ids, oldest first (call ids
        need not be unique across turns: an answer belongs to the latest call before it)."""
        ids = sorted(set(call_ids))
        if not ids:
            return []
        rows = self._conn.execute(
            f"SELECT * FROM messages WHERE id > ? AND role = 'tool' AND tool_call_id IN ({','.join('?' * len(ids))})"
            " ORDER BY id", (after_id, *ids)).fetchall()
        return [_message(r) for r in rows]

    # -- images -----------------------------------------------------------------

    def add_image(
        self, data: bytes, thumb: bytes, width: int, height: int, mime: str, *, source: str = "generated",
        prompt: str = "", model: str = "", message_id: int | None = None, settings: dict[str, Any] | None = None,
        file_name: str = "",
    ) -> ImageRecord:
        cur = self.write(_INSERT_IMAGE, _image_row(data, thumb, width, height, mime, source, prompt, model,
                                                  message_id, settings, file_name))
        record = self.image(cur.lastrowid)
        self.changes.emit(ChangeSet(pictures_added=frozenset({record.id})))
        return record

    async def add_image_async(
        self, data: bytes, thumb: bytes, width: int, height: int, mime: str, *, source: str = "generated",
        prompt: str = "", model: str = "", message_id: int | None = None, settings: dict[str, Any] | None = None,
        file_name: str = "",
    ) -> ImageRecord:
        """`add_image`, with the megabytes written on the writer thread; observers hear of it on this one."""
        self._check_writable()
        try:
            image_id = await self._blobs.insert(_INSERT_IMAGE, _image_row(
                data, thumb, width, height, mime, source, prompt, model, message_id, settings, file_name))
        except sqlite3.Error as exc:
            raise ProjectError(_("Could not write to “{name}”: {reason}. The picture was not saved.").format(
                name=self.path.name, reason=errors.reason(exc))) from exc
        record = self.image(image_id)
        self.changes.emit(ChangeSet(pictures_added=frozenset({record.id})))
        return record

    def image(self, image_id: int) -> ImageRecord:
        row = self._conn.execute(f"SELECT {_IMAGE_COLUMNS} FROM images WHERE id = ?", (image_id,)).fetchone()
        if row is None:
            raise KeyError(image_id)
        return _image(row)

    def images(self) -> list[ImageRecord]:
        """Every picture the file holds, the trash included (the gallery lists through core/gallery/search.py)."""
        return [_image(r) for r in self._conn.execute(f"SELECT {_IMAGE_COLUMNS} FROM images ORDER BY id")]

    def images_of_message(self, message_id: int) -> list[ImageRecord]:
        rows = self._conn.execute(f"SELECT {_IMAGE_COLUMNS} FROM images WHERE message_id = ? ORDER BY id", (message_id,))
        return [_image(r) for r in rows]

    def image_data(self, image_id: int) -> bytes:
        return self._blob("data", image_id)

    def thumbnail(self, image_id: int) -> bytes:
        return self._blob("thumb", image_id)

    def _blob(self, column: str, image_id: int) -> bytes:
        row = self._conn.execute(f"SELECT {column} FROM images WHERE id = ?", (image_id,)).fetchone()
        if row is None:
            raise KeyError(image_id)
        return bytes(row[0])

    # -- pages --------------------------------------------------------------------
    # Primitives only: what a page holds and where it goes is decided in core/book.py and core/layout.

    def pages(self) -> list[Page]:
        frames: dict[int, list[Frame]] = {}
        for r in self._conn.execute("SELECT * FROM frames ORDER BY id"):
            frames.setdefault(r["page_id"], []).append(_frame(r))
        rows = self._conn.execute("SELECT * FROM pages ORDER BY position, id").fetchall()
        return [Page(r["id"], r["position"], tuple(frames.get(r["id"], ())), r["kind"], r["template"]) for r in rows]

    def page(self, page_id: int) -> Page:
        row = self._conn.execute("SELECT * FROM pages WHERE id = ?", (page_id,)).fetchone()
        if row is None:
            raise KeyError(page_id)
        frames = tuple(_frame(r) for r in self._conn.execute("SELECT * FROM frames WHERE page_id = ? ORDER BY id",
                                                             (page_id,)))
        return Page(row["id"], row["position"], frames, row["kind"], row["template"])

    def page_outline(self) -> list[Page]:
        """Every page's id and kind in book order, without their frames: enough to number and name pages."""
        return [Page(r[0], i, (), r[1], r[2])
                for i, r in enumerate(self._conn.execute("SELECT id, kind, template FROM pages ORDER BY position, id"))]

    def page_count(self) -> int:
        return self._conn.execute("SELECT COUNT(*) FROM pages").fetchone()[0]

    def insert_page(self, page: Page, index: int | None = None) -> Page:
        """Insert a page (its frames too) at `index` (the end when None). A page or frame id of 0 gets a new id;
        another id is kept, which is how Undo brings back a deleted page that later edits still refer to."""
        with self.transaction():
            self.history.touch("order", 0)
            count = self._conn.execute("SELECT COUNT(*) FROM pages").fetchone()[0]
            index = count if index is None else max(0, min(index, count))
            self._conn.execute("UPDATE pages SET position = position + 1 WHERE position >= ?", (index,))
            page_id = self._conn.execute("INSERT INTO pages(id, position, kind, template) VALUES (?,?,?,?)",
                                         (page.id or None, index, page.kind, page.template)).lastrowid
            self.history.touch_new("page", page_id)
            self._write_frames(page_id, page.frames)
        self.changes.emit(ChangeSet(pages=frozenset({page_id}), page_order=True))
        return self.page(page_id)

    def replace_page(self, page: Page) -> Page:
        """Write a page's kind, template and frames over what is stored (its position stays)."""
        with self.transaction():
            self.history.touch("page", page.id)
            cur = self._conn.execute("UPDATE pages SET kind = ?, template = ? WHERE id = ?",
                                     (page.kind, page.template, page.id))
            if cur.rowcount == 0:
                raise KeyError(page.id)
            keep = [f.id for f in page.frames if f.id]
            self._conn.execute(f"DELETE FROM frames WHERE page_id = ? AND id NOT IN ({','.join('?' * len(keep))})",
                               (page.id, *keep))
            self._write_frames(page.id, page.frames)
        self.changes.emit(ChangeSet(pages=frozenset({page.id}), frames=frozenset(f.id for f in page.frames if f.id)))
        return self.page(page.id)

    def restore_pages(self, pages: list[Page]) -> None:
        """Make the book exactly these pages, in this order, with their ids: Undo of any change to the pages."""
        with self.transaction():
            self.history.touch("order", 0)
            old = [r[0] for r in self._conn.execute("SELECT id FROM pages")]
            for page_id in old:
                self.history.touch("page", page_id)
            self._conn.execute("DELETE FROM frames")
            self._conn.execute("DELETE FROM pages")
            for page in pages:
                if page.id:
                    self.history.touch("page", page.id)
            for index, page in enumerate(pages):
                page_id = self._conn.execute("INSERT INTO pages(id, position, kind, template) VALUES (?,?,?,?)",
                                             (page.id or None, index, page.kind, page.template)).lastrowid
                self.history.touch_new("page", page_id)
                self._write_frames(page_id, page.frames)
        self.changes.emit(ChangeSet(pages=frozenset(old) | {p.id for p in pages if p.id}, page_order=True))

    def _write_frames(self, page_id: int, frames: Iterable[Frame]) -> None:
        frames = list(frames)
        pictures = {f.image_id for f in frames if f.image_id is not None}
        if pictures:  # a picture emptied from the trash since (an old undo step) leaves its frame empty
            there = {r[0] for r in self._conn.execute(
                f"SELECT id FROM images WHERE id IN ({','.join('?' * len(pictures))})", tuple(pictures))}
            frames = [f if f.image_id is None or f.image_id in there else f.moved(image_id=None) for f in frames]
        for f in frames:
            self._conn.execute(
                "INSERT OR REPLACE INTO frames(id, page_id, kind, x, y, w, h, image_id, text, props, parked, slot) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (f.id or None, page_id, f.kind, f.x, f.y, f.w, f.h, f.image_id, f.text, json.dumps(f.props or {}),
                 int(f.parked), f.slot))

    def move_page(self, page_id: int, index: int) -> None:
        with self.transaction():
            self.history.touch("order", 0)
            ids = self._page_ids()
            if page_id not in ids:
                raise KeyError(page_id)
            ids.remove(page_id)
            ids.insert(max(0, min(index, len(ids))), page_id)
            self._conn.executemany("UPDATE pages SET position = ? WHERE id = ?", list(enumerate(ids)))
        self.changes.emit(ChangeSet(page_order=True))

    def remove_page(self, page_id: int) -> None:
        with self.transaction():
            self.history.touch("order", 0)
            self.history.touch("page", page_id)
            self._conn.execute("DELETE FROM pages WHERE id = ?", (page_id,))
            self._conn.executemany("UPDATE pages SET position = ? WHERE id = ?", list(enumerate(self._page_ids())))
        self.changes.emit(ChangeSet(pages=frozenset({page_id}), page_order=True))

    def _page_ids(self) -> list[int]:
        return [r[0] for r in self._conn.execute("SELECT id FROM pages ORDER BY position, id")]

    def set_frame_image(self, frame_id: int, image_id: int | None) -> None:
        self._update_frame(frame_id, "image_id", image_id)

    def set_frame_text(self, frame_id: int, text: str) -> None:
        self._update_frame(frame_id, "text", text)

    def update_frame(self, frame: Frame) -> None:
        """Write a frame's place, size and look (what it holds is written by set_frame_image/text)."""
        self._write_frame(frame.id, "x = ?, y = ?, w = ?, h = ?, props = ?, parked = ?, slot = ?",
                          (frame.x, frame.y, frame.w, frame.h, json.dumps(frame.props or {}), int(frame.parked),
                           frame.slot))

    def _update_frame(self, frame_id: int, column: str, value: Any) -> None:
        self._write_frame(frame_id, f"{column} = ?", (value,))

    def _write_frame(self, frame_id: int, assignments: str, values: tuple[Any, ...]) -> None:
        row = self._conn.execute("SELECT page_id FROM frames WHERE id = ?", (frame_id,)).fetchone()
        if row is None:
            raise KeyError(frame_id)
        with self.transaction():
            self.history.touch("page", row[0])
            self._conn.execute(f"UPDATE frames SET {assignments} WHERE id = ?", (*values, frame_id))
        self.changes.emit(ChangeSet(pages=frozenset({row[0]}), frames=frozenset({frame_id})))

    def frame(self, frame_id: int) -> Frame:
        row = self._conn.execute("SELECT * FROM frames WHERE id = ?", (frame_id,)).fetchone()
        if row is None:
            raise KeyError(frame_id)
        return _frame(row)


def _frame(row: sqlite3.Row) -> Frame:
    values = dict(row)
    values["props"] = json.loads(values.get("props") or "{}")
    values["parked"] = bool(values.get("parked"))
    return Frame(**values)
