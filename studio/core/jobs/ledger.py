"""The spending ledger: one row per paid picture or chat reply, for every book on this computer.

A small SQLite file in the per-machine data dir (settings.ledger_path). Each write is one transaction, so a crash
loses at most the row in flight; several windows and `studio` commands can write at once (SQLite's own locking).
A connection is opened per call: rows are written from the network thread as pictures arrive and read from the
window's, and the file is tiny.
"""

from __future__ import annotations

import csv
import io
import logging
import sqlite3
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from studio.core import atomic

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS spending (
    id INTEGER PRIMARY KEY,
    at REAL NOT NULL,
    day TEXT NOT NULL,          -- the local date, as a person counts "today"
    book TEXT NOT NULL DEFAULT '',
    what TEXT NOT NULL,         -- picture | chat
    model TEXT NOT NULL DEFAULT '',
    size TEXT NOT NULL DEFAULT '',
    quality TEXT NOT NULL DEFAULT '',
    cost REAL NOT NULL,
    currency TEXT NOT NULL DEFAULT 'USD'
);
CREATE INDEX IF NOT EXISTS spending_day ON spending(day);
CREATE INDEX IF NOT EXISTS spending_book ON spending(book);
"""
COLUMNS = ("day", "time", "book", "what", "model", "size", "quality", "cost", "currency")


@dataclass(frozen=True)
class Entry:
    what: str
    cost: float
    book: str = ""
    model: str = ""
    size: str = ""
    quality: str = ""
    currency: str = "USD"
    at: float = 0.0  # 0: now


@dataclass(frozen=True)
class Total:
    key: str  # a day (2026-11-26) or a book's path
    count: int
    cost: float


class Ledger:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=10)
        db.executescript(SCHEMA)
        return db

    def record(self, entry: Entry) -> bool:
        """Write one row; False (and a log line) when the file will not take it: a picture already paid for is
        never lost over the ledger."""
        at = entry.at or time.time()
        try:
            db = self._connect()
            try:
                with db:
                    db.execute("INSERT INTO spending(at, day, book, what, model, size, quality, cost, currency)"
                               " VALUES (?,?,?,?,?,?,?,?,?)",
                               (at, datetime.fromtimestamp(at).date().isoformat(), entry.book, entry.what,
                                entry.model, entry.size, entry.quality, float(entry.cost), entry.currency))
            finally:
                db.close()
        except (OSError, sqlite3.Error) as exc:
            log.warning("spending ledger %s not written: %s", self.path, exc)
            return False
        return True

    def _query(self, sql: str, params: tuple = ()) -> list[tuple]:
        if not self.path.exists():
            return []
        try:
            db = self._connect()
            try:
                return db.execute(sql, params).fetchall()
            finally:
                db.close()
        except (OSError, sqlite3.Error) as exc:
            log.warning("spending ledger %s not readable: %s", self.path, exc)
            return []

    def spent_on(self, day: date | None = None) -> float:
        day = day or date.today()
        rows = self._query("SELECT coalesce(sum(cost), 0) FROM spending WHERE day = ?", (day.isoformat(),))
        return float(rows[0][0]) if rows else 0.0

    def spent_on_book(self, book: str) -> float:
        rows = self._query("SELECT coalesce(sum(cost), 0) FROM spending WHERE book = ?", (book,))
        return float(rows[0][0]) if rows else 0.0

    def by_day(self, book: str | None = None) -> list[Total]:
        """Newest day first."""
        where, params = ("WHERE book = ?", (book,)) if book else ("", ())
        return [Total(d, n, float(c)) for d, n, c in self._query(
            f"SELECT day, count(*), sum(cost) FROM spending {where} GROUP BY day ORDER BY day DESC", params)]

    def by_book(self) -> list[Total]:
        """Costliest book first."""
        return [Total(b, n, float(c)) for b, n, c in self._query(
            "SELECT book, count(*), sum(cost) FROM spending GROUP BY book ORDER BY sum(cost) DESC, book")]

    def rows(self, book: str | None = None) -> list[dict[str, object]]:
        where, params = ("WHERE book = ?", (book,)) if book else ("", ())
        found = self._query("SELECT at, day, book, what, model, size, quality, cost, currency FROM spending "
                            f"{where} ORDER BY at, id", params)
        return [{"day": day, "time": datetime.fromtimestamp(at).strftime("%H:%M:%S"), "book": b, "what": what,
                 "model": model, "size": size, "quality": quality, "cost": cost, "currency": currency}
                for at, day, b, what, model, size, quality, cost, currency in found]

    def csv_text(self, book: str | None = None) -> str:
        out = io.StringIO()
        writer = csv.DictWriter(out, COLUMNS, lineterminator="\n")
        writer.writeheader()
        for row in self.rows(book):
            writer.writerow({**row, "cost": f"{row['cost']:.4f}"})
        return out.getvalue()

    def export_csv(self, out: Path, book: str | None = None) -> int:
        """Every row (or one book's) as CSV, written whole or not at all; returns how many rows."""
        text = self.csv_text(book)
        atomic.write_bytes(Path(out), text.encode("utf-8"))
        return text.count("\n") - 1
