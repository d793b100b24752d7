"""A minimal change-notification hub: core emits, views observe."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Change:
    kind: str  # "image_added", "image_removed", "message_added", "message_changed", "pages", "page", "book"
    id: int | None = None


Listener = Callable[[Change], None]


class ChangeHub:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def emit(self, change: Change) -> None:
        for listener in list(self._listeners):
            try:
                listener(change)
            except Exception:  # one broken view must not stop the others from updating
                log.exception("change listener failed for %s", change)
