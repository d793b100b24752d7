"""The cast: named characters with a description and reference pictures, stored in the project."""

from __future__ import annotations

import json
import re
import sqlite3
import time
from typing import TYPE_CHECKING, Iterable

from studio.core.document.changes import ChangeSet
from studio.core.document.model import CastMember
from studio.core.i18n import _

if TYPE_CHECKING:
    from studio.core.app.project import Project

MAX_REFERENCES = 4  # reference pictures sent per request; more slows the edit without helping likeness


def _member(row: sqlite3.Row) -> CastMember:
    return CastMember(id=row["id"], name=row["name"], description=row["description"],
                      aliases=tuple(json.loads(row["aliases"] or "[]")),
                      reference_ids=_once(json.loads(row["refs"] or "[]")))  # books written before refs were kept once


def _once(ids: Iterable[int]) -> tuple[int, ...]:
    """Each picture id once, in order: a character's references are a set a person reads ("#4 #4 #4" was not)."""
    return tuple(dict.fromkeys(int(i) for i in ids))


def _changed(member_id: int) -> ChangeSet:
    return ChangeSet(cast=frozenset({member_id}))


class CastStore:
    """The cast's rows. Every change is recorded in the book's undo history (a step per change, unless the
    caller has opened one)."""

    container = True  # for the history: a character is a row of its own

    def __init__(self, project: "Project") -> None:
        self._project = project
        project.history.register("cast", self)

    def all(self) -> list[CastMember]:
        return [_member(r) for r in self._project.db.execute("SELECT * FROM cast_members ORDER BY id")]

    def get(self, member_id: int) -> CastMember:
        row = self._project.db.execute("SELECT * FROM cast_members WHERE id = ?", (member_id,)).fetchone()
        if row is None:
            raise KeyError(member_id)
        return _member(row)

    def find(self, name: str) -> CastMember | None:
        key = name.strip().casefold()
        return next((m for m in self.all() if key in (n.casefold() for n in m.names)), None)

    def remember(self, name: str, description: str = "", reference_ids: Iterable[int] = (),
                 aliases: Iterable[str] = ()) -> CastMember:
        """Add a character, or update the one with that name (new references go first)."""
        name = name.strip()
        if not name:
            raise ValueError(_("A character needs a name."))
        refs = list(_once(reference_ids))
        existing = self.find(name)
        if existing is None:
            with self._project.history.step(_("New character {name}").format(name=name)):
                cur = self._project.write(
                    "INSERT INTO cast_members(created, name, aliases, description, refs) VALUES (?,?,?,?,?)",
                    (time.time(), name, json.dumps(_clean(aliases, name), ensure_ascii=False), description.strip(),
                     json.dumps(refs)))
                member_id = cur.lastrowid
                self._project.history.touch_new("cast", member_id)
            self._project.changes.emit(_changed(member_id))
        else:
            member_id = existing.id
            merged_refs = refs + [r for r in existing.reference_ids if r not in refs]
            merged_aliases = _clean([*existing.aliases, *aliases, name], existing.name)
            self.update(member_id, description=description.strip() or existing.description,
                        reference_ids=merged_refs, aliases=merged_aliases)
        return self.get(member_id)

    def update(self, member_id: int, *, name: str | None = None, description: str | None = None,
               reference_ids: Iterable[int] | None = None, aliases: Iterable[str] | None = None) -> CastMember:
        current = self.get(member_id)
        new_name = (name or current.name).strip()
        # Translators: an undo step's name: a character of the cast changed
        with self._project.history.step(_("Change {name}").format(name=current.name)):
            self._project.history.touch("cast", member_id)
            self._project.write(
                "UPDATE cast_members SET name = ?, description = ?, refs = ?, aliases = ? WHERE id = ?",
                (new_name, current.description if description is None else description.strip(),
                 json.dumps(list(current.reference_ids if reference_ids is None else _once(reference_ids))),
                 json.dumps(_clean(current.aliases if aliases is None else aliases, new_name), ensure_ascii=False),
                 member_id))
        self._project.changes.emit(_changed(member_id))
        return self.get(member_id)

    def remove(self, member_id: int) -> None:
        name = self.get(member_id).name
        # Translators: an undo step's name: a character taken out of the cast
        with self._project.history.step(_("Remove {name}").format(name=name)):
            self._project.history.touch("cast", member_id)
            self._project.write("DELETE FROM cast_members WHERE id = ?", (member_id,))
        self._project.changes.emit(_changed(member_id))

    # -- for the undo history ----------------------------------------------------------

    def read(self, key: int) -> dict | None:
        row = self._project.db.execute("SELECT * FROM cast_members WHERE id = ?", (key,)).fetchone()
        return None if row is None else {k: row[k] for k in ("created", "name", "aliases", "description", "refs")}

    def write(self, key: int, state: dict | None) -> None:
        if state is None:
            self._project.db.execute("DELETE FROM cast_members WHERE id = ?", (key,))
            return
        self._project.db.execute(
            "INSERT OR REPLACE INTO cast_members(id, created, name, aliases, description, refs) VALUES (?,?,?,?,?,?)",
            (key, state["created"], state["name"], state["aliases"], state["description"], state["refs"]))

    def changes(self, key: int, before: object, after: object) -> ChangeSet:
        return _changed(key)


def _clean(aliases: Iterable[str], name: str) -> list[str]:
    out: list[str] = []
    for alias in aliases:
        alias = alias.strip()
        if alias and alias.casefold() != name.casefold() and alias.casefold() not in (a.casefold() for a in out):
            out.append(alias)
    return out


def _mentions(text: str, name: str) -> bool:
    if not name:
        return False
    if re.fullmatch(r"[\w'’ -]+", name, flags=re.ASCII):
        # Latin names match as words: "Larry's house" mentions Larry, "Larryland" does not.
        return re.search(rf"(?<![A-Za-z0-9]){re.escape(name)}(?![A-Za-z0-9])", text, flags=re.IGNORECASE) is not None
    return name in text  # Hangul: particles attach to the name ("래리의", "래리가")


def mentioned(text: str, members: Iterable[CastMember]) -> list[CastMember]:
    return [m for m in members if any(_mentions(text, n) for n in m.names)]


def with_cast(prompt: str, members: Iterable[CastMember]) -> str:
    """The prompt plus a fixed description of each character in it, so every picture draws them the same way."""
    lines = [f"- {m.name}: {m.description}" for m in members if m.description]
    if not lines:
        return prompt
    return prompt + "\n\nCharacters (keep them exactly as described and as in the reference pictures):\n" + "\n".join(lines)


def reference_ids(members: Iterable[CastMember]) -> list[int]:
    refs: list[int] = []
    for member in members:
        for image_id in member.reference_ids[:2]:
            if image_id not in refs:
                refs.append(image_id)
    return refs[:MAX_REFERENCES]
