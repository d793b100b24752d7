"""A designer's note per picture ("the client liked the apron; try it in green"): kept with the picture in the book,
searchable like its prompt, and every change one step in the book's undo history."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from studio.core.document.changes import ChangeSet
from studio.core.i18n import _

if TYPE_CHECKING:
    from studio.core.app.project import Project

KIND = "note"  # the history's name for a picture's note
MAX_LENGTH = 20_000  # a note is a comment, not a document: longer text is cut here rather than bloat the book


def has_notes(db: sqlite3.Connection) -> bool:
    """False for a book from before notes (format 5 and older) opened read-only, as it is: it has no notes."""
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'image_notes'").fetchone() \
        is not None


def clean(text: str) -> str:
    """The note as kept: trailing space off each line and the ends, at most MAX_LENGTH characters."""
    return "\n".join(line.rstrip() for line in text.strip().splitlines())[:MAX_LENGTH]


def note_of(db: sqlite3.Connection, image_id: int) -> str:
    if not has_notes(db):
        return ""
    row = db.execute("SELECT note FROM image_notes WHERE image_id = ?", (image_id,)).fetchone()
    return row[0] if row else ""


def set_note(project: Project, image_id: int, text: str) -> bool:
    """Keep `text` as the picture's note ("" removes it): one step named "Change Note"; typing more into the same
    note straight after joins that step. Returns False when nothing changed (no step is written)."""
    note = clean(text)
    project.image(image_id)  # KeyError for a picture the book does not have
    if note == note_of(project.db, image_id):
        return False
    history = project.history
    with history.step(_("Change Note"), merge=f"note:{image_id}"):
        history.touch(KIND, image_id)
        _write(project.db, image_id, note)
    project.changes.emit(ChangeSet(pictures=frozenset({image_id})))
    return True


def _write(db: sqlite3.Connection, image_id: int, note: str) -> None:
    if note:
        db.execute("INSERT INTO image_notes(image_id, note) VALUES (?, ?) ON CONFLICT(image_id) DO UPDATE"
                   " SET note = excluded.note", (image_id, note))
    else:
        db.execute("DELETE FROM image_notes WHERE image_id = ?", (image_id,))


class NoteRows:
    """The history's view of notes: a note's state is its text, None when the picture has none."""
    container = False

    def __init__(self, project: Project) -> None:
        self._db = lambda: project.db

    def read(self, key: int) -> str | None:
        return note_of(self._db(), key) or None

    def write(self, key: int, state: str | None) -> None:
        db = self._db()
        if db.execute("SELECT 1 FROM images WHERE id = ?", (key,)).fetchone() is None:
            return  # the picture was emptied from the trash: its note went with it
        _write(db, key, state or "")

    def changes(self, key: int, before: object, after: object) -> ChangeSet:
        return ChangeSet(pictures=frozenset({key}))
