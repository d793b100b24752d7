"""Help ▸ Getting Started (a short page for a parent trying the studio for the first time) and Help ▸ Keyboard
Shortcuts (made from the window's own actions each time it opens, so it cannot fall behind the menus)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
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

GETTING_STARTED = """
<h2>Welcome to {app}</h2>
<p>Make a picture book with your child: ask for pictures, keep the ones you love, give the characters names,
and print the book, or stickers of its characters.</p>
<h3>1. Ask</h3>
<p>In the <b>Create</b> workspace (Ctrl+1), type what you would like to see, in your own words:
<i>"a hedgehog who loves sunflowers, in soft watercolours"</i>. The assistant writes a few ideas and draws
them; they appear in the chat and in the gallery. Ask for a story the same way: <i>"tell a bedtime story
about Larry the hedgehog in six pages"</i>.</p>
<h3>2. Pick</h3>
<p>Click a picture to see it large, with the words that made it. <b>More Like This</b> draws variations of
it; <b>Draw Again</b> tries the same idea again. Star your favourites (Ctrl+Shift+F).</p>
<h3>3. Name</h3>
<p>Say it in the chat (<i>"the hedgehog's name is Larry"</i>) or use <b>New Character from Picture</b>
(Ctrl+Shift+C). The Cast keeps how each character looks, so every later picture of Larry looks like Larry.</p>
<h3>4. Stickers</h3>
<p>File ▸ Export ▸ <b>Stickers…</b> (Ctrl+Shift+E) cuts the characters out and lays them on a sheet, with
cut lines for a cutting machine or scissors.</p>
<h3>5. Story and book</h3>
<p>Under a story in the chat, <b>Make pages</b> puts its words on the book's pages and opens the <b>Book</b>
workspace (Ctrl+2). Drag pictures from the gallery onto a page, or select one and press Ctrl+P.
<b>Illustrate the book</b> draws a picture for every page that has words and no picture yet. Nothing you put
on a page is replaced without asking, and Edit ▸ Undo takes back any change.</p>
<h3>6. Print</h3>
<p>File ▸ Export ▸ <b>Book…</b> (Ctrl+E) makes a PDF: print-ready for a print shop, pages for a home
printer, or a booklet to fold and staple.</p>
<h3>Offline mode and your key</h3>
<p>Without an API key the studio works offline: pictures are labelled sketches and stories are drafts, and
nothing costs money. To use a real model, open <b>Edit ▸ Settings…</b> (or <b>Add API key…</b> in the status
bar) and paste your key. It is kept in your system's keychain, never in the book or the settings file. Each
picture then costs a few cents; the status bar shows what this book has cost so far.</p>
<p>Everything you make is saved as you go. Help ▸ Keyboard Shortcuts lists every key.</p>
"""


def _dialog(parent: QWidget, title: str, name: str, body: str) -> QDialog:
    dialog = QDialog(parent)
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    text = QTextBrowser(objectName=f"{name}Text")
    text.setOpenExternalLinks(True)
    text.setHtml(body)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addWidget(buttons)
    dialog.resize(560, 560)
    dialog.open()  # not exec(): the qasync loop must keep running
    return dialog


def show_getting_started(window: QMainWindow) -> QDialog:
    from studio import APP_NAME

    return _dialog(window, window.tr("Getting Started"), "gettingStarted",
                   window.tr(GETTING_STARTED).format(app=html.escape(APP_NAME)))


ABOUT = """
<h2>{app} {version}</h2>
<p>Chat with an assistant that draws and writes, lay out a picture book, and print it: a print-ready PDF,
a home-print booklet, or a sheet of stickers.</p>
<p>Python {python} · Qt {qt} · PySide6 {pyside}<br>Settings and data: <code>{folders}</code></p>
<h3>What comes with it</h3>
<p>{app} is under the MIT licence. It carries these files made by others, each under its own licence (the
texts are beside them in <code>{resources}</code>):</p>
<ul>{bundled}</ul>
"""


def bundled_licences() -> list[tuple[str, str]]:
    """(folder, licence file) for every licence text shipped in the resources folder."""
    from studio.resources import resource_dir

    root = resource_dir()
    return sorted((path.parent.name, path.name) for path in root.rglob("*")
                  if path.is_file() and path.name.upper().startswith(("LICENSE", "OFL", "COPYING")))


def show_about(window: QMainWindow) -> QDialog:
    import platform

    import PySide6
    from PySide6.QtCore import qVersion

    from studio import APP_NAME, __version__
    from studio.core.settings import config_dir, data_dir
    from studio.resources import resource_dir

    bundled = "".join(f"<li>{html.escape(folder)}: {html.escape(name)}</li>" for folder, name in bundled_licences())
    body = window.tr(ABOUT).format(app=html.escape(APP_NAME), version=__version__, python=platform.python_version(),
                                   qt=qVersion(), pyside=PySide6.__version__, bundled=bundled,
                                   folders=html.escape(f"{config_dir()} · {data_dir()}"),
                                   resources=html.escape(str(resource_dir())))
    return _dialog(window, window.tr("About {app}").format(app=APP_NAME), "about", body)


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
            sections.append((window.tr("In the gallery"), rows))
    return sections


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _keys(action: QAction) -> str:
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())


def show_shortcuts(window: QMainWindow) -> QDialog:
    parts = []
    for section, rows in shortcut_rows(window):
        body = "".join(f"<tr><td style='padding-right:18px'>{html.escape(what)}</td><td><b>{html.escape(keys)}"
                       f"</b></td></tr>" for what, keys in rows)
        parts.append(f"<h3>{html.escape(section)}</h3><table>{body}</table>")
    return _dialog(window, window.tr("Keyboard Shortcuts"), "keyboardShortcuts", "".join(parts))
