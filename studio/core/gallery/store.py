"""Organising the gallery: favourites, boards, tags and the trash. Every change is one undo step (in the book's
history) and announces which pictures and boards it changed, so the views patch just those."""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass
from contextlib import contextmanager
from typing import TYPE_CHECKING, Iterable, Iterator

from studio.core.document.changes import ChangeSet
from studio.core.gallery import notes, search
from studio.core.i18n import _, ngettext

if TYPE_CHECKING:
    from studio.core.app.project import Project


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


def _natural(name: str) -> list[tuple[int, int | str]]:
    return [(0, int(part)) if part.isdigit() else (1, part) for part in re.split(r"(\d+)", name.casefold()) if part]


class GalleryStore:
    def __init__(self, project: "Project") -> None:
        self._project = project
        project.history.register("picture", _PictureMarks(project))
        project.history.register("board", _BoardRows(project))
        project.history.register(notes.KIND, notes.NoteRows(project))

    @contextmanager
    def _step(self, name: str, pictures: Iterable[int] = (), boards: Iterable[int] = ()) -> Iterator[None]:
        """An undo step that records these pictures' marks and these boards before they change."""
        history = self._project.history
        with history.step(name):
            for board_id in boards:
                history.touch("board", board_id)
            for image_id in pictures:
                history.touch("picture", image_id)
            yield

    def _changed(self, pictures: Iterable[int] = (), boards: Iterable[int] = ()) -> None:
        self._project.changes.emit(ChangeSet(pictures=frozenset(pictures), boards=frozenset(boards)))

    # -- finding ---------------------------------------------------------------------

    def find(self, f: search.Filter | None = None) -> list[int]:
        return search.find(self._project.db, f or search.Filter())

    def created_of(self, image_ids: Iterable[int]) -> dict[int, float]:
        """When these pictures were made (or imported). Only columns ahead of the picture's bytes are read."""
        ids = _ids(image_ids)
        return dict(self._project.db.execute(
            f"SELECT id, created FROM images WHERE id IN ({_marks(len(ids))})", ids).fetchall())

    def facets(self) -> search.Facets:
        return search.facets(self._project.db)

    # -- favourites ------------------------------------------------------------------

    def set_favourite(self, image_ids: Iterable[int], favourite: bool) -> None:
        ids = _ids(image_ids)
        # Translators: undo step names (Edit ▸ Undo …) for starring and unstarring pictures
        with self._step(_("Star") if favourite else _("Unstar"), ids):
            self._project.write(f"UPDATE images SET favourite = ? WHERE id IN ({_marks(len(ids))})",
                                (int(favourite), *ids))
        self._changed(ids)

    # -- boards ----------------------------------------------------------------------

    def boards(self) -> list[Board]:
        """By name, numbers as numbers: "Robot – round 2" comes before "Robot – round 10"."""
        rows = self._project.db.execute(
            "SELECT b.id, b.name, (SELECT COUNT(*) FROM board_images bi JOIN images i ON i.id = bi.image_id"
            " WHERE bi.board_id = b.id AND i.trashed IS NULL) FROM boards b")
        return sorted((Board(*row) for row in rows), key=lambda b: _natural(b.name))

    def board_named(self, name: str) -> Board | None:
        key = name.strip().casefold()
        return next((b for b in self.boards() if b.name.casefold() == key), None)

    def add_board(self, name: str) -> Board:
        name = " ".join(name.split())
        if not name:
            raise BoardError(_("A board needs a name."))
        if self.board_named(name) is not None:
            raise BoardError(_("There is already a board called “{name}”.").format(name=name))
        with self._step(_("New Board “{name}”").format(name=name)):
            cur = self._project.write("INSERT INTO boards(name, created) VALUES (?, ?)", (name, time.time()))
            self._project.history.touch_new("board", cur.lastrowid)
        self._changed(boards=[cur.lastrowid])
        return Board(cur.lastrowid, name)

    def rename_board(self, board_id: int, name: str) -> None:
        name = " ".join(name.split())
        other = self.board_named(name)
        if not name or (other is not None and other.id != board_id):
            raise BoardError(_("There is already a board called “{name}”.").format(name=name) if name
                             else _("A board needs a name."))
        with self._step(_("Rename Board “{name}”").format(name=name), boards=[board_id]):
            self._project.write("UPDATE boards SET name = ? WHERE id = ?", (name, board_id))
        self._changed(boards=[board_id])

    def remove_board(self, board_id: int) -> list[int]:
        """Delete a board (never its pictures); returns what was on it, for Undo."""
        members = self.board_images(board_id)
        name = self._board_name(board_id)
        with self._step(_("Delete Board “{name}”").format(name=name), members, [board_id]):
            self._project.write("DELETE FROM boards WHERE id = ?", (board_id,))
        self._changed(members, [board_id])
        return members

    def _board_name(self, board_id: int) -> str:
        row = self._project.db.execute("SELECT name FROM boards WHERE id = ?", (board_id,)).fetchone()
        return row[0] if row else ""

    def board_images(self, board_id: int) -> list[int]:
        return [r[0] for r in self._project.db.execute(
            "SELECT image_id FROM board_images WHERE board_id = ? ORDER BY image_id", (board_id,))]

    def add_to_board(self, board_id: int, image_ids: Iterable[int]) -> list[int]:
        """Returns the pictures that were not on it yet (what Undo takes off again)."""
        ids = _ids(image_ids)
        already = set(self.board_images(board_id))
        with self._step(_("Add to “{board}”").format(board=self._board_name(board_id)), ids):
            self._project.db.executemany("INSERT OR IGNORE INTO board_images(board_id, image_id) VALUES (?, ?)",
                                         [(board_id, i) for i in ids])
        self._changed(ids, [board_id])
        return [i for i in ids if i not in already]

    def remove_from_board(self, board_id: int, image_ids: Iterable[int]) -> None:
        ids = _ids(image_ids)
        with self._step(_("Take off “{board}”").format(board=self._board_name(board_id)), ids):
            self._project.write(f"DELETE FROM board_images WHERE board_id = ? AND image_id IN ({_marks(len(ids))})",
                                (board_id, *ids))
        self._changed(ids, [board_id])

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
        with self._step(_("Change Tags"), [image_id]):
            db = self._project.db
            db.execute("DELETE FROM image_tags WHERE image_id = ?", (image_id,))
            db.executemany("INSERT INTO image_tags(image_id, tag) VALUES (?, ?)", [(image_id, t) for t in clean])
        self._changed([image_id])

    def add_tag(self, image_ids: Iterable[int], tag: str) -> None:
        tag = " ".join(tag.split())
        if not tag:
            return
        ids = _ids(image_ids)
        with self._step(_("Tag “{tag}”").format(tag=tag), ids):
            self._project.db.executemany("INSERT OR IGNORE INTO image_tags(image_id, tag) VALUES (?, ?)",
                                         [(i, tag) for i in ids])
        self._changed(ids)

    # -- notes -----------------------------------------------------------------------

    def note_of(self, image_id: int) -> str:
        return notes.note_of(self._project.db, image_id)

    def set_note(self, image_id: int, text: str) -> bool:
        return notes.set_note(self._project, image_id, text)

    # -- the trash -------------------------------------------------------------------

    def trash(self, image_ids: Iterable[int]) -> list[int]:
        """Move pictures to the trash: out of the gallery and searches, still in the file (and on any page)
        until the trash is emptied. Returns the ones that moved, for Undo."""
        ids = _ids(image_ids)
        moved = [r[0] for r in self._project.db.execute(
            f"SELECT id FROM images WHERE trashed IS NULL AND id IN ({_marks(len(ids))})", ids)]
        if moved:
            name = ngettext("Move Picture to the Trash", "Move {n} Pictures to the Trash", len(moved)).format(
                n=len(moved))
            with self._step(name, moved):
                self._project.write(f"UPDATE images SET trashed = ? WHERE id IN ({_marks(len(moved))})",
                                    (time.time(), *moved))
            self._changed(moved)
        return moved

    def restore(self, image_ids: Iterable[int]) -> None:
        ids = _ids(image_ids)
        with self._step(_("Put Back from the Trash"), ids):
            self._project.write(f"UPDATE images SET trashed = NULL WHERE id IN ({_marks(len(ids))})", ids)
        self._changed(ids)

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
        self._project.changes.emit(ChangeSet(pictures_removed=True, cast=frozenset(
            r[0] for r in db.execute("SELECT id FROM cast_members"))))
        return len(gone)


