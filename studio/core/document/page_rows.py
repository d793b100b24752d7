"""The book's pages, their order and its format as the undo history sees them (core/document/history.py):
each a plain state read before and after an edit, and written back by Undo and Redo."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from studio.core.document.changes import ChangeSet
from studio.core.document.model import Frame

if TYPE_CHECKING:
    from studio.core.document.project import Document


def _page_state(project: "Document", page_id: int) -> dict[str, Any] | None:
    try:
        page = project.page(page_id)
    except KeyError:
        return None
    frames = []
    for f in page.frames:
        values = asdict(f)
        del values["page_id"]
        frames.append(values)
    return {"kind": page.kind, "template": page.template, "frames": frames}


class PageRows:
    """A page's kind, template and frames, for the undo history (its place in the book is _PageOrder's)."""
    container = True

    def __init__(self, project: "Document") -> None:
        self._project = project

    def read(self, key: int) -> dict[str, Any] | None:
        return _page_state(self._project, key)

    def write(self, key: int, state: dict[str, Any] | None) -> None:
        db = self._project.db
        if state is None:
            db.execute("DELETE FROM pages WHERE id = ?", (key,))
            return
        db.execute("INSERT OR IGNORE INTO pages(id, position, kind, template) "
                   "VALUES (?, (SELECT COALESCE(MAX(position), -1) + 1 FROM pages), ?, ?)",
                   (key, state["kind"], state["template"]))
        db.execute("UPDATE pages SET kind = ?, template = ? WHERE id = ?", (state["kind"], state["template"], key))
        frames = [Frame(page_id=key, **values) for values in state["frames"]]
        keep = [f.id for f in frames]
        db.execute(f"DELETE FROM frames WHERE page_id = ? AND id NOT IN ({','.join('?' * len(keep))})", (key, *keep))
        self._project._write_frames(key, frames)

    def changes(self, key: int, before: Any, after: Any) -> ChangeSet:
        frames_before = {f["id"]: f for f in (before or {}).get("frames", [])}
        frames_after = {f["id"]: f for f in (after or {}).get("frames", [])}
        touched = {i for i in frames_before.keys() | frames_after.keys() if frames_before.get(i) != frames_after.get(i)}
        return ChangeSet(pages=frozenset({key}), frames=frozenset(touched),
                         page_order=before is None or after is None)


class PageOrder:
    """The order of the book's pages (key 0: there is one)."""
    container = False

    def __init__(self, project: "Document") -> None:
        self._project = project

    def read(self, key: int) -> list[int]:
        return self._project._page_ids()

    def write(self, key: int, state: list[int]) -> None:
        self._project.db.executemany("UPDATE pages SET position = ? WHERE id = ?", list(enumerate(state)))

    def changes(self, key: int, before: Any, after: Any) -> ChangeSet:
        return ChangeSet(page_order=True)


class BookFormatRows:
    """The book's size, margins and title (key 0)."""
    container = False

    def __init__(self, project: "Document") -> None:
        self._project = project

    def read(self, key: int) -> dict[str, Any]:
        return asdict(self._project.book_format())

    def write(self, key: int, state: dict[str, Any]) -> None:
        self._project._write_format(state)

    def changes(self, key: int, before: Any, after: Any) -> ChangeSet:
        return ChangeSet(book_format=True)
