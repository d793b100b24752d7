"""A damaged book, checked and salvaged: what SQLite can still read is copied, row by row, into a new book.

SQLite notices damage to its own pages (`PRAGMA integrity_check`); a picture whose bytes were changed inside an
intact page is only noticed by decoding it, so the check decodes every picture too. Salvage never writes to the
damaged file: it is opened read-only (immutable unless a WAL lies beside it) and the copy is a new file.

A truncated book (an interrupted copy, a pulled USB stick) is the commonest damage. Its schema names tables
whose pages are gone, and SQLite refuses the whole schema for that; `writable_schema` makes it read the schema
as it is, and each row is then read where its pages still are.
"""

from __future__ import annotations

import io
import sqlite3
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from PIL import Image, UnidentifiedImageError

from studio.core import atomic
from studio.core.document import schema
from studio.core.document.errors import reason
from studio.core.document.schema import ProjectError
from studio.core.i18n import N_, _

# Parents before children, so a copied row finds what it refers to. The search index (image_text) is not copied:
# the triggers on images and image_tags fill it again as those rows arrive.
TABLES = ("meta", "messages", "images", "pages", "frames", "cast_members", "jobs", "boards", "board_images",
          "image_tags", "image_notes")
# What each table holds, as the salvage report names it to a person.
TABLE_NAMES = {
    # Translators: the parts of a book's file, as a salvage report lists them ("messages: 12 kept")
    "meta": N_("meta"), "messages": N_("messages"), "images": N_("images"), "pages": N_("pages"),
    "frames": N_("frames"), "cast_members": N_("cast_members"), "jobs": N_("jobs"), "boards": N_("boards"),
    "board_images": N_("board_images"), "image_tags": N_("image_tags"), "image_notes": N_("image_notes"),
}
GIVE_UP_AFTER = 10_000  # ids tried past the last readable row when even the highest id cannot be read

Say = Callable[[str], None]


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    pictures: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class TableCopy:
    copied: int = 0
    lost: int = 0  # ids that could not be read among those known to exist
    tail_lost: bool = False  # the end of the table could not be read, so how much is gone is unknown

    unreadable: bool = False  # the table itself could not be found in what is left of the file

    def describe(self, table: str) -> str:
        name = _(TABLE_NAMES[table]) if table in TABLE_NAMES else table
        if self.unreadable:
            return _("{table}: could not be read at all").format(table=name)
        if self.lost and self.tail_lost:
            line = _("{table}: {kept} kept, {lost} could not be read, and whatever came after the last one kept could "
                     "not be read")
        elif self.lost:
            line = _("{table}: {kept} kept, {lost} could not be read")
        elif self.tail_lost:
            line = _("{table}: {kept} kept, and whatever came after the last one kept could not be read")
        else:
            line = _("{table}: {kept} kept")
        return line.format(table=name, kept=self.copied, lost=self.lost)


@dataclass
class SalvageReport:
    tables: dict[str, TableCopy] = field(default_factory=dict)

    def lines(self) -> list[str]:
        """Every table: what was kept and what was lost."""
        return [copy.describe(table) for table, copy in self.tables.items()]

    @property
    def kept(self) -> int:
        """Rows of the book itself that were saved (the book's settings in `meta` alone are not a book)."""
        return sum(copy.copied for table, copy in self.tables.items() if table != "meta")

    @property
    def complete(self) -> bool:
        return not any(copy.lost or copy.tail_lost or copy.unreadable for copy in self.tables.values())


class NothingSaved(ProjectError):
    """Not one row of the book could be read: no copy is written."""


def _read_only(path: Path) -> sqlite3.Connection:
    """The damaged book, opened so that nothing is ever written to it or left beside it."""
    try:
        schema.check_file(path)  # a file that is not a book at all is refused before anything else
    except (schema.NotAProjectError, schema.NewerVersionError):
        raise
    except ProjectError as exc:
        if not isinstance(exc.__cause__, sqlite3.DatabaseError):
            raise  # missing, a folder, unreadable
        _check_header(path)  # SQLite could not read its schema: the file's own header still says what it is
    wal = path.with_name(path.name + "-wal")
    if wal.exists():  # a killed app's last edits are in its WAL: read them with the book, never fold them in
        uri = f"{path.resolve().as_uri()}?mode=ro"
    else:  # immutable: no lock, no -shm, no -wal made beside the damaged file
        uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA query_only = ON")
    # A schema that names pages past the end of a truncated file is refused as a whole; this reads it as it is.
    conn.execute("PRAGMA writable_schema = ON")
    return conn


