"""The storyboard as a person uses it: templates, the filmstrip, spreads and the overview, moving and styling
frames, variants, book settings, Illustrate the book — and Undo for each."""

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent

from studio.core.gallery.imaging import decode
from studio.core.layout import book
from studio.core.layout.frames import picture_fit, text_look
from studio.core.settings import Settings
from studio.qt.mime import image_mime
from tests.fake_openai import png_for


@pytest.fixture
def board(make_window):
    window = make_window(Settings(backend="offline"))
    project = window.project
    book.add_story_pages(project, {"title": "Larry's Tea Party", "pages": [
        {"text": "Larry wakes up."}, {"text": "Thunder rolls over the hill."}, {"text": "Tea for everyone."}]})
    window.storyboard.show_page(3)
    return window


def _picture(project, prompt="Larry", **settings):
    decoded = decode(png_for(prompt))
    return project.add_image(decoded.data, decoded.thumb, decoded.width, decoded.height, decoded.mime,
                             prompt=prompt, settings=settings).id


def _texts(project):
    return [p.frame("text").text if p.frame("text") else None for p in project.pages()]


def test_dragging_a_picture_from_the_gallery_onto_a_spread_lands_in_the_frame_under_the_pointer(qtbot, board):
    project, storyboard = board.project, board.storyboard
    image_id = _picture(project)
    storyboard.set_spread(True)  # page 4 (left) and page 5 (right)
    storyboard.show_page(4)
    canvas = storyboard.canvas
    assert [s.index for s in canvas.sheets] == [4, 5]
    right = project.pages()[5].frame("image")
    where = canvas.frame_rect(right).center()
    mime = image_mime([image_id])
    canvas.dropEvent(QDropEvent(QPointF(where), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier))
    assert project.frame(right.id).image_id == image_id
    assert project.pages()[4].frame("image").image_id is None  # not the current page's frame: the one pointed at
    qtbot.waitUntil(lambda: canvas.has_picture(image_id), timeout=60_000)
    board.undo_stack.undo()
    assert project.frame(right.id).image_id is None


def test_a_template_change_keeps_the_words_and_undo_restores_the_layout(qtbot, board):
    project, storyboard = board.project, board.storyboard
    image_id = _picture(project)
    page = storyboard.current_page()
    storyboard.place_image(image_id)
    box = storyboard.template_box
    box.setCurrentIndex(box.findData("full_bleed"))
    box.activated.emit(box.currentIndex())
    changed = project.page(page.id)
    assert changed.template == "full_bleed"
    assert changed.frame("image").image_id == image_id and changed.frame("text").text == "Larry wakes up."
    assert (changed.frame("image").x, changed.frame("image").w) == (0, 1)
    assert text_look(changed.frame("text")).backing
    assert "Layout: Full-bleed picture, text band" in board.undo_stack.undoText()
    board.undo_stack.undo()
    assert project.page(page.id).template == "picture_above"
    assert project.page(page.id).frame("image").image_id == image_id


def test_add_duplicate_delete_pages_each_one_undo_step(qtbot, board):
    project, storyboard = board.project, board.storyboard
    count = len(project.pages())
    storyboard.add_page()
    assert len(project.pages()) == count + 1 and storyboard.index == 4
    storyboard.show_page(3)
    storyboard.duplicate_page()
    assert _texts(project)[4] == "Larry wakes up." and storyboard.index == 4
    storyboard.delete_page()
    assert len(project.pages()) == count + 1
    for _ in range(3):
        board.undo_stack.undo()
    assert len(project.pages()) == count


