"""The Book workspace and the Export dialog in Korean: the storyboard's buttons, tips and painted badges change
language without a restart, every control a keyboard reaches has a name a screen reader can say, and the keyboard
goes page strip → page → the frame's settings."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

from studio.core.layout.checks import PageWarning
from studio.qt.language import install
from studio.qt.storyboard.canvas import PageCanvas

HANGUL = range(0xAC00, 0xD7A4)


def korean(text: str) -> bool:
    return any(ord(ch) in HANGUL for ch in text)


@pytest.fixture
def in_korean(qapp):
    install(qapp, "ko")
    yield
    install(qapp, "en")


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says for the control: its accessible name, its text, or its buddy label's text."""
    face = QAccessible.queryAccessibleInterface(widget)
    return (face.text(QAccessible.Text.Name) if face is not None else "").strip()


def reachable(root: QWidget) -> list[QWidget]:
    """The controls the Tab key stops at inside `root` (shown, enabled, taking focus by Tab)."""
    return [w for w in root.findChildren(QWidget)
            if w.isVisibleTo(root) and w.isEnabled() and w.focusPolicy().value & 0x1  # Qt.TabFocus
            and not isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox))]  # a spin box's own line edit


def tab_order(start: QWidget, controls: list[QWidget], count: int) -> list[QWidget]:
    """The next `count` controls Tab stops at after `start` (the focus chain, less what Tab skips)."""
    order, widget = [], start.nextInFocusChain()
    while widget is not start and len(order) < count:
        if widget in controls:
            order.append(widget)
        widget = widget.nextInFocusChain()
    return order


def test_the_storyboard_turns_korean_and_back_without_a_restart(qtbot, window, qapp):
    window.show_workspace("book")
    board = window.storyboard
    assert board.add_button.text() == "Add page"
    install(qapp, "ko")
    try:
        qtbot.waitUntil(lambda: board.add_button.text() == "페이지 추가")  # Qt posts the change to every widget
        assert board.spread_button.text() == "펼침면"
        assert board.settings_button.toolTip() == "책 설정: 크기, 도련, 여백"
        assert board.illustrate_button.text() == "책에 그림 넣기"
        assert korean(board.page_label.text()) or "/" in board.page_label.text()  # "표지 · 1 / 8"
        assert [a.text() for a in board.more_button.menu().actions()][:2] == ["앞에 페이지 넣기", "뒤에 페이지 추가"]
        assert board.filmstrip.accessibleName() == "페이지"
        assert board.canvas.accessibleName() == "책 페이지"
        assert board.canvas.text_edit.placeholderText() == "이 페이지의 글을 입력하세요…"
        assert board.panel.help.text().startswith("페이지의 틀을 클릭하면")
        assert board.panel.fit.itemText(0) == "채우기 (자르기)"
        assert board.template_box.accessibleName() == "페이지 배치"
    finally:
        install(qapp, "en")
    qtbot.waitUntil(lambda: board.add_button.text() == "Add page")
    assert board.panel.fit.itemText(0) == "Fill (crop)"
    assert board.more_button.menu().actions()[0].text() == "Insert page before"
    assert board.template_box.accessibleName() == "Page layout"


def test_the_pages_dpi_badges_read_korean_on_the_next_paint(qtbot, qapp, in_korean):
    canvas = PageCanvas()
    qtbot.addWidget(canvas)
    canvas.set_warnings([PageWarning(3, 7, "low_dpi", "3쪽의 그림이 흐려요", dpi=180, severity="notice"),
                         PageWarning(3, 8, "low_dpi", "흐려요", dpi=90),
                         PageWarning(3, 9, "text_overflow", "넘쳐요")])
    assert [text for _frame, text in canvas.badges()] == ["조금 흐릿함 · 180 DPI", "흐릿함 · 90 DPI", "글이 넘쳐요"]
    assert canvas.toolTip().endswith("DPI 표시를 클릭하면 그 그림을 인쇄용으로 만들어요.")


