"""The book's undo history: every edit is a named step holding, for each thing it touched, the state before
and after. Undo writes the states before, Redo the states after: an inverse per step, never a snapshot of the
whole book. The history is kept in the book itself, so the window and `studio undo` share it, and it outlives
closing the book.

A repository makes its rows undoable by registering a `Tracked` kind ("page", "cast", "picture"…) and calling
`touch(kind, key)` before it writes one; the step reads the state then, and again when the step ends. Steps
are synchronous and one transaction each: a crash leaves a whole step or none.
"""

from __future__ import annotations

import json
import time
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Iterator, Protocol

from studio.core.document.changes import ChangeSet
from studio.core.i18n import N_, _

if TYPE_CHECKING:
    from studio.core.app.project import Project

MAX_STEPS = 500  # older steps are forgotten: a long-lived book does not grow for ever
# Translators: the name of an undo step nothing named better ("Undo Edit")
DEFAULT_NAME = N_("Edit")
Key = tuple[str, int]


class Tracked(Protocol):
    """One kind of undoable row. States are plain JSON values; None means "does not exist"."""

    container: bool  # other kinds refer to it (a page, a board): made before, removed after the rest

    def read(self, key: int) -> Any: ...

    def write(self, key: int, state: Any) -> None: ...

    def changes(self, key: int, before: Any, after: Any) -> ChangeSet: ...


@dataclass(frozen=True)
class Step:
    id: int
    name: str
    created: float
    undone: bool


@dataclass
class _Open:
    name: str | Callable[[], str]
    merge: str
    before: dict[Key, Any]


