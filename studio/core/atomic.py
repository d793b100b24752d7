"""Every file the studio writes (exports, settings, Save As, salvage) reaches its name in one way: written in full
to a temporary file beside the target, flushed to the disk, renamed over the target, and the rename itself
flushed (the folder is synced on POSIX). A failure at any step removes the temporary file and leaves whatever
was at the target before untouched; a power cut leaves either the old file or the new one, never a mix.

`fsync` is a seam: tests pass a recorder (or a failing one) to see that the data is flushed before the rename."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path

Fsync = Callable[[int], None]


def temp_beside(target: Path | str) -> Path:
    """An unused name for a temporary file in the target's folder (a rename only replaces atomically within
    one file system). Nothing is created: the caller writes it, then calls `move_into_place`."""
    target = Path(target)
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")


def write_bytes(target: Path | str, data: bytes, *, fsync: Fsync | None = None) -> Path:
    """Write `data` to `target` atomically and durably (see the module's note); returns the target."""
    target = Path(target)
    sync = fsync or os.fsync
    tmp = temp_beside(target)
    # O_EXCL: never write through a file (or link) someone else put there; 0o666 less the umask, like any new file
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            sync(handle.fileno())
        _rename(tmp, target, sync)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def move_into_place(tmp: Path | str, target: Path | str, *, fsync: Fsync | None = None) -> Path:
    """For a file something else wrote at `tmp` (SQLite's backup, salvage): flush it, rename it over `target`
    and flush the rename. If any step fails the temporary file is removed and the error raised."""
    tmp, target = Path(tmp), Path(target)
    sync = fsync or os.fsync
    try:
        with open(tmp, "r+b") as handle:  # writable: Windows will not flush a read-only handle
            sync(handle.fileno())
        _rename(tmp, target, sync)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def _rename(tmp: Path, target: Path, sync: Fsync) -> None:
    os.replace(tmp, target)
    if os.name != "posix":
        return  # Windows has no folder handle to sync; its rename is journalled by NTFS
    try:
        folder = os.open(target.parent, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        sync(folder)
    except OSError:
        pass  # some file systems (network shares) refuse to sync a folder; the file itself is on the disk
    finally:
        os.close(folder)