def test_the_export_dialog_reads_korean_with_a_printer_chosen(qtbot, window, in_korean):
    dialog = window.open_export()
    assert dialog.windowTitle() == "책 내보내기"
    assert dialog.export_button.text() == "내보내기…"
    assert dialog.kind_buttons["booklet"].text().endswith("접어서 스테이플러로 찍어요: 한 면에 두 페이지, 양면 인쇄")
    dialog.choose_target("kdp")
    label = dialog._form.labelForField(dialog.target)
    assert label.text() == "인쇄소"
    assert dialog.preflight.text() == "인쇄소 기준으로 파일 점검하기 (인쇄 전 점검)"
    assert dialog.close_button.text() == "닫기"
    dialog.close()


def test_every_control_of_the_storyboard_has_a_name_and_tab_goes_strip_page_settings(qtbot, window):
    window.show_workspace("book")
    board = window.storyboard
    board.show_page(next(i for i, p in enumerate(board.pages()) if p.kind == "story"))
    frame = board.current_page().frame("image") or board.current_page().frame("text")
    board.canvas.select(frame)  # the panel shows the frame's controls
    controls = reachable(board)
    assert board.filmstrip in controls and board.canvas in controls and board.panel.fit in controls
    assert [w for w in controls if not spoken_name(w)] == []
    panel = [w for w in board.panel.controls() if w in controls]
    assert tab_order(board.filmstrip, controls, 1 + len(panel)) == [board.canvas, *panel]
    assert tab_order(panel[-1], controls, 1) == [board.prev_button] or not board.prev_button.isEnabled()


def test_every_control_of_the_export_dialog_has_a_name(qtbot, window):
    dialog = window.open_export()
    named = []
    for kind in ("book", "home", "booklet", "images", "cover"):
        dialog.choose(kind)
        dialog.choose_target("lulu") if kind in ("book", "cover") else None
        controls = reachable(dialog)
        named.extend(controls)
        assert [type(w).__name__ for w in controls if not spoken_name(w)] == [], kind
    assert dialog.target in named and dialog.report in named and dialog.export_button in named
    dialog.close()
    QApplication.processEvents()


def test_every_control_of_book_settings_stickers_and_contact_sheet_has_a_name(qtbot, window):
    window.show_workspace("book")
    window.storyboard.open_book_settings()
    settings = window.storyboard.book_settings_dialog
    stickers = window.open_stickers([])
    sheet = window.open_contact_sheet([])
    for dialog in (settings, stickers, sheet):
        controls = reachable(dialog)
        assert len(controls) > 5
        assert [f"{type(w).__name__} {w.objectName()}" for w in controls if not spoken_name(w)] == [], dialog
        dialog.close()


def test_book_settings_and_stickers_show_lengths_in_millimetres_in_korean(qtbot, window, in_korean):
    """A Korean reader's trims and print shops are in mm: the boxes show mm, and a length left alone is kept exact
    (8.5 in shown as 215.9 mm is still 8.5 in after OK, not 8.4996)."""
    from studio.core.document.model import BookFormat
    from studio.qt.stickers.sheet_dialog import StickerDialog
    from studio.qt.storyboard.book_settings import BookSettingsDialog

    dialog = BookSettingsDialog(BookFormat(8.5, 8.5, safe_margin_in=0.5))
    qtbot.addWidget(dialog)
    assert dialog.width.suffix() == " mm" and dialog.width.value() == pytest.approx(215.9)
    assert dialog.safe.text().replace(",", ".") == "12.7 mm" and dialog.width.toolTip() == "8.5인치"
    fmt = dialog.book_format()
    assert (fmt.trim_width_in, fmt.trim_height_in, fmt.safe_margin_in) == (8.5, 8.5, 0.5)
    dialog.width.setValue(210)  # typed: 210 mm
    assert dialog.book_format().trim_width_in == pytest.approx(210 / 25.4, abs=1e-4)
    stickers = window.open_stickers([])
    assert isinstance(stickers, StickerDialog)
    assert stickers.size_all.suffix() == " mm" and stickers.size_all.value() == pytest.approx(76.2)
    assert stickers.request().size_in == pytest.approx(3.0) and stickers.request().border_in == pytest.approx(0.125)
    stickers.close()  # closed, it draws no more previews
    assert not stickers._debounce.isActive()
