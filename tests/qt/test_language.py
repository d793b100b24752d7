"""The window changes language while open: chosen in Settings, the menus, the docks, the workspace tabs, the jobs
list, the status bar and every pane read in Korean at once, with no restart, and in English again after."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from studio.core.document.model import JobKind
from studio.qt.language import install

TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "studio_ko.ts"
KOREAN_MENUS = ["파일(&F)", "편집(&E)", "책(&B)", "그림(&P)", "보기(&V)", "도움말(&H)"]
ENGLISH_MENUS = ["&File", "&Edit", "&Book", "&Picture", "&View", "&Help"]
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%\d")


class SettingsChosen:
    """What the Settings dialog hands the window when OK is pressed (see MainWindow._apply_settings)."""

    def __init__(self, settings) -> None:
        self.settings = settings

    def result_settings(self):
        return self.settings

    def entered_key(self) -> str:
        return ""


def english_with_korean() -> list[re.Pattern]:
    """Every English source in the window's catalogue that has a Korean translation different from itself, as a
    pattern for the whole text a widget shows (a placeholder matches whatever was filled in). Sources that are
    nearly all placeholder ("{name} · {chat} · {image}") say nothing about the language and are left out."""
    patterns = []
    for message in ET.parse(TS).getroot().iter("message"):
        source, translation = message.findtext("source") or "", message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        literal = PLACEHOLDER.sub("", source)
        if all(f == source for f in forms) or not re.search(r"[A-Za-z]{3,}", literal):
            continue
        pieces = PLACEHOLDER.split(source)
        patterns.append(re.compile(".+".join(re.escape(p) for p in pieces) + r"\Z", re.DOTALL))
    return patterns


def shown_texts(widget: QWidget) -> list[tuple[str, str]]:
    """(what, text) for every text a person reads on or about `widget`."""
    texts = [("tooltip", widget.toolTip()), ("accessible name", widget.accessibleName()),
             ("status tip", widget.statusTip())]
    if widget.isWindow() or isinstance(widget, QDockWidget):
        texts.append(("title", widget.windowTitle()))
    if isinstance(widget, (QAbstractButton, QLabel, QLineEdit)):
        texts.append(("text", widget.text()))
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        texts.append(("placeholder", widget.placeholderText()))
    if isinstance(widget, QGroupBox):
        texts.append(("title", widget.title()))
    if isinstance(widget, QComboBox):
        texts += [("item", widget.itemText(i)) for i in range(widget.count())]
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            texts += [("tab", widget.tabText(i)), ("tab tooltip", widget.tabToolTip(i))]
    if isinstance(widget, QTreeWidget):
        header = widget.headerItem()
        texts += [("column", header.text(i)) for i in range(header.columnCount())]
        for row in range(widget.topLevelItemCount()):
            item = widget.topLevelItem(row)
            texts += [("row", item.text(i)) for i in range(item.columnCount())]
    return [(what, text) for what, text in texts if text]


def action_texts(action: QAction) -> list[tuple[str, str]]:
    texts = [("action", action.text()), ("action tooltip", action.toolTip()), ("status tip", action.statusTip())]
    if action.menu() is not None:
        texts.append(("menu", action.menu().title()))
    return [(what, text) for what, text in texts if text]


def owner(window, widget: QWidget) -> str:
    for name in ("chat", "gallery", "storyboard", "cast"):
        pane = getattr(window, name)
        if widget is pane or pane.isAncestorOf(widget):
            return name
    return "window"


def english_left(window, patterns: list[re.Pattern]) -> list[tuple[str, str]]:
    """(pane, description) for every visible text of the window still in an English that has Korean."""
    def english(text: str) -> bool:
        return any(p.match(text) for p in patterns)

    found = []
    widgets = [window, *(w for w in window.findChildren(QWidget) if w.isVisibleTo(window))]
    for widget in widgets:
        for what, text in shown_texts(widget):
            if english(text):
                found.append((owner(window, widget),
                              f"{type(widget).__name__} {widget.objectName()!r} {what}: {text!r}"))
        for action in widget.actions():
            for what, text in action_texts(action):
                if english(text):
                    found.append((owner(window, widget),
                                  f"{what} of {type(widget).__name__} {widget.objectName()!r}: {text!r}"))

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            for what, text in action_texts(action):
                if english(text):
                    found.append(("window", f"{what} in menu {menu.title()!r}: {text!r}"))
            if action.menu() is not None:
                walk(action.menu())

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu())
    return sorted(set(found))


def menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_english_source_patterns_match_what_they_should(qapp):
    patterns = english_with_korean()
    assert any(p.match("&File") for p in patterns)
    assert any(p.match("Saved to Larry.storybook") for p in patterns)  # "Saved to {name}"
    assert not any(p.match("파일(&F)") for p in patterns)


def test_the_window_changes_to_korean_without_a_restart(qtbot, qapp, window):
    window.project.jobs.create(JobKind.GENERATE, {"prompt": "a kite"})  # a row in the jobs list, its state in words
    qtbot.waitUntil(lambda: window.jobs_pane.tree.topLevelItemCount() == 1)
    assert window.jobs_pane.tree.topLevelItem(0).text(1) == "queued"
    try:
        window._apply_settings(SettingsChosen(replace(window.settings, language="ko")))
        qtbot.waitUntil(lambda: menu_titles(window) == KOREAN_MENUS)
        assert window.cast_dock.windowTitle() == "등장인물"
        assert window.jobs_dock.windowTitle() == "그리고 있는 그림"
        assert window.jobs_dock.toggleViewAction().text() == "그리고 있는 그림"  # View ▸ follows the title
        assert window.workspaces.tabs.tabText(0) == "만들기 — 대화와 그림"
        assert window.jobs_pane.tree.headerItem().text(1) == "상태"
        assert window.jobs_pane.tree.topLevelItem(0).text(1) == "대기 중"
        assert window.key_button.text() == "API 키 추가…"
        undo = window.undo_action
        assert undo.text() == "실행 취소(&U)" and undo in window.menuBar().actions()[1].menu().actions()

        left = []
        patterns = english_with_korean()
        for workspace in ("create", "book"):
            window.show_workspace(workspace)
            qtbot.waitUntil(lambda: window.workspaces.settled)
            left += [(pane, f"{workspace}: {text}") for pane, text in english_left(window, patterns)]
        assert not left, "English left in the window after switching to Korean:\n" + "\n".join(
            f"{pane}: {text}" for pane, text in left)
    finally:
        window._apply_settings(SettingsChosen(replace(window.settings, language="en")))
        qtbot.waitUntil(lambda: menu_titles(window) == ENGLISH_MENUS)
    assert window.cast_dock.windowTitle() == "Cast"
    assert window.jobs_pane.tree.topLevelItem(0).text(1) == "queued"


def test_keys_and_undo_keep_working_after_a_change_of_language(qtbot, qapp, window):
    """The menus are made again in the new language: their keys still work (in the window and in the large
    picture, which shares them), and Undo is still the book's, named in Korean."""
    from studio.core.app import edits

    def press_in(target, key: Qt.Key) -> None:
        target.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is target)
        QTest.keyClick(target, key, Qt.KeyboardModifier.ControlModifier)

    try:
        install(qapp, "ko")
        qtbot.waitUntil(lambda: menu_titles(window) == KOREAN_MENUS)
        press_in(window, Qt.Key.Key_2)
        assert window.workspaces.current == "book"
        window.viewer.show()
        qtbot.waitExposed(window.viewer)
        press_in(window.viewer, Qt.Key.Key_1)
        assert window.workspaces.current == "create"
        window.viewer.hide()
        edits.add_page(window.project)
        qtbot.waitUntil(lambda: window.undo_action.isEnabled())
        assert window.undo_action.text().startswith("실행 취소(&U): ")
        press_in(window, Qt.Key.Key_Z)
        qtbot.waitUntil(lambda: not window.undo_action.isEnabled())
    finally:
        install(qapp, "en")
        qtbot.waitUntil(lambda: menu_titles(window) == ENGLISH_MENUS)


