"""Help ▸ Open Sample Book, and the first start: the sample book is drawn on a worker thread (a few seconds) with
a progress box and Cancel, written as a new file in the data folder, and opened."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QProgressDialog

from studio.core.output.files import Cancelled
from studio.qt.workspaces import BOOK

if TYPE_CHECKING:
    from studio.qt.main_window import MainWindow


def samples_dir() -> Path:
    from studio.core.settings import data_dir

    return data_dir() / "Samples"


async def open_sample_book(window: MainWindow, language: str | None = None) -> Path | None:
    """Make a fresh copy of the sample book and open it in `window`; None when cancelled or it could not be
    opened (the reason is shown)."""
    from studio.core.app.sample_book import SCENES, free_path, language_for, make_sample_book

    language = language or language_for(QLocale().name())
    folder = samples_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = free_path(folder, language)
    dialog = QProgressDialog(QCoreApplication.translate("SampleBook", "Drawing the sample book’s pictures…"),
                             QCoreApplication.translate("SampleBook", "Cancel"), 0, len(SCENES) + 2, window)
    dialog.setObjectName("sampleProgress")
    dialog.setWindowTitle(QCoreApplication.translate("SampleBook", "Sample book"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    stop = threading.Event()
    dialog.canceled.connect(stop.set)
    loop = asyncio.get_running_loop()

    def progress(done: int, total: int) -> None:  # on the worker thread
        if stop.is_set():
            raise Cancelled()
        loop.call_soon_threadsafe(dialog.setValue, done)

    try:
        await loop.run_in_executor(None, make_sample_book, path, language, progress)
    except Cancelled:
        return None
    except OSError as exc:
        window.warn(QCoreApplication.translate("SampleBook", "Could not make the sample book"), str(exc))
        return None
    finally:
        dialog.reset()
        dialog.deleteLater()
    if not window.open_path(path):
        return None
    window.show_workspace(BOOK)  # a finished book: show its pages, cover first
    return path
