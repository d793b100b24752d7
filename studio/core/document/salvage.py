"""A damaged book, checked and salvaged: what SQLite can still read is copied, row by row, into a new book.

SQLite notices damage to its own pages (`PRAGMA integrity_check`); a picture whose bytes were changed inside an
intact page is only noticed by decoding it, so the check decodes every picture too. Salvage never writes to the
damaged file: it is opened read-only and the copy is a new file.
"""

from __future__ import annotations

import io
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from PIL import Image

from studio.core import atomic
from studio.core.document import schema
from studio.core.document.errors import reason
from studio.core.document.schema import ProjectError

# Parents before children, so a copied row finds what it refers to. The search index (image_text) is not copied:
# the triggers on images and image_tags fill it again as those rows arrive.
TABLES = ("meta", "messages", "images", "pages", "frames", "cast_members", "jobs", "boards", "board_images",
          "image_tags")
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

    def describe(self, table: str) -> str:
        line = f"{table}: {self.copied} kept"
        if self.lost:
            line += f", {self.lost} could not be read"
        if self.tail_lost:
            line += ", and whatever came after the last one kept could not be read"
        return line


@dataclass
class SalvageReport:
    tables: dict[str, TableCopy] = field(default_factory=dict)

    def lines(self) -> list[str]:
        """The tables that lost something."""
        return [copy.describe(table) for table, copy in self.tables.items() if copy.lost or copy.tail_lost]


def _read_only(path: Path) -> sqlite3.Connection:
    schema.check_file(path)  # a file that is not a book at all is refused before anything else
    return schema.connect_read_only(path)


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
            report.problems += [f"the file: {row}" for row in rows]
        say("pages of the file checked; decoding the pictures")
        for image_id in _ids(conn, "images"):
            report.pictures += 1
            try:
                row = conn.execute("SELECT data FROM images WHERE id = ?", (image_id,)).fetchone()
                with Image.open(io.BytesIO(bytes(row[0]))) as picture:
                    picture.load()
            except sqlite3.DatabaseError as exc:
                report.problems.append(f"picture #{image_id}: cannot be read from the file ({exc})")
            except Exception as exc:  # Pillow raises many kinds for damaged data
                report.problems.append(f"picture #{image_id}: damaged ({exc})")
    finally:
        conn.close()
    return report


def salvage(path: Path, out: Path, say: Say = lambda line: None) -> SalvageReport:
    """Copy every row that can be read from `path` into a new book at `out`."""
    if out.exists():
        raise ProjectError(f"“{out.name}” already exists: salvage writes a new file.")
    if out.resolve() == path.resolve():
        raise ProjectError("Salvage writes a new book next to the damaged one, never over it.")
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
        atomic.move_into_place(part, out)
    except (OSError, sqlite3.Error) as exc:
        part.unlink(missing_ok=True)
        raise ProjectError(f"Could not write “{out.name}”: {reason(exc)}.") from exc
    finally:
        source.close()
    return report


def _ids(conn: sqlite3.Connection, table: str) -> list[int]:
    try:
        return [r[0] for r in conn.execute(f"SELECT rowid FROM {table} ORDER BY rowid")]
    except sqlite3.DatabaseError:
        return []


def _highest(conn: sqlite3.Connection, table: str) -> int | None:
    try:
        return conn.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0] or 0
    except sqlite3.DatabaseError:
        return None


def _copy_table(source: sqlite3.Connection, dest: sqlite3.Connection, table: str) -> TableCopy:
    try:
        columns = [r[1] for r in source.execute(f"PRAGMA table_info({table})")]
    except sqlite3.DatabaseError:
        return TableCopy(tail_lost=True)
    if not columns:
        return TableCopy()  # an older book without this table
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
