"""SQLite faults are told apart by SQLite's result code, not by its words: every error here is a real one, made by
SQLite against a real file (a full page limit, a read-only connection, a file moved away, a damaged file, a second
writer, a missing folder, a file-size limit in a second process)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from studio.core.document import errors
from studio.core.document.schema import NotAProjectError, ProjectError, check_file
from studio.core.document.sqlite_codes import Fault, fault, primary_code

ROOT = Path(__file__).resolve().parents[3]


def raised(action) -> sqlite3.Error:
    with pytest.raises(sqlite3.Error) as caught:
        action()
    return caught.value


def table(path: Path, rows: int = 0) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE t(x)")
    conn.executemany("INSERT INTO t VALUES (?)", [(os.urandom(500),) for _ in range(rows)])
    return conn


def test_a_full_file_is_a_full_disk(tmp_path):
    conn = table(tmp_path / "full.db")
    conn.execute("PRAGMA max_page_count = 3")  # SQLite answers SQLITE_FULL exactly as on a full disk
    exc = raised(lambda: conn.execute("INSERT INTO t VALUES (zeroblob(100000))"))
    conn.close()
    assert exc.sqlite_errorcode == sqlite3.SQLITE_FULL and fault(exc) is Fault.FULL
    assert errors.reason(exc) == "the disk is full (free some space and try again)"


def test_a_read_only_connection_and_a_moved_file_are_read_only(tmp_path):
    table(tmp_path / "ro.db").close()
    conn = sqlite3.connect(f"{(tmp_path / 'ro.db').as_uri()}?mode=ro", uri=True)
    exc = raised(lambda: conn.execute("INSERT INTO t VALUES (1)"))
    conn.close()
    assert exc.sqlite_errorcode == sqlite3.SQLITE_READONLY
    assert errors.reason(exc) == "the file or its folder is read-only"

    moved = table(tmp_path / "moved.db")
    os.rename(tmp_path / "moved.db", tmp_path / "elsewhere.db")
    exc = raised(lambda: moved.execute("INSERT INTO t VALUES (1)"))
    moved.close()
    assert exc.sqlite_errorcode != sqlite3.SQLITE_READONLY  # an extended code: SQLITE_READONLY_DBMOVED
    assert primary_code(exc) == sqlite3.SQLITE_READONLY and fault(exc) is Fault.READ_ONLY
    assert errors.reason(exc) == "the file or its folder is read-only"


def test_a_damaged_file_is_damage_and_a_file_of_noise_is_not_a_database(tmp_path):
    damaged = tmp_path / "damaged.db"
    table(damaged, rows=200).close()
    data = bytearray(damaged.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page:3 * page] = bytes(range(256)) * (2 * page // 256)  # the table's root and first pages: garbage
    damaged.write_bytes(data)
    conn = sqlite3.connect(damaged)
    exc = raised(lambda: conn.execute("SELECT count(*), sum(length(x)) FROM t").fetchall())
    conn.close()
    assert primary_code(exc) == sqlite3.SQLITE_CORRUPT and errors.is_damage(exc)
    assert errors.reason(exc).startswith("the file is damaged (")

    noise = tmp_path / "noise.db"
    noise.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 16)  # the right header over nothing sensible
    conn = sqlite3.connect(noise)
    exc = raised(lambda: conn.execute("SELECT * FROM sqlite_master").fetchall())
    conn.close()
    assert exc.sqlite_errorcode == sqlite3.SQLITE_NOTADB and errors.is_damage(exc)
    with pytest.raises(NotAProjectError):
        check_file(noise)


def test_a_second_writer_and_a_locked_table_are_busy(tmp_path):
    holder = table(tmp_path / "busy.db")
    holder.execute("BEGIN IMMEDIATE")
    second = sqlite3.connect(tmp_path / "busy.db", timeout=0, isolation_level=None)
    exc = raised(lambda: second.execute("INSERT INTO t VALUES (1)"))
    holder.execute("ROLLBACK")
    holder.close()
    second.close()
    assert exc.sqlite_errorcode == sqlite3.SQLITE_BUSY
    assert errors.reason(exc) == "another program is writing to it"

    conn = table(tmp_path / "locked.db", rows=3)
    reading = conn.execute("SELECT * FROM t")
    reading.fetchone()  # a statement still stepping holds the table
    exc = raised(lambda: conn.execute("DROP TABLE t"))
    reading.close()
    conn.close()
    assert exc.sqlite_errorcode == sqlite3.SQLITE_LOCKED
    assert errors.reason(exc) == "another program is writing to it"


def test_a_missing_folder_cannot_be_opened(tmp_path):
    exc = raised(lambda: sqlite3.connect(tmp_path / "no such folder" / "book.storybook"))
    assert exc.sqlite_errorcode == sqlite3.SQLITE_CANTOPEN
    assert errors.reason(exc).startswith("the file could not be opened: its folder may be missing")


def test_a_write_past_a_file_size_limit_is_a_disk_error(tmp_path):
    """RLIMIT_FSIZE in a second process: the write fails with EFBIG, which SQLite reports as SQLITE_IOERR_WRITE."""
    pytest.importorskip("resource")
    script = (
        "import os, resource, sqlite3, sys\n"
        "from studio.core.document import errors\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, 200_000))\n"
        "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "conn.execute('CREATE TABLE t(x)')\n"
        "try:\n"
        "    for _ in range(10):\n"
        "        conn.execute('INSERT INTO t VALUES (?)', (os.urandom(100_000),))\n"
        "except sqlite3.Error as exc:\n"
        "    print(exc.sqlite_errorcode & 0xFF, errors.reason(exc), sep='|')\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "big.db")], capture_output=True, text=True,
                          cwd=ROOT, timeout=60)
    code, said = done.stdout.strip().split("|")
    assert int(code) == sqlite3.SQLITE_IOERR, done.stderr
    assert said.startswith("the disk could not be written: it may be full or unplugged")


def test_the_code_decides_not_the_words(tmp_path):
    """A constraint whose message reads like damage is not damage: only a code-less error is judged by its words."""
    conn = table(tmp_path / "t.db")
    conn.execute("CREATE TRIGGER t_says BEFORE INSERT ON t BEGIN SELECT RAISE(ABORT, 'database disk image is malformed'); END")
    exc = raised(lambda: conn.execute("INSERT INTO t VALUES (1)"))
    conn.close()
    assert primary_code(exc) == sqlite3.SQLITE_CONSTRAINT
    assert not errors.is_damage(exc) and errors.reason(exc) == "database disk image is malformed"


def test_an_error_without_a_code_is_read_by_its_words():
    assert primary_code(ProjectError("x")) is None
    assert errors.reason(sqlite3.OperationalError("database or disk is full")).startswith("the disk is full")
    assert errors.is_damage(sqlite3.DatabaseError("file is not a database"))
    assert errors.reason(ProjectError("the file or its folder is read-only")) == "the file or its folder is read-only"


def test_a_damaged_book_and_what_salvage_kept_are_told_in_korean(tmp_path):
    from studio.core import i18n
    from studio.core.app import edits
    from studio.core.app.project import Project
    from studio.core.document.errors import DamagedBookError
    from studio.core.document.salvage import salvage

    book = tmp_path / "래리.storybook"
    project = Project.create(book)
    edits.add_blank_pages(project, 30)
    for n in range(30):
        project.add_message("user", f"line {n} " * 200)
    project.close()
    book.write_bytes(book.read_bytes()[:len(book.read_bytes()) // 2])  # a copy cut short
    i18n.set_language("ko")
    with pytest.raises(DamagedBookError) as caught:
        Project.open(book)
    assert str(caught.value).startswith("“래리.storybook” 파일이 손상되었어요. studio check ")
    assert "--salvage COPY.storybook" in str(caught.value)  # the command stays as it is typed
    lines = salvage(book, tmp_path / "saved.storybook").lines()
    assert "페이지: 35개 복구" in lines and any(line.startswith("대화 메시지: ") for line in lines), lines
    i18n.set_language("en")
    with pytest.raises(DamagedBookError, match="is damaged. studio check"):
        Project.open(book)
