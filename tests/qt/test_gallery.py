"""The gallery pane in the window, offscreen: what a person sees and can do with their pictures."""

import json

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QMessageBox

from studio.qt.gallery.filter_bar import FAVOURITES, TRASH
from studio.qt.gallery.model import FavouriteRole, ImageIdRole
from tests.core.gallery.conftest import add, picture


@pytest.fixture
def shelf(qtbot, window):
    """Pictures from an afternoon: three generated, one drawn by Mia and imported."""
    p = window.project
    user = p.add_message("user", "what does Larry look like?")
    reply = p.add_message("assistant", "Here are four ideas")
    ids = {"garden": add(p, "Larry the hedgehog in a garden", created=1000, pixels=(400, 300)),
           "tea": add(p, "Larry serves tea in a thunderstorm", created=2000, style="watercolour", size="1024x1024",
                      quality="high"),
           "moon": add(p, "A moon over the hills", created=3000, model="offline")}
    p.write("UPDATE images SET message_id = ? WHERE id = ?", (reply.id, ids["tea"]))
    ids["user"], ids["reply"] = user.id, reply.id
    qtbot.waitUntil(lambda: len(shown(window)) == 3, timeout=10_000)  # arrivals are listed together, shortly after
    return ids


def shown(window) -> list[int]:
    return window.gallery.model.image_ids()


def test_the_grid_lists_newest_first_and_thumbnails_arrive_from_the_worker(qtbot, window, shelf):
    gallery = window.gallery
    assert shown(window) == [shelf["moon"], shelf["tea"], shelf["garden"]]
    assert gallery.count_label.text() == "3 pictures"
    gallery.view.viewport().repaint()  # the view asks for what it paints
    qtbot.waitUntil(lambda: gallery.model.cached_thumbnails() == 3, timeout=30_000)
    icon = gallery.model.data(gallery.model.index(2), Qt.ItemDataRole.DecorationRole)
    assert icon.width() == 96  # the 400×300 garden, at the grid's size
    gallery.size_slider.setValue(192)
    assert gallery.view.iconSize().width() == 192 and gallery.model.cached_thumbnails() == 0  # made again, larger
    gallery.view.viewport().repaint()
    qtbot.waitUntil(lambda: gallery.model.cached_thumbnails() == 3, timeout=30_000)
    big = gallery.model.data(gallery.model.index(2), Qt.ItemDataRole.DecorationRole)
    small = gallery.model.data(gallery.model.index(0), Qt.ItemDataRole.DecorationRole)
    assert big.width() == 192 and small.width() == 64  # a small picture is never enlarged


def test_thumbnails_asked_for_by_two_paints_in_a_row_all_arrive(qtbot, window, shelf):
    """A view asks again only for what it repaints: a later paint of some rows must not drop an earlier one's."""
    import threading
    from concurrent.futures import ThreadPoolExecutor

    from studio.qt.gallery.thumbs import ThumbnailLoader

    delivered: dict[int, object] = {}
    worker = ThreadPoolExecutor(max_workers=1)
    busy = threading.Event()
    worker.submit(busy.wait)  # the worker is still on an earlier batch while both paints ask
    loader = ThumbnailLoader(window, lambda path, edge, images: delivered.update(images), executor=worker)
    ids = [shelf["moon"], shelf["tea"], shelf["garden"]]
    loader.want(window.project.path, 96, ids)
    loader.want(window.project.path, 96, ids[1:])  # the second paint only covered two of the rows
    busy.set()
    qtbot.waitUntil(lambda: set(delivered) == set(ids), timeout=30_000)  # was: the first row never came
    loader.close()


def test_typing_in_the_search_box_and_choosing_filters_narrow_the_grid(qtbot, window, shelf):
    bar = window.gallery.filters
    qtbot.keyClicks(bar.search, "larry")
    qtbot.waitUntil(lambda: shown(window) == [shelf["tea"], shelf["garden"]], timeout=10_000)
    qtbot.keyClicks(bar.search, " thunder")
    qtbot.waitUntil(lambda: shown(window) == [shelf["tea"]], timeout=10_000)
    bar.search.clear()
    qtbot.waitUntil(lambda: len(shown(window)) == 3, timeout=10_000)
    bar.more.click()
    assert bar.details.isVisible()
    qtbot.waitUntil(lambda: bar.model_box.findData("offline") >= 0, timeout=10_000)
    bar.model_box.setCurrentIndex(bar.model_box.findData("offline"))
    assert shown(window) == [shelf["moon"]]
    bar.model_box.setCurrentIndex(0)
    bar.style_box.setCurrentIndex(bar.style_box.findData("watercolour"))
    assert shown(window) == [shelf["tea"]]


