"""Writing an export safely: progress, cancel, and never a half-written file at the target path.

Every output is built in memory or in a temporary file beside the target and only renamed over it once it is
complete, so a cancelled, failed or interrupted export leaves whatever was there before untouched."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from studio.core import atomic
from studio.core.document.errors import reason
from studio.core.i18n import _

BOOK_SUFFIX = ".storybook"


class ExportError(Exception):
    """The export could not be written; the message is for the user."""


class Cancelled(Exception):
    """The person pressed Cancel; nothing was written."""


@dataclass
class Progress:
    """Reports `done of total` steps and raises `Cancelled` at the next step once `cancel` is set. Callable
    from the worker thread; the callback decides how to get the figures to the window."""
    report: Callable[[int, int], None] | None = None
    cancel: threading.Event = field(default_factory=threading.Event)

    def step(self, done: int, total: int) -> None:
        self.check()
        if self.report:
            self.report(done, total)

    def check(self) -> None:
        if self.cancel.is_set():
            raise Cancelled()


def check_target(out: Path | str, book: Path | str | None = None) -> Path:
    """Refuse a target that would overwrite a book (the open one or any other)."""
    out = Path(out)
    if out.suffix.lower() == BOOK_SUFFIX or (book is not None and _same_file(out, Path(book))):
        raise ExportError(_("“{name}” is a book: choose another file name for the export.").format(name=out.name))
    if out.is_dir():
        raise ExportError(_("“{name}” is a folder: give a file name to write.").format(name=out))
    return out


def check_distinct(targets: dict[str, Path | str | None]) -> None:
    """Refuse two outputs of one export that would land on the same file (one would silently replace the other),
    whatever the spelling: relative or absolute, `..`, or a link to the other."""
    seen: dict[Path, str] = {}
    for option, target in targets.items():
        if not target:
            continue
        where = _where(Path(target))
        if where in seen:
            raise ExportError(_("{first} and {second} both name “{name}”: one would overwrite the other. Give each "
                                "its own file name.").format(first=seen[where], second=option, name=where.name))
        seen[where] = option


def _where(path: Path) -> Path:
    try:
        return path.expanduser().resolve()  # follows links, even to a file that does not exist yet
    except (OSError, RuntimeError):
        return path.absolute()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def write_atomically(out: Path | str, data: bytes) -> Path:
    """Write `data` to a temporary file beside `out`, flush it to disk, then rename it over `out` (core/atomic.py)."""
    out = Path(out)
    try:
        return atomic.write_bytes(out, data)
    except OSError as exc:
        raise ExportError(_cannot_write(out, exc)) from exc


def _cannot_write(out: Path, exc: OSError) -> str:
    if not out.parent.is_dir():
        return _("Could not write “{name}”: the folder {folder} does not exist.").format(name=out.name,
                                                                                         folder=out.parent)
    return _("Could not write “{name}”: {reason}.").format(name=out.name, reason=reason(exc))


# -- names for what is written ---------------------------------------------------------------------------------

UNTITLED_BOOK = "Untitled book"
NAME_SEPARATOR = " – "
MAX_NAME_BYTES = 200  # most file systems allow 255 bytes a name; room is left for "-2", a suffix and a temp name
# Characters Windows, macOS or Linux refuse in a name (or that mean a folder), and names Windows keeps for devices.
_REFUSED = set('<>:"/\\|?*') | {chr(c) for c in range(32)} | {"\x7f"}
_DEVICES = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def safe_file_name(name: str, fallback: str = UNTITLED_BOOK) -> str:
    """`name` made into a name every file system takes: no slashes, colons or control characters, no leading or
    trailing dots or spaces, not a Windows device name, at most MAX_NAME_BYTES of UTF-8 (cut between
    characters). Letters of any script are kept as they are."""
    cleaned = "".join(" " if c in _REFUSED else c for c in name)
    cleaned = " ".join(cleaned.split()).strip(". ")
    encoded = cleaned.encode("utf-8")
    if len(encoded) > MAX_NAME_BYTES:
        cleaned = encoded[:MAX_NAME_BYTES].decode("utf-8", errors="ignore").rstrip(". ")
    if not cleaned:
        return fallback
    stem, dot, rest = cleaned.partition(".")
    if stem.rstrip().upper() in _DEVICES:
        return f"{stem} book{dot}{rest}"
    return cleaned


def book_name(title: str, book_path: Path | str | None, untitled: bool = False) -> str:
    """What a book is called in the names of its exports: its title, else its file's name; a book never saved has
    only a made-up file name (“Untitled-20261126-104830”), so it is “Untitled book”."""
    if title.strip():
        return title.strip()
    if book_path is not None and not untitled:
        return Path(book_path).stem
    return UNTITLED_BOOK


def export_file_name(book: str, what: str = "", suffix: str = "") -> str:
    """“Larry and the Stormy Night – booklet.pdf”: the book's name, what the file is, the suffix; safe to write.
    The book's part is shortened first when the whole is too long, so what the file is always shows."""
    tail = (NAME_SEPARATOR + safe_file_name(what, "") if what else "") + suffix
    room = MAX_NAME_BYTES - len(tail.encode("utf-8"))
    head = safe_file_name(book).encode("utf-8")[:room].decode("utf-8", errors="ignore").rstrip(". ")
    return safe_file_name((head or UNTITLED_BOOK) + tail)