def _check_header(path: Path) -> None:
    """Refuse a file whose own 100-byte header says it is not a book, or a book from a newer version."""
    with path.open("rb") as fh:
        header = fh.read(100)
    if len(header) < 100:
        raise NothingSaved(_("Nothing could be saved from “{name}”: the file is cut off before its first page.").format(
            name=path.name))
    user_version, application_id = struct.unpack(">I", header[60:64])[0], struct.unpack(">I", header[68:72])[0]
    if application_id != schema.APPLICATION_ID:
        raise schema.NotAProjectError(_("“{name}” is not a Picture Book Studio project.").format(name=path.name))
    if user_version > schema.SCHEMA_VERSION:
        raise schema.NewerVersionError(_("“{name}” was made by a newer version of Picture Book Studio. Please update "
                                         "the app to check it. The file has not been changed.").format(name=path.name))


def check(path: Path, say: Say = lambda line: None) -> CheckReport:
    """Every page SQLite keeps, then every picture decoded."""
    report = CheckReport()
    conn = _read_only(path)
    try:
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
        except sqlite3.DatabaseError as exc:
            rows = [str(exc)]
        if rows != ["ok"]:
            report.problems += [_("the file: {problem}").format(problem=row) for row in rows]
        say(_("pages of the file checked; decoding the pictures"))
        for image_id in _picture_ids(conn):
            report.pictures += 1
            try:
                row = conn.execute("SELECT data, thumb FROM images WHERE id = ?", (image_id,)).fetchone()
                if row is None:
                    report.problems.append(_("picture #{id}: cannot be read from the file (its row is gone)").format(
                        id=image_id))
                    continue
                for blob in (bytes(row[0]), bytes(row[1])):  # the picture, then its thumbnail
                    with Image.open(io.BytesIO(blob)) as picture:
                        picture.verify()  # every chunk's checksum: a tail cut off (read back as zeros) is found
                    with Image.open(io.BytesIO(blob)) as picture:
                        picture.load()
            except sqlite3.DatabaseError as exc:
                report.problems.append(_("picture #{id}: cannot be read from the file ({error})").format(
                    id=image_id, error=exc))
            except Exception as exc:  # Pillow raises many kinds for damaged data
                report.problems.append(_("picture #{id}: {problem}").format(id=image_id, problem=_damage(exc)))
    finally:
        conn.close()
    return report


def _damage(exc: Exception) -> str:
    """Why a stored picture cannot be decoded, in plain words (Pillow's own messages name Python objects)."""
    if isinstance(exc, UnidentifiedImageError):
        return _("damaged (its bytes are no longer a picture)")
    if isinstance(exc, Image.DecompressionBombError):
        return _("far too many pixels to open safely")
    return _("damaged (the picture is broken or cut short)")


def salvage(path: Path, out: Path, say: Say = lambda line: None) -> SalvageReport:
    """Copy every row that can be read from `path` into a new book at `out`. Raises NothingSaved (and writes
    nothing) when not one row of the book could be read."""
    if out.exists():
        raise ProjectError(_("“{name}” already exists: salvage writes a new file.").format(name=out.name))
    if out.resolve() == path.resolve():
        raise ProjectError(_("Salvage writes a new book next to the damaged one, never over it."))
    source = _read_only(path)
    part = atomic.temp_beside(out)
    report = SalvageReport()
    try:
        dest = sqlite3.connect(part, isolation_level=None)
        try:
            schema.initialise(dest)
            dest.execute("PRAGMA foreign_keys = OFF")  # rows come in table by table; orphans are fixed after
            with schema.transaction(dest):
                dest.execute("DELETE FROM meta")  # the damaged book's own settings replace the fresh ones
                for table in TABLES:
                    report.tables[table] = copy = _copy_table(source, dest, table)
                    say(copy.describe(table))
                _drop_orphans(dest)
        finally:
            dest.close()
        if report.kept == 0:
            part.unlink(missing_ok=True)
            raise NothingSaved(_("Nothing could be saved from “{name}”: not one chat message, picture, page or "
                                 "character could be read, so no copy was written. The file has not been "
                                 "changed.").format(name=path.name))
        atomic.move_into_place(part, out)
    except (OSError, sqlite3.Error) as exc:
        part.unlink(missing_ok=True)
        raise ProjectError(_("Could not write “{name}”: {reason}.").format(name=out.name, reason=reason(exc))) from exc
    finally:
        source.close()
    return report


def _picture_ids(conn: sqlite3.Connection) -> list[int]:
    """Every picture's id: from the table, or where its pages are damaged (a truncated file) from an index."""
    try:
        found = [r[0] for r in conn.execute("SELECT rowid FROM images ORDER BY rowid")]
    except sqlite3.DatabaseError:
        found = []
    # A scan of a cut table can end early without an error: the index still lists the rows that are gone.
    return sorted(set(found) | set(_indexed_ids(conn, "images") or []))