def test_a_question_on_screen_changes_language_with_the_window(qtbot, qapp, make_window):
    """The offer of a book a crash left behind, asked while the language changes, reads in the new one."""
    from studio.core.settings import Settings, unsaved_dir
    from tests.core.document.test_recovery import leave_book_behind

    leave_book_behind(unsaved_dir())
    window = make_window(Settings(backend="offline"))
    window.offer_unsaved_books()
    box = window.recovery.box
    assert box.text().endswith("Reopen it?")
    try:
        install(qapp, "ko")
        qtbot.waitUntil(lambda: box.text().endswith("다시 열까요?"))
        assert "Larry the sunflower hedgehog" in box.text()  # what the book holds stays as written
        assert [box.findChild(QAbstractButton, n).text() for n in ("reopenButton", "discardButton", "laterButton")] \
            == ["다시 열기", "버리기", "나중에"]
    finally:
        install(qapp, "en")
        qtbot.waitUntil(lambda: box.text().endswith("Reopen it?"))


def test_the_title_and_the_read_only_tips_follow_the_language(qtbot, qapp, window, tmp_path):
    from studio.core.app.project import Project

    book = tmp_path / "Shelf.storybook"
    Project.create(book).close()
    window.set_project(Project.open(book, read_only=True))
    send = window.chat.send_button
    assert window.windowTitle().startswith("Shelf (read-only) — ")
    try:
        install(qapp, "ko")
        qtbot.waitUntil(lambda: window.windowTitle() == "Shelf (읽기 전용) — 그림책 스튜디오")  # as on its launcher
        qtbot.waitUntil(lambda: send.toolTip().startswith("이 책은 읽기 전용이에요"))
        assert not send.isEnabled()
    finally:
        install(qapp, "en")
        qtbot.waitUntil(lambda: send.toolTip().startswith("This book is read-only"))
    window.set_project(Project.create(tmp_path / "Writable.storybook"))
    assert window.windowTitle() == "Writable — Picture Book Studio"
    assert "read-only" not in send.toolTip()  # its own tip back, in English


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def test_no_two_items_of_a_menu_share_a_key_in_either_language(qtbot, qapp, window):
    """Alt+letter picks one item: in a menu where two share the letter, it only moves between them."""
    def clashes() -> list[str]:
        found = []
        menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
        menus += [a.menu() for m in list(menus) for a in m.actions() if a.menu() is not None]
        for menu in menus:
            keys: dict[str, str] = {}
            for action in menu.actions():
                key = _mnemonic(action.text())
                if key is not None and key in keys:
                    found.append(f"{menu.title()}: {keys[key]!r} and {action.text()!r}")
                elif key is not None:
                    keys[key] = action.text()
        return found
    top = [_mnemonic(a.text()) for a in window.menuBar().actions()]
    assert len(set(top)) == len(top) and not clashes()
    window._apply_settings(SettingsChosen(replace(window.settings, language="ko")))
    try:
        qtbot.waitUntil(lambda: menu_titles(window) == KOREAN_MENUS)
        assert not clashes()
    finally:
        window._apply_settings(SettingsChosen(replace(window.settings, language="en")))
        qtbot.waitUntil(lambda: menu_titles(window) == ENGLISH_MENUS)


