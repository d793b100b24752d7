"""Help ▸ Getting Started (a short page for a parent trying the studio for the first time) and Help ▸ Keyboard
Shortcuts (made from the window's own actions each time it opens, so it cannot fall behind the menus)."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from studio.qt.language import FollowsLanguage, app_name


def _tr(text: str) -> str:
    """A message of this module's table, in the language now in use."""
    return QCoreApplication.translate("Help", text)


# Each heading and paragraph is its own message, so a translator works on one at a time (and a changed sentence
# leaves the rest of the page translated); looked up when the page is shown, so it follows a change of language.
GETTING_STARTED = (
    ("h2", QT_TRANSLATE_NOOP("Help", "Welcome to {app}")),
    ("p", QT_TRANSLATE_NOOP(
        "Help", "Make a picture book with your child: ask for pictures, keep the ones you love, give the "
        "characters names, and print the book, or stickers of its characters.")),
    ("h3", QT_TRANSLATE_NOOP("Help", "1. Ask")),
    ("p", QT_TRANSLATE_NOOP(
        "Help", "In the <b>Create</b> workspace (Ctrl+1), type what you would like to see, in your own words: "
        "<i>\"a hedgehog who loves sunflowers, in soft watercolours\"</i>. The assistant writes a few "
        "ideas and draws them; they appear in the chat and in the gallery. Ask for a story the same way: "
        "<i>\"tell a bedtime story about Larry the hedgehog in six pages\"</i>.")),
    ("h3", QT_TRANSLATE_NOOP("Help", "2. Pick")),
    ("p", QT_TRANSLATE_NOOP(
        "Help", "Click a picture to see it large, with the words that made it. <b>More Like This</b> draws "
        "variations of it; <b>Draw Again</b> tries the same idea again. Star your favourites "
        "(Ctrl+Shift+F).")),
    ("h3", QT_TRANSLATE_NOOP("Help", "3. Name")),
    ("p", QT_TRANSLATE_NOOP(
        "Help", "Say it in the chat (<i>\"the hedgehog's name is Larry\"</i>) or use <b>New Character from "
        "Picture</b> (Ctrl+Shift+C). The Cast keeps how each character looks, so every later picture of "
        "Larry looks like Larry.")),
    ("h3", QT_TRANSLATE_NOOP("Help", "4. Stickers")),
    ("p", QT_TRANSLATE_NOOP(
        "Help", "File ▸ Export ▸ <b>Stickers…</b> (Ctrl+Shift+E) cuts the characters out and lays them on a "
        "sheet, with cut lines for a cutting machine or scissors.")),
    ("h3", QT_TRANSLATE_NOOP("Help", "5. Story and book")),
    ("p", QT_TRANSLATE_NOOP(
        "Help", "Under a story in the chat, <b>Make pages</b> puts its words on the book's pages and opens the "
        "<b>Book</b> workspace (Ctrl+2). Drag pictures from the gallery onto a page, or select one and "
        "press Ctrl+P.")),
    ("p", QT_TRANSLATE_NOOP(
        "Help", "<b>Illustrate the book</b> draws a picture for every page that has words and no picture yet. "
        "Nothing you put on a page is replaced without asking, and Edit ▸ Undo takes back any change.")),
    ("h3", QT_TRANSLATE_NOOP("Help", "6. Print")),
    ("p", QT_TRANSLATE_NOOP(
        "Help", "File ▸ Export ▸ <b>Book…</b> (Ctrl+E) makes a PDF: print-ready for a print shop, pages for a "
        "home printer, or a booklet to fold and staple.")),
    ("h3", QT_TRANSLATE_NOOP("Help", "Offline mode and your key")),
    ("p", QT_TRANSLATE_NOOP(
        "Help", "Without an API key the studio works offline: pictures are labelled sketches and stories are "
        "drafts, and nothing costs money.")),
    ("p", QT_TRANSLATE_NOOP(
        "Help", "To use a real model, open <b>Edit ▸ Settings…</b> (or <b>Add API key…</b> in the status bar) "
        "and paste your key. It is kept in your system's keychain, never in the book or the settings "
        "file. Each picture then costs a few cents; the status bar shows what this book has cost so "
        "far.")),
    ("p", QT_TRANSLATE_NOOP("Help", "Everything you make is saved as you go. Help ▸ Keyboard Shortcuts lists every key.")),
)


def getting_started_html() -> str:
    return "".join(f"<{tag}>{_tr(text).format(app=html.escape(app_name()))}</{tag}>" for tag, text in GETTING_STARTED)