def test_delete_moves_to_the_trash_and_undo_brings_it_back(qtbot, window, shelf):
    gallery = window.gallery
    gallery.select_image(shelf["tea"])
    gallery.view.setFocus()
    qtbot.keyClick(gallery.view, Qt.Key.Key_Delete)
    assert shelf["tea"] not in shown(window)
    gallery.filters.show_board(TRASH)
    assert shown(window) == [shelf["tea"]] and gallery.count_label.text() == "1 in the trash"
    window.undo_stack.undo()
    assert shown(window) == []
    gallery.filters.show_board("all")
    assert shelf["tea"] in shown(window)
    gallery.select_image(shelf["moon"])
    gallery.trash_selected()
    gallery.filters.show_board(TRASH)
    assert gallery.empty_trash_now() == 1
    with pytest.raises(KeyError):
        window.project.image(shelf["moon"])


def test_star_boards_and_tags_from_the_pane(qtbot, window, shelf, monkeypatch):
    gallery = window.gallery
    gallery.select_image(shelf["garden"])
    gallery.view.setFocus()
    qtbot.keyClick(gallery.view, Qt.Key.Key_F)
    assert gallery.model.data(gallery.model.index(gallery.model.row_of(shelf["garden"])), FavouriteRole)
    gallery.filters.show_board(FAVOURITES)
    assert shown(window) == [shelf["garden"]]
    window.undo_stack.undo()
    assert shown(window) == []
    gallery.filters.show_board("all")
    gallery.select_image(shelf["tea"])
    monkeypatch.setattr("studio.qt.gallery.pane.QInputDialog.getText", lambda *a, **k: ("For the client", True))
    gallery.add_to_board()
    board = window.project.gallery.board_named("For the client")
    assert window.project.gallery.board_images(board.id) == [shelf["tea"]]
    gallery.filters.show_board(board.id)
    assert shown(window) == [shelf["tea"]] and "For the client (1)" in gallery.filters.board.currentText()
    gallery.details.tags.setText("cover idea, stormy")
    gallery.details.tags.setModified(True)
    gallery.details.tags.editingFinished.emit()
    assert window.project.gallery.tags_of(shelf["tea"]) == ["cover idea", "stormy"]
    gallery.filters.show_board("all")
    qtbot.keyClicks(gallery.filters.search, "storm")
    qtbot.waitUntil(lambda: shown(window) == [shelf["tea"]], timeout=10_000)


def test_the_details_show_provenance_and_jump_to_the_turn(qtbot, window, shelf):
    window.chat.set_project(window.project, window.jobs)  # the turn added by the fixture, in the chat
    window.gallery.select_image(shelf["tea"])
    text = window.gallery.details.plain_text()
    for expected in ("Larry serves tea in a thunderstorm", "what does Larry look like?", "gpt-image-2",
                     "watercolour", "high", "Show the turn"):
        assert expected in text
    shown_turns = []
    window.chat.show_message = shown_turns.append  # what the link asks for
    window.gallery.details.provenance.fields.linkActivated.emit(f"turn:{shelf['reply']}")
    assert shown_turns == [shelf["reply"]]


def test_files_dropped_from_the_file_manager_are_imported_and_bad_ones_named(qtbot, window, tmp_path, monkeypatch):
    (tmp_path / "sun.png").write_bytes(picture())
    (tmp_path / "notes.png").write_text("not a picture")
    opened = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: opened.append(box.detailedText()))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "sun.png")), QUrl.fromLocalFile(str(tmp_path / "notes.png"))])
    view = window.gallery.view
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    view.dropEvent(drop)
    qtbot.waitUntil(lambda: window.gallery.last_import is not None, timeout=30_000)
    assert [window.project.image(i).file_name for i in shown(window)] == ["sun.png"]
    assert opened and "notes.png: not a picture" in opened[0]
    assert window.gallery.details.image_id == shown(window)[0]  # the new picture is selected


def test_a_picture_on_the_clipboard_is_pasted_into_the_gallery(qtbot, window):
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.red)
    QGuiApplication.clipboard().setImage(image)
    window.gallery.paste()
    qtbot.waitUntil(lambda: window.gallery.last_import is not None, timeout=30_000)
    record = window.project.image(shown(window)[0])
    assert (record.width, record.height, record.source) == (40, 30, "imported")


