"""Finding pictures: words over the full-text indexes (prompt, file name, tags; the designer's notes) and cast
names, with filters.
Pure SQL over the document, so it stays fast however many pictures there are."""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass

from studio.core.gallery.notes import has_notes

SOURCES = ("generated", "edited", "imported")
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Filter:
    text: str = ""
    board: int | None = None
    favourites: bool = False
    model: str = ""
    style: str = ""
    source: str = ""  # one of SOURCES, or "" for all
    since: float | None = None  # created at or after (seconds since the epoch)
    until: float | None = None  # created before
    trash: bool = False  # the trash instead of the gallery
    newest_first: bool = True


def words(text: str) -> list[str]:
    """The words a search looks for, as the index splits them."""
    return _WORD.findall(text.casefold())


def _cast_matches(db: sqlite3.Connection, word: str) -> list[int]:
    """Reference pictures of the characters one of whose names starts with `word`."""
    ids: list[int] = []
    for name, aliases, refs in db.execute("SELECT name, aliases, refs FROM cast_members"):
        names = [name, *json.loads(aliases or "[]")]
        if any(w.startswith(word) for n in names for w in words(n)):
            ids += [int(i) for i in json.loads(refs or "[]")]
    return ids


def find(db: sqlite3.Connection, f: Filter) -> list[int]:
    """The ids of the pictures that match, newest first unless asked otherwise."""
    where = ["i.trashed IS NOT NULL" if f.trash else "i.trashed IS NULL"]
    params: list[object] = []
    noted = bool(f.text.strip()) and has_notes(db)
    for word in words(f.text):
        # Each word must match: as the start of a word in the index (so 래리 finds 래리가, hedge finds
        # hedgehog), or as a character's name, which finds that character's reference pictures.
        clause = "i.id IN (SELECT rowid FROM image_text WHERE image_text MATCH ?)"
        params.append(f'"{word}"*')
        if noted:
            clause = f"({clause} OR i.id IN (SELECT rowid FROM note_text WHERE note_text MATCH ?))"
            params.append(f'"{word}"*')
        cast_ids = _cast_matches(db, word)
        if cast_ids:
            clause = f"({clause} OR i.id IN ({','.join('?' * len(cast_ids))}))"
            params += cast_ids
        where.append(clause)
    if f.board is not None:
        where.append("i.id IN (SELECT image_id FROM board_images WHERE board_id = ?)")
        params.append(f.board)
    if f.favourites:
        where.append("i.favourite = 1")
    if f.model:
        where.append("i.model = ?")
        params.append(f.model)
    if f.style:
        where.append("json_extract(i.settings, '$.style') = ?")
        params.append(f.style)
    if f.source:
        where.append("i.source = ?")
        params.append(f.source)
    if f.since is not None:
        where.append("i.created >= ?")
        params.append(f.since)
    if f.until is not None:
        where.append("i.created < ?")
        params.append(f.until)
    order = "DESC" if f.newest_first else "ASC"
    sql = f"SELECT i.id FROM images i WHERE {' AND '.join(where)} ORDER BY i.created {order}, i.id {order}"
    return [row[0] for row in db.execute(sql, params)]


@dataclass(frozen=True)
class Facets:
    """The values the filters offer: only what the book's pictures actually have."""
    models: tuple[str, ...]
    styles: tuple[str, ...]


def facets(db: sqlite3.Connection) -> Facets:
    models = [r[0] for r in db.execute(
        "SELECT DISTINCT model FROM images WHERE trashed IS NULL AND model != '' ORDER BY model")]
    styles = [r[0] for r in db.execute(
        "SELECT DISTINCT json_extract(settings, '$.style') AS s FROM images WHERE trashed IS NULL AND s IS NOT NULL"
        " AND s != '' ORDER BY s")]
    return Facets(tuple(models), tuple(str(s) for s in styles))