def _highest(conn: sqlite3.Connection, table: str) -> int | None:
    try:
        return conn.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0] or 0
    except sqlite3.DatabaseError:
        return None


def _copy_table(source: sqlite3.Connection, dest: sqlite3.Connection, table: str) -> TableCopy:
    try:
        columns = [r[1] for r in source.execute(f"PRAGMA table_info({table})")]
        known = source.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone()
    except sqlite3.DatabaseError:
        return TableCopy(unreadable=True)
    if not columns:
        # An older book without this table, or a file whose list of tables is itself damaged.
        return TableCopy(unreadable=known is not None or not _schema_readable(source))
    wanted = {r[1] for r in dest.execute(f"PRAGMA table_info({table})")}
    columns = [c for c in columns if c in wanted]
    names = ", ".join(["rowid", *columns])
    insert = f"INSERT OR REPLACE INTO {table}(rowid, {', '.join(columns)}) VALUES ({', '.join('?' * (len(columns) + 1))})"
    try:
        rows = source.execute(f"SELECT {names} FROM {table}").fetchall()
        dest.executemany(insert, [tuple(r) for r in rows])
        return TableCopy(copied=len(rows))
    except sqlite3.DatabaseError:
        pass
    # One row at a time: a lookup by id only walks the pages on its own path, so it gets past a damaged leaf.
    known = _indexed_ids(source, table)
    if known is not None:  # an index still lists every row the table had, so what is lost is known exactly
        result = TableCopy()
        for rowid in known:
            try:
                row = source.execute(f"SELECT {names} FROM {table} WHERE rowid = ?", (rowid,)).fetchone()
            except sqlite3.DatabaseError:
                row = None
            if row is None:
                result.lost += 1
            else:
                dest.execute(insert, tuple(row))
                result.copied += 1
        return result
    highest = _highest(source, table)
    result, failed, last_good, rowid = TableCopy(), 0, 0, 0
    while True:
        rowid += 1
        if highest is not None and rowid > highest:
            break
        if highest is None and rowid - last_good > GIVE_UP_AFTER:
            result.tail_lost = failed > 0
            break
        try:
            row = source.execute(f"SELECT {names} FROM {table} WHERE rowid = ?", (rowid,)).fetchone()
        except sqlite3.DatabaseError:
            failed += 1
            continue
        if row is not None:
            dest.execute(insert, tuple(row))
            result.copied += 1
            result.lost += failed  # the failures before this row were rows (ids are handed out in order)
            failed, last_good = 0, rowid
    if highest is not None:
        result.lost += failed
    return result


def _indexed_ids(source: sqlite3.Connection, table: str) -> list[int] | None:
    """Every rowid of `table` as one of its indexes lists them (an index entry ends with its row's id), or None
    when no index on it can be read whole. Indexes are small and often sit apart from the rows they list."""
    try:
        indexes = [r[1] for r in source.execute(f"PRAGMA index_list({table})")]
    except sqlite3.DatabaseError:
        return None
    for index in indexes:
        try:
            return [r[0] for r in source.execute(f"SELECT rowid FROM {table} INDEXED BY {index} ORDER BY rowid")]
        except sqlite3.DatabaseError:
            continue
    return None


def _schema_readable(source: sqlite3.Connection) -> bool:
    try:
        return source.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone() is not None
    except sqlite3.DatabaseError:
        return False


def _drop_orphans(dest: sqlite3.Connection) -> None:
    """What refers to a lost row: a frame keeps its place without the picture, the rest lets go."""
    dest.execute("UPDATE frames SET image_id = NULL WHERE image_id IS NOT NULL"
                 " AND image_id NOT IN (SELECT id FROM images)")
    dest.execute("DELETE FROM frames WHERE page_id NOT IN (SELECT id FROM pages)")
    dest.execute("UPDATE images SET message_id = NULL WHERE message_id IS NOT NULL"
                 " AND message_id NOT IN (SELECT id FROM messages)")
    dest.execute("UPDATE jobs SET message_id = NULL WHERE message_id IS NOT NULL"
                 " AND message_id NOT IN (SELECT id FROM messages)")
    dest.execute("DELETE FROM board_images WHERE board_id NOT IN (SELECT id FROM boards)"
                 " OR image_id NOT IN (SELECT id FROM images)")
    dest.execute("DELETE FROM image_tags WHERE image_id NOT IN (SELECT id FROM images)")