class HelpDialog(FollowsLanguage, QDialog):
    """A page of help whose words are made again when the language changes while it is open."""

    def __init__(self, parent: QWidget, name: str, title: Callable[[], str], body: Callable[[], str]) -> None:
        super().__init__(parent)
        self._title, self._body = title, body
        self.setObjectName(name)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.text = QTextBrowser(objectName=f"{name}Text")
        self.text.setOpenExternalLinks(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)
        self.resize(600, 600)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self._title())
        self.text.setHtml(self._body())
        self.text.setAccessibleName(self._title())


def _dialog(parent: QWidget, name: str, title: Callable[[], str], body: Callable[[], str]) -> QDialog:
    dialog = HelpDialog(parent, name, title, body)
    dialog.open()  # not exec(): the qasync loop must keep running
    return dialog


def show_getting_started(window: QMainWindow) -> QDialog:
    return _dialog(window, "gettingStarted", lambda: QCoreApplication.translate("Help", "Getting Started"),
                   getting_started_html)


def about_html() -> str:
    import platform

    import PySide6
    from PySide6.QtCore import qVersion

    from studio import __version__
    from studio.core.settings import config_dir, data_dir
    from studio.resources import resource_dir

    app = html.escape(app_name())
    bundled = "".join(f"<li>{html.escape(folder)}: {html.escape(name)}</li>" for folder, name in bundled_licences())
    return "".join([
        f"<h2>{app} {html.escape(__version__)}</h2>",
        "<p>" + QCoreApplication.translate(
            "Help", "Chat with an assistant that draws and writes, lay out a picture book, and print it: a "
            "print-ready PDF, a home-print booklet, or a sheet of stickers.") + "</p>",
        f"<p>Python {platform.python_version()} · Qt {qVersion()} · PySide6 {PySide6.__version__}<br>",
        QCoreApplication.translate("Help", "Settings and data: {folders}").format(
            folders=f"<code>{html.escape(f'{config_dir()} · {data_dir()}')}</code>") + "</p>",
        "<h3>" + QCoreApplication.translate("Help", "What comes with it") + "</h3>",
        "<p>" + QCoreApplication.translate(
            "Help", "{app} is under the MIT licence. It carries these files made by others, each under its own "
            "licence (the texts are beside them in {folder}):").format(
            app=app, folder=f"<code>{html.escape(str(resource_dir()))}</code>") + "</p>",
        f"<ul>{bundled}</ul>",
    ])


def bundled_licences() -> list[tuple[str, str]]:
    """(folder, licence file) for every licence text shipped in the resources folder."""
    from studio.resources import resource_dir

    root = resource_dir()
    return sorted((path.parent.name, path.name) for path in root.rglob("*")
                  if path.is_file() and path.name.upper().startswith(("LICENSE", "OFL", "COPYING")))


def show_about(window: QMainWindow) -> QDialog:
    return _dialog(window, "about", lambda: QCoreApplication.translate("Help", "About {app}").format(app=app_name()),
                   about_html)


def shortcut_rows(window: QMainWindow) -> list[tuple[str, list[tuple[str, str]]]]:
    """(section, [(what it does, keys)]) for every menu of the window and the panes' own keys, as they are now."""
    sections: list[tuple[str, list[tuple[str, str]]]] = []

    def walk(menu: QMenu, prefix: str, rows: list[tuple[str, str]]) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), prefix + _plain(action.text()) + " ▸ ", rows)
            elif not action.isSeparator() and not action.shortcut().isEmpty():
                rows.append((prefix + _plain(action.text()), _keys(action)))

    for top in window.menuBar().actions():
        if top.menu() is not None:
            rows: list[tuple[str, str]] = []
            walk(top.menu(), "", rows)
            if rows:
                sections.append((_plain(top.text()), rows))
    gallery = getattr(window, "gallery", None)
    if gallery is not None:
        rows = [(_plain(a.text()), _keys(a)) for a in gallery.view.actions() if not a.shortcut().isEmpty()]
        if rows:
            sections.append((QCoreApplication.translate("Help", "In the gallery"), rows))
    return sections


def _plain(text: str) -> str:
    """A menu item's words without its mnemonic: "&Save" → "Save", "저장(&S)" → "저장"."""
    text = re.sub(r"\(&[^&]\)", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _keys(action: QAction) -> str:
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())


def shortcuts_html(window: QMainWindow) -> str:
    parts = []
    for section, rows in shortcut_rows(window):
        body = "".join(f"<tr><td style='padding-right:18px'>{html.escape(what)}</td><td><b>{html.escape(keys)}"
                       f"</b></td></tr>" for what, keys in rows)
        parts.append(f"<h3>{html.escape(section)}</h3><table>{body}</table>")
    return "".join(parts)


def show_shortcuts(window: QMainWindow) -> QDialog:
    # made from the menus as they are when it opens (the window makes its menus again in a new language first)
    return _dialog(window, "keyboardShortcuts", lambda: QCoreApplication.translate("Help", "Keyboard Shortcuts"), lambda: shortcuts_html(window))
