"""One way to write a file: the data is flushed before the rename, the rename is flushed, and a failure at any
step leaves the old file as it was and no temporary file behind. Every writer in the studio goes through it."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from studio.core import atomic
from studio.core.app.project import Project
from studio.core.document.salvage import salvage
from studio.core.output.files import ExportError, write_atomically
from studio.core.settings import Settings, load_settings, save_settings

ROOT = Path(__file__).resolve().parents[2]


class Syncs:
    """An fsync that does the real thing and remembers what it flushed: (inode, is a folder, size at the time)."""

    def __init__(self, fail_on_file: OSError | None = None) -> None:
        self.calls: list[tuple[int, bool, int]] = []
        self.fail_on_file = fail_on_file

    def __call__(self, fd: int) -> None:
        info = os.fstat(fd)
        folder = stat.S_ISDIR(info.st_mode)
        self.calls.append((info.st_ino, folder, info.st_size))
        if self.fail_on_file is not None and not folder:
            raise self.fail_on_file
        os.fsync(fd)

    def files(self) -> list[tuple[int, int]]:
        return [(ino, size) for ino, folder, size in self.calls if not folder]

    def folders(self) -> list[int]:
        return [ino for ino, folder, _ in self.calls if folder]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_a_write_flushes_the_data_then_renames_then_flushes_the_folder(tmp_path):
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    syncs = Syncs()
    assert atomic.write_bytes(target, b"new data", fsync=syncs) == target
    assert target.read_bytes() == b"new data"
    # the file that was flushed, complete, is the one now at the target's name; then its folder was flushed
    assert syncs.files() == [(target.stat().st_ino, len(b"new data"))]
    if os.name == "posix":
        assert syncs.folders() == [tmp_path.stat().st_ino]
    assert leftovers(tmp_path) == []


def test_a_new_file_gets_the_usual_permissions_not_a_temp_files(tmp_path):
    umask = os.umask(0o022)
    os.umask(umask)
    atomic.write_bytes(tmp_path / "a.txt", b"x")
    assert stat.S_IMODE((tmp_path / "a.txt").stat().st_mode) == 0o666 & ~umask


def test_a_failed_flush_leaves_the_old_file_and_no_temp(tmp_path):
    target = tmp_path / "settings.json"
    target.write_bytes(b"old")
    with pytest.raises(OSError):
        atomic.write_bytes(target, b"new", fsync=Syncs(fail_on_file=OSError(errno.EIO, "I/O error")))
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_a_full_disk_mid_write_leaves_the_old_file_and_no_temp(tmp_path):
    """A real failure part way through the data: a second process whose files may grow to 64 KiB (RLIMIT_FSIZE
    fails a write past it with EFBIG, as a full disk fails one with ENOSPC)."""
    pytest.importorskip("resource")
    target = tmp_path / "book.pdf"
    target.write_bytes(b"the old export")
    script = (
        "import resource, sys\n"
        "from studio.core import atomic\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))\n"
        "try:\n"
        "    atomic.write_bytes(sys.argv[1], b'x' * 1_000_000)\n"
        "except OSError as exc:\n"
        "    print(exc.errno)\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(target)], capture_output=True, text=True, cwd=ROOT,
                          timeout=60)
    assert done.stdout.strip() == str(errno.EFBIG), done.stdout + done.stderr
    assert target.read_bytes() == b"the old export"
    assert leftovers(tmp_path) == []


def test_a_file_written_by_someone_else_is_flushed_before_it_is_moved_into_place(tmp_path):
    target = tmp_path / "copy.db"
    tmp = atomic.temp_beside(target)
    assert tmp.parent == tmp_path and not tmp.exists()
    tmp.write_bytes(b"made elsewhere")
    syncs = Syncs()
    atomic.move_into_place(tmp, target, fsync=syncs)
    assert syncs.files() == [(target.stat().st_ino, len(b"made elsewhere"))]
    assert not tmp.exists()


def test_a_move_that_fails_removes_the_temp_and_keeps_the_old_file(tmp_path):
    target = tmp_path / "copy.db"
    target.write_bytes(b"old")
    tmp = atomic.temp_beside(target)
    tmp.write_bytes(b"new")
    with pytest.raises(OSError):
        atomic.move_into_place(tmp, target, fsync=Syncs(fail_on_file=OSError(errno.ENOSPC, "No space left")))
    assert target.read_bytes() == b"old" and leftovers(tmp_path) == []


# Every writer in the studio uses the helper: the file that ends up at each target was flushed by os.fsync
# (SQLite's own syncs happen in C and never reach os.fsync, so what is seen here is the helper's).

@pytest.fixture
def flushed(monkeypatch):
    seen: list[int] = []
    real = os.fsync

    def fsync(fd: int) -> None:
        seen.append(os.fstat(fd).st_ino)
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    return lambda path: Path(path).stat().st_ino in seen


def test_exports_are_flushed(tmp_path, flushed):
    write_atomically(tmp_path / "page.png", b"png")
    assert flushed(tmp_path / "page.png")


def test_an_export_that_cannot_be_written_says_why_and_leaves_nothing(tmp_path):
    target = tmp_path / "missing" / "page.png"
    with pytest.raises(ExportError, match="does not exist"):
        write_atomically(target, b"png")


def test_settings_are_flushed(tmp_path, flushed):
    path = tmp_path / "settings.json"
    save_settings(Settings(image_quality="high"), path)
    assert flushed(path) and load_settings(path).image_quality == "high"
    assert leftovers(tmp_path) == []


def test_save_as_and_salvage_are_flushed(tmp_path, flushed):
    project = Project.create(tmp_path / "a.storybook")
    project.save_as(tmp_path / "b.storybook")
    project.close()
    assert flushed(tmp_path / "b.storybook")
    salvage(tmp_path / "b.storybook", tmp_path / "c.storybook")
    assert flushed(tmp_path / "c.storybook")
    assert leftovers(tmp_path) == []
