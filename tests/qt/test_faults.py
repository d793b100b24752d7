"""The window against faults: a full disk while pictures arrive, a book in use or read-only, a damaged book, a path
that cannot be made; and small things a person trips over (Tab in the chat box, Save As, Open Recent)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from studio.backends.offline import OfflineBackend
from studio.core.app.project import Project
from studio.core.document.recovery import BookLock
from tests.test_cli_faults import damage_table


@pytest.fixture
def warnings(window, monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(window, "warn", lambda title, text: said.append(text))
    return said


def listed_state(window, job_id: int) -> str:
    """The state the jobs list shows for a job, as a person reads it there."""
    (row,) = window.jobs_pane.tree.findItems(str(job_id), Qt.MatchFlag.MatchExactly, 0)
    return row.text(1)


class DiskFillsUp(OfflineBackend):
    """Offline pictures that take the last of the disk's room as they arrive: from then on nothing can be written
    to the book, the pictures themselves included (the book's fault seam, Document.simulate_full_disk)."""

    def __init__(self, project) -> None:
        super().__init__()
        self.project = project

    async def generate_image(self, request, on_preview=None):
        image = await super().generate_image(request, on_preview)
        self.project.simulate_full_disk()
        return image


class NeverArrives(OfflineBackend):
    """Pictures that never finish arriving; the disk fills up meanwhile."""

    def __init__(self, project) -> None:
        super().__init__()
        self.project, self.started = project, []

    async def generate_image(self, request, on_preview=None):
        self.started.append(request.prompt)
        self.project.simulate_full_disk()
        await asyncio.Event().wait()


def test_a_full_disk_while_pictures_arrive_ends_every_slot_with_the_reason(qtbot, window):
    project = window.project
    window.studio.backend = DiskFillsUp(project)
    window.chat.input.setPlainText("draw a kite")
    qtbot.keyClick(window.chat.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.chat.busy, timeout=60_000)  # was: "Drawing…" forever
    slots = window.chat.slots()
    assert len(slots) == 4
    assert {slot.state for slot in slots} == {"failed"}
    assert all("disk is full" in slot.label.text() for slot in slots)
    assert {listed_state(window, slot.job_id) for slot in slots} == {"failed"}
    assert any(b.role == "error" and "disk is full" in b.text.text() for b in window.chat.bubbles())
    window.chat.input.setPlainText("try again")
    assert window.chat.send_button.isEnabled()  # and the next message can be sent once there is room
    assert project.images() == []  # nothing was written: the disk really was full for the pictures too
    project.simulate_full_disk(False)


def test_stop_ends_a_turn_even_when_the_disk_cannot_record_it(qtbot, window):
    project = window.project
    backend = window.studio.backend = NeverArrives(project)
    window.chat.input.setPlainText("draw a kite")
    qtbot.keyClick(window.chat.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(backend.started), timeout=60_000)
    window.chat.stop_button.click()
    qtbot.waitUntil(lambda: not window.chat.busy, timeout=60_000)  # was: Stop did nothing
    slots = window.chat.slots()
    assert slots and {slot.state for slot in slots} <= {"cancelled", "failed"}
    rows = {listed_state(window, slot.job_id) for slot in slots}
    assert rows <= {"cancelled", "failed"}  # was: "running" forever, though nothing was running
    project.simulate_full_disk(False)


def test_a_book_open_elsewhere_is_offered_read_only(qtbot, window, tmp_path, monkeypatch):
    book = tmp_path / "Shared.storybook"
    Project.create(book).close()
    other = BookLock(book)
    assert other.acquire()  # another window has it
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Open)
    try:
        assert window.open_path(book)
        assert "open in another" in asked[0]
        assert window.project.read_only == "it is open in another window" and "(read-only)" in window.windowTitle()
        assert window.chat.input.isReadOnly() and "read-only" in window.chat.input.placeholderText()
        window.chat.input.setPlainText("a message")  # even with something to send
        changers = (window.chat.send_button, window.storyboard.add_button, window.storyboard.illustrate_button,
                    window.cast.new_button)  # were enabled, and silently did nothing
        assert not any(w.isEnabled() for w in changers)
        assert all("read-only (it is open in another window)" in w.toolTip() for w in changers)
        assert window.open_export() is not None  # looking and exporting still work
    finally:
        window.set_project(Project.create(tmp_path / "Other.storybook"))
        other.release()
    window.chat.input.setPlainText("a message")
    assert window.storyboard.add_button.isEnabled() and window.chat.send_button.isEnabled()  # a book to change
    assert "read-only" not in window.storyboard.illustrate_button.toolTip()


def test_a_damaged_book_is_explained_and_the_window_carries_on(qtbot, window, tmp_path, warnings):
    book = tmp_path / "Damaged.storybook"
    project = Project.create(book)
    for i in range(300):
        project.add_message("user", f"line {i} " * 30)
    project.close()
    damage_table(book, "messages")
    assert not window.open_path(book)
    assert "studio check" in warnings[0] and "--salvage" in warnings[0]
    assert window.project is not None and window.project.untitled  # a fresh book to go on with


def test_a_book_path_whose_folder_is_missing_opens_the_window_on_a_new_book(qtbot, window, tmp_path, warnings,
                                                                          monkeypatch):
    from studio.qt import app

    monkeypatch.setattr(app, "unsaved_dir", lambda: tmp_path / "Unsaved")
    app.open_book(window, tmp_path / "missing" / "folder" / "x.storybook")  # was: a traceback and no window
    assert "does not exist" in warnings[0]
    assert window.project is not None and window.project.untitled
    assert not (tmp_path / "missing").exists()


def test_a_book_named_on_the_command_line_is_in_open_recent(qtbot, window, tmp_path):
    from studio.qt import app

    app.open_book(window, tmp_path / "FromTheShell.storybook")
    assert str((tmp_path / "FromTheShell.storybook").resolve()) == window.settings.recent_files[0]


def test_save_as_proposes_the_books_own_name(qtbot, window, monkeypatch):
    proposed = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: proposed.append(a[2]) or ("", ""))
    window._choose_save_as()
    assert Path(proposed[0]).name == "Larry copy.storybook"  # was: "Untitled.storybook"


def test_tab_in_the_chat_box_moves_on_instead_of_typing_a_tab(qtbot, window):
    window.chat.input.setPlainText("draw")
    qtbot.keyClick(window.chat.input, Qt.Key.Key_Tab)
    assert window.chat.input.toPlainText() == "draw"
