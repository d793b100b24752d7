"""Starting the GUI: QApplication, bundled fonts, translations, and the qasync event loop."""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from studio import APP_ID, APP_NAME, DESKTOP_ID
from studio.core.document.schema import ProjectError
from studio.core.settings import load_settings, unsaved_dir
from studio.qt.main_window import (
    MainWindow,  # light: the studio inside it is imported by MainWindow.build
)
from studio.resources import font_path, icon_path

log = logging.getLogger(__name__)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(QIcon(str(icon_path())))
    for bold in (False, True):  # Hangul must render even where the system has no Korean font
        QFontDatabase.addApplicationFont(str(font_path(bold)))
    install_translations(app)
    return app


def install_translations(app: QApplication, setting: str | None = None) -> None:
    """The window and the core in the language chosen in Settings, or the system's."""
    from studio.core.settings import language_setting
    from studio.qt.language import install

    install(app, language_setting() if setting is None else setting)


def install_asyncgen_hooks(loop: asyncio.AbstractEventLoop) -> None:
    # qasync's run_forever does not install these, so an abandoned stream would be finalised noisily at GC time.
    sys.set_asyncgen_hooks(firstiter=loop._asyncgen_firstiter_hook,  # type: ignore[attr-defined]
                           finalizer=loop._asyncgen_finalizer_hook)  # type: ignore[attr-defined]


def open_book(window: MainWindow, project_path: Path | None = None) -> None:
    """The book asked for (created if missing), or a new untitled one plus an offer of any a crash left. A book
    that cannot be opened or made is explained, and the window opens on a new book instead."""
    from studio.core.app.project import Project

    if project_path is not None and window.open_path(project_path, create=not project_path.exists()):
        return
    try:
        window.set_project(Project.untitled_project(unsaved_dir()))
    except ProjectError as exc:  # not even the app's own folder can be written: a book in a temporary one
        window.warn(QCoreApplication.translate("App", "Could not make a new book"), str(exc))
        window.set_project(Project.untitled_project())
    QTimer.singleShot(0, window.offer_unsaved_books)  # once the window is up


def start(project_path: Path | None = None, backend_override: str | None = None,
          shown: Callable[[], None] | None = None) -> tuple[QApplication, asyncio.AbstractEventLoop, MainWindow]:
    """Show the window first, then build the studio in it: most of the start is importing the studio's modules,
    and a person should see the window while that happens rather than nothing."""
    app = make_application()
    window = MainWindow(load_settings(), backend_override, build=False)
    window.show()
    app.processEvents()  # the frame paints now
    if shown is not None:
        shown()
    from studio.qt.event_loop import StudioEventLoop

    loop = StudioEventLoop(app)
    asyncio.set_event_loop(loop)
    install_asyncgen_hooks(loop)
    close_on_signals(loop, window)  # before the book opens: from then on a signal closes it properly
    window.build()
    open_book(window, project_path)
    if project_path is None and not window.settings.recent_files:  # the very first start
        QTimer.singleShot(0, window.show_sample_once)
    return app, loop, window


def close_on_signals(loop: asyncio.AbstractEventLoop, window: MainWindow) -> None:
    """SIGTERM (a logout, `kill`, a service manager) and SIGINT (Ctrl+C in the terminal) close the window as
    Quit does, so the book is closed properly: its WAL folded back, its -wal, -shm and lock removed. Without
    this the process ends on the spot and leaves all three beside the book."""
    def close(signum: int) -> None:
        log.info("%s received: closing", signal.Signals(signum).name)
        asyncio.ensure_future(_close_for_signal(window))

    for signum in (signal.SIGTERM, signal.SIGINT):
        try:
            loop.add_signal_handler(signum, close, signum)
        except (NotImplementedError, RuntimeError, ValueError):  # Windows, or not the main thread
            pass


async def _close_for_signal(window: MainWindow) -> None:
    """Nobody is there to answer a question: running pictures are stopped (each ends as "cancelled" in the
    book), and a book that was never named stays in the Unsaved folder to be offered back at the next start,
    as after a crash, instead of being discarded as a deliberate close would."""
    from studio.qt.tasks import settle

    if window.built:
        window._closing = True  # closeEvent asks nothing from here on
        await settle(window.runner.cancel_all() + (window.jobs.cancel_all() if window.jobs is not None else []))
        if window.project is not None and window.project.untitled:
            window.project.untitled = False
    window.close()


def run(project_path: Path | None = None, backend_override: str | None = None) -> int:
    if not logging.getLogger().handlers:
        setup_logging()
    app, loop, _window = start(project_path, backend_override)
    quit_event = asyncio.Event()
    app.aboutToQuit.connect(quit_event.set)
    with loop:
        loop.run_until_complete(quit_event.wait())
    return 0


def setup_logging() -> None:
    """Log to the platform's log folder as well as stderr. Nothing secret is ever logged."""
    from logging.handlers import RotatingFileHandler

    from studio.core.settings import log_dir

    handlers: list[logging.Handler] = [logging.StreamHandler()]
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handlers.append(RotatingFileHandler(folder / "studio.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"))
    except OSError:
        pass  # a read-only home must not stop the app from starting
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                        handlers=handlers)


def main() -> int:
    setup_logging()
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    return run(path)