def test_moving_a_frame_with_the_mouse_snaps_to_the_centre_and_arrows_nudge(qtbot, board):
    project, canvas = board.project, board.storyboard.canvas
    canvas.resize(700, 800)
    frame = board.storyboard.current_page().frame("image")
    rect = canvas.frame_rect(frame)
    start = rect.center().toPoint()
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    # drag right by ~a tenth of the page, plus two pixels past where the frame's centre meets a guide
    trim = canvas.page_rect()
    target = QPoint(start.x() + round(trim.width() * 0.1), start.y() + 2)
    qtbot.mouseMove(canvas, QPoint(start.x() + 10, start.y()))
    qtbot.mouseMove(canvas, target)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=target)
    moved = project.frame(frame.id)
    assert moved.x > frame.x + 0.05
    assert moved.y == pytest.approx(frame.y, abs=1e-9)  # 2 px off the old top: snapped back onto the guide
    assert board.undo_stack.undoText() == "Move frame"
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert project.frame(frame.id).x == pytest.approx(moved.x - 0.01, abs=1e-4)
    board.undo_stack.undo()  # the two nudges are one step
    assert project.frame(frame.id).x == pytest.approx(moved.x)
    board.undo_stack.undo()
    assert project.frame(frame.id).x == pytest.approx(frame.x)


def test_the_frame_panel_styles_text_and_crops_pictures(qtbot, board):
    project, storyboard = board.project, board.storyboard
    page = storyboard.current_page()
    storyboard.canvas.select(page.frame("text"))
    panel = storyboard.panel
    panel.family.setCurrentIndex(panel.family.findData("serif"))
    panel.size.setValue(28)
    panel.backing.setChecked(True)
    look = text_look(project.frame(page.frame("text").id))
    assert (look.family, look.size, look.backing) == ("serif", 28, True)
    storyboard.canvas.grab()
    assert storyboard.canvas.painted_lines  # still set in lines, now in the serif face
    image_id = _picture(project)
    storyboard.place_image(image_id)
    storyboard.canvas.select(project.page(page.id).frame("image"))
    panel.zoom.setValue(150)
    panel.zoom.setValue(200)
    assert picture_fit(project.frame(page.frame("image").id)).zoom == 2.0
    board.undo_stack.undo()  # the slider's steps are one
    assert picture_fit(project.frame(page.frame("image").id)).zoom == 1.0


def test_a_variant_swaps_in_with_one_click(qtbot, board):
    project, storyboard = board.project, board.storyboard
    first = _picture(project, "Larry in a meadow")
    other = _picture(project, "Larry in a meadow, softer", variant_of=first)
    storyboard.place_image(first)
    frame = storyboard.current_page().frame("image")
    storyboard.canvas.select(frame)
    variants = storyboard.panel.variants
    assert [variants.item(i).text() for i in range(variants.count())] == [f"#{first}", f"#{other}"]
    variants.itemClicked.emit(variants.item(1))
    assert project.frame(frame.id).image_id == other


def test_changing_the_trim_in_book_settings_reflows_and_undo_restores(qtbot, board):
    from studio.qt.storyboard.book_settings import BookSettingsDialog

    project, storyboard = board.project, board.storyboard
    before = project.pages()
    dialog = BookSettingsDialog(project.book_format())
    dialog.trim.setCurrentIndex(dialog.trim.findData("6x9in"))
    dialog.model.setCurrentIndex(dialog.model.findData("pod"))
    storyboard.set_book_format(dialog.book_format())
    fmt = project.book_format()
    assert (fmt.trim_width_in, fmt.trim_height_in, fmt.bleed_model) == (6, 9, "pod")
    assert _texts(project) == [p.frame("text").text if p.frame("text") else None for p in before]
    assert storyboard.canvas.warnings == [] or all(w.kind != "outside_safe_area" for w in storyboard.canvas.warnings)
    assert board.undo_stack.undoText() == "Book settings"
    board.undo_stack.undo()
    assert project.book_format().trim_width_in == 8 and project.pages() == before


def test_the_overview_shows_every_spread_and_opens_one(qtbot, board):
    storyboard = board.storyboard
    storyboard.set_overview(True)
    overview = storyboard.overview
    labels = [overview.item(i).text() for i in range(overview.count())]
    assert labels == ["Cover", "Page 1", "Page 2 · Page 3", "Page 4 · Page 5", "Back cover"]
    overview.itemActivated.emit(overview.item(3))
    assert storyboard.views.currentIndex() == 0 and storyboard.index == 5


