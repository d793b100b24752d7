"""File ▸ Export ▸ Contact Sheet…: a live preview drawn by the writer, the file written off the GUI thread with
progress and Cancel, and the choices remembered for next time."""

from __future__ import annotations

import threading

import pdfplumber
import pytest
from PySide6.QtWidgets import QFileDialog

from studio.qt.output import contact_sheet_dialog
from studio.qt.output.contact_sheet_dialog import KEY, ContactSheetDialog
from tests.core.output.test_contact_sheet import SHAPES, add_concept


@pytest.fixture
def concepts(window):
    """Nine concept pictures on the board “Round 1”; no contact sheet choices remembered yet."""
    ContactSheetDialog._settings(None).remove(KEY.rstrip("/"))
    ids = [add_concept(window.project, n, w, h) for n, (w, h) in enumerate(SHAPES, start=1)]
    window.project.gallery.add_to_board(window.project.gallery.add_board("Round 1").id, ids)
    return ids


def shown(qtbot, dialog: ContactSheetDialog) -> None:
    """Wait until the preview for the current choices is on screen."""
    qtbot.waitUntil(lambda: not dialog._debounce.isActive() and dialog.preview_task is not None
                    and dialog.preview_task.done(), timeout=60_000)


def coloured_share(image) -> float:
    """How much of an image is colour (the concepts are blue and yellow; paper and text are white and grey)."""
    points = [(x * image.width() // 40, y * image.height() // 40) for x in range(40) for y in range(40)]
    return sum(image.pixelColor(x, y).hsvSaturationF() > 0.3 for x, y in points) / len(points)


def sheet_labels(dialog: ContactSheetDialog) -> list[str]:
    return [dialog.preview_list.item(i).text() for i in range(dialog.preview_list.count())]


def test_the_preview_follows_the_choices_and_the_export_matches_it(qtbot, window, concepts, tmp_path, monkeypatch):
    action = next(a for a in window.findChildren(type(window.menuBar().actions()[0]))
                  if a.text().replace("&", "") == "Contact Sheet…")
    action.trigger()
    dialog = next(d for d in window.findChildren(ContactSheetDialog))
    dialog.source.setCurrentIndex(dialog.source.findData("board"))
    dialog.per_page.setCurrentIndex(dialog.per_page.findData(4))
    shown(qtbot, dialog)
    assert sheet_labels(dialog) == ["Sheet 1 of 3", "Sheet 2 of 3"]  # the first two sheets of three
    icon = dialog.preview_list.item(0).icon().pixmap(dialog.preview_list.iconSize()).toImage()
    assert icon.height() > 300 and coloured_share(icon) > 0.2  # the pictures, not an empty sheet

    dialog.per_page.setCurrentIndex(dialog.per_page.findData(9))
    dialog.landscape.setChecked(True)
    shown(qtbot, dialog)
    assert sheet_labels(dialog) == ["Sheet 1 of 1"]
    size = dialog.preview_list.iconSize()
    assert size.width() > size.height()  # a landscape sheet

    out = tmp_path / "round 1.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: (str(out), ""))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=60_000)
    assert dialog.last_result.paths == [out]
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == 1 and len(pdf.pages[0].images) == 9 and pdf.pages[0].width > pdf.pages[0].height
    dialog.written.close()


def test_the_gallerys_selection_as_png_sheets(qtbot, window, concepts, tmp_path):
    dialog = window.open_contact_sheet(concepts[:3])
    assert dialog.source.currentData() == "images" and dialog.images.text() == "1, 2, 3"
    dialog.per_page.setCurrentIndex(dialog.per_page.findData(2))
    dialog.file_format.setCurrentIndex(dialog.file_format.findData("png"))
    dialog.dpi.setValue(40)
    shown(qtbot, dialog)
    task = dialog.export_to(tmp_path / "picks.png")
    qtbot.waitUntil(task.done, timeout=60_000)
    assert [p.name for p in dialog.last_result.paths] == ["picks-1.png", "picks-2.png"]


def test_mistakes_are_said_in_the_preview_and_nothing_can_be_exported(qtbot, window, concepts):
    dialog = window.open_contact_sheet()
    dialog.source.setCurrentIndex(dialog.source.findData("images"))
    dialog.images.setText("2, 77")
    qtbot.waitUntil(lambda: "#77" in dialog.preview_note.text(), timeout=10_000)
    assert not dialog.export_button.isEnabled() and dialog.preview_list.count() == 0
    dialog.images.setText("2, 3")
    shown(qtbot, dialog)
    assert dialog.export_button.isEnabled() and sheet_labels(dialog)[0].startswith("Sheet 1 of")


def test_cancel_stops_the_write_and_leaves_nothing(qtbot, window, concepts, tmp_path, monkeypatch):
    started = threading.Event()

    def slow_write(sheet, options, out, dpi, progress):  # a long write, stopped only by Cancel
        started.set()
        progress.cancel.wait(60)
        progress.check()

    monkeypatch.setattr(contact_sheet_dialog, "write_contact_sheet", slow_write)
    dialog = window.open_contact_sheet()
    dialog.source.setCurrentIndex(dialog.source.findData("board"))
    shown(qtbot, dialog)
    out = tmp_path / "sheet.pdf"
    task = dialog.export_to(out)
    qtbot.waitUntil(started.is_set, timeout=30_000)
    assert dialog.close_button.text() == "Cancel" and not dialog.export_button.isEnabled()
    dialog.close_button.click()
    qtbot.waitUntil(task.done, timeout=30_000)
    assert dialog.status.text() == "Cancelled: nothing was written."
    assert dialog.isVisible() and not out.exists()


def test_the_choices_are_remembered_for_next_time(qtbot, window, concepts):
    dialog = window.open_contact_sheet()
    dialog.source.setCurrentIndex(dialog.source.findData("board"))
    dialog.per_page.setCurrentIndex(dialog.per_page.findData(6))
    dialog.paper.setCurrentIndex(dialog.paper.findData("tabloid"))
    dialog.landscape.setChecked(True)
    dialog.client.setText("For Acme Books — round 2")
    dialog.close_button.click()
    again = window.open_contact_sheet()
    assert again.source.currentData() == "board" and again.board.currentData() == "Round 1"
    assert again.per_page.currentData() == 6 and again.paper.currentData() == "tabloid"
    assert again.landscape.isChecked() and again.client.text() == "For Acme Books — round 2"
    shown(qtbot, again)
    assert sheet_labels(again) == ["Sheet 1 of 2", "Sheet 2 of 2"]


def test_closing_while_the_preview_is_drawn_leaves_nothing_running(qtbot, window, concepts, monkeypatch):
    started, release = threading.Event(), threading.Event()
    drawn = contact_sheet_dialog._draw_preview

    def slow_preview(*args):  # a preview still being drawn when the dialog closes
        started.set()
        release.wait(30)
        return drawn(*args)

    monkeypatch.setattr(contact_sheet_dialog, "_draw_preview", slow_preview)
    dialog = window.open_contact_sheet()
    dialog.source.setCurrentIndex(dialog.source.findData("board"))
    qtbot.waitUntil(started.is_set, timeout=30_000)
    task = dialog.preview_task
    failures = []
    window.runner.failed.connect(lambda what, message: failures.append(message))
    dialog.close_button.click()
    release.set()
    qtbot.waitUntil(task.done, timeout=30_000)
    assert task.cancelled() and failures == []
