"""The project file's SQLite schema: identification, version checks, forward migrations."""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from studio.core.document import errors
from studio.core.document.errors import (
    NewerVersionError,
    NotAProjectError,
    ProjectError,
)
from studio.core.document.sqlite_codes import not_a_database
from studio.core.i18n import _

APPLICATION_ID = 0x50425354  # "PBST" in PRAGMA application_id marks our files
SCHEMA_VERSION = 7
READABLE_FROM = 4  # read-only opens read files this old as they are (format 5 only added the undo history)
FILE_SUFFIX = ".storybook"


SCHEMA_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    created REAL NOT NULL,
    role TEXT NOT NULL,
    content TEXT NOT NULL DEFAULT '',
    tool_calls TEXT,
    tool_call_id TEXT,
    extra TEXT
);
CREATE TABLE images (
    id INTEGER PRIMARY KEY,
    created REAL NOT NULL,
    source TEXT NOT NULL,
    prompt TEXT NOT NULL DEFAULT '',
    model TEXT NOT NULL DEFAULT '',
    settings TEXT NOT NULL DEFAULT '{}',
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    mime TEXT NOT NULL,
    message_id INTEGER REFERENCES messages(id) ON DELETE SET NULL,
    data BLOB NOT NULL,
    thumb BLOB NOT NULL
);
CREATE TABLE pages (id INTEGER PRIMARY KEY, position INTEGER NOT NULL);
CREATE TABLE frames (
    id INTEGER PRIMARY KEY,
    page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    x REAL NOT NULL, y REAL NOT NULL, w REAL NOT NULL, h REAL NOT NULL,
    image_id INTEGER REFERENCES images(id) ON DELETE SET NULL,
    text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX frames_page ON frames(page_id);
"""

# Version 2: the cast (characters with descriptions and reference pictures) and generation jobs.
SCHEMA_V2 = """
CREATE TABLE cast_members (
    id INTEGER PRIMARY KEY,
    created REAL NOT NULL,
    name TEXT NOT NULL,
    aliases TEXT NOT NULL DEFAULT '[]',
    description TEXT NOT NULL DEFAULT '',
    refs TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE jobs (
    id INTEGER PRIMARY KEY,
    created REAL NOT NULL,
    updated REAL NOT NULL,
    kind TEXT NOT NULL,
    state TEXT NOT NULL,
    message_id INTEGER REFERENCES messages(id) ON DELETE SET NULL,
    call_id TEXT NOT NULL DEFAULT '',
    idx INTEGER NOT NULL DEFAULT 0,
    request TEXT NOT NULL DEFAULT '{}',
    image_id INTEGER REFERENCES images(id) ON DELETE SET NULL,
    error TEXT NOT NULL DEFAULT '',
    error_kind TEXT NOT NULL DEFAULT '',
    usage TEXT,
    attempts INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX jobs_message ON jobs(message_id);
"""


# Version 3: page kinds (cover, title, story…) and templates; frames with their own look (props), a template
# slot, and parked frames (content a template has no place for, kept).
SCHEMA_V3 = """
ALTER TABLE pages ADD COLUMN kind TEXT NOT NULL DEFAULT 'story';
ALTER TABLE pages ADD COLUMN template TEXT NOT NULL DEFAULT 'picture_above';
ALTER TABLE frames ADD COLUMN props TEXT NOT NULL DEFAULT '{}';
ALTER TABLE frames ADD COLUMN parked INTEGER NOT NULL DEFAULT 0;
ALTER TABLE frames ADD COLUMN slot TEXT NOT NULL DEFAULT '';
UPDATE frames SET slot = CASE kind WHEN 'image' THEN 'picture' ELSE 'text' END;
"""


# Version 4: the gallery. Favourites, the trash (a picture stays in the file until the trash is emptied), the
# name an imported picture came with, boards (an image can be on several), tags, and a full-text index over
# what a person searches for (prompt, file name, tags), kept up to date by triggers whichever connection writes.
SCHEMA_V4 = [
    "ALTER TABLE images ADD COLUMN favourite INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE images ADD COLUMN trashed REAL",
    "ALTER TABLE images ADD COLUMN file_name TEXT NOT NULL DEFAULT ''",
    # The new columns sit after the picture blobs in each row, where reading them means walking the blob's
    # overflow pages; this index answers "which pictures are listed, in what order" without touching a row.
    "CREATE INDEX images_listing ON images(trashed, favourite, created)",
    "CREATE TABLE boards (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE, created REAL NOT NULL)",
    "CREATE TABLE board_images (board_id INTEGER NOT NULL REFERENCES boards(id) ON DELETE CASCADE,"
    " image_id INTEGER NOT NULL REFERENCES images(id) ON DELETE CASCADE, PRIMARY KEY (board_id, image_id))",
    "CREATE INDEX board_images_image ON board_images(image_id)",
    "CREATE TABLE image_tags (image_id INTEGER NOT NULL REFERENCES images(id) ON DELETE CASCADE,"
    " tag TEXT NOT NULL COLLATE NOCASE, PRIMARY KEY (image_id, tag))",
    # unicode61 splits Hangul at spaces like English; searches are prefix queries, so 래리 finds 래리가.
    "CREATE VIRTUAL TABLE image_text USING fts5(prompt, file_name, tags, tokenize = 'unicode61 remove_diacritics 2')",
    "INSERT INTO image_text(rowid, prompt, file_name, tags) SELECT id, prompt, '', '' FROM images",
    "CREATE TRIGGER image_text_add AFTER INSERT ON images BEGIN"
    " INSERT INTO image_text(rowid, prompt, file_name, tags) VALUES (new.id, new.prompt, new.file_name, ''); END",
    "CREATE TRIGGER image_text_drop AFTER DELETE ON images BEGIN DELETE FROM image_text WHERE rowid = old.id; END",
    "CREATE TRIGGER image_tags_add AFTER INSERT ON image_tags BEGIN UPDATE image_text SET tags ="
    " (SELECT group_concat(tag, ' ') FROM image_tags WHERE image_id = new.image_id) WHERE rowid = new.image_id; END",
    "CREATE TRIGGER image_tags_drop AFTER DELETE ON image_tags BEGIN UPDATE image_text SET tags ="
    " coalesce((SELECT group_concat(tag, ' ') FROM image_tags WHERE image_id = old.image_id), '')"
    " WHERE rowid = old.image_id; END",
]


# Version 5: the undo history, kept in the book so that the window and `studio undo` share it. Each step holds,
# for each row it touched, the state before and after (core/document/history.py). And pictures found by size.
SCHEMA_V5 = [
    "CREATE TABLE history (id INTEGER PRIMARY KEY, created REAL NOT NULL, name TEXT NOT NULL,"
    " merge TEXT NOT NULL DEFAULT '', undone INTEGER NOT NULL DEFAULT 0, entries TEXT NOT NULL)",
    # An import asks "is this picture in the book already?" by size first: an index, not a walk of every row.
    "CREATE INDEX IF NOT EXISTS images_size ON images(length(data))",
]


# Version 6: a book's own styles (core/assistant/own_styles.py): a name, the words added to each prompt, and the
# gallery pictures sent as references.
SCHEMA_V6 = [
    "CREATE TABLE own_styles (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, created REAL NOT NULL,"
    " name TEXT NOT NULL, passage TEXT NOT NULL, refs TEXT NOT NULL DEFAULT '[]')",
]


# Version 7: a designer's note per picture ("the client liked the apron"), searched like its prompt. Its own table
# and index, so the pictures' rows and their index are untouched.
SCHEMA_V7 = [
    "CREATE TABLE image_notes (image_id INTEGER PRIMARY KEY REFERENCES images(id) ON DELETE CASCADE,"
    " note TEXT NOT NULL)",
    "CREATE VIRTUAL TABLE note_text USING fts5(note, tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE TRIGGER image_notes_add AFTER INSERT ON image_notes BEGIN"
    " INSERT INTO note_text(rowid, note) VALUES (new.image_id, new.note); END",
    "CREATE TRIGGER image_notes_change AFTER UPDATE ON image_notes BEGIN"
    " UPDATE note_text SET note = new.note WHERE rowid = new.image_id; END",
    "CREATE TRIGGER image_notes_drop AFTER DELETE ON image_notes BEGIN"
    " DELETE FROM note_text WHERE rowid = old.image_id; END",
]


def _run(script: str) -> Callable[[sqlite3.Connection], None]:
    def upgrade(conn: sqlite3.Connection) -> None:
        for statement in script.split(";"):
            if statement.strip():
                conn.execute(statement)
    return upgrade


def _run_each(statements: list[str]) -> Callable[[sqlite3.Connection], None]:
    def upgrade(conn: sqlite3.Connection) -> None:  # triggers hold semicolons, so these come one by one
        for statement in statements:
            conn.execute(statement)
    return upgrade


# MIGRATIONS[n] upgrades a file from version n to n + 1, inside one transaction.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _run(SCHEMA_V2), 2: _run(SCHEMA_V3), 3: _run_each(SCHEMA_V4), 4: _run_each(SCHEMA_V5),
    5: _run_each(SCHEMA_V6), 6: _run_each(SCHEMA_V7)}


def can_change(path: Path) -> bool:
    """False for a book nobody can write here with no WAL left beside it: then the file alone is the whole book,
    and SQLite may read it as immutable (it cannot make its -shm file in a read-only folder, and leaves none)."""
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    return writable or path.with_name(path.name + "-wal").exists()


def has_wal(path: Path) -> bool:
    """A -wal file beside the book: a connection has it open, or one was cut short (a crash) and its last
    changes wait there to be folded in."""
    return path.with_name(path.name + "-wal").exists()


def _helpers_beside(path: Path) -> bool:
    return any(path.with_name(path.name + suffix).exists() for suffix in ("-wal", "-shm", "-journal"))


def connect_read_only(path: Path | str, alone: bool = False) -> sqlite3.Connection:
    """A read-only connection: for commands that only read, workers beside the window's own connection, and books
    on a read-only disk. Nothing is left beside the book afterwards:
    - on a read-only disk it is read as immutable (no -shm is needed, none can be made);
    - `alone` (the caller holds the book's lock, so no writer can come) with nothing beside it: the file alone is
      the whole book and is read as immutable too, so nothing is made beside it and a full disk is no obstacle;
    - when nothing is beside it (nobody has it open), it is an ordinary connection that refuses to write
      (`query_only`): SQLite removes the -wal and -shm it makes when the last connection closes, which a
      `mode=ro` connection never does;
    - otherwise (a writer has it open, or a killed app left its WAL) it is `mode=ro`, sharing the files there,
      and never folds someone else's WAL into the book."""
    path = Path(path)
    if not can_change(path) or (alone and not _helpers_beside(path)):
        uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    elif not _helpers_beside(path):
        uri = f"{path.resolve().as_uri()}?mode=rw"  # never creates the file (a missing book stays missing)
    else:
        uri = f"{path.resolve().as_uri()}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=True)
    conn.execute("PRAGMA query_only = ON")
    conn.row_factory = sqlite3.Row
    return conn


def check_file(path: Path) -> int:
    """Read-only look at an existing file: return its schema version or raise a ProjectError."""
    if path.is_dir():
        raise ProjectError(_("“{name}” is a folder, not a picture book.").format(name=path.name))
    if not path.is_file():
        raise ProjectError(_("“{name}” does not exist.").format(name=path.name))
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise ProjectError(_("“{name}” cannot be read: {reason}.").format(name=path.name,
                                                                          reason=exc.strerror or exc)) from exc
    if not header:
        # One rule everywhere: an empty file is a book that was never made (a create cut short leaves one).
        # Commands that write make the book in it; nothing that only reads can find a book there.
        raise NotAProjectError(_("“{name}” is empty: no book has been made in it yet.").format(name=path.name))
    if header != b"SQLite format 3\x00":
        raise NotAProjectError(_("“{name}” is not a Picture Book Studio project.").format(name=path.name))
    conn = connect_read_only(path, alone=True)  # the header only: two numbers no reader can see half-written
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        if not_a_database(exc):
            raise NotAProjectError(_("“{name}” is not a Picture Book Studio project ({error}).").format(
                name=path.name, error=exc)) from exc
        if errors.is_damage(exc):  # e.g. a truncated copy: its schema names pages that are gone
            raise errors.DamagedBookError(errors.check_hint(path)) from exc
        raise ProjectError(_("“{name}” could not be read: {reason}.").format(name=path.name,
                                                                              reason=errors.reason(exc))) from exc
    finally:
        conn.close()
    if app_id != APPLICATION_ID:
        raise NotAProjectError(_("“{name}” is not a Picture Book Studio project.").format(name=path.name))
    if version > SCHEMA_VERSION:
        raise NewerVersionError(_(
            "“{name}” was made by a newer version of Picture Book Studio (file format {version}; this version reads "
            "up to {supported}). Please update the app to open it. The file has not been changed."
        ).format(name=path.name, version=version, supported=SCHEMA_VERSION))
    return version


def initialise(conn: sqlite3.Connection, version: int = SCHEMA_VERSION) -> None:
    """A new file: the first schema, then every migration, so new files and upgraded files are alike."""
    with conn:
        conn.executescript(SCHEMA_V1)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("PRAGMA user_version = 1")
    migrate(conn, 1, version)


def migrate(conn: sqlite3.Connection, from_version: int, to_version: int = SCHEMA_VERSION) -> None:
    for version in range(from_version, to_version):
        with transaction(conn):
            MIGRATIONS[version](conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """All or nothing. Connections run in autocommit mode, so `with conn:` alone would not group statements."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
