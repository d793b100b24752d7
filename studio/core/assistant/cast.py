"""The cast: named characters with a description and reference pictures, stored in the project."""

from __future__ import annotations

import json
import re
import sqlite3
import time
from typing import TYPE_CHECKING, Iterable

from studio.core.document.events import Change
from studio.core.document.model import CastMember

if TYPE_CHECKING:
    from studio.core.document.project import Project

MAX_REFERENCES = 4  # reference pictures sent per request; more slows the edit without helping likeness


def _member(row: sqlite3.Row) -> CastMember:
    return CastMember(id=row["id"], name=row["name"], description=row["description"],
                      aliases=tuple(json.loads(row["aliases"] or "[]")),
                      reference_ids=tuple(json.loads(row["refs"] or "[]")))


class CastStore:
    def __init__(self, project: "Project") -> None:
        self._project = project

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
            raise ValueError("a character needs a name")
        refs = [int(i) for i in reference_ids]
        existing = self.find(name)
        if existing is None:
            cur = self._project.write(
                "INSERT INTO cast_members(created, name, aliases, description, refs) VALUES (?,?,?,?,?)",
                (time.time(), name, json.dumps(_clean(aliases, name), ensure_ascii=False), description.strip(),
                 json.dumps(refs)))
            member_id = cur.lastrowid
        else:
            member_id = existing.id
            merged_refs = refs + [r for r in existing.reference_ids if r not in refs]
            merged_aliases = _clean([*existing.aliases, *aliases, name], existing.name)
            self.update(member_id, description=description.strip() or existing.description,
                        reference_ids=merged_refs, aliases=merged_aliases, emit=False)
        self._project.changes.emit(Change("cast", member_id))
        return self.get(member_id)

    def update(self, member_id: int, *, name: str | None = None, description: str | None = None,
               reference_ids: Iterable[int] | None = None, aliases: Iterable[str] | None = None,
               emit: bool = True) -> CastMember:
        current = self.get(member_id)
        new_name = (name or current.name).strip()
        self._project.write(
            "UPDATE cast_members SET name = ?, description = ?, refs = ?, aliases = ? WHERE id = ?",
            (new_name, current.description if description is None else description.strip(),
             json.dumps(list(current.reference_ids if reference_ids is None else reference_ids)),
             json.dumps(_clean(current.aliases if aliases is None else aliases, new_name), ensure_ascii=False),
             member_id))
        if emit:
            self._project.changes.emit(Change("cast", member_id))
        return self.get(member_id)

    def restore(self, members: list[CastMember]) -> None:
        """Make the cast exactly these members, with their ids (Undo of any cast edit)."""
        with self._project.transaction() as conn:
            created = dict(conn.execute("SELECT id, created FROM cast_members").fetchall())
            conn.execute("DELETE FROM cast_members")
            for m in members:
                conn.execute(
                    "INSERT INTO cast_members(id, created, name, aliases, description, refs) VALUES (?,?,?,?,?,?)",
                    (m.id, created.get(m.id, time.time()), m.name, json.dumps(list(m.aliases), ensure_ascii=False),
                     m.description, json.dumps(list(m.reference_ids))))
        self._project.changes.emit(Change("cast", None))

    def remove(self, member_id: int) -> None:
        self._project.write("DELETE FROM cast_members WHERE id = ?", (member_id,))
        self._project.changes.emit(Change("cast", member_id))


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
