"""The gallery, its details, the large picture, Compare and the cast pane for a Korean reader: they change language
while open, name every control for a screen reader, and Tab walks them in the order they read."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from studio.qt.compare_view import CompareView
from studio.qt.language import install
from tests.core.gallery.conftest import add


@pytest.fixture
def korean(qapp):
    """The window's language set to Korean for the test, English again after it (as the other tests expect)."""
    install(qapp, "ko")
    yield
    install(qapp, "en")


@pytest.fixture
def pictures(qtbot, window):
    p = window.project
    ids = [add(p, "Larry the hedgehog in a garden", created=1000), add(p, "Larry serves tea", created=2000),
           add(p, "A moon over the hills", created=3000)]
    qtbot.waitUntil(lambda: window.gallery.model.rowCount() == 3, timeout=10_000)
    return ids


def _texts(box) -> list[str]:
    return [box.itemText(i) for i in range(box.count())]


def test_the_open_gallery_and_cast_pane_turn_korean_and_back_without_a_restart(qtbot, qapp, window, pictures):
    gallery, cast = window.gallery, window.cast
    gallery.filters.more.setChecked(True)
    gallery.filters.source.setCurrentIndex(1)  # "Generated": a choice made stays made
    gallery.select_image(pictures[0])
    assert gallery.filters.search.placeholderText() == "Search prompts, names, tags, files…"
    assert gallery.count_label.text() == "3 pictures"
    try:
        install(qapp, "ko")
        qtbot.waitUntil(lambda: gallery.filters.search.placeholderText() == "프롬프트, 이름, 태그, 파일 검색…")
        assert _texts(gallery.filters.source) == ["모든 출처", "생성한 그림", "고친 그림", "가져온 그림"]
        assert _texts(gallery.filters.when)[:3] == ["모든 기간", "오늘", "지난 7일"]
        assert gallery.filters.source.currentText() == "생성한 그림"
        assert _texts(gallery.filters.board) == ["모든 그림", "★ 별표", "휴지통 (0)"]
        assert gallery.filters.more.text() == "필터"
        assert gallery.count_label.text() == "그림 3장"
        details = gallery.details
        assert (details.again_button.text(), details.open_button.text()) == ("다시 그리기", "크게 보기…")
        assert details.provenance.copy_button.text() == "프롬프트 복사"
        assert "모델" in details.plain_text() and "크기" in details.plain_text()  # the fields of the picture shown
        assert (cast.new_button.text(), cast.remove_button.text(), cast.save_button.text()) == \
            ("새 캐릭터", "캐릭터 삭제", "저장")
        assert cast.labels["aliases"].text() == "다른 이름" and cast.aliases.accessibleName() == "다른 이름"
        assert window.viewer.more_button.text() == "이것과 비슷하게"
    finally:
        install(qapp, "en")
    qtbot.waitUntil(lambda: gallery.filters.search.placeholderText() == "Search prompts, names, tags, files…")
    assert _texts(gallery.filters.source)[0] == "Any source" and gallery.filters.source.currentText() == "Generated"
    assert gallery.count_label.text() == "3 pictures" and cast.new_button.text() == "New character"
    assert "Model" in gallery.details.plain_text()


def test_one_picture_reads_one_picture_in_english(qtbot, window):
    add(window.project, "Larry alone", created=1000)
    qtbot.waitUntil(lambda: window.gallery.model.rowCount() == 1, timeout=10_000)
    assert window.gallery.count_label.text() == "1 picture"


def test_the_print_ready_question_reads_korean(qtbot, window, korean):
    from studio.qt.print_ready import ask_how, ask_how_many

    box = ask_how(window, 7, 150, "2048x2048", "그림 1장, 약 $0.19", lambda: None, lambda: None)
    assert box.windowTitle() == "인쇄용으로 만들기" and "#7 그림은" in box.text() and "150 DPI" in box.text()
    assert "2048×2048" in box.informativeText() and "약 $0.19" in box.informativeText()
    assert [b.text() for b in box.buttons() if b.objectName()] == ["다시 그리기", "여기서 크게 만들기"]
    box.close()
    many = ask_how_many(window, 3, 2, "그림 2장, 약 $0.38", lambda: None, lambda: None)
    assert "3장" in many.text() and "나머지 1장" in many.informativeText()
    many.close()


def _unnamed(root: QWidget) -> list[str]:
    """Every control Tab can reach under `root` that a screen reader would announce without a name."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus != Qt.FocusPolicy.TabFocus:
            continue
        if widget.window() is not root.window():
            continue  # a combo box's list pops up in a window of its own, never reached by Tab
        if widget.focusProxy() is not None:
            continue  # its proxy takes the focus, and is checked itself
        face = QAccessible.queryAccessibleInterface(widget)
        if face is None or not face.text(QAccessible.Text.Name).strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parent()).__name__}")
    return missing


@pytest.mark.parametrize("language", ["en", "ko"])
def test_every_control_in_the_gallery_the_cast_and_the_viewers_has_a_name(qtbot, qapp, window, pictures, language):
    try:
        install(qapp, language)
        window.gallery.filters.more.setChecked(True)
        window.gallery.select_image(pictures[0])
        window.cast.new_member()
        window.show_picture(pictures[0])
        compare = window.compare(pictures[:2])
        qtbot.waitUntil(lambda: window.gallery.filters.search.accessibleName() ==
                        ("갤러리 검색" if language == "ko" else "Search the gallery"))
        panes = {"gallery": window.gallery, "cast": window.cast, "viewer": window.viewer, "compare": compare}
        missing = {name: _unnamed(pane) for name, pane in panes.items()}
        assert not any(missing.values()), missing
    finally:
        install(qapp, "en")


def _tab_order(root: QWidget, wanted: list[QWidget]) -> list[QWidget]:
    """The wanted widgets in the order Tab reaches them, starting from the first."""
    seen, widget = [], wanted[0]
    for _step in range(500):
        if widget in wanted and widget not in seen:
            seen.append(widget)
        widget = widget.nextInFocusChain()
        if widget is wanted[0]:
            break
    return seen


def test_tab_goes_search_filters_grid_then_the_details(qtbot, window, pictures):
    gallery = window.gallery
    gallery.filters.more.setChecked(True)
    f, d = gallery.filters, gallery.details
    order = [f.search, f.board, f.more, f.source, f.model_box, f.style_box, f.when, gallery.view,
             gallery.size_slider, d.provenance.copy_button, d.provenance.note, d.tags, d.again_button, d.remix_button,
             d.open_button]
    assert _tab_order(gallery, order) == order
    cast = window.cast
    order = [cast.members, cast.new_button, cast.remove_button, cast.name, cast.aliases, cast.description, cast.refs,
             cast.add_ref, cast.drop_ref, cast.save_button]
    assert _tab_order(cast, order) == order
    # and a person's Tab from the search box lands on the board chooser
    gallery.filters.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is gallery.filters.search)
    qtbot.keyClick(gallery.filters.search, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is gallery.filters.board


def test_compare_reads_korean_while_open(qtbot, qapp, window, pictures):
    compare = window.compare(pictures[:2])
    assert isinstance(compare, CompareView) and compare.star_button.text() == "Star (F)"
    try:
        install(qapp, "ko")
        qtbot.waitUntil(lambda: compare.star_button.text() == "별표 (F)")
        assert compare.round_button.text() == "이것과 비슷하게 (M)" and compare.close_button.text() == "닫기"
        assert compare.windowTitle().startswith("비교 #")
    finally:
        install(qapp, "en")
    qtbot.waitUntil(lambda: compare.star_button.text() == "Star (F)")
