"""The back-cover page shows where the printer's barcode goes (a guide, like the safe area: never printed)."""

from studio.core.layout.barcode import barcode_box_in
from studio.core.settings import Settings


def _guide_pixels(canvas, trim_in: tuple[float, float]) -> int:
    """Pixels of the barcode guide's colour along the top edge of where the barcode area is."""
    image = canvas.grab().toImage()
    page = canvas.page_rect()
    width_in, height_in = trim_in
    x0, _y0, x1, y1 = barcode_box_in(width_in, height_in)
    top = round(page.top() + (height_in - y1) / height_in * page.height())
    left, right = round(page.left() + x0 / width_in * page.width()), round(page.left() + x1 / width_in * page.width())
    found = 0
    for y in range(top - 2, top + 3):
        for x in range(left, right):
            colour = image.pixelColor(x, y)
            r, g, b = colour.red(), colour.green(), colour.blue()
            if r - b > 60 and r > g > b:  # the guide's orange, however anti-aliased (paper is grey or white)
                found += 1
    return found


def test_the_back_cover_page_shows_the_barcode_area_and_other_pages_do_not(qtbot, make_window):
    window = make_window(Settings(backend="offline"))
    window.show_workspace("book")
    storyboard, fmt = window.storyboard, window.project.book_format()
    trim = (fmt.trim_width_in, fmt.trim_height_in)
    storyboard.show_page(len(window.project.pages()) - 1)
    assert storyboard.canvas.current_sheet().page.kind == "back_cover"
    qtbot.waitUntil(lambda: _guide_pixels(storyboard.canvas, trim) > 10)
    storyboard.show_page(3)  # a story page: no barcode there
    assert storyboard.canvas.current_sheet().page.kind == "story"
    assert _guide_pixels(storyboard.canvas, trim) == 0


def test_a_book_without_a_back_cover_takes_its_words_in_book_settings(qtbot, make_window):
    from studio.core.app import edits
    from studio.core.layout.book import blurb

    window = make_window(Settings(backend="offline"))
    project, storyboard = window.project, window.storyboard
    storyboard.open_book_settings()
    assert storyboard.book_settings_dialog.blurb is None  # the back-cover page is where its words are typed
    storyboard.book_settings_dialog.reject()
    edits.delete_page(project, project.pages()[-1].id)
    storyboard.open_book_settings()
    dialog = storyboard.book_settings_dialog
    dialog.blurb.setPlainText("Larry loves tea. What happens when the pot is empty?")
    dialog.accept()
    qtbot.waitUntil(lambda: project.pages()[-1].kind == "back_cover")
    assert blurb(project.pages()) == "Larry loves tea. What happens when the pot is empty?"
    assert project.history.next_undo().name == "Back cover words"