class History:
    def __init__(self, project: "Project") -> None:
        self._project = project
        self._kinds: dict[str, Tracked] = {}
        self._open: _Open | None = None
        self._has_table: bool | None = None

    def register(self, kind: str, tracked: Tracked) -> None:
        self._kinds[kind] = tracked

    # -- recording -----------------------------------------------------------------------

    @contextmanager
    def step(self, name: str | Callable[[], str] = DEFAULT_NAME, merge: str = "") -> Iterator[None]:
        """One undo step named `name` (or named by calling it, only when a new step is written). Nested steps join
        the outer one. Consecutive steps with the same non-empty `merge` key become one (a burst of typing,
        arrow-key nudges, the pictures of one turn)."""
        if self._open is not None:
            yield
            return
        project = self._project
        project.changes.hold()
        self._open = _Open(name, merge, {})
        sent = False
        try:
            with project.transaction():
                yield
                self._close()
            sent = True
        finally:
            self._open = None
            project.changes.release(send=sent)

    def touch(self, kind: str, key: int) -> None:
        """Called by a repository before it writes this row. Outside a step nothing is recorded."""
        step = self._open
        if step is not None and (kind, key) not in step.before:
            step.before[(kind, key)] = self._kinds[kind].read(key)

    def forget(self) -> None:
        """Forget every step: for a book the studio made on its own (the sample), where Undo would take apart
        what no person did."""
        if self._kept():
            with self._project.transaction():
                self._project.db.execute("DELETE FROM history")
            self._project.changes.emit(ChangeSet(history=True))

    @property
    def recording(self) -> bool:
        return self._open is not None

    def touch_new(self, kind: str, key: int) -> None:
        """Called by a repository that has just made this row: before the step it did not exist."""
        step = self._open
        if step is not None and (kind, key) not in step.before:
            step.before[(kind, key)] = None

    def _close(self) -> None:
        step = self._open
        assert step is not None
        entries = []
        for (kind, key), before in step.before.items():
            after = self._kinds[kind].read(key)
            if after != before:
                entries.append([kind, key, before, after])
        if not entries:
            return
        db = self._project.db
        db.execute("DELETE FROM history WHERE undone = 1")  # a new edit ends what Redo could bring back
        last = db.execute("SELECT id, merge, entries FROM history ORDER BY id DESC LIMIT 1").fetchone()
        if step.merge and last is not None and last["merge"] == step.merge:
            merged = _merge(json.loads(last["entries"]), entries)
            if merged:
                db.execute("UPDATE history SET entries = ? WHERE id = ?", (_dump(merged), last["id"]))
            else:
                db.execute("DELETE FROM history WHERE id = ?", (last["id"],))
        else:
            db.execute("INSERT INTO history(created, name, merge, undone, entries) VALUES (?,?,?,0,?)",
                       (time.time(), self._name(step), step.merge, _dump(entries)))
            db.execute("DELETE FROM history WHERE id <= (SELECT MAX(id) FROM history) - ?", (MAX_STEPS,))
        self._project.changes.emit(self._changes(entries) | ChangeSet(history=True))

    @staticmethod
    def _name(step: _Open) -> str:
        """The step's name as it is kept, in the language of the moment (a stored name is not translated later)."""
        name = step.name() if callable(step.name) else step.name
        return _(DEFAULT_NAME) if name == DEFAULT_NAME else name

    def _changes(self, entries: list[list[Any]]) -> ChangeSet:
        out = ChangeSet()
        for kind, key, before, after in entries:
            if kind in self._kinds:
                out = out | self._kinds[kind].changes(key, before, after)
        return out

    # -- undo and redo ---------------------------------------------------------------------

    def _kept(self) -> bool:
        """False for a book from before the history was kept (format 4), opened read-only as it is."""
        if self._has_table is None:
            self._has_table = self._project.db.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'history'").fetchone() is not None
        return self._has_table

    def steps(self, limit: int = 50) -> list[Step]:
        """The newest steps first, undone ones (which Redo brings back) included."""
        return self._steps("ORDER BY id DESC LIMIT ?", (limit,))

    def next_undo(self) -> Step | None:
        return next(iter(self._steps("WHERE undone = 0 ORDER BY id DESC LIMIT 1")), None)

    def next_redo(self) -> Step | None:
        return next(iter(self._steps("WHERE undone = 1 ORDER BY id LIMIT 1")), None)

    def _steps(self, where: str, params: tuple[Any, ...] = ()) -> list[Step]:
        if not self._kept():
            return []
        rows = self._project.db.execute(f"SELECT id, name, created, undone FROM history {where}", params).fetchall()
        return [Step(r["id"], r["name"], r["created"], bool(r["undone"])) for r in rows]

    def undo(self) -> Step | None:
        """Take back the latest step; returns it, or None when there is nothing to undo."""
        return self._apply(self.next_undo(), backwards=True)

    def redo(self) -> Step | None:
        return self._apply(self.next_redo(), backwards=False)

    def _apply(self, step: Step | None, backwards: bool) -> Step | None:
        if step is None or self._open is not None:
            return None
        project = self._project
        entries = json.loads(project.db.execute("SELECT entries FROM history WHERE id = ?",
                                                (step.id,)).fetchone()[0])
        states = [(kind, key, before if backwards else after, after if backwards else before)
                  for kind, key, before, after in entries if kind in self._kinds]
        if backwards:
            states.reverse()
        project.changes.hold()
        sent = False
        try:
            with project.transaction() as db:
                for kind, key, state, _after in sorted(states, key=self._order):
                    self._kinds[kind].write(key, state)
                db.execute("UPDATE history SET undone = ? WHERE id = ?", (int(backwards), step.id))
            changes = ChangeSet(history=True)
            for kind, key, state, current in states:
                changes = changes | self._kinds[kind].changes(key, current, state)
            project.changes.emit(changes)
            sent = True
        finally:
            project.changes.release(send=sent)
        return step

    def _order(self, item: tuple[str, int, Any, Any]) -> int:
        """Things others refer to are made first and removed last; the rest keep their order in between."""
        kind, _key, state, _current = item
        if not self._kinds[kind].container:
            return 1
        return 0 if state is not None else 2


def _merge(old: list[list[Any]], new: list[list[Any]]) -> list[list[Any]]:
    by_key = {(kind, key): [kind, key, before, after] for kind, key, before, after in old}
    for kind, key, before, after in new:
        if (kind, key) in by_key:
            by_key[(kind, key)][3] = after
        else:
            by_key[(kind, key)] = [kind, key, before, after]
    return [entry for entry in by_key.values() if entry[2] != entry[3]]


def _dump(entries: list[list[Any]]) -> str:
    return json.dumps(entries, ensure_ascii=False, separators=(",", ":"))