def test_selected_pictures_export_with_provenance(qtbot, window, shelf, tmp_path):
    out = tmp_path / "for-client"
    out.mkdir()
    task = window.gallery.export_to(out, "png", [shelf["tea"], shelf["garden"]])
    qtbot.waitUntil(task.done, timeout=30_000)
    files = sorted(out.iterdir())
    assert [f.name.split("-")[0] for f in files] == sorted([str(shelf["tea"]), str(shelf["garden"])])
    with Image.open(next(f for f in files if f.name.startswith(f"{shelf['tea']}-"))) as img:
        assert json.loads(img.text["picture-book-studio"])["quality"] == "high"
        assert "trainedAlgorithmicMedia" in img.text["XML:com.adobe.xmp"]


def test_a_picture_dropped_on_the_chat_is_what_the_next_message_is_about(qtbot, window, shelf):
    from studio.qt.mime import image_mime

    mime = image_mime([shelf["garden"], shelf["tea"]])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    window.chat.dropEvent(drop)
    assert window.chat.selected_image == shelf["garden"]
    assert window.chat.attached_image == shelf["garden"] and f"#{shelf['garden']}" in window.chat.chip.label.text()


def test_a_chat_with_many_turns_jumps_back_to_an_old_one(qtbot, window):
    p = window.project
    first = p.add_message("user", "the very first question")
    for n in range(120):
        p.add_message("user", f"question {n}")
        p.add_message("assistant", f"answer {n}")
    window.chat.set_project(p, window.jobs)
    assert all(b.message_id != first.id for b in window.chat.bubbles())  # only the latest turns are widgets
    window.chat.show_message(first.id)
    assert any(b.message_id == first.id for b in window.chat.bubbles())
    bubble = next(b for b in window.chat.bubbles() if b.message_id == first.id)
    qtbot.waitUntil(lambda: not bubble.visibleRegion().isEmpty(), timeout=10_000)




def test_a_selected_picture_keeps_its_colours_and_is_framed(qtbot, window):
    """The walkthrough's yellow hedgehog looked olive once picked: the highlight tinted the picture itself."""
    from tests.qt.conftest import send_and_wait

    send_and_wait(qtbot, window, "draw a teapot")
    gallery = window.gallery
    index = gallery.model.index(0)
    rect = gallery.view.visualRect(index)
    qtbot.waitUntil(lambda: not gallery.view.viewport().grab().toImage().isNull(), timeout=10_000)

    def centre():
        shot = gallery.view.viewport().grab().toImage()
        return shot.pixelColor(rect.center() * shot.devicePixelRatio()).rgb()
    gallery.view.selectionModel().clearSelection()
    before = centre()
    gallery.select_image(index.data(ImageIdRole))
    shot = gallery.view.viewport().grab().toImage()
    assert centre() == before  # the picture's own colour, not tinted
    edge = shot.pixelColor((rect.topLeft() + QPoint(rect.width() // 2, 1)) * shot.devicePixelRatio())
    assert edge.rgb() == gallery.view.palette().highlight().color().rgb()  # the frame says which one is picked


def test_new_pictures_a_board_hides_are_said_with_a_way_to_see_them(qtbot, window, shelf):
    """Was: with a board shown, a batch from the chat arrived and the gallery looked as before, as if nothing came."""
    gallery, p = window.gallery, window.project
    board = p.gallery.add_board("Round 2")
    p.gallery.add_to_board(board.id, [shelf["tea"]])
    qtbot.waitUntil(lambda: gallery.filters.board.findData(board.id) >= 0, timeout=10_000)
    gallery.filters.show_board(board.id)
    qtbot.waitUntil(lambda: shown(window) == [shelf["tea"]], timeout=10_000)
    assert gallery.hidden_bar.isHidden()
    new = [add(p, "Larry asleep", created=4000), add(p, "Larry awake", created=5000)]
    qtbot.waitUntil(lambda: not gallery.hidden_bar.isHidden(), timeout=10_000)
    assert gallery.hidden_label.text() == "2 new pictures not shown here."
    assert shown(window) == [shelf["tea"]]  # the board is still what is shown
    gallery.show_all_button.click()
    qtbot.waitUntil(lambda: set(new) <= set(shown(window)), timeout=10_000)
    assert gallery.hidden_bar.isHidden() and gallery.filters.current_board() == "all"
