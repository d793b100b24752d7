"""The main window: chat, gallery and storyboard side by side over one open project."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (QFileDialog, QLabel, QMainWindow, QMessageBox, QProgressBar, QPushButton, QSplitter,
                               QWidget)

from studio import APP_NAME
from studio.backends.base import Backend
from studio.core import secrets
from studio.core.backend_choice import make_backend
from studio.core.project import Project
from studio.core.schema import FILE_SUFFIX, ProjectError
from studio.core.settings import Settings, save_settings, unsaved_dir
from studio.qt.chat_pane import ChatPane
from studio.qt.gallery_pane import GalleryPane
from studio.qt.settings_dialog import SettingsDialog
from studio.qt.storyboard_pane import StoryboardPane
from studio.qt.tasks import TaskRunner, settle
from studio.qt.undo_commands import AddStoryPages

log = logging.getLogger(__name__)
FILE_FILTER = "Picture books (*.storybook)"


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, backend_override: str | None = None, persist_settings: bool = True) -> None:
        super().__init__()
        self.settings = settings
        self._override = backend_override
        self._persist = persist_settings
        self.backend: Backend = make_backend(settings, backend_override)
        self.project: Project | None = None
        self.runner = TaskRunner(self)
        self.runner.failed.connect(self._show_failure)
        self.undo_stack = QUndoStack(self)
        self._closing = False

        self.chat = ChatPane(self.runner, lambda: self.backend, lambda: self.settings.concurrency)
        self.gallery = GalleryPane(self.runner)
        self.storyboard = StoryboardPane(self.runner, self.undo_stack)
        self.chat.image_clicked.connect(self.gallery.select_image)
        self.chat.make_pages.connect(self.make_story_pages)
        self.chat.open_settings.connect(self.open_settings)
        self.gallery.image_activated.connect(self.storyboard.place_image)
        split = QSplitter(Qt.Orientation.Horizontal)
        for pane in (self.chat, self.gallery, self.storyboard):
            split.addWidget(pane)
        split.setSizes([560, 420, 560])
        split.setChildrenCollapsible(False)
        self.setCentralWidget(split)

        self.backend_label = QLabel()
        self.key_button = QPushButton(self.tr("Add API key…"))
        self.key_button.setFlat(True)
        self.key_button.clicked.connect(self.open_settings)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(180)
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.backend_label)
        self.statusBar().addPermanentWidget(self.key_button)
        self._build_menus()
        self._backend_changed()
        self.resize(1500, 900)

    # -- menus --------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self._action(self.tr("&New"), self.new_project, QKeySequence.StandardKey.New))
        file_menu.addAction(self._action(self.tr("&Open…"), self._choose_open, QKeySequence.StandardKey.Open))
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addAction(self._action(self.tr("&Save"), self.save, QKeySequence.StandardKey.Save))
        file_menu.addAction(self._action(self.tr("Save &As…"), self._choose_save_as, QKeySequence.StandardKey.SaveAs))
        export_menu = file_menu.addMenu(self.tr("&Export"))
        export_menu.addAction(self._action(self.tr("Book as &PDF…"), self._choose_export_pdf, "Ctrl+E"))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit))

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        edit_menu.addAction(self._action(self.tr("&Settings…"), self.open_settings, QKeySequence.StandardKey.Preferences))

        book_menu = self.menuBar().addMenu(self.tr("&Book"))
        book_menu.addAction(self._action(self.tr("&Add Page"), self.storyboard.add_page, "Ctrl+Shift+N"))
        book_menu.addAction(self._action(self.tr("Put Selected Picture on Page"), self._place_selected, "Ctrl+P"))
        book_menu.addAction(self._action(self.tr("&Previous Page"), lambda: self.storyboard.show_page(
            self.storyboard.index - 1), "Ctrl+PgUp"))
        book_menu.addAction(self._action(self.tr("&Next Page"), lambda: self.storyboard.show_page(
            self.storyboard.index + 1), "Ctrl+PgDown"))

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About"), self._about))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_files:
            self.recent_menu.addAction(self._action(path, lambda _=False, p=path: self.open_path(Path(p))))
        self.recent_menu.setEnabled(bool(self.settings.recent_files))

    # -- project lifecycle ------------------------------------------------------------

    def set_project(self, project: Project) -> None:
        old = self.project
        running = self.runner.cancel_all()
        self.project = project
        self.undo_stack.clear()
        for pane in (self.chat, self.gallery, self.storyboard):
            pane.set_project(project)
        if old is not None and old is not project:
            if running:  # let cancelled work record its end in the old file before closing it
                self.runner.start(self._close_after(old, running), self.tr("Closing the previous book"))
            else:
                old.close()
        self._update_title()

    @staticmethod
    async def _close_after(project: Project, tasks: list[asyncio.Task]) -> None:
        await settle(tasks)
        project.close()

    def new_project(self) -> None:
        if self._confirm_discard():
            self.set_project(Project.untitled_project(unsaved_dir()))

    def open_path(self, path: Path) -> bool:
        try:
            project = Project.open(path)
        except ProjectError as exc:
            self._warn(self.tr("Could not open"), str(exc))
            return False
        self.set_project(project)
        self._remember(path)
        return True

    def _choose_open(self) -> None:
        if not self._confirm_discard():
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open picture book"), "", FILE_FILTER)
        if path:
            self.open_path(Path(path))

    def save(self) -> bool:
        if self.project is None:
            return False
        if self.project.untitled:
            return self._choose_save_as()
        self.statusBar().showMessage(self.tr("Saved — every change is saved as you go."), 3000)
        return True

    def _choose_save_as(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save picture book"), "Untitled" + FILE_SUFFIX, FILE_FILTER)
        return bool(path) and self.save_as(Path(path))

    def save_as(self, path: Path) -> bool:
        if self.project is None:
            return False
        if path.suffix != FILE_SUFFIX:
            path = path.with_name(path.name + FILE_SUFFIX)
        try:
            self.project.save_as(path)
        except ProjectError as exc:
            self._warn(self.tr("Could not save"), str(exc))
            return False
        self._remember(path)
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved to {name}").format(name=path.name), 3000)
        return True

    def _remember(self, path: Path) -> None:
        self.settings.add_recent(path)
        self._save_settings()

    def _update_title(self) -> None:
        name = self.tr("Untitled") if self.project is None or self.project.untitled else self.project.path.stem
        self.setWindowTitle(f"{name} — {APP_NAME}")

    def _confirm_discard(self) -> bool:
        """An untitled project with work in it is offered a save before it is thrown away."""
        project = self.project
        if project is None or not project.untitled or not (project.messages() or project.images()):
            return True
        box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, self.tr("Save this picture book before closing it?"),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self._choose_save_as()
        return answer == QMessageBox.StandardButton.Discard

    # -- export --------------------------------------------------------------------

    def _choose_export_pdf(self) -> None:
        if self.project is None:
            return
        default = self.project.path.with_suffix(".pdf").name
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export book as PDF"), default, "PDF (*.pdf)")
        if path:
            self.export_pdf(Path(path))

    def export_pdf(self, path: Path) -> asyncio.Task:
        return self.runner.start(self._export_pdf(path), self.tr("Exporting the PDF"))

    async def _export_pdf(self, path: Path) -> None:
        from studio.core import export_pdf  # reportlab is only needed once someone exports

        assert self.project is not None
        book = export_pdf.snapshot(self.project)
        loop = asyncio.get_running_loop()
        self.progress.setRange(0, len(book.pages))
        self.progress.setValue(0)
        self.progress.show()

        def progress(done: int, _total: int) -> None:  # called on the worker thread
            loop.call_soon_threadsafe(self.progress.setValue, done)

        try:
            await loop.run_in_executor(None, export_pdf.render_pdf, book, path, progress)
        except export_pdf.ExportError as exc:
            self._warn(self.tr("Export failed"), str(exc))
            return
        finally:
            self.progress.hide()
        self.statusBar().showMessage(self.tr("Exported {name}").format(name=path.name), 5000)

    # -- story, pictures -------------------------------------------------------------

    def make_story_pages(self, story: dict) -> None:
        if self.project is not None:
            self.undo_stack.push(AddStoryPages(self.project, story))

    def _place_selected(self) -> None:
        ids = self.gallery.selected_image_ids()
        if ids:
            self.storyboard.place_image(ids[0])

    # -- backend and settings -------------------------------------------------------------

    def _backend_changed(self) -> None:
        b = self.backend
        if b.offline:
            self.backend_label.setText(self.tr("Offline mode — {reason}").format(reason=getattr(b, "reason", "")))
        else:
            self.backend_label.setText(self.tr("{name} · {chat} · {image}").format(
                name=b.name, chat=b.chat_model, image=b.image_model))
        self.key_button.setVisible(b.offline)
        self.chat.set_backend_status(b)

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self.runner, self)
        dialog.accepted.connect(lambda: self._apply_settings(dialog))
        dialog.open()  # not exec(): the qasync loop must keep running

    def _apply_settings(self, dialog: SettingsDialog) -> None:
        new = dialog.result_settings()
        key = dialog.entered_key()
        if key:
            try:
                secrets.set_api_key(new.backend, key)
            except secrets.SecretStoreError as exc:
                self._warn(self.tr("Key not stored"), str(exc))
        self.settings = new
        self._override = None
        self._save_settings()
        old = self.backend
        self.backend = make_backend(self.settings)
        self.runner.start(old.aclose(), self.tr("Closing the old connection"))
        self._backend_changed()

    def _save_settings(self) -> None:
        if self._persist:
            try:
                save_settings(self.settings)
            except OSError as exc:
                self.statusBar().showMessage(self.tr("Settings not saved: {e}").format(e=exc), 5000)

    # -- messages and closing ----------------------------------------------------------------

    def _warn(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("warningBox")
        box.open()

    def _show_failure(self, what: str, message: str) -> None:
        self._warn(what, self.tr("{what} did not work: {message}").format(what=what, message=message))

    def _about(self) -> None:
        QMessageBox.about(self, APP_NAME, self.tr("{app}: chat, draw, lay out and print picture books.").format(app=APP_NAME))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing:
            if self.chat.busy:
                box = QMessageBox(QMessageBox.Icon.Question, APP_NAME,
                                  self.tr("Pictures are still being made. Stop them and quit?"),
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
                if box.exec() != QMessageBox.StandardButton.Yes:
                    event.ignore()
                    return
            if not self._confirm_discard():
                event.ignore()
                return
            self._closing = True
            running = self.runner.cancel_all()
            if running:
                # Close once the cancelled work has finished cleanly; nothing is left half-written.
                event.ignore()
                self.runner.start(self._close_when_settled(running), self.tr("Stopping"))
                return
        if self.project is not None:
            self.project.close()
            self.project = None
        event.accept()

    async def _close_when_settled(self, tasks: list[asyncio.Task]) -> None:
        await settle(tasks)
        self.close()
