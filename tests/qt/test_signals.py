"""The window ended by a signal (a logout, `kill`, Ctrl+C in its terminal) closes as Quit does: nothing is left
beside the book."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from studio.core.app.project import Project
from studio.core.document.recovery import lock_path
from tests.test_cli_faults import made_book


def wait_for(condition, proc: subprocess.Popen, seconds: float = 90) -> None:
    """Until `condition()` holds, the process still running; the deadline is only a backstop."""
    deadline = time.monotonic() + seconds
    while not condition():
        try:
            proc.wait(timeout=0.05)  # returns at once if the window ends before the condition holds
        except subprocess.TimeoutExpired:
            assert time.monotonic() < deadline, "timed out"
            continue
        raise AssertionError(proc.communicate()[1])


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_to_the_window_closes_the_book_properly(tmp_path, signum):
    shelf = tmp_path / "Shelf"
    shelf.mkdir()
    book = made_book(shelf)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([sys.executable, "-m", "studio", str(book), "--backend", "offline"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            cwd=Path(__file__).parent.parent.parent)
    try:
        wait_for(lambda: lock_path(book).exists(), proc)  # the book is open in the window
        proc.send_signal(signum)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err  # was: killed by the signal …
    assert sorted(p.name for p in shelf.iterdir()) == ["Larry.storybook"], err  # … leaving .lock, -wal, -shm
    project = Project.open(book, read_only=True)
    assert len(project.images()) == 4
    project.close()
