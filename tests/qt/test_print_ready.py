"""Make print-ready from the page: a click on a soft picture's DPI badge, a progress box with Cancel, the larger
picture in the frame, and Edit ▸ Undo taking it back."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton

from studio.core.document.model import BookFormat
from tests.core.app.test_print_ready import _picture
from tests.qt.conftest import show_first_story_page


def _soft_page(win):
    win.project.set_book_format(BookFormat(4, 3, bleed_model="all"))  # small pages keep the upscale quick
    show_first_story_page(win)
    page = win.storyboard.current_page()
    picture = _picture(win.project, (320, 240))
    win.storyboard.place_image_on_frame(page.frame("image").id, picture.id)
    return page, picture


def test_clicking_a_dpi_badge_makes_the_picture_print_ready_and_undo_takes_it_back(qtbot, window):
    window.print_ready_method = "lanczos"
    page, picture = _soft_page(window)
    canvas = window.storyboard.canvas
    qtbot.waitUntil(lambda: any(t.endswith("DPI") for _, t, _ in canvas.badge_rects()), timeout=30_000)
    assert "print-ready" in canvas.toolTip()
    frame_id, _, rect = next(b for b in canvas.badge_rects() if b[1].endswith("DPI"))
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(int(rect.center().x()), int(rect.center().y())))
    progress = window.findChild(QProgressDialog, "printReadyProgress")
    assert progress is not None  # the person sees it working, with Cancel
    qtbot.waitUntil(lambda: window.project.page(page.id).frame("image").image_id != picture.id, timeout=60_000)
    larger = window.project.image(window.project.page(page.id).frame("image").image_id)
    assert larger.settings["variant_of"] == picture.id and larger.width > picture.width
    qtbot.waitUntil(lambda: not any(t.endswith("DPI") for _, t, _ in canvas.badge_rects()), timeout=30_000)
    qtbot.waitUntil(lambda: "print-ready" not in window.statusBar().currentMessage() or
                    "Undo" in window.statusBar().currentMessage(), timeout=30_000)
    assert window.undo_action.text().endswith(f"Make picture #{picture.id} print-ready")
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: window.project.page(page.id).frame("image").image_id == picture.id, timeout=30_000)


def test_cancel_leaves_the_page_and_the_gallery_as_they_were(qtbot, window):
    window.print_ready_method = "lanczos"
    page, picture = _soft_page(window)
    pictures = len(window.project.images())
    assert window.make_print_ready(picture.id)
    progress = window.findChild(QProgressDialog, "printReadyProgress")
    qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)  # its Cancel button
    qtbot.waitUntil(lambda: "cancelled" in window.statusBar().currentMessage(), timeout=60_000)
    assert window.project.page(page.id).frame("image").image_id == picture.id
    assert len(window.project.images()) == pictures


def test_a_drawn_picture_can_be_drawn_again_at_print_size_after_the_person_sees_the_price(qtbot, make_window,
                                                                                          fake_openai):
    from PySide6.QtWidgets import QMessageBox

    from studio.core import secrets
    from studio.core.settings import Settings
    from tests.core.app.test_redraw_print_ready import _drawn_picture_on_a_full_bleed_page

    fake_openai.max_edge = 4000
    secrets.set_api_key("compatible", "test-key")
    win = make_window(Settings(backend="compatible", base_url=fake_openai.base_url), "Online.storybook")
    page, picture = _drawn_picture_on_a_full_bleed_page(win.project)
    assert win.make_print_ready(picture.id)
    box = win.findChild(QMessageBox, "printReadyChoice")
    assert box is not None and "about $" in box.informativeText() and "2656×2656" in box.informativeText()
    assert fake_openai.requests_to("/v1/images/edits") == []  # nothing is spent before the person chooses
    box.findChild(QPushButton, "redrawButton").click()
    qtbot.waitUntil(lambda: win.project.page(page.id).frame("image").image_id != picture.id, timeout=60_000)
    [request] = fake_openai.requests_to("/v1/images/edits")
    assert request["input_fidelity"] == "high" and request["size"] == "2656x2656"
    assert win.undo_action.text().endswith(f"Make picture #{picture.id} print-ready")


def _menu_action(win, text):
    return next(a for m in win.menuBar().actions() if m.text() == "&Book" for a in m.menu().actions()
                if a.text() == text)


def test_every_soft_picture_of_an_offline_book_is_made_larger_from_the_book_menu(qtbot, window):
    from studio.core.layout.book import add_story_pages, story_pages

    window.print_ready_method = "lanczos"
    page, picture = _soft_page(window)
    add_story_pages(window.project, {"title": "", "pages": [{"text": "Again."}]})
    other = story_pages(window.project)[-1]
    second = _picture(window.project, (300, 200))
    window.storyboard.place_image_on_frame(other.frame("image").id, second.id)
    _menu_action(window, "Make Every Picture Print-&Ready…").trigger()
    qtbot.waitUntil(lambda: "2 pictures made print-ready" in window.statusBar().currentMessage(), timeout=60_000)
    from studio.core.app.print_ready import soft_pictures

    assert soft_pictures(window.project) == []  # every page prints at 300 DPI now


def test_the_whole_book_asks_before_drawing_again_and_makes_the_rest_larger_here(qtbot, make_window, fake_openai):
    from PySide6.QtWidgets import QMessageBox

    from studio.core import secrets
    from studio.core.app.print_ready import soft_pictures
    from studio.core.layout.book import add_story_pages, story_pages
    from studio.core.settings import Settings
    from tests.core.app.test_redraw_print_ready import _drawn_picture_on_a_full_bleed_page

    fake_openai.max_edge = 4000
    secrets.set_api_key("compatible", "test-key")
    win = make_window(Settings(backend="compatible", base_url=fake_openai.base_url), "Online.storybook")
    win.print_ready_method = "lanczos"
    _drawn_picture_on_a_full_bleed_page(win.project)
    add_story_pages(win.project, {"title": "", "pages": [{"text": "Mia's drawing."}]})
    drawing = _picture(win.project, (800, 600))  # Mia's, imported: made larger here, never drawn again
    win.project.write("UPDATE images SET source = 'imported' WHERE id = ?", (drawing.id,))
    win.storyboard.place_image_on_frame(story_pages(win.project)[-1].frame("image").id, drawing.id)
    assert len(soft_pictures(win.project)) == 2
    _menu_action(win, "Make Every Picture Print-&Ready…").trigger()
    box = win.findChild(QMessageBox, "printReadyManyChoice")
    assert "2 pictures" in box.text() and "about $" in box.informativeText() and "other 1" in box.informativeText()
    assert fake_openai.requests_to("/v1/images/edits") == []  # nothing spent before the choice
    box.findChild(QPushButton, "redrawButton").click()
    qtbot.waitUntil(lambda: soft_pictures(win.project) == [], timeout=60_000)
    [request] = fake_openai.requests_to("/v1/images/edits")  # only the picture the service drew
    assert request["input_fidelity"] == "high"


def test_a_picture_too_small_to_reach_300_dpi_says_so_after_it_was_made_larger(qtbot, window):
    """Was: a 300 × 200 picture on a full page went from 39 to 154 DPI, the badge stayed amber, and nothing said
    why: a parent clicked it again and again."""
    window.print_ready_method = "lanczos"
    window.project.set_book_format(BookFormat(4, 3, bleed_model="all"))
    show_first_story_page(window)
    page = window.storyboard.current_page()
    tiny = _picture(window.project, (60, 45))  # even 4× larger it prints far under 300 DPI in this frame
    window.storyboard.place_image_on_frame(page.frame("image").id, tiny.id)
    said = []
    window.print_ready.finished.connect(said.append)
    assert window.make_print_ready(tiny.id)
    qtbot.waitUntil(lambda: bool(said), timeout=60_000)
    assert "as large as a picture is made here (4× at most)" in said[0] and "larger original" in said[0]
