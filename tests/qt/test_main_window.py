import sqlite3

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from studio.core.app.project import Project
from studio.core.document.schema import SCHEMA_VERSION
from studio.core.layout.book import story_pages
from studio.core.settings import Settings
from tests.qt.conftest import send_and_wait, show_first_story_page
from studio.qt.main_window import MainWindow
from studio.qt.mime import image_mime


def test_offline_mode_is_announced_with_a_way_to_add_a_key(window):
    assert window.chat.banner.isVisible()
    assert "Offline" in window.backend_label.text()
    assert window.key_button.isVisible()


def test_asking_to_see_something_fills_chat_and_gallery_with_four_pictures(qtbot, window):
    send_and_wait(qtbot, window, "What does a super-duper sunflower hedgehog look like?")
    qtbot.waitUntil(lambda: window.gallery.model.rowCount() == 4, timeout=10_000)  # listed as they arrive
    slots = [s for b in window.chat.bubbles() for s in b.slots]
    assert len(slots) == 4 and all(s.state == "done" for s in slots)
    assert all(not s.label.pixmap().isNull() for s in slots)
    texts = [b.plain_text() for b in window.chat.bubbles()]
    assert texts[0] == "What does a super-duper sunflower hedgehog look like?"
    assert any("four ideas" in t for t in texts)


def test_the_input_stays_usable_while_pictures_are_made(qtbot, window):
    window.chat.input.setPlainText("draw a teapot")
    qtbot.keyClick(window.chat.input, Qt.Key.Key_Return)
    assert window.chat.busy
    qtbot.keyClicks(window.chat.input, "next idea")  # typing during the turn works
    assert window.chat.input.toPlainText() == "next idea"
    qtbot.waitUntil(lambda: not window.chat.busy, timeout=60_000)


def test_clicking_a_gallery_picture_shows_it_large_with_its_prompt(qtbot, window):
    send_and_wait(qtbot, window, "draw a teapot")
    record = window.gallery.model.record(0)
    window.gallery.select_image(record.id)
    assert record.prompt in window.gallery.details.plain_text()
    qtbot.waitUntil(lambda: window.gallery.preview.pixmap() is not None and not window.gallery.preview.pixmap().isNull(), timeout=60_000)
    assert window.gallery.preview.pixmap().width() > 128