class _PictureMarks:
    """What organising changes about a picture (star, trash, tags, boards), for the undo history. The picture
    itself is never undone: a picture emptied from the trash is gone, and its old marks are skipped."""
    container = False

    def __init__(self, project: "Project") -> None:
        self._db = lambda: project.db

    def read(self, key: int) -> dict | None:
        db = self._db()
        row = db.execute("SELECT favourite, trashed FROM images WHERE id = ?", (key,)).fetchone()
        if row is None:
            return None
        return {"favourite": bool(row[0]), "trashed": row[1],
                "tags": [r[0] for r in db.execute("SELECT tag FROM image_tags WHERE image_id = ? ORDER BY tag", (key,))],
                "boards": [r[0] for r in db.execute(
                    "SELECT board_id FROM board_images WHERE image_id = ? ORDER BY board_id", (key,))]}

    def write(self, key: int, state: dict | None) -> None:
        db = self._db()
        if state is None or db.execute("SELECT 1 FROM images WHERE id = ?", (key,)).fetchone() is None:
            return
        db.execute("UPDATE images SET favourite = ?, trashed = ? WHERE id = ?",
                   (int(state["favourite"]), state["trashed"], key))
        if self.read(key)["tags"] != state["tags"]:  # tags feed the search index: rewrite them only when they differ
            db.execute("DELETE FROM image_tags WHERE image_id = ?", (key,))
            db.executemany("INSERT INTO image_tags(image_id, tag) VALUES (?, ?)", [(key, t) for t in state["tags"]])
        db.execute("DELETE FROM board_images WHERE image_id = ?", (key,))
        db.executemany("INSERT OR IGNORE INTO board_images(board_id, image_id) SELECT id, ? FROM boards WHERE id = ?",
                       [(key, b) for b in state["boards"]])

    def changes(self, key: int, before: object, after: object) -> ChangeSet:
        return ChangeSet(pictures=frozenset({key}))


class _BoardRows:
    container = True

    def __init__(self, project: "Project") -> None:
        self._db = lambda: project.db

    def read(self, key: int) -> dict | None:
        row = self._db().execute("SELECT name, created FROM boards WHERE id = ?", (key,)).fetchone()
        return None if row is None else {"name": row[0], "created": row[1]}

    def write(self, key: int, state: dict | None) -> None:
        if state is None:
            self._db().execute("DELETE FROM boards WHERE id = ?", (key,))
        else:
            self._db().execute("INSERT INTO boards(id, name, created) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE"
                               " SET name = excluded.name", (key, state["name"], state["created"]))

    def changes(self, key: int, before: object, after: object) -> ChangeSet:
        return ChangeSet(boards=frozenset({key}))
