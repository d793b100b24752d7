"""A book's own styles: a name, a prompt passage and reference pictures from its gallery, used like the built-in
presets (styles.py). Each is a row in the book; adding, changing or removing one is a named undo step. The library
across books and the style file are in style_files.py."""

from __future__ import annotations

import json
import re
import sqlite3
import time
import unicodedata
from typing import TYPE_CHECKING, Iterable

from studio.core.assistant import styles
from studio.core.assistant.styles import Style
from studio.core.document.changes import ChangeSet
from studio.core.i18n import _

if TYPE_CHECKING:
    from studio.core.app.project import Project

MAX_REFERENCES = 8  # the model takes up to 16 pictures per edit; a style's look is clear from a few
MAX_PASSAGE = 2000  # characters: a passage is added to every prompt


class StyleError(ValueError):
    """A style that can't be kept as asked (no name, no words); the message says what to fix."""


def _style(row: sqlite3.Row) -> Style:
    return Style(row["key"], row["name"], row["passage"], reference_ids=tuple(json.loads(row["refs"] or "[]")))


def key_for(name: str, taken: Iterable[str]) -> str:
    """A short id made from the name ("House style" → "house-style"), not one of `taken` nor a built-in's."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    base = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:40] or "style"
    used = set(taken) | set(styles.STYLE_IDS)
    key, n = base, 2
    while key in used:
        key, n = f"{base}-{n}", n + 1
    return key


def checked(name: str, passage: str) -> tuple[str, str]:
    name, passage = " ".join(name.split()), passage.strip()
    if not name:
        raise StyleError(_("A style needs a name."))
    if not passage:
        raise StyleError(_("“{name}” needs a few words describing the look: they are added to every prompt.").format(
            name=name))
    if len(passage) > MAX_PASSAGE:
        raise StyleError(_("The passage is {n} characters; keep it under {most}.").format(n=len(passage),
                                                                                           most=MAX_PASSAGE))
    return name, passage


class BookStyles:
    """The book's own styles (table own_styles). Each change is one step in the book's undo history."""

    container = False

    def __init__(self, project: Project) -> None:
        self._project = project
        project.history.register("own_style", self)

    def all(self) -> list[Style]:
        try:
            rows = self._project.db.execute("SELECT * FROM own_styles ORDER BY name COLLATE NOCASE").fetchall()
        except sqlite3.OperationalError:  # a book of an older format, opened read-only as it is
            return []
        return [_style(r) for r in rows]

    def get(self, key: str) -> Style | None:
        return next((s for s in self.all() if s.id == key), None)

    def _row_id(self, key: str) -> int:
        row = self._project.db.execute("SELECT id FROM own_styles WHERE key = ?", (key,)).fetchone()
        if row is None:
            raise KeyError(key)
        return int(row["id"])

    def add(self, name: str, passage: str, reference_ids: Iterable[int] = ()) -> Style:
        name, passage = checked(name, passage)
        key = key_for(name, (s.id for s in self.all()))
        refs = self._references(reference_ids)
        with self._project.history.step(_("Add style “{name}”").format(name=name)):
            cur = self._project.write(
                "INSERT INTO own_styles(key, created, name, passage, refs) VALUES (?,?,?,?,?)",
                (key, time.time(), name, passage, json.dumps(refs)))
            self._project.history.touch_new("own_style", int(cur.lastrowid))
        return self.get(key)  # type: ignore[return-value]

    def update(self, key: str, name: str, passage: str, reference_ids: Iterable[int]) -> Style:
        name, passage = checked(name, passage)
        row_id = self._row_id(key)
        with self._project.history.step(_("Change style “{name}”").format(name=name)):
            self._project.history.touch("own_style", row_id)
            self._project.write("UPDATE own_styles SET name = ?, passage = ?, refs = ? WHERE id = ?",
                                (name, passage, json.dumps(self._references(reference_ids)), row_id))
        return self.get(key)  # type: ignore[return-value]

    def remove(self, key: str) -> None:
        style, row_id = self.get(key), self._row_id(key)
        with self._project.history.step(_("Remove style “{name}”").format(name=style.label if style else key)):
            self._project.history.touch("own_style", row_id)
            self._project.write("DELETE FROM own_styles WHERE id = ?", (row_id,))

    def _references(self, ids: Iterable[int]) -> list[int]:
        """The pictures the book has, each once, at most MAX_REFERENCES."""
        known: list[int] = []
        for image_id in ids:
            try:
                self._project.image(int(image_id))
            except (KeyError, TypeError, ValueError):
                continue
            if int(image_id) not in known:
                known.append(int(image_id))
        return known[:MAX_REFERENCES]

    # -- for the undo history ----------------------------------------------------------

    def read(self, key: int) -> dict | None:
        row = self._project.db.execute("SELECT * FROM own_styles WHERE id = ?", (key,)).fetchone()
        return None if row is None else {k: row[k] for k in ("key", "created", "name", "passage", "refs")}

    def write(self, key: int, state: dict | None) -> None:
        if state is None:
            self._project.db.execute("DELETE FROM own_styles WHERE id = ?", (key,))
            return
        self._project.db.execute(
            "INSERT OR REPLACE INTO own_styles(id, key, created, name, passage, refs) VALUES (?,?,?,?,?,?)",
            (key, state["key"], state["created"], state["name"], state["passage"], state["refs"]))

    def changes(self, key: int, before: object, after: object) -> ChangeSet:
        return ChangeSet(history=True)  # the style menus read the book again on any step


def in_book(project: Project) -> list[Style]:
    store = getattr(project, "styles", None)
    return store.all() if store is not None else []


def find(project: Project, style_id: object) -> Style | None:
    """A built-in preset or one of the book's own styles, by id."""
    if not isinstance(style_id, str) or not style_id.strip():
        return None
    return styles.get(style_id) or next((s for s in in_book(project) if s.id == style_id.strip()), None)