def test_dropping_a_picture_on_the_page_places_it_and_undo_takes_it_back(qtbot, window):
    send_and_wait(qtbot, window, "draw a teapot")
    image_id = window.gallery.model.record(2).id
    canvas = window.storyboard.canvas
    frame = window.storyboard.current_page().frame("image")
    where = canvas.frame_rect(frame).center()
    mime = image_mime([image_id])
    drop = QDropEvent(QPointF(where), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    canvas.dropEvent(drop)
    assert window.project.frame(frame.id).image_id == image_id
    qtbot.waitUntil(lambda: canvas.has_picture(image_id), timeout=60_000)
    window.undo_stack.undo()
    assert window.project.frame(frame.id).image_id is None
    window.undo_stack.redo()
    assert window.project.frame(frame.id).image_id == image_id


def test_gallery_drag_carries_the_picture_ids(qtbot, window):
    send_and_wait(qtbot, window, "draw a teapot")
    model = window.gallery.model
    mime = model.mimeData([model.index(1)])
    from studio.qt.mime import image_ids
    assert image_ids(mime) == [model.record(1).id]


def test_typing_korean_text_under_the_picture_is_saved_and_undoable(qtbot, window):
    edit = window.storyboard.canvas.text_edit
    edit.setFocus()
    edit.insertPlainText("래리는 차를 따라요")
    frame = window.storyboard.current_page().frame("text")
    assert window.project.frame(frame.id).text == "래리는 차를 따라요"
    window.undo_stack.undo()
    assert window.project.frame(frame.id).text == ""


def test_save_reopen_restores_chat_gallery_and_pages(qtbot, qloop, window, tmp_path):
    send_and_wait(qtbot, window, "draw a teapot")
    show_first_story_page(window)
    window.storyboard.place_image(window.gallery.model.record(0).id)
    window.storyboard.canvas.text_edit.insertPlainText("Larry pours the tea. 래리가 차를 따라요.")
    window.storyboard.add_page()
    target = tmp_path / "Saved.storybook"
    assert window.save_as(target)
    window.project.close()
    window.project = None

    again = MainWindow(Settings(backend="offline"), persist_settings=False)
    qtbot.addWidget(again)
    assert again.open_path(target)
    assert again.gallery.model.rowCount() == 4
    bubbles = again.chat.bubbles()
    assert bubbles[0].plain_text() == "draw a teapot"
    assert sum(len(b.slots) for b in bubbles) == 4
    assert all(s.state == "done" for b in bubbles for s in b.slots)
    pages = story_pages(again.project)
    assert len(pages) == 2 and len(again.project.pages()) == 6
    assert pages[0].frame("image").image_id == window_first_image(again)
    show_first_story_page(again)
    assert again.storyboard.canvas.text_edit.toPlainText() == "Larry pours the tea. 래리가 차를 따라요."
    again.project.close()
    again.project = None


def window_first_image(win):
    return win.gallery.model.record(0).id


def test_the_export_dialog_writes_the_book_off_the_gui_thread(qtbot, window, tmp_path):
    from pypdf import PdfReader

    show_first_story_page(window)
    window.storyboard.canvas.text_edit.insertPlainText("안녕, 래리!")
    window.storyboard.canvas.clearFocus()
    dialog = window.open_export()
    assert "need at least 24" in dialog.report.toPlainText()  # the report is there before anything is written
    out = tmp_path / "book.pdf"
    task = dialog.export_to(out)
    qtbot.waitUntil(task.done, timeout=60_000)
    assert task.exception() is None
    assert "Wrote book.pdf" in dialog.status.text()
    assert "안녕, 래리!" in "".join(page.extract_text() for page in PdfReader(out).pages)
    dialog.choose("booklet")
    assert dialog.sheet.isVisible() and not dialog.crop_marks.isVisible()
    task = dialog.export_to(tmp_path / "booklet.pdf")
    qtbot.waitUntil(task.done, timeout=60_000)
    assert len(PdfReader(tmp_path / "booklet.pdf").pages) % 2 == 0


def test_cancel_in_the_export_dialog_stops_the_work_and_writes_nothing(qtbot, window, tmp_path, monkeypatch):
    import threading

    from studio.qt.output import export_dialog

    started = threading.Event()

    def slow_export(book, choice, target, progress):  # a long export, stopped only by Cancel
        started.set()
        progress.cancel.wait(60)
        progress.check()

    monkeypatch.setattr(export_dialog, "export", slow_export)
    dialog = window.open_export()
    out = tmp_path / "book.pdf"
    task = dialog.export_to(out)
    qtbot.waitUntil(started.is_set, timeout=30_000)
    assert dialog.close_button.text() == "Cancel" and not dialog.export_button.isEnabled()
    dialog.close_button.click()
    qtbot.waitUntil(task.done, timeout=30_000)
    assert dialog.status.text() == "Cancelled: nothing was written."
    assert dialog.isVisible() and dialog.close_button.text() == "Close"
    assert not out.exists()


def test_an_export_over_the_book_itself_is_refused_in_the_dialog(qtbot, window):
    dialog = window.open_export()
    before = window.project.path.read_bytes()
    task = dialog.export_to(window.project.path)
    qtbot.waitUntil(task.done, timeout=30_000)
    assert "is a book" in dialog.status.text()
    assert window.project.path.read_bytes() == before


def test_the_sticker_dialog_previews_the_sheet_and_saves_the_cut_files(qtbot, window, tmp_path):
    from pypdf import PdfReader

    from tests.core.stickers.test_stickers import hedgehog, png

    data = png(hedgehog(300))
    ids = [window.project.add_image(data, data, 300, 300, "image/png").id for _ in range(2)]
    dialog = window.open_stickers(ids)
    assert sorted(dialog.checked_ids()) == sorted(ids)
    qtbot.waitUntil(lambda: dialog.preview_pages == 1 and not dialog.preview.pixmap().isNull(), timeout=30_000)
    task = dialog.save("pdf", tmp_path / "stickers.pdf")
    qtbot.waitUntil(task.done, timeout=60_000)
    assert "CutContour" in dialog.status.text()
    assert len(PdfReader(tmp_path / "stickers.pdf").pages) == 1
    dialog.sheet.setCurrentIndex(dialog.sheet.findData("avery-5294"))
    assert not dialog.save_svg.isEnabled() and not dialog.save_cricut.isEnabled()
    dialog.size_all.setValue(9.0)  # too big for a Letter sheet: the preview says why
    dialog.sheet.setCurrentIndex(dialog.sheet.findData("letter"))
    qtbot.waitUntil(lambda: "larger than" in dialog.preview.text(), timeout=30_000)


def test_a_story_becomes_pages_with_one_click(qtbot, window):
    send_and_wait(qtbot, window, "Tell a story about Larry")
    story_bubble = next(b for b in window.chat.bubbles() if b.findChild(type(window.chat.send_button)))
    buttons = [w for w in story_bubble.findChildren(type(window.chat.send_button)) if "pages" in w.text()]
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    pages = story_pages(window.project)
    assert len(pages) == 5 and window.project.pages()[3].id == pages[0].id  # the empty first page is used
    assert all(p.frame("text").text for p in pages)
    assert all(p.frame("image") is not None for p in pages)
    assert window.project.images() == []


def test_a_newer_file_is_refused_with_a_message_and_the_open_book_stays(qtbot, window, tmp_path, monkeypatch):
    future = tmp_path / "future.storybook"
    Project.create(future).close()
    conn = sqlite3.connect(future)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    current = window.project
    assert not window.open_path(future)
    assert window.project is current
    box = window.findChild(QMessageBox, "warningBox")
    assert box is not None and "newer version" in box.text()


# -- the window remembered per machine, and its Help menu ---------------------------------------------------------

def _remembering_window(qtbot, tmp_path, name):
    """As the app starts: the window shown first, the studio built inside it (see app.start), on a book with a
    first message (an empty book always starts in Create, with the chat's suggestions)."""
    win = MainWindow(Settings(backend="offline"), persist_settings=False, build=False, remember_window=True)
    qtbot.addWidget(win)
    win.show()
    win.build()
    project = Project.create(tmp_path / name)
    project.add_message("user", "What does Larry look like?")
    win.set_project(project)
    qtbot.waitUntil(lambda: win.placed and win.centralWidget().isVisible() and win.workspaces.settled)
    return win


def _close(qtbot, win):
    win.close()  # the window waits for its cancelled work, then closes and saves its state
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=30_000)