def test_a_compare_left_from_an_earlier_book_does_not_stop_the_switch(qtbot, qapp, window, tmp_path):
    """Was: Compare, opened on one book and hidden when another was opened, kept the closed book and read it when
    the language changed ("Cannot operate on a closed database"). Now it lets go, and the switch reaches dialogs
    opened after it."""
    from studio.core.app.project import Project
    from studio.core.document.model import BookFormat
    from studio.qt.storyboard.book_settings import BookSettingsDialog
    from tests.core.stickers.test_sheet_preview import oval

    data = oval(0.9)
    ids = [window.project.add_image(data, data, 600, 600, "image/png").id for _ in range(2)]
    window.compare(ids)
    other = tmp_path / "Other.storybook"
    Project.create(other).close()
    assert window.open_path(other)
    assert window.compare_view.ids() == [] and window.compare_view._project is None  # let go of the closed book
    try:
        window._apply_settings(SettingsChosen(replace(window.settings, language="ko")))
        qtbot.waitUntil(lambda: menu_titles(window) == KOREAN_MENUS)
        dialog = BookSettingsDialog(BookFormat(8.5, 8.5))
        qtbot.addWidget(dialog)
        assert dialog.target.itemText(0) == "선택 안 함 (만든 그대로 내보내기)"
    finally:
        window._apply_settings(SettingsChosen(replace(window.settings, language="en")))
        qtbot.waitUntil(lambda: menu_titles(window) == ENGLISH_MENUS)
