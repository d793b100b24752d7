"""Organising the gallery: favourites, boards, tags and the trash. Every change is one transaction and is
announced as Change("gallery") so the views list again."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from studio.core.document.events import Change
from studio.core.gallery import search

if TYPE_CHECKING:
    from studio.core.document.project import Project


class BoardError(ValueError):
    """A board name that cannot be used; the message is for the user."""


@dataclass(frozen=True)
class Board:
    id: int
    name: str
    count: int = 0


def _ids(image_ids: Iterable[int]) -> list[int]:
    return sorted({int(i) for i in image_ids})


def _marks(n: int) -> str:
    return ",".join("?" * n)


class GalleryStore:
    def __init__(self, project: "Project") -> None:
        self._project = project

    def _changed(self) -> None:
        self._project.changes.emit(Change("gallery"))

    # -- finding ---------------------------------------------------------------------

    def find(self, f: search.Filter | None = None) -> list[int]:
        return search.find(self._project.db, f or search.Filter())

    def facets(self) -> search.Facets:
        return search.facets(self._project.db)

    # -- favourites ------------------------------------------------------------------

    def set_favourite(self, image_ids: Iterable[int], favourite: bool) -> None:
        ids = _ids(image_ids)
        self._project.write(f"UPDATE images SET favourite = ? WHERE id IN ({_marks(len(ids))})", (int(favourite), *ids))
        self._changed()

    # -- boards ----------------------------------------------------------------------

    def boards(self) -> list[Board]:
        rows = self._project.db.execute(
            "SELECT b.id, b.name, (SELECT COUNT(*) FROM board_images bi JOIN images i ON i.id = bi.image_id"
            " WHERE bi.board_id = b.id AND i.trashed IS NULL) FROM boards b ORDER BY b.name COLLATE NOCASE")
        return [Board(*row) for row in rows]

    def board_named(self, name: str) -> Board | None:
        key = name.strip().casefold()
        return next((b for b in self.boards() if b.name.casefold() == key), None)

    def add_board(self, name: str) -> Board:
        name = " ".join(name.split())
        if not name:
            raise BoardError("A board needs a name.")
        if self.board_named(name) is not None:
            raise BoardError(f"There is already a board called “{name}”.")
        cur = self._project.write("INSERT INTO boards(name, created) VALUES (?, ?)", (name, time.time()))
        self._changed()
        return Board(cur.lastrowid, name)

    def rename_board(self, board_id: int, name: str) -> None:
        name = " ".join(name.split())
        other = self.board_named(name)
        if not name or (other is not None and other.id != board_id):
            raise BoardError(f"There is already a board called “{name}”." if name else "A board needs a name.")
        self._project.write("UPDATE boards SET name = ? WHERE id = ?", (name, board_id))
        self._changed()

    def remove_board(self, board_id: int) -> list[int]:
        """Delete a board (never its pictures); returns what was on it, for Undo."""
        members = self.board_images(board_id)
        self._project.write("DELETE FROM boards WHERE id = ?", (board_id,))
        self._changed()
        return members

    def restore_board(self, board: Board, image_ids: Iterable[int]) -> None:
        with self._project.transaction() as db:
            db.execute("INSERT OR REPLACE INTO boards(id, name, created) VALUES (?, ?, ?)",
                       (board.id, board.name, time.time()))
            db.executemany("INSERT OR IGNORE INTO board_images(board_id, image_id) VALUES (?, ?)",
                           [(board.id, i) for i in _ids(image_ids)])
        self._changed()

    def board_images(self, board_id: int) -> list[int]:
        return [r[0] for r in self._project.db.execute(
            "SELECT image_id FROM board_images WHERE board_id = ? ORDER BY image_id", (board_id,))]

    def add_to_board(self, board_id: int, image_ids: Iterable[int]) -> list[int]:
        """Returns the pictures that were not on it yet (what Undo takes off again)."""
        ids = _ids(image_ids)
        already = set(self.board_images(board_id))
        with self._project.transaction() as db:
            db.executemany("INSERT OR IGNORE INTO board_images(board_id, image_id) VALUES (?, ?)",
                           [(board_id, i) for i in ids])
        self._changed()
        return [i for i in ids if i not in already]

    def remove_from_board(self, board_id: int, image_ids: Iterable[int]) -> None:
        ids = _ids(image_ids)
        self._project.write(f"DELETE FROM board_images WHERE board_id = ? AND image_id IN ({_marks(len(ids))})",
                            (board_id, *ids))
        self._changed()

    def boards_of(self, image_id: int) -> list[str]:
        return [r[0] for r in self._project.db.execute(
            "SELECT b.name FROM boards b JOIN board_images bi ON bi.board_id = b.id WHERE bi.image_id = ?"
            " ORDER BY b.name COLLATE NOCASE", (image_id,))]

    # -- tags ------------------------------------------------------------------------

    def tags_of(self, image_id: int) -> list[str]:
        return [r[0] for r in self._project.db.execute(
            "SELECT tag FROM image_tags WHERE image_id = ? ORDER BY tag COLLATE NOCASE", (image_id,))]

    def all_tags(self) -> list[str]:
        return [r[0] for r in self._project.db.execute(
            "SELECT DISTINCT tag FROM image_tags ORDER BY tag COLLATE NOCASE")]

    def set_tags(self, image_id: int, tags: Iterable[str]) -> None:
        clean: list[str] = []
        for tag in tags:
            tag = " ".join(tag.split())
            if tag and tag.casefold() not in (t.casefold() for t in clean):
                clean.append(tag)
        with self._project.transaction() as db:
            db.execute("DELETE FROM image_tags WHERE image_id = ?", (image_id,))
            db.executemany("INSERT INTO image_tags(image_id, tag) VALUES (?, ?)", [(image_id, t) for t in clean])
        self._changed()

    def add_tag(self, image_ids: Iterable[int], tag: str) -> None:
        tag = " ".join(tag.split())
        if not tag:
            return
        with self._project.transaction() as db:
            db.executemany("INSERT OR IGNORE INTO image_tags(image_id, tag) VALUES (?, ?)",
                           [(i, tag) for i in _ids(image_ids)])
        self._changed()

    # -- the trash -------------------------------------------------------------------

    def trash(self, image_ids: Iterable[int]) -> list[int]:
        """Move pictures to the trash: out of the gallery and searches, still in the file (and on any page)
        until the trash is emptied. Returns the ones that moved, for Undo."""
        ids = _ids(image_ids)
        moved = [r[0] for r in self._project.db.execute(
            f"SELECT id FROM images WHERE trashed IS NULL AND id IN ({_marks(len(ids))})", ids)]
        if moved:
            self._project.write(f"UPDATE images SET trashed = ? WHERE id IN ({_marks(len(moved))})",
                                (time.time(), *moved))
            self._changed()
        return moved

    def restore(self, image_ids: Iterable[int]) -> None:
        ids = _ids(image_ids)
        self._project.write(f"UPDATE images SET trashed = NULL WHERE id IN ({_marks(len(ids))})", ids)
        self._changed()

    def trash_count(self) -> int:
        return self._project.db.execute("SELECT COUNT(*) FROM images WHERE trashed IS NOT NULL").fetchone()[0]

    def pages_using(self, image_ids: Iterable[int]) -> dict[int, list[int]]:
        """For each picture that is on a page: the pages' numbers (1 is the first page of the book)."""
        ids = _ids(image_ids)
        used: dict[int, list[int]] = {}
        rows = self._project.db.execute(
            f"SELECT DISTINCT f.image_id, p.position FROM frames f JOIN pages p ON p.id = f.page_id"
            f" WHERE f.parked = 0 AND f.image_id IN ({_marks(len(ids))}) ORDER BY p.position", ids)
        for image_id, position in rows:
            used.setdefault(image_id, []).append(position + 1)
        return used

    def empty_trash(self) -> int:
        """Delete the trashed pictures for good; pages that showed one keep an empty frame. Returns how many."""
        db = self._project.db
        gone = [r[0] for r in db.execute("SELECT id FROM images WHERE trashed IS NOT NULL")]
        if not gone:
            return 0
        dropped = set(gone)
        with self._project.transaction():
            for member_id, refs in db.execute("SELECT id, refs FROM cast_members").fetchall():
                kept = [r for r in json.loads(refs or "[]") if r not in dropped]
                db.execute("UPDATE cast_members SET refs = ? WHERE id = ?", (json.dumps(kept), member_id))
            db.execute("DELETE FROM images WHERE trashed IS NOT NULL")
        for kind in ("gallery", "pages", "cast"):
            self._project.changes.emit(Change(kind))
        return len(gone)
