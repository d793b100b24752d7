"""Untitled books left behind by an app that died are found again; books open elsewhere are left alone."""

import subprocess
import sys
import textwrap

from studio.core.app.project import Project
from studio.core.document.recovery import lock_path, unsaved_books

KILLED_APP = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from studio.core.app.project import Project
    project = Project.untitled_project(Path(sys.argv[1]))
    project.add_message("user", "Larry the sunflower hedgehog serves tea")
    project.add_message("assistant", "What a lovely idea!")
    print(project.path, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)  # no close, no clean-up: as a crash or kill -9 leaves it
""")


def leave_book_behind(folder):
    done = subprocess.run([sys.executable, "-c", KILLED_APP, str(folder)], capture_output=True, text=True)
    assert done.returncode == -9, done.stderr
    return done.stdout.strip()


def test_a_book_left_by_a_killed_app_is_offered_with_what_is_in_it(tmp_path):
    path = leave_book_behind(tmp_path)
    [book] = unsaved_books(tmp_path)
    assert str(book.path) == path and book.messages == 2 and book.images == 0
    assert "Larry the sunflower hedgehog" in book.describe() and "2 messages" in book.describe()
    reopened = Project.reopen_unsaved(book.path)
    assert reopened.untitled and [m.content for m in reopened.messages()][0].startswith("Larry")
    assert unsaved_books(tmp_path) == []  # open again, so no other window offers it
    reopened.close()  # closed deliberately: gone, with its lock
    assert list(tmp_path.iterdir()) == []


def test_a_book_open_in_a_running_window_is_not_offered(tmp_path):
    project = Project.untitled_project(tmp_path)
    project.add_message("user", "still working on this")
    assert unsaved_books(tmp_path) == []
    assert lock_path(project.path).exists()
    project.close()


def test_empty_leftovers_are_swept_and_saved_books_leave_nothing_behind(tmp_path):
    empty = tmp_path / "Untitled-empty.storybook"
    Project.create(empty).close()
    assert unsaved_books(tmp_path) == [] and not empty.exists()
    project = Project.untitled_project(tmp_path / "unsaved")
    project.add_message("user", "keep me")
    project.save_as(tmp_path / "Larry.storybook")
    assert list((tmp_path / "unsaved").iterdir()) == []
    project.close()
    assert Project.open(tmp_path / "Larry.storybook").messages()[0].content == "keep me"
