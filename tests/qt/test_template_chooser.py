"""The layout chooser shows a drawing of each template, made from its frames on a page of the book's shape."""

from dataclasses import replace

from PySide6.QtGui import QColor

from studio.core.app import edits
from studio.core.layout.templates import TEMPLATES
from studio.qt.storyboard.template_chooser import HILLS, ICON_PX, PICTURE, SUN, WORDS


def _icon(box, template_id: str):
    return box.itemIcon(box.findData(template_id)).pixmap(ICON_PX, ICON_PX).toImage()


def _page_box(image) -> tuple[int, int]:
    """The drawn page's width and height: the pixels that are not transparent."""
    xs = [x for x in range(image.width()) for y in range(image.height()) if image.pixelColor(x, y).alpha() > 0]
    ys = [y for y in range(image.height()) for x in range(image.width()) if image.pixelColor(x, y).alpha() > 0]
    return max(xs) - min(xs) + 1, max(ys) - min(ys) + 1


def _kinds_in_rows(image, rows: range) -> set[str]:
    found = set()
    for y in rows:
        for x in range(5, image.width() - 5):  # inside the page's edge line
            colour = image.pixelColor(x, y).rgb()
            if colour in (PICTURE.rgb(), HILLS.rgb(), SUN.rgb()):
                found.add("picture")
            elif abs(QColor(colour).lightness() - WORDS.lightness()) < 40:
                found.add("words")
    return found


def test_every_layout_in_the_chooser_has_a_drawing_of_its_frames(qtbot, window):
    box = window.storyboard.template_box
    assert box.count() == len(TEMPLATES)
    assert all(not box.itemIcon(row).isNull() for row in range(box.count()))
    top, bottom = range(4, ICON_PX // 2 - 4), range(ICON_PX - 12, ICON_PX - 4)
    above, below = _icon(box, "picture_above"), _icon(box, "text_above")
    assert _kinds_in_rows(above, top) == {"picture"} and "words" in _kinds_in_rows(above, bottom)
    assert _kinds_in_rows(below, top) >= {"words"} and "picture" in _kinds_in_rows(below, bottom)
    assert "picture" not in _kinds_in_rows(_icon(box, "text_only"), range(ICON_PX))
    images = {tid: bytes(_icon(box, tid).constBits()) for tid in TEMPLATES}
    assert len(set(images.values())) == len(TEMPLATES)  # no two layouts look alike


def test_the_drawings_take_the_books_page_shape(qtbot, window):
    box = window.storyboard.template_box
    width, height = _page_box(_icon(box, "picture_only"))
    assert abs(width - height) <= 1  # the new book's square pages
    project = window.project
    edits.set_book_format(project, replace(project.book_format(), trim_width_in=6.0, trim_height_in=9.0))
    qtbot.waitUntil(lambda: _page_box(_icon(box, "picture_only"))[0] < ICON_PX * 0.8, timeout=10_000)
    width, height = _page_box(_icon(box, "picture_only"))
    assert abs(width / height - 6 / 9) < 0.05
    box.setCurrentIndex(box.findData("text_above"))
    box.activated.emit(box.currentIndex())  # chosen from the list: the page takes the layout
    assert window.storyboard.current_page().template == "text_above"
