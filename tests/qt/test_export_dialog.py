"""Exports land where people look: the save dialog opens in the last export folder (else Documents, never the
hidden Unsaved folder) with the book's title and what the file is; once written, Open and Show in Folder."""

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QFileDialog

from studio.core.app import edits
from studio.core.app.project import Project
from studio.core.settings import unsaved_dir
from studio.qt.output import destination

TITLE = "Larry and the Stormy Night"


@pytest.fixture
def desk(tmp_path, monkeypatch):
    """A home with a Documents folder, no export remembered, and the desktop replaced by a list of opened URLs."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    destination._settings().remove(destination.LAST_FOLDER_KEY)
    opened: list[QUrl] = []
    monkeypatch.setattr(destination, "open_url", lambda url: opened.append(url) or True)
    asked: list[tuple[str, str]] = []  # (what the dialog proposed, the folder it was given)

    def answer_with(path: Path | None):
        def save(_parent, _caption, proposed, _filter=""):
            asked.append(proposed)
            return (str(path) if path else "", "")

        def folder(_parent, _caption, start=""):
            asked.append(start)
            return str(path) if path else ""
        monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", folder)

    return type("Desk", (), {"home": home, "opened": opened, "asked": asked, "answer_with": staticmethod(answer_with)})


def _titled(project: Project, title: str = TITLE) -> None:
    edits.set_book_format(project, replace(project.book_format(), title=title))


def _write_booklet(qtbot, window, desk, tmp_path):
    """The Export dialog, Booklet, saved as printed/mine.pdf: the dialog once it has written it, and the file."""
    dialog = window.open_export()
    dialog.choose("booklet")
    out = tmp_path / "printed" / "mine.pdf"
    out.parent.mkdir()
    desk.answer_with(out)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=60_000)
    return dialog, out


def test_the_first_export_is_offered_in_documents_under_the_books_title_then_opens(qtbot, window, desk, tmp_path):
    _titled(window.project)
    dialog, out = _write_booklet(qtbot, window, desk, tmp_path)
    assert desk.asked == [str(desk.home / "Documents" / f"{TITLE} – booklet.pdf")]
    assert out.is_file() and dialog.written.isVisible()
    assert "mine.pdf" in dialog.written.text()
    dialog.written.show_button.click()
    dialog.written.open_button.click()
    assert desk.opened == [QUrl.fromLocalFile(str(out.parent)), QUrl.fromLocalFile(str(out))]

    # the next export starts where the last one went
    dialog.choose("home")
    desk.answer_with(None)  # cancelled: nothing written, nothing remembered
    dialog.export_button.click()
    assert desk.asked[-1] == str(out.parent / f"{TITLE} – home print.pdf")


def test_an_unsaved_book_is_never_offered_its_hidden_folder_or_made_up_name(qtbot, window, desk):
    window.set_project(Project.untitled_project(unsaved_dir()))
    assert window.project.path.parent == unsaved_dir()
    destination._settings().setValue(destination.LAST_FOLDER_KEY, str(unsaved_dir()))  # even if it was remembered
    dialog = window.open_export()
    dialog.choose("cover")
    desk.answer_with(None)
    dialog.export_button.click()
    assert desk.asked == [str(desk.home / "Documents" / "Untitled book – cover.pdf")]


def test_a_title_written_only_on_the_cover_names_the_export(qtbot, window, desk):
    from studio.core.layout.book import set_title

    assert window.project.book_format().title == ""
    set_title(window.project, "Larry\nand the Moon")  # typed on the cover, over two lines
    dialog = window.open_export()
    desk.answer_with(None)
    dialog.export_button.click()
    assert desk.asked == [str(desk.home / "Documents" / "Larry and the Moon – print-ready.pdf")]


def test_a_folder_that_is_gone_falls_back_to_documents(qtbot, window, desk, tmp_path):
    destination.remember_folder(tmp_path / "usb stick")  # never existed, or was unplugged
    dialog = window.open_export()
    dialog.choose("images")
    desk.answer_with(None)
    dialog.export_button.click()
    assert desk.asked == [str(desk.home / "Documents")]


def test_stickers_are_offered_under_the_books_title_and_open_after_saving(qtbot, window, desk, tmp_path):
    from tests.core.stickers.test_stickers import hedgehog, png

    _titled(window.project, "Larry's Tea: Part 2")
    data = png(hedgehog(300))
    image_id = window.project.add_image(data, data, 300, 300, "image/png").id
    dialog = window.open_stickers([image_id])
    out = tmp_path / "cut" / "sheet.svg"
    out.parent.mkdir()
    desk.answer_with(out)
    dialog.save_svg.click()
    assert desk.asked == [str(desk.home / "Documents" / "Larry's Tea Part 2 – sticker cut paths.svg")]
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=60_000)
    assert out.is_file()
    dialog.written.show_button.click()
    assert desk.opened == [QUrl.fromLocalFile(str(out.parent))]


def test_pictures_exported_from_the_gallery_start_in_the_last_folder_and_can_be_shown(qtbot, window, desk, tmp_path):
    from tests.core.stickers.test_stickers import hedgehog, png

    last = tmp_path / "for the printer"
    last.mkdir()
    destination.remember_folder(last)
    data = png(hedgehog(120))
    image_id = window.project.add_image(data, data, 120, 120, "image/png").id
    qtbot.waitUntil(lambda: window.gallery.model.rowCount() == 1, timeout=10_000)
    window.gallery.select_image(image_id)
    out = tmp_path / "pictures"
    out.mkdir()
    desk.answer_with(out)
    window.gallery.choose_export("jpeg")
    assert desk.asked == [str(last)]
    qtbot.waitUntil(lambda: getattr(window.gallery, "written", None) is not None, timeout=30_000)
    assert [p.suffix for p in out.iterdir()] == [".jpg"]
    window.gallery.written.show_button.click()
    assert desk.opened == [QUrl.fromLocalFile(str(out))]
    assert destination.last_folder() == out


def test_the_booklet_preview_shows_each_sheet_side_as_the_written_booklet_prints_it(qtbot, window, tmp_path):
    from pypdf import PdfReader

    from studio.core.layout import book
    from studio.core.layout.sides import page_label, page_numbers
    from studio.core.output.home import SHEETS

    project = window.project
    book.add_story_pages(project, {"title": "Larry's Tea Party", "pages": [
        {"text": f"Larry's step {n}."} for n in range(1, 7)]})  # title, dedication, 6 steps: 8 pages inside
    pages = project.pages()
    words = {page_label(p, n): p.frame("text").text for p, n in zip(pages, page_numbers(pages))
             if p.kind == "story" and p.frame("text") is not None}
    dialog = window.open_export()
    assert not dialog.booklet_preview.isVisible()
    dialog.choose("booklet")
    dialog.sheet.setCurrentIndex(dialog.sheet.findData("letter"))
    assert dialog.booklet_preview.isVisible()
    qtbot.waitUntil(lambda: dialog.booklet_preview.count() == 6, timeout=30_000)  # 3 sheets, both sides
    shown = dialog.booklet_preview.sides
    assert shown[0] == ("Back cover", "Cover")
    assert shown[1] == ("inside cover", "end page")  # what the booklet adds is named as such
    assert shown[2] == ("Page 8", "Page 1")  # page 1 is a right-hand page, in the booklet too
    assert "inside of the front cover" in dialog.booklet_preview.toolTip()  # and why, before anything is written
    task = dialog.export_to(tmp_path / "booklet.pdf")
    qtbot.waitUntil(task.done, timeout=60_000)
    width = SHEETS["letter"][1]

    def halves(sheet) -> tuple[str, str]:
        left, right = [], []

        def visit(text, cm, tm, _font, _size):
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                (left if x < width / 2 else right).append(text.strip())
        sheet.extract_text(visitor_text=visit)
        return " ".join(left), " ".join(right)

    printed = [halves(sheet) for sheet in PdfReader(tmp_path / "booklet.pdf").pages]
    assert len(printed) == len(shown)
    checked = 0
    for (left, right), (printed_left, printed_right) in zip(shown, printed):
        for label, text in ((left, printed_left), (right, printed_right)):
            if label in words:
                assert words[label] in text, f"{label} is not where the preview shows it"
                checked += 1
    assert checked == 6  # every story page was found on the side and half the preview put it


def test_open_says_where_the_file_is_when_nothing_on_the_computer_opens_it(qtbot, window, desk, tmp_path,
                                                                           monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(destination, "open_url", lambda url: False)  # no PDF viewer here, as under bare Xvfb
    dialog, out = _write_booklet(qtbot, window, desk, tmp_path)
    dialog.written.open_button.click()
    qtbot.waitUntil(lambda: any(b.objectName() == "couldNotOpen" and b.isVisible()
                                for b in window.findChildren(QMessageBox)), timeout=10_000)
    said = next(b for b in window.findChildren(QMessageBox) if b.objectName() == "couldNotOpen").text()
    assert "mine.pdf" in said and str(out.parent) in said


def test_exporting_for_kdp_checks_the_file_and_a_fix_adds_the_pages_it_asks_for(qtbot, window, tmp_path):
    """A book of 18 pages is too short for KDP: the finding's button adds the 6 blank pages (one undo step), then the
    file is written again and checked again; KDP is remembered as the book's printer."""
    import pikepdf

    from studio.core.layout import book

    book.add_story_pages(window.project, {"pages": [{"text": f"Words {n}"} for n in range(16)]})  # 18 pages inside
    last_edit = window.project.history.next_undo()
    dialog = window.open_export()
    assert dialog.target.currentData() == ""  # a book with no printer chosen exports as it is made
    dialog.choose_target("kdp")
    assert dialog.preflight.isVisible() and dialog.preflight.isChecked()
    out = tmp_path / "kdp.pdf"
    dialog.export_to(out)
    qtbot.waitUntil(lambda: dialog.findings is not None, timeout=60_000)
    with pikepdf.open(out) as pdf:
        assert [float(v) for v in pdf.pages[0].MediaBox] == [0, 0, 8.125 * 72, 8.25 * 72]  # 8 × 8 in + KDP bleed
    count = next(f for f in dialog.findings if f.rule == "page_count")
    assert dialog.findings_list.isVisible() and "✗ 18 pages: Amazon KDP prints at least 24." in [
        label.text() for label in dialog.findings_list.messages]
    button = next(b for b in dialog.findings_list.fix_buttons if b.text() == "Add 6 blank pages")
    assert window.project.book_format().target == "kdp"
    assert window.project.history.next_undo() == last_edit  # remembered, not an edit: Undo still takes back the pages
    pages = len(window.project.pages())

    checked = dialog.findings
    button.click()
    qtbot.waitUntil(lambda: dialog.findings is not checked and not dialog.work.running, timeout=60_000)
    assert len(window.project.pages()) == pages + count.count
    assert "page_count" not in {f.rule for f in dialog.findings}
    with pikepdf.open(out) as pdf:
        assert len(pdf.pages) == 24
    assert dialog.findings_label.text().startswith("Added 6 blank pages")
    assert window.project.history.undo().name == "Add 6 blank pages"
    dialog.close()
    assert window.open_export().target.currentData() == "kdp"  # remembered in the book


