"""Dragging pages to reorder the book: in the filmstrip and in the overview, a line shows where they will land,
the drop is one undo step, and the covers keep their places."""

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragMoveEvent, QDropEvent

from studio.core.layout import book
from studio.core.settings import Settings
from studio.qt.storyboard.page_strip import PAGE_IDS, pages_mime


@pytest.fixture
def board(make_window):
    window = make_window(Settings(backend="offline"))
    book.add_story_pages(window.project, {"title": "Larry's Tea Party", "pages": [
        {"text": "Larry wakes up."}, {"text": "Thunder rolls over the hill."}, {"text": "Tea for everyone."},
        {"text": "The sun comes out."}]})
    window.show_workspace("book")  # where the filmstrip and the overview are
    window.storyboard.show_page(3)
    return window


def _order(project) -> list[str]:
    return [p.frame("text").text if p.kind == "story" else p.kind for p in project.pages()]


def _drag_over(view, where: QPoint, ids: list[int]) -> bool:
    mime = pages_mime(ids)  # held here: the event does not own it (a real drag's QDrag does)
    move = QDragMoveEvent(where, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                          Qt.KeyboardModifier.NoModifier)
    view.dragMoveEvent(move)
    return move.isAccepted()


def _drop(view, where: QPoint, ids: list[int]) -> None:
    mime = pages_mime(ids)
    view.dropEvent(QDropEvent(QPointF(where), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                              Qt.KeyboardModifier.NoModifier))


def _left_edge(view, row: int) -> QPoint:
    rect = view.visualItemRect(view.item(row))
    return QPoint(rect.left() + 3, rect.center().y())


def _shows_line(view) -> bool:
    """The drop line is painted where the view says: the highlight colour fills its middle."""
    line = view._indicator(view.drop_gap())
    shot = view.viewport().grab().toImage()
    colour = shot.pixelColor(line.center() * shot.devicePixelRatio())
    return colour.rgb() == view.palette().highlight().color().rgb()


def test_a_page_dragged_along_the_filmstrip_lands_at_the_line_and_undo_puts_it_back(qtbot, board):
    project, strip = board.project, board.storyboard.filmstrip
    before = _order(project)
    assert before[3:7] == ["Larry wakes up.", "Thunder rolls over the hill.", "Tea for everyone.", "The sun comes out."]
    tea = project.pages()[5].id
    assert _drag_over(strip, _left_edge(strip, 3), [tea])  # over the left half of "Larry wakes up"
    assert strip.drop_gap() == 3 and _shows_line(strip)
    _drop(strip, _left_edge(strip, 3), [tea])
    assert strip.drop_gap() is None
    assert _order(project)[3:7] == ["Tea for everyone.", "Larry wakes up.", "Thunder rolls over the hill.",
                                    "The sun comes out."]
    assert board.storyboard.current_page().id == tea  # the moved page is shown
    assert strip.item(3).data(Qt.ItemDataRole.UserRole) == tea  # and the strip follows the book
    assert board.undo_stack.undoText() == "Move page"
    board.undo_stack.undo()
    assert _order(project) == before


def test_the_covers_cannot_be_dragged_and_nothing_lands_outside_them(qtbot, board):
    project, strip = board.project, board.storyboard.filmstrip
    last = strip.count() - 1
    assert not strip.item(0).flags() & Qt.ItemFlag.ItemIsDragEnabled
    assert not strip.item(last).flags() & Qt.ItemFlag.ItemIsDragEnabled
    assert strip.item(3).flags() & Qt.ItemFlag.ItemIsDragEnabled
    sun = project.pages()[6].id
    assert _drag_over(strip, _left_edge(strip, 0), [sun])  # before the cover: the line shows just after it
    assert strip.drop_gap() == 1 and _shows_line(strip)
    _drop(strip, _left_edge(strip, 0), [sun])
    assert _order(project)[:2] == ["cover", "The sun comes out."]
    end = strip.visualItemRect(strip.item(last)).bottomRight() - QPoint(2, 2)  # past the back cover
    _drop(strip, end, [sun])
    assert _order(project)[-2:] == ["The sun comes out.", "back_cover"]


