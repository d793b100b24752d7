"""Compare and concept rounds in the window: pictures picked in the gallery side by side, a winner picked with
keys, the next round drawn from the starred ones; a picture's note and provenance beside the gallery; the large
picture following a changed picture."""

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog

from studio.core.gallery.search import Filter
from tests.core.gallery.conftest import add


@pytest.fixture
def concepts(qtbot, window):
    """Four robot barista concepts in the gallery, oldest first."""
    ids = [add(window.project, f"A robot barista, {look}, storybook style", created=1000 + n, pixels=(120, 80))
           for n, look in enumerate(("round copper body", "tall and thin", "tiny with a big apron", "on wheels"))]
    qtbot.waitUntil(lambda: len(window.gallery.model.image_ids()) == 4, timeout=10_000)
    return ids


def click_pictures(qtbot, window, ids):
    """Click the first, Ctrl-click the rest, as a person picks several."""
    view = window.gallery.view
    for n, image_id in enumerate(ids):
        rect = view.visualRect(window.gallery.model.index(window.gallery.model.row_of(image_id)))
        modifier = Qt.KeyboardModifier.ControlModifier if n else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def open_compare(qtbot, window, ids):
    click_pictures(qtbot, window, ids)
    details = window.gallery.details
    assert details.count_label.text() == f"<b>{len(ids)} pictures selected</b>"
    assert details.compare_button.isVisible() and details.compare_button.isEnabled()
    details.compare_button.click()
    compare = window.compare_view
    qtbot.waitExposed(compare)
    qtbot.waitUntil(lambda: all(not p.view.picture.pixmap().isNull() for p in compare.panes), timeout=30_000)
    return compare


def test_three_selected_pictures_open_in_three_panes_and_picking_one_stars_it(qtbot, window, concepts):
    chosen = concepts[:3]
    compare = open_compare(qtbot, window, chosen)
    assert len(compare.panes) == 3
    assert sorted(compare.ids()) == sorted(chosen)
    for pane in compare.panes:  # each with its own prompt under it
        assert pane.caption.toPlainText() == window.project.image(pane.image_id).prompt and pane.caption.isVisible()
    first = compare.current_id()
    qtbot.keyClick(compare, Qt.Key.Key_Right)
    winner = compare.current_id()
    assert winner != first
    qtbot.keyClick(compare, Qt.Key.Key_F)
    assert window.project.image(winner).favourite
    assert not any(window.project.image(i).favourite for i in chosen if i != winner)
    assert compare.panes[compare.current].title.text().startswith("<b>★ ")
    window.undo_action.trigger()  # Edit ▸ Undo takes the star back
    assert not window.project.image(winner).favourite
    qtbot.keyClick(compare, Qt.Key.Key_Escape)
    assert not compare.isVisible()


def test_zoom_and_pan_in_one_pane_follow_in_all(qtbot, window, concepts):
    compare = open_compare(qtbot, window, concepts[:2])
    a, b = (p.view for p in compare.panes)
    a.zoom(2.0)
    assert a.level == pytest.approx(2.0) and b.level == pytest.approx(2.0)
    a.horizontalScrollBar().setValue(a.horizontalScrollBar().maximum())  # dragged to the right edge
    assert b.centre().x() == pytest.approx(a.centre().x(), abs=0.02) and a.centre().x() > 0.6
    qtbot.keyClick(compare, Qt.Key.Key_0)  # fit: both again
    assert a.level == pytest.approx(1.0) and b.level == pytest.approx(1.0)


def test_a_board_and_the_next_round_from_the_starred_pictures(qtbot, window, concepts, monkeypatch):
    compare = open_compare(qtbot, window, concepts)
    assert len(compare.panes) == 4
    board = window.project.gallery.add_board("Client picks")
    compare.set_current(1)
    compare.add_current_to_board(board.id)
    assert window.project.gallery.board_images(board.id) == [compare.ids()[1]]
    starred = [compare.ids()[0], compare.ids()[2]]
    window.project.gallery.set_favourite(starred, True)
    qtbot.waitUntil(lambda: "2 Starred" in compare.round_button.text())
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Robot barista", True))  # the concept's name
    qtbot.keyClick(compare, Qt.Key.Key_M)
    assert not compare.isVisible()  # the round is drawn in the chat, in sight
    qtbot.waitUntil(lambda: not window.chat.busy, timeout=60_000)
    gallery = window.project.gallery
    first, second = gallery.board_named("Robot barista – round 1"), gallery.board_named("Robot barista – round 2")
    assert gallery.board_images(first.id) == sorted(starred)
    made = gallery.board_images(second.id)
    assert len(made) == 4
    assert all(window.project.image(i).settings["reference_ids"][:2] == starred for i in made)
    assert window.project.history.next_undo().name == "Concept round: Robot barista – round 2"