def test_the_printer_is_offered_only_where_it_shapes_the_file(qtbot, window):
    dialog = window.open_export()
    dialog.choose_target("lulu")
    for kind, offered in (("book", True), ("cover", True), ("images", True), ("home", False), ("booklet", False)):
        dialog.choose(kind)
        assert dialog.target.isVisible() == offered, kind
        assert dialog.preflight.isVisible() == (kind in ("book", "cover")), kind
    assert dialog.choice().target == "lulu"


def test_book_settings_keep_a_default_printer(qtbot):
    from studio.core.document.model import BookFormat
    from studio.qt.storyboard.book_settings import BookSettingsDialog

    dialog = BookSettingsDialog(BookFormat(8.5, 8.5, target="ingramspark"))
    qtbot.addWidget(dialog)
    assert dialog.target.currentData() == "ingramspark"
    dialog.target.setCurrentIndex(dialog.target.findData("kdp"))
    assert dialog.book_format().target == "kdp"
    dialog.target.setCurrentIndex(dialog.target.findData(""))
    assert dialog.book_format().target == ""


def test_before_you_print_follows_the_printer_chosen_here(qtbot, window):
    """A new book is short: "Before you print" gives the rule of the printer chosen in the dialog, not KDP's for all."""
    dialog = window.open_export()
    dialog.choose_target("lulu")
    assert "Lulu prints at least 32" in dialog.report.toPlainText()
    dialog.choose_target("ingramspark")
    assert "IngramSpark prints at least 18" in dialog.report.toPlainText()
    dialog.close()