def test_a_spread_dragged_in_the_overview_moves_both_its_pages_in_one_step(qtbot, board):
    project, storyboard = board.project, board.storyboard
    storyboard.set_overview(True)
    overview = storyboard.overview
    before = _order(project)
    # spreads: cover | title | dedication·Larry | Thunder·Tea | Sun | back cover
    row_of = {tuple(overview.item(r).data(PAGE_IDS)): r for r in range(overview.count())}
    assert list(row_of) == [(0,), (1,), (2, 3), (4, 5), (6,), (7,)]
    ids = [project.pages()[4].id, project.pages()[5].id]
    assert overview._item_pages(overview.item(row_of[(0,)])) == []  # the cover stays
    assert _drag_over(overview, _left_edge(overview, row_of[(2, 3)]), ids)  # onto the dedication's side
    assert overview.drop_gap() == 2 and _shows_line(overview)
    _drop(overview, _left_edge(overview, row_of[(2, 3)]), ids)
    assert _order(project) == ["cover", "title", "Thunder rolls over the hill.", "Tea for everyone.", "dedication",
                               "Larry wakes up.", "The sun comes out.", "back_cover"]
    assert storyboard.overview_button.isChecked()  # still looking at the whole book
    assert overview.currentItem().data(PAGE_IDS) == [2, 3]  # with the moved spread chosen
    assert board.undo_stack.undoText() == "Move pages"
    board.undo_stack.undo()
    assert _order(project) == before


def test_move_earlier_and_later_in_the_page_menu_never_pass_a_cover(qtbot, board):
    project, storyboard = board.project, board.storyboard
    before = _order(project)
    storyboard.show_page(1)  # the title page, just after the cover
    storyboard.move_current(-1)
    storyboard.show_page(6)  # the last story page, just before the back cover
    storyboard.move_current(1)
    storyboard.show_page(0)
    storyboard.move_current(1)  # the cover itself stays
    assert _order(project) == before and not board.undo_stack.canUndo()
    storyboard.show_page(6)
    storyboard.move_current(-1)
    assert _order(project)[5:7] == ["The sun comes out.", "Tea for everyone."]
    assert storyboard.index == 5 and board.undo_stack.undoText() == "Move page"


def test_a_page_that_would_print_blurry_is_marked_in_the_strip(qtbot, board):
    """Was: the strip showed no sign of a 74 DPI picture; only the page itself, once opened, had its badge."""
    import io

    from PIL import Image

    from studio.qt.storyboard.page_strip import MARKS

    project, strip = board.project, board.storyboard.filmstrip
    out = io.BytesIO()
    Image.new("RGB", (160, 120), "green").save(out, "PNG")
    small = project.add_image(out.getvalue(), out.getvalue(), 160, 120, "image/png").id
    story = [i for i, p in enumerate(project.pages()) if p.kind == "story"]
    blurry, clean = story[1], story[2]
    project.set_frame_image(project.pages()[blurry].frame("image").id, small)
    qtbot.waitUntil(lambda: "blurry" in strip.item(blurry).toolTip(), timeout=10_000)
    said = strip.item(blurry).data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert "DPI" in said and said in strip.item(blurry).toolTip()  # what a screen reader says too
    assert strip.item(clean).toolTip() == strip.item(clean).text()  # a page with nothing wrong says only its name
    icon = strip.item(blurry).icon().pixmap(strip.iconSize()).toImage()
    corner = [icon.pixelColor(x, y).name() for x in range(icon.width() - 20, icon.width()) for y in range(20)]
    assert MARKS["problem"] in corner  # the red mark at its top-right corner
    unmarked = strip.item(clean).icon().pixmap(strip.iconSize()).toImage()
    assert MARKS["problem"] not in [unmarked.pixelColor(x, y).name() for x in range(unmarked.width() - 20,
                                                                                     unmarked.width()) for y in range(20)]