def test_size_docks_pane_widths_and_workspace_are_remembered_on_this_machine(qtbot, qloop, tmp_path):
    from studio.core.settings import config_dir, settings_path

    win = _remembering_window(qtbot, tmp_path, "one.storybook")
    win.show_workspace("book")
    win.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, win.jobs_dock)  # moved to the left, then closed
    win.jobs_dock.hide()
    win.cast_dock.hide()
    qtbot.waitUntil(lambda: win.minimumSize().width() < 780)  # the smaller layout is in force
    win.resize(780, 700)  # within the test screen (800×800), which a restored window is kept inside
    win.workspaces.split.setSizes([0, 260, 500])
    sizes, left = win.workspaces.split.sizes(), win.size()
    _close(qtbot, win)
    assert (config_dir() / "window.ini").exists()
    assert not settings_path().exists() or "geometry" not in settings_path().read_text()
    assert not any(p.suffix == ".ini" for p in tmp_path.iterdir())  # nothing beside the book

    again = _remembering_window(qtbot, tmp_path, "two.storybook")
    assert again.size() == left
    assert not again.jobs_dock.isVisible() and not again.cast_dock.isVisible()
    assert again.dockWidgetArea(again.jobs_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert again.workspaces.current == "book" and again.storyboard.isVisible() and not again.chat.isVisible()
    assert again.workspace_actions["book"].isChecked()
    qtbot.waitUntil(lambda: again.workspaces.split.sizes() == sizes)  # set once the window has its size
    _close(qtbot, again)


def test_a_remembered_size_bigger_than_the_screen_is_brought_inside_it(qtbot, qloop, tmp_path, monkeypatch):
    from PySide6.QtCore import QRect

    from studio.qt import window_state

    win = _remembering_window(qtbot, tmp_path, "big.storybook")
    win.setGeometry(300, 200, 2400, 1500)  # on a big monitor, since unplugged
    qtbot.waitUntil(lambda: win.centralWidget().width() > 1500)
    cast = win.cast_dock.width()
    _close(qtbot, win)
    laptop = QRect(0, 0, 1280, 720)
    monkeypatch.setattr(window_state, "available", lambda _window: laptop)
    again = _remembering_window(qtbot, tmp_path, "small.storybook")
    qtbot.waitUntil(lambda: laptop.contains(again.frameGeometry()))  # once the frame around it is known
    # The dock, not the panes, keeps about its width (it once took half a laptop's screen when brought back smaller)
    qtbot.waitUntil(lambda: again.cast_dock.width() <= max(cast, again.cast_dock.minimumSizeHint().width()) + 40
                    and again.cast_dock.width() < again.width() * 0.4)
    _close(qtbot, again)


def test_the_first_start_opens_inside_the_screen(qtbot, qloop, tmp_path, monkeypatch):
    from PySide6.QtCore import QRect

    from studio.qt import window_state

    laptop = QRect(0, 0, 1366, 740)  # 1366×768 less a panel
    monkeypatch.setattr(window_state, "available", lambda _window: laptop)
    win = _remembering_window(qtbot, tmp_path, "first.storybook")
    qtbot.waitUntil(lambda: laptop.contains(win.frameGeometry()))
    assert win.width() >= 1200  # and uses the room it has
    _close(qtbot, win)


def test_getting_started_tells_a_parent_what_to_do_and_where_the_key_goes(qtbot, window):
    from PySide6.QtWidgets import QTextBrowser

    dialog = window.show_getting_started()
    assert dialog.isVisible()
    plain = dialog.findChild(QTextBrowser).toPlainText()
    for step in ("Ask", "Pick", "Name", "Stickers", "Story and book", "Print", "Offline mode", "API key"):
        assert step in plain, step
    dialog.close()


def test_keyboard_shortcuts_lists_every_key_the_menus_have_and_follows_them(qtbot, window):
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QTextBrowser

    from studio.qt.help import shortcut_rows

    listed = {keys for _section, rows in shortcut_rows(window) for _what, keys in rows}
    for action in window.findChildren(type(window.undo_action)):
        if not action.shortcut().isEmpty() and action.associatedObjects():
            assert action.shortcut().toString(QKeySequence.SequenceFormat.NativeText) in listed, action.text()
    window.undo_action.setShortcut(QKeySequence("Ctrl+Alt+U"))  # the list is made from the actions as they are
    dialog = window.show_shortcuts()
    shown = dialog.findChild(QTextBrowser).toPlainText()
    assert "Ctrl+Alt+U" in shown and "Undo" in shown and "Getting Started" in shown
    dialog.close()


def test_opening_the_book_already_open_here_just_says_so(qtbot, window, tmp_path, monkeypatch):
    """Was: Open Recent ▸ the book on screen said it "is open in another Picture Book Studio window"."""
    book = tmp_path / "Tea party.storybook"
    other = tmp_path / "Mo.storybook"
    Project.create(other).close()
    Project.create(book).close()
    assert window.open_path(other) and window.open_path(book)
    current = window.project
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Cancel)
    assert window.open_path(book)
    assert asked == [] and window.project is current and current.is_open and not current.read_only
    assert "already open" in window.statusBar().currentMessage()
    window._fill_recent()  # as the menu opens: the other book, not this one
    listed = [action.text() for action in window.recent_menu.actions()]
    assert any("Mo.storybook" in text for text in listed) and not any("Tea party" in t for t in listed)
    window.settings.recent_files = [str(book)]  # only the book on screen: said, and the menu still opens later
    window._fill_recent()
    assert [a.text() for a in window.recent_menu.actions()] == ["No other recent books"]
    assert window.recent_menu.isEnabled()


def test_file_open_starts_beside_the_book_on_screen(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    started = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda _p, _c, start, _f="": started.append(start) or ("", ""))
    window._choose_open()
    assert started == [str(window.project.path.parent)]  # not the folder the app happened to be started from
