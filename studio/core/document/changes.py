"""Typed change sets: every change to a book says exactly what it touched, so a view updates only that.

Core emits a `ChangeSet` through the book's `ChangeHub`; views subscribe and patch what the set names (one
page's frames, one picture's star, one job's state) instead of re-reading the book. Several changes made in
one step are merged into one set, sent once when the step is written.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, fields
from typing import Callable, Iterable

log = logging.getLogger(__name__)

_NONE: frozenset[int] = frozenset()


def ids(values: Iterable[int | None]) -> frozenset[int]:
    return frozenset(int(v) for v in values if v is not None)


@dataclass(frozen=True)
class ChangeSet:
    pages: frozenset[int] = _NONE  # pages whose kind, template or frames changed (or that came or went)
    frames: frozenset[int] = _NONE  # frames whose place, look, picture or words changed
    page_order: bool = False  # pages added, removed or moved
    book_format: bool = False  # trim, bleed, margins, title…
    pictures_added: frozenset[int] = _NONE
    pictures: frozenset[int] = _NONE  # a picture's star, trash, tags or boards
    pictures_removed: bool = False  # the trash was emptied
    boards: frozenset[int] = _NONE  # boards made, renamed or removed
    cast: frozenset[int] = _NONE
    jobs: frozenset[int] = _NONE
    messages_added: frozenset[int] = _NONE
    messages: frozenset[int] = _NONE  # a message's extra (a picture chosen, a story's pages made…)
    history: bool = False  # the undo history changed (a step added, undone or redone)

    def __or__(self, other: "ChangeSet") -> "ChangeSet":
        merged = {}
        for f in fields(self):
            a, b = getattr(self, f.name), getattr(other, f.name)
            merged[f.name] = a | b
        return ChangeSet(**merged)

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    @property
    def any_pages(self) -> bool:
        """Anything a page shows may look different: its frames, the pages' order, or the book's format."""
        return bool(self.pages or self.frames or self.page_order or self.book_format or self.pictures_removed)

    @property
    def gallery(self) -> bool:
        """The gallery's lists may differ: a picture starred, trashed, tagged, put on a board; boards changed."""
        return bool(self.pictures or self.boards or self.pictures_removed)


Listener = Callable[[ChangeSet], None]


class ChangeHub:
    """Sends change sets to the views. Inside `batch()` the sets are merged and sent once at the end."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._held: ChangeSet | None = None
        self._depth = 0

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def emit(self, change: ChangeSet) -> None:
        if not change:
            return
        if self._depth:
            self._held = change if self._held is None else self._held | change
            return
        for listener in list(self._listeners):
            try:
                listener(change)
            except Exception:  # one broken view must not stop the others from updating
                log.exception("change listener failed for %s", change)

    def hold(self) -> None:
        self._depth += 1

    def release(self, send: bool = True) -> None:
        self._depth -= 1
        if self._depth == 0:
            held, self._held = self._held, None
            if held is not None and send:
                self.emit(held)