def test_the_details_show_labelled_fields_a_copyable_prompt_and_an_editable_searchable_note(qtbot, window,
                                                                                           concepts):
    made = add(window.project, "Round two robot", created=5000, pixels=(64, 64), style="watercolor",
               quality="high", reference_ids=[concepts[0], concepts[2]], seed=42)
    window.gallery.select_image(made)
    view = window.gallery.details.provenance
    text = window.gallery.details.plain_text()
    for expected in ("Round two robot", "Model", "gpt-image-2", "Size", "64 × 64", "Quality", "high", "Style",
                     "watercolor", "Seed", "42", "Made", "Drawn after", f"#{concepts[0]}, #{concepts[2]}"):
        assert expected in text
    assert "{" not in text  # no raw settings
    view.copy_button.click()
    assert QGuiApplication.clipboard().text() == "Round two robot"
    opened = []
    window.gallery.details.image_requested.connect(opened.append)
    view.fields.linkActivated.emit(f"image:{concepts[2]}")  # "drawn after #3": a click shows #3
    assert opened == [concepts[2]]

    window.gallery.select_image(made)
    view.note.setFocus()
    qtbot.keyClicks(view.note, "client loves the teal scarf")
    qtbot.waitUntil(lambda: window.project.gallery.note_of(made) == "client loves the teal scarf", timeout=10_000)
    assert window.project.gallery.find(Filter(text="scarf")) == [made]
    window.gallery.view.setFocus()
    window.undo_action.trigger()
    assert window.project.gallery.note_of(made) == ""
    qtbot.waitUntil(lambda: view.note.toPlainText() == "")  # the panel shows the note as it is now
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: view.note.toPlainText() == "client loves the teal scarf")
    qtbot.keyClicks(window.gallery.filters.search, "scarf")
    qtbot.waitUntil(lambda: window.gallery.model.image_ids() == [made], timeout=10_000)


def test_change_picture_in_the_large_view_then_shows_the_changed_picture(qtbot, window, concepts):
    old = concepts[1]
    window.show_picture(old)
    viewer = window.viewer
    qtbot.waitUntil(lambda: not viewer.view.picture.pixmap().isNull(), timeout=30_000)
    viewer.view.paint_stroke([QPointF(10, 10), QPointF(60, 40)])
    shown = []
    show = viewer.show_image
    viewer.show_image = lambda project, image_id: (shown.append(image_id), show(project, image_id))
    viewer.instruction.setText("give him a green apron")
    qtbot.keyClick(viewer.instruction, Qt.Key.Key_Return)  # Return asks for the change (and presses no button)
    assert "Changing" in viewer.status.text()
    qtbot.waitUntil(lambda: viewer.image_id != old, timeout=60_000)
    assert len(shown) == 1  # straight from the old picture to the changed one
    changed = window.project.image(viewer.image_id)
    assert changed.source == "edited" and changed.settings["variant_of"] == old
    assert f"#{changed.id}" in viewer.windowTitle() and viewer.status.text() == ""
    assert f"#{changed.id}" in viewer.details.title.text()


def test_a_round_shows_its_estimate_first_and_draws_only_on_draw(qtbot, make_window, fake_openai):
    from PySide6.QtWidgets import QMessageBox, QPushButton

    from studio.core import secrets
    from studio.core.settings import Settings

    secrets.set_api_key("compatible", "test-key")
    win = make_window(Settings(backend="compatible", base_url=fake_openai.base_url, ask_under=0.01), "Robot.storybook")
    chosen = [add(win.project, f"A robot barista, {look}", pixels=(96, 64)) for look in ("copper", "tall")]
    assert win.concept_round(chosen, subject="Robot barista") is False  # asked, not drawn yet

    def box():
        return next((b for b in win.findChildren(QMessageBox) if b.objectName() == "estimateBox" and b.isVisible()),
                    None)
    qtbot.waitUntil(lambda: box() is not None, timeout=10_000)
    assert box().text().startswith("4 pictures, about $")
    assert fake_openai.requests_to("/v1/images/edits") == [] and win.project.gallery.boards() == []
    box().findChild(QPushButton, "drawButton").click()
    qtbot.waitUntil(lambda: len(fake_openai.requests_to("/v1/images/edits")) == 4 and not win.chat.busy,
                    timeout=60_000)
    sent = fake_openai.requests_to("/v1/images/edits")
    assert all(r["images"] == [win.project.image_data(i) for i in chosen] for r in sent)
    assert all(r["size"] == "1536x1024" for r in sent)  # the chosen pictures' landscape shape
    board = win.project.gallery.board_named("Robot barista – round 2")
    qtbot.waitUntil(lambda: len(win.project.gallery.board_images(board.id)) == 4, timeout=10_000)