def test_cast_edits_are_undoable(qtbot, board):
    project = board.project
    board.cast.new_member()
    member = project.cast.all()[0]
    board.cast.name.setText("Larry")
    board.cast.description.setPlainText("a sunflower hedgehog")
    board.cast._save()
    assert project.cast.get(member.id).name == "Larry"
    board.undo_stack.undo()
    assert project.cast.get(member.id).name != "Larry"
    board.undo_stack.undo()
    assert project.cast.all() == []


def test_illustrate_the_book_fills_every_page_with_words_and_says_when_done(qtbot, board):
    project, storyboard = board.project, board.storyboard
    assert board.illustrate_book()
    assert storyboard.illustrate_button.text() == "Stop illustrating"
    qtbot.waitUntil(lambda: storyboard.illustrating is None, timeout=60_000)
    pages = book.story_pages(project)
    assert all(p.frame("image").image_id for p in pages)
    assert project.pages()[0].frame("image").image_id  # the cover too
    assert storyboard.status.text().startswith("4 pages illustrated")
    assert not board.illustrate_book()  # nothing left to draw


def test_alt_drag_pans_a_filled_picture_inside_its_frame(qtbot, board):
    project, storyboard = board.project, board.storyboard
    canvas = storyboard.canvas
    canvas.resize(700, 800)
    storyboard.place_image(_picture(project))  # a square picture filling a wide frame: cropped top and bottom
    frame = storyboard.current_page().frame("image")
    start = canvas.frame_rect(frame).center().toPoint()
    alt = Qt.KeyboardModifier.AltModifier
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, alt, start)
    qtbot.mouseMove(canvas, QPoint(start.x(), start.y() + 40))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, alt, QPoint(start.x(), start.y() + 40))
    fit = picture_fit(project.frame(frame.id))
    assert fit.pan_y < 0.5 and fit.pan_x == 0.5  # dragged down: more of the picture's top shows
    assert (project.frame(frame.id).x, project.frame(frame.id).y) == (frame.x, frame.y)  # the frame stayed put
    assert board.undo_stack.undoText() == "Crop picture"


def test_a_picture_dropped_on_a_frame_selects_it_so_its_settings_show(qtbot, board):
    project, storyboard = board.project, board.storyboard
    frame = storyboard.current_page().frame("image")
    storyboard.place_image_on_frame(frame.id, _picture(project))
    assert storyboard.canvas.selected_id == frame.id  # the panel beside the page shows this picture's fit and zoom


def test_book_settings_say_how_the_chosen_printer_will_print_it(qtbot, board):
    """Was: with KDP chosen the dialog said "Bleed on: All four sides" and nothing else, while the export put the
    bleed on three sides: the two read as a contradiction."""
    from studio.qt.storyboard.book_settings import BookSettingsDialog

    dialog = BookSettingsDialog(board.project.book_format())
    qtbot.addWidget(dialog)
    assert dialog.model.currentData() == "all" and dialog.target_note.isHidden()  # no printer chosen: no note
    dialog.target.setCurrentIndex(dialog.target.findData("kdp"))
    note = dialog.target_note.text()
    assert "Amazon KDP" in note and "top, bottom and outside edge" in note and "8.125 × 8.25 in" in note
    assert "screen and home printing" in note and not dialog.target_note.isHidden()
    dialog.width.setValue(6)  # a new size: the note follows
    assert "6.125 ×" in dialog.target_note.text()
    dialog.trim.setCurrentIndex(dialog.trim.findData("8.5x11in"))  # a preset too (it sets the boxes quietly)
    assert "8.625 × 11.25 in" in dialog.target_note.text()


def test_millimetres_chosen_in_settings_show_in_book_settings(qtbot, window):
    from dataclasses import replace

    from studio.core import units
    from studio.core.document.model import BookFormat
    from tests.qt.test_language import SettingsChosen
    from studio.qt.storyboard.book_settings import BookSettingsDialog

    try:
        window._apply_settings(SettingsChosen(replace(window.settings, lengths="mm")))
        dialog = BookSettingsDialog(BookFormat(8.5, 11.0))
        qtbot.addWidget(dialog)
        assert dialog.height.text() == "279.4 mm" and dialog.book_format().trim_height_in == 11.0
    finally:
        window._apply_settings(SettingsChosen(replace(window.settings, lengths="")))
    assert units.units() == "in"
