"""The main window: two workspaces (Create: chat and gallery; Book: gallery and storyboard) over one open
project, the cast and the jobs in docks, and the menus whose shortcuts work wherever the focus is."""

from __future__ import annotations

import asyncio
import logging
import os
import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMenuBar,
    QMessageBox,
    QPushButton,
    QWidget,
)

from studio.core import units
from studio.core.document.schema import FILE_SUFFIX, ProjectError
from studio.core.settings import Settings, save_settings, unsaved_dir
from studio.qt.elided_label import ElidedLabel
from studio.qt.language import app_name
from studio.qt.window_state import WindowState, clamp_to_screen, place_first_time, state_path

# The window shows before the rest of the studio is imported (see `build`): these load only when needed.
if TYPE_CHECKING:
    from studio.backends.base import Backend
    from studio.core.app.project import Project
    from studio.core.app.studio import Studio
    from studio.core.assistant.assistant import Assistant
    from studio.core.document.changes import ChangeSet
    from studio.core.jobs.jobs import JobRunner
    from studio.qt.output.export_dialog import ExportDialog
    from studio.qt.recovery_offer import RecoveryOffer
    from studio.qt.settings_dialog import SettingsDialog
    from studio.qt.stickers.sheet_dialog import StickerDialog
    from studio.qt.workspaces import Workspaces

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, backend_override: str | None = None, persist_settings: bool = True,
                 build: bool = True, remember_window: bool | None = None) -> None:
        """With `build=False` only the frame is made, cheaply, so it can be shown at once; `build()` then makes
        the studio inside it (its imports are most of the start-up time). The window's size, docks and workspace
        are remembered on this machine when `remember_window` (by default: when settings are)."""
        super().__init__()
        self.settings = settings
        units.set_units(settings.lengths)
        self._override = backend_override
        self._persist = persist_settings
        self.project: Project | None = None
        self.jobs: JobRunner | None = None
        self._unsubscribe = None
        self._closing = False
        self.built = False
        self.recovery: RecoveryOffer | None = None
        self.studio: Studio | None = None
        self.workspaces: Workspaces | None = None
        self._placing = False
        self.placed = False  # kept inside the screen, title bar and all, once first shown
        remember = persist_settings if remember_window is None else remember_window
        self.window_state = WindowState(state_path()) if remember else None
        self.setWindowTitle(app_name())
        if self.window_state is not None:
            self.window_state.restore_geometry(self)
        else:
            place_first_time(self)
            clamp_to_screen(self)
        self.statusBar().showMessage(self.tr("Opening the studio…"))
        if build:
            self.build()

    @property
    def backend(self) -> Backend:
        assert self.studio is not None
        return self.studio.backend

    def build(self) -> None:
        from studio.core.app.studio import Studio
        from studio.core.jobs.loop_thread import LoopThread
        from studio.core.layout.fonts import preload_in_background
        from studio.qt.app_heap import freeze_heap
        from studio.qt.cast_pane import CastPane
        from studio.qt.chat_pane import ChatPane
        from studio.qt.gallery.pane import GalleryPane
        from studio.qt.image_viewer import ImageViewer
        from studio.qt.jobs_pane import JobsPane
        from studio.qt.storyboard.pane import StoryboardPane
        from studio.qt.tasks import TaskRunner
        from studio.qt.undo import BookUndo
        from studio.qt.workspaces import Workspaces

        preload_in_background()
        threading.Thread(target=_import_print_code, name="warm-up", daemon=True).start()
        self.studio = Studio(self.settings, self._override)  # the composition root, as for every studio command
        self.network = LoopThread("pictures")  # picture downloads: megabytes each, kept off the window's loop
        self.runner = TaskRunner(self)
        self.runner.failed.connect(self._show_failure)
        self.undo_stack = BookUndo(self)  # the book's own history, shared with `studio undo`
        self.undo_stack.failed.connect(lambda message: self.warn(self.tr("Undo"), message))

        self.chat = ChatPane(self.runner, self._make_assistant)
        self.gallery = GalleryPane(self.runner, prices=lambda: self.settings.prices)
        self.storyboard = StoryboardPane(self.runner)
        self.viewer = ImageViewer(self.runner, self, prices=lambda: self.settings.prices)
        self.cast = CastPane(lambda: self.chat.selected_image)
        self.jobs_pane = JobsPane()
        self.chat.image_clicked.connect(self.show_picture)
        self.chat.make_pages.connect(self.make_story_pages)
        self.chat.open_settings.connect(self.open_settings)
        self.gallery.image_activated.connect(self._gallery_activated)
        self.gallery.place_requested.connect(self.place_on_page)
        self.gallery.selection_changed.connect(self.chat.set_selected_image)
        # Clicking the picture already selected picks it again: "he's called Larry" is about the one clicked
        self.gallery.picked.connect(self.chat.attach_picture)
        self.gallery.open_requested.connect(self.show_picture)
        self.gallery.turn_requested.connect(self.chat.show_message)
        self.gallery.page_requested.connect(lambda n: self.storyboard.show_page(n - 1))
        self.gallery.draw_again.connect(self.draw_again)
        self.gallery.more_like_this.connect(self.more_like_this)
        self.gallery.new_character.connect(self._new_character_from)
        self.cast.image_clicked.connect(self.show_picture)
        self.viewer.more_like_this.connect(self.more_like_this)
        self.viewer.edit_requested.connect(self.edit_picture)
        self.viewer.place_requested.connect(self.place_on_page)
        self.storyboard.illustrate_requested.connect(self.illustrate_book)
        self.storyboard.stop_requested.connect(self.chat.stop)
        from studio.qt.print_ready import PrintReadyRunner

        self.print_ready = PrintReadyRunner(self.runner, self)
        self.print_ready.finished.connect(lambda said: self.statusBar().showMessage(said, 10_000))
        self.storyboard.print_ready_requested.connect(self.make_print_ready)
        self.viewer.cast_requested.connect(self._new_character_from)
        self._connect_compare()
        self.workspaces = Workspaces(self.chat, self.gallery, self.storyboard)
        # The chat asks before a big batch; from the Book ("Illustrate the book") the chat is out of sight, so it
        # comes forward for the question and the Book comes back once the person says yes.
        self._chat_approves = self.chat.approve_batch
        self.chat.approve_batch = self._approve_batch_in_sight
        self.setCentralWidget(self.workspaces)
        # Both docks share the right-hand column, the cast above the jobs: the panes (and the page) keep the
        # window's full height, which a laptop has least of.
        self.cast_dock = self._dock(self.tr("Cast"), "castDock", self.cast, Qt.DockWidgetArea.RightDockWidgetArea)
        self.jobs_dock = self._dock(self.tr("Pictures being made"), "jobsDock", self.jobs_pane,
                                    Qt.DockWidgetArea.RightDockWidgetArea)
        self.resizeDocks([self.cast_dock, self.jobs_dock], [520, 160], Qt.Orientation.Vertical)
        self.resizeDocks([self.cast_dock], [290], Qt.Orientation.Horizontal)
        self.cost_label = ElidedLabel()
        self.cost_label.setObjectName("costMeter")
        self._cost_timer = QTimer(self)
        self._cost_timer.setSingleShot(True)
        self._cost_timer.setInterval(300)
        self._cost_timer.timeout.connect(self._update_costs)

        self.backend_label = ElidedLabel()
        self.key_button = QPushButton(self.tr("Add API key…"))
        self.key_button.setFlat(True)
        self.key_button.clicked.connect(self.open_settings)
        self.statusBar().addPermanentWidget(self.cost_label, 1)
        self.statusBar().addPermanentWidget(self.backend_label, 1)
        self.statusBar().addPermanentWidget(self.key_button)
        from studio.qt.spending_dialog import clickable_meter

        clickable_meter(self.cost_label, self.open_spending)  # the status bar's cost meter opens the Spending dialog
        self._build_menus()
        from studio.qt.tab_order import TabOrder

        # Tab reads the window as a person does: the panes left to right (the conversation before the message
        # box), then the docks and the status bar
        self.tab_order = TabOrder(self, lambda: [self.workspaces.tabs, self.chat, self.gallery, self.storyboard,
                                                 self.cast_dock, self.jobs_dock, self.statusBar()],
                                  lambda: [(self.chat.scroll, self.chat.scroll.widget())])
        self.workspaces.changed.connect(lambda _name: self.tab_order.later())
        if self.window_state is not None:
            self.window_state.restore_layout(self, self.workspaces)
        self._backend_changed()
        self.statusBar().clearMessage()
        self.built = True
        freeze_heap()

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    # -- menus --------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        self._menu_actions.append(action)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    _menu_actions: list = []

    def _build_menus(self) -> None:
        self._menu_actions = []
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self._action(self.tr("&New"), self.new_project, QKeySequence.StandardKey.New))
        file_menu.addAction(self._action(self.tr("&Open…"), self._choose_open, QKeySequence.StandardKey.Open))
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addAction(self._action(self.tr("&Save"), self.save, QKeySequence.StandardKey.Save))
        file_menu.addAction(self._action(self.tr("Save &As…"), self._choose_save_as, QKeySequence.StandardKey.SaveAs))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Import Pictures…"), self.gallery.choose_import, "Ctrl+I"))
        file_menu.addAction(self._action(self.tr("Import a &Folder of Pictures…"), self.gallery.choose_import_folder,
                                         "Ctrl+Shift+I"))
        export_menu = file_menu.addMenu(self.tr("&Export"))
        export_menu.addAction(self._action(self.tr("&Book…"), self.open_export, "Ctrl+E"))
        export_menu.addAction(self._action(self.tr("&Stickers…"), self.open_stickers, "Ctrl+Shift+E"))
        export_menu.addAction(self._action(self.tr("&Contact Sheet…"), lambda: self.open_contact_sheet()))
        export_menu.addAction(self._action(self.tr("Selected &Pictures as PNG…"),
                                           lambda: self.gallery.choose_export("png")))
        export_menu.addAction(self._action(self.tr("Selected Pictures as &JPEG…"),
                                           lambda: self.gallery.choose_export("jpeg")))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit))

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        if not hasattr(self, "undo_action"):  # kept when the menus are made again (the compare view has them too)
            self.undo_action = self.undo_stack.create_action(self, redo=False)
            self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
            self.redo_action = self.undo_stack.create_action(self, redo=True)
            self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        # The platform's own key where it has one (Ctrl+, on macOS); Linux desktops and Windows have none in Qt
        preferences = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
        edit_menu.addAction(self._action(self.tr("&Settings…"), self.open_settings,
                                         preferences[0] if preferences else "Ctrl+,"))

        book_menu = self.menuBar().addMenu(self.tr("&Book"))
        book_menu.addAction(self._action(self.tr("&Add Page"), self.storyboard.add_page, "Ctrl+Shift+N"))
        book_menu.addAction(self._action(self.tr("&Insert Page Before"), lambda: self.storyboard.add_page(before=True)))
        book_menu.addAction(self._action(self.tr("D&uplicate Page"), self.storyboard.duplicate_page, "Ctrl+D"))
        book_menu.addAction(self._action(self.tr("&Delete Page"), self.storyboard.delete_page, "Ctrl+Shift+Backspace"))
        book_menu.addAction(self._action(self.tr("Move Page &Earlier"), lambda: self.storyboard.move_current(-1),
                                         "Ctrl+Shift+PgUp"))
        book_menu.addAction(self._action(self.tr("Move Page &Later"), lambda: self.storyboard.move_current(1),
                                         "Ctrl+Shift+PgDown"))
        book_menu.addSeparator()
        book_menu.addAction(self._action(self.tr("Spread &View"), lambda: self.storyboard.set_spread(
            not self.storyboard.spread_button.isChecked()), "Ctrl+Alt+S"))  # Ctrl+Shift+S is Save As
        book_menu.addAction(self._action(self.tr("&Overview"), lambda: self.storyboard.set_overview(
            not self.storyboard.overview_button.isChecked()), "Ctrl+Shift+O"))
        book_menu.addAction(self._action(self.tr("Book &Settings…"), self.storyboard.open_book_settings, "Ctrl+Shift+B"))
        book_menu.addAction(self._action(self.tr("Illus&trate the Book"), lambda: self.illustrate_book(None),
                                         "Ctrl+Alt+I"))
        book_menu.addAction(self._action(self.tr("Make Every Picture Print-&Ready…"), self.make_book_print_ready))
        book_menu.addAction(self._action(self.tr("Spendin&g…"), self.open_spending))
        book_menu.addSeparator()
        book_menu.addAction(self._action(self.tr("Put Selected Picture on Page"), self._place_selected, "Ctrl+P"))
        book_menu.addAction(self._action(self.tr("&Previous Page"), lambda: self.storyboard.show_page(
            self.storyboard.index - 1), "Ctrl+PgUp"))
        book_menu.addAction(self._action(self.tr("&Next Page"), lambda: self.storyboard.show_page(
            self.storyboard.index + 1), "Ctrl+PgDown"))

        picture_menu = self.menuBar().addMenu(self.tr("&Picture"))
        picture_menu.addAction(self._action(self.tr("Open &Large"), self._open_selected, "Ctrl+L"))
        picture_menu.addAction(self._action(self.tr("&More Like This"), self._more_like_selected, "Ctrl+M"))
        picture_menu.addAction(self._action(self.tr("&Draw Again"), lambda: self.chat.selected_image is not None
                                            and self.draw_again(self.chat.selected_image), "Ctrl+Shift+D"))
        from studio.qt import shape_menu  # Draw Again in a shape; own styles (issue 24)
        again_in = picture_menu.addMenu(self.tr("Draw Again &in Shape"))
        again_in.aboutToShow.connect(lambda: shape_menu.fill(
            again_in, self.project, self.chat.image_model(), lambda shape: self.chat.selected_image is not None
            and self.draw_again(self.chat.selected_image, shape), parent=self))
        picture_menu.addAction(self._action(self.tr("St&yles…"), self.chat.open_styles))
        picture_menu.addAction(self._action(self.tr("Make Print-&Ready"), lambda: self.chat.selected_image is not None
                                            and self.make_print_ready(self.chat.selected_image)))
        picture_menu.addAction(self._action(self.tr("&Compare Side by Side"), self.gallery.compare_selected,
                                            "Ctrl+Shift+L"))
        picture_menu.addAction(self._action(self.tr("More Like &These (Next Round)…"), lambda: self.concept_round(
            self.gallery.selected_image_ids()), "Ctrl+Shift+M"))
        picture_menu.addSeparator()
        picture_menu.addAction(self._action(self.tr("&Star"), self.gallery.toggle_favourite, "Ctrl+Shift+F"))
        picture_menu.addAction(self._action(self.tr("Add to &Board…"), lambda: self.gallery.add_to_board()))
        picture_menu.addAction(self._action(self.tr("Move to Tras&h"), self.gallery.trash_selected))
        picture_menu.addAction(self._action(self.tr("&Find in Gallery"), self.gallery.filters.focus_search, "Ctrl+F"))
        picture_menu.addAction(self._action(self.tr("&New Character from Picture"), lambda: self._new_character_from(
            self.chat.selected_image), "Ctrl+Shift+C"))

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        group = QActionGroup(self)
        self._menu_actions.append(group)
        self.workspace_actions: dict[str, QAction] = {}
        for name, text, keys in (("create", self.tr("&Create: Chat and Pictures"), "Ctrl+1"),
                                 ("book", self.tr("&Book: Pages"), "Ctrl+2")):
            action = self._action(text, lambda _=False, n=name: self.show_workspace(n), keys)
            action.setCheckable(True)
            group.addAction(action)
            view_menu.addAction(action)
            self.workspace_actions[name] = action
        if not getattr(self, "_workspace_followed", False):  # once: the menus are made again in a new language
            self._workspace_followed = True
            self.workspaces.changed.connect(lambda name: self.workspace_actions[name].setChecked(True))
        self.workspace_actions[self.workspaces.current].setChecked(True)
        view_menu.addSeparator()
        for dock, keys in ((self.cast_dock, "Ctrl+Shift+K"), (self.jobs_dock, "Ctrl+Shift+J")):
            toggle = dock.toggleViewAction()
            toggle.setShortcut(QKeySequence(keys))
            view_menu.addAction(toggle)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&Getting Started"), self.show_getting_started,
                                         QKeySequence.StandardKey.HelpContents))
        help_menu.addAction(self._action(self.tr("&Keyboard Shortcuts"), self.show_shortcuts, "Ctrl+/"))
        help_menu.addAction(self._action(self.tr("Open &Sample Book"), self.open_sample_book))
        help_menu.addSeparator()
        help_menu.addAction(self._action(self.tr("&About"), self._about))
        self._share_shortcuts()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and self.built:
            self.retranslate()

    def retranslate(self) -> None:
        """The window's own words again, in the language just chosen (the panes do their own)."""
        self.cast_dock.setWindowTitle(self.tr("Cast"))  # the View menu's toggles follow the titles
        self.jobs_dock.setWindowTitle(self.tr("Pictures being made"))
        self.key_button.setText(self.tr("Add API key…"))
        _name_dock_buttons((self.cast_dock, self.jobs_dock))
        self.undo_stack.changed.emit()  # Undo and Redo say their words again
        for action in self._menu_actions:  # the old menus' actions go, and their keys with them
            if isinstance(action, QAction):
                for window in (self.viewer, self.cast_dock, self.jobs_dock):
                    window.removeAction(action)
            action.deleteLater()
        self.setMenuBar(QMenuBar(self))  # takes the old bar and its menus away
        self._build_menus()
        self._backend_changed()
        self._update_costs()
        # after the panes have set their own words (they hear of the change after the window): the read-only
        # tooltips go over theirs
        QTimer.singleShot(0, self._update_title)

    def _share_shortcuts(self) -> None:
        """The menus' keys work in the windows of their own too: a floating dock, the large picture. (An
        application-wide context would do it, but with two windows open every key would be ambiguous.) Only the
        menus' actions of now: after a change of language the old ones are still there, on their way out."""
        toggles = [self.cast_dock.toggleViewAction(), self.jobs_dock.toggleViewAction()]
        current = {id(a) for a in (*self._menu_actions, self.undo_action, self.redo_action, *toggles)}
        # (findChildren, not the list itself: it keeps the menus' own actions wrapped as long as the window, so a
        # menu reached through `menuBar().actions()[i].menu()` stays usable; PySide lets go of it otherwise)
        keyed = [a for a in self.findChildren(QAction) if id(a) in current and not a.shortcut().isEmpty()]
        for window in (self.viewer, self.cast_dock, self.jobs_dock):
            window.addActions(keyed)

    def show_workspace(self, name: str) -> None:
        """Create (chat and gallery) or Book (gallery and the pages)."""
        if self.workspaces is not None:
            self.workspaces.show_workspace(name)

    def show_getting_started(self) -> QDialog:
        from studio.qt.help import show_getting_started

        return show_getting_started(self)

    def show_shortcuts(self) -> QDialog:
        from studio.qt.help import show_shortcuts

        return show_shortcuts(self)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_files:
            if self._is_open_here(Path(path)):
                continue  # the book this window shows
            self.recent_menu.addAction(self._action(path, lambda _=False, p=path: self.open_path(Path(p))))
        if not self.recent_menu.actions():  # the menu stays enabled: a disabled one would never fill again
            self.recent_menu.addAction(self.tr("No other recent books")).setEnabled(False)

    # -- project lifecycle ------------------------------------------------------------

    def set_project(self, project: Project) -> None:
        assert self.studio is not None
        old = self.project
        if old is not None and self.built:
            self.keep_notes()
        running = self.runner.cancel_all() + (self.jobs.cancel_all() if self.jobs else [])
        if self._unsubscribe is not None:
            self._unsubscribe()
        self.project = project
        self.jobs = self.studio.runner(project, network=self.network)
        self.undo_stack.set_project(project)
        self.chat.set_project(project, self.jobs)
        self.jobs_pane.set_project(project, self.jobs)
        self._prepare_jobs()
        for pane in (self.gallery, self.storyboard, self.cast):
            pane.set_project(project)
        self.viewer.hide()
        if self.compare_view is not None:
            self.compare_view.forget()
        self._unsubscribe = project.changes.subscribe(self._on_change)
        self._update_costs()
        self.tab_order.later()
        if project.is_empty() and not project.read_only:
            self.show_workspace("create")  # a new book starts with a conversation (and its suggestions), not pages
        if old is not None and old is not project:
            if running:  # let cancelled work record its end in the old file before closing it
                self.runner.start(self._close_after(old, running), self.tr("Closing the previous book"))
            else:
                old.close()
        self._update_title()

    @staticmethod
    async def _close_after(project: Project, tasks: list[asyncio.Task]) -> None:
        from studio.qt.tasks import settle

        await settle(tasks)
        project.close()

    def new_project(self) -> None:
        from studio.core.app.project import Project

        if self._confirm_discard():
            self.set_project(Project.untitled_project(unsaved_dir()))

    def open_path(self, path: Path, create: bool = False) -> bool:
        """Open (or with `create`, make) the book at `path`. A book another window is writing, or one on a
        read-only disk, opens read-only after saying so; a damaged one is explained with how to salvage it."""
        from studio.core.app.project import Project
        from studio.core.document.errors import BookInUseError

        if not create and self._is_open_here(path):  # not "open in another window": it is this one
            self.statusBar().showMessage(self.tr("{name} is already open.").format(name=path.name), 5000)
            return True

        def opener() -> Project:
            if create:
                return Project.create(path)
            try:
                return Project.open(path)
            except BookInUseError as exc:
                answer = QMessageBox.question(
                    self, app_name(), self.tr("{reason}\n\nOpen it read-only, to look at it and export it?")
                    .format(reason=exc), QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
                if answer != QMessageBox.StandardButton.Open:
                    raise
                return Project.open(path, read_only=True)  # says why: open in another window

        if not self._switch_to(opener, self.tr("Could not create") if create else self.tr("Could not open")):
            return False
        self._remember(path)
        if self.project is not None and self.project.read_only:
            self.statusBar().showMessage(self.tr("Read-only: {why}. Save As… to work on a copy.").format(
                why=self.project.read_only))
        return True

    def _is_open_here(self, path: Path) -> bool:
        project = self.project
        if project is None or not project.is_open:
            return False
        try:
            return os.path.samefile(path, project.path)
        except OSError:
            return False

    def _switch_to(self, opener: Callable[[], Project], failure_title: str) -> bool:
        """Open a book with `opener` and make it the window's; a book that cannot be opened is explained."""
        from studio.core.document.errors import BookInUseError, check_hint, is_damage

        try:
            project = opener()
        except BookInUseError:
            return False  # the person was asked, and chose not to open it
        except ProjectError as exc:
            self.warn(failure_title, str(exc))
            return False
        old = self.project
        try:
            self.set_project(project)
        except sqlite3.DatabaseError as exc:  # damage found while the panes read the book
            from studio.core.app.project import Project

            self.warn(failure_title, check_hint(project.path) if is_damage(exc) else str(exc))
            project.close()
            self.project = None
            self.set_project(Project.untitled_project(unsaved_dir()))
            if old is not None and old.is_open:
                old.close()
            return False
        return True

    def offer_unsaved_books(self) -> None:
        """Books left untitled by an app that was killed or crashed: offer each back (see core/recovery.py)."""
        from studio.core.document.recovery import unsaved_books
        from studio.qt.recovery_offer import RecoveryOffer

        books = unsaved_books(unsaved_dir())
        if books:
            self.recovery = RecoveryOffer(self, books, lambda book: self.reopen_unsaved(book.path))
            self.recovery.start()

    def reopen_unsaved(self, path: Path) -> bool:
        from studio.core.app.project import Project

        if not self._switch_to(lambda: Project.reopen_unsaved(path), self.tr("Could not reopen")):
            return False
        self.statusBar().showMessage(self.tr("Reopened the unsaved book. Save it to give it a name."), 5000)
        return True

    def _choose_open(self) -> None:
        if not self._confirm_discard():
            return
        from studio.qt.output.destination import documents_folder

        project = self.project  # beside the book on screen, else in Documents (not wherever the app was started)
        start = project.path.parent if project is not None and not project.untitled else documents_folder()
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open picture book"), str(start), self._file_filter())
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
        project = self.project
        proposed = (self.tr("Untitled") + FILE_SUFFIX if project is None or project.untitled
                    else str(project.path.with_name(self.tr("{name} copy").format(name=project.path.stem)
                                                    + FILE_SUFFIX)))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save picture book"), proposed, self._file_filter())
        return bool(path) and self.save_as(Path(path))

    def _file_filter(self) -> str:
        return self.tr("Picture books (*{suffix})").format(suffix=FILE_SUFFIX)

    def save_as(self, path: Path) -> bool:
        if self.project is None:
            return False
        if path.suffix != FILE_SUFFIX:
            path = path.with_name(path.name + FILE_SUFFIX)
        self.gallery.model.loader.forget_book()  # their reading connections are to the old file
        self.chat.forget_thumbnail_book()
        try:
            self.project.save_as(path)
        except ProjectError as exc:
            self.warn(self.tr("Could not save"), str(exc))
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
        if self.project is not None and self.project.read_only:
            name = self.tr("{name} (read-only)").format(name=name)
        self.setWindowTitle(f"{name} — {app_name()}")
        self._show_read_only()

    def _show_read_only(self) -> None:
        """A book that cannot be changed: the controls that would change it are off, and their tooltips say why
        (Save As makes a copy, and then they come back on)."""
        why = self.project.read_only if self.project is not None else ""
        tip = self.tr("This book is read-only ({why}). File ▸ Save As… makes a copy you can work on.").format(why=why)
        for widget in (self.chat.send_button, self.storyboard.add_button, self.storyboard.more_button,
                       self.storyboard.template_box, self.storyboard.illustrate_button, self.cast.new_button):
            widget.setEnabled(not why)
            # the widget's own tip is kept while this one shows; one its pane set since (a new language) wins
            shown = widget.toolTip()
            ours = widget.property("readOnlyTip")
            if why:
                if shown != ours:
                    widget.setProperty("ownTip", shown)
                widget.setProperty("readOnlyTip", tip)
                widget.setToolTip(tip)
            elif ours is not None:
                if shown == ours:
                    widget.setToolTip(widget.property("ownTip") or "")
                widget.setProperty("readOnlyTip", None)

    def _confirm_discard(self) -> bool:
        """An untitled project with work in it is offered a save before it is thrown away."""
        project = self.project
        if project is None or not project.untitled or project.is_empty():
            return True
        box = QMessageBox(QMessageBox.Icon.Question, app_name(), self.tr("Save this picture book before closing it?"),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self._choose_save_as()
        return answer == QMessageBox.StandardButton.Discard

    # -- export --------------------------------------------------------------------

    def open_export(self) -> ExportDialog | None:
        """The Export dialog: print-ready PDF, cover wrap, home print, booklet, page images."""
        from studio.qt.output.export_dialog import (
            ExportDialog,  # reportlab only once someone exports
        )

        if self.project is None:
            return None
        dialog = ExportDialog(self.project, self.runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # not exec(): the qasync loop must keep running
        return dialog

    def open_stickers(self, image_ids: list[int] | None = None) -> StickerDialog | None:
        """The sticker sheet dialog, with the gallery's selected pictures ticked; with none selected, the stickers
        the assistant made (the newest eight: "make him a sticker" then File ▸ Export ▸ Stickers), else the cast."""
        from studio.qt.stickers.sheet_dialog import (
            StickerDialog,  # OpenCV only once someone makes stickers
        )

        if self.project is None:
            return None
        chosen = image_ids if image_ids is not None else self.gallery.selected_image_ids()
        if not chosen:
            from studio.core.gallery.search import Filter, find

            chosen = find(self.project.db, Filter(style="sticker"))[:8]  # newest first, not in the trash
        if not chosen:
            chosen = [m.reference_ids[0] for m in self.project.cast.all() if m.reference_ids]
        dialog = StickerDialog(self.project, self.runner, chosen, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_contact_sheet(self, image_ids: list[int] | None = None) -> QDialog | None:
        """Numbered, captioned panels of the pages, a board or the gallery's selected pictures, for a client."""
        from studio.qt.output.contact_sheet_dialog import ContactSheetDialog

        if self.project is None:
            return None
        chosen = image_ids if image_ids is not None else self.gallery.selected_image_ids()
        dialog = ContactSheetDialog(self.project, self.runner, chosen if len(chosen) > 1 else None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- story, pictures -------------------------------------------------------------

    def _make_assistant(self) -> Assistant:
        assert self.project is not None and self.jobs is not None and self.studio is not None
        return self.studio.assistant(self.project, self.jobs)

    def show_picture(self, image_id: int) -> None:
        if self.project is None:
            return
        self.gallery.select_image(image_id)
        self.chat.set_selected_image(image_id)
        self.viewer.show_image(self.project, image_id)
        self.viewer.show()
        self.viewer.raise_()

    def _open_selected(self) -> None:
        if self.chat.selected_image is not None:
            self.show_picture(self.chat.selected_image)

    def _more_like_selected(self) -> None:
        if self.chat.selected_image is not None:
            self.more_like_this(self.chat.selected_image)

    def more_like_this(self, image_id: int) -> None:
        self._start_action(lambda a, listen: a.more_like_this(image_id, listen), self.tr("More like this"))

    def make_print_ready(self, image_id: int) -> bool:
        """The picture made large enough for its frames at 300 DPI. A picture the service drew can be drawn again
        at that size (the person is asked, with the price) or upscaled on this computer (free, with progress and
        Cancel); an imported one, or an offline book's, is upscaled."""
        from studio.core.app.print_ready import can_redraw, pixels_needed, redraw_print_ready, redraw_size
        from studio.qt.print_ready import ask_how

        project = self.project
        if project is None or project.read_only:
            return False
        needed = pixels_needed(project, image_id)
        size = redraw_size(project, self.backend.capabilities, image_id) \
            if can_redraw(project.image(image_id), self.backend) else None
        if needed is None or size is None or self.jobs is None:
            return self.print_ready.start(project, image_id, self.print_ready_method)

        def redraw() -> None:
            if self.chat.run_action(lambda a, listen: redraw_print_ready(project, a, image_id, listen),
                                    self.tr("Making a picture print-ready")):
                self.show_workspace("create")  # the picture arrives in the chat, as every picture the service draws
            else:
                self.statusBar().showMessage(self.tr("Wait for the current reply to finish, or press Stop."), 4000)
        guess = self.jobs.estimate(1, [size], self.settings.image_quality)
        ask_how(self, image_id, needed[1], size, guess.describe(), redraw,
                lambda: self.print_ready.start(project, image_id, self.print_ready_method))
        return True

    print_ready_method = "auto"  # the network where it runs; tests choose the quick Lanczos

    def make_book_print_ready(self) -> bool:
        """Every picture that prints under 300 DPI on the pages: those the service drew drawn again at print size
        (asked first, with the price), the rest made larger on this computer (free)."""
        from studio.core.app.print_ready import can_redraw, redraw_many, redraw_size, soft_pictures
        from studio.core.jobs.spending import SpendingCapError
        from studio.qt.print_ready import ask_how_many

        project = self.project
        if project is None or project.read_only:
            return False
        soft = soft_pictures(project)
        if not soft:
            self.statusBar().showMessage(self.tr("Every picture on the pages prints at 300 DPI or more."), 6000)
            return False
        sizes = {i: redraw_size(project, self.backend.capabilities, i) for i in soft
                 if can_redraw(project.image(i), self.backend)} if self.jobs is not None else {}
        again = [i for i in soft if sizes.get(i)]
        here = [i for i in soft if i not in again]

        def upscale_all() -> None:
            self.print_ready.start_many(project, soft, self.print_ready_method)

        if not again:  # free: nothing to ask
            return self.print_ready.start_many(project, here, self.print_ready_method)
        assert self.jobs is not None
        guess = self.jobs.estimate(len(again), [sizes[i] for i in again], self.settings.image_quality)

        def redraw() -> None:
            try:
                self.jobs.check_batch(guess)  # over a cap: not started, and why
            except SpendingCapError as exc:
                self.warn(self.tr("Spending cap"), str(exc))
                return
            if not self.chat.run_action(lambda a, listen: redraw_many(project, a, again, listen),
                                        self.tr("Making pictures print-ready")):
                self.statusBar().showMessage(self.tr("Wait for the current reply to finish, or press Stop."), 4000)
                return
            self.show_workspace("create")
            self.print_ready.start_many(project, here, self.print_ready_method)
        ask_how_many(self, len(soft), len(again), guess.describe(), redraw, upscale_all)
        return True

    def draw_again(self, image_id: int, shape=None) -> None:  # type: ignore[no-untyped-def]
        """The picture's prompt drawn again with its style, shape and quality ("use these settings again"), or in
        `shape`."""
        from studio.core.app.pictures import can_draw_again
        from studio.core.app.pictures import draw_again as again

        if self.project is None or not can_draw_again(self.project.image(image_id)):
            return
        self._start_action(lambda a, listen: again(a, image_id, listen, shape), self.tr("Drawing again"))

    def edit_picture(self, image_id: int, instruction: str, mask: bytes | None) -> None:
        if not self.chat.run_action(lambda a, listen: a.edit(image_id, instruction, mask, listen),
                                    self.tr("Changing a picture")):
            self.viewer.changing = None  # nothing is coming for the viewer to follow
            self.viewer.status.clear()
            self.statusBar().showMessage(self.tr("Wait for the current reply to finish, or press Stop."), 4000)

    def _start_action(self, action, what: str) -> None:
        if not self.chat.run_action(action, what):
            self.statusBar().showMessage(self.tr("Wait for the current reply to finish, or press Stop."), 4000)

    def _new_character_from(self, image_id: int | None) -> None:
        if image_id is None or self.project is None:
            return
        self.chat.set_selected_image(image_id)
        self.cast_dock.show()
        self.cast.new_member()

    def _on_change(self, change: ChangeSet) -> None:
        if change.jobs or change.messages_added:  # what costs money comes with a job or a reply; imports do not
            self._cost_timer.start()
            self.tab_order.later()  # the chat has new prompts and buttons to reach

    def _update_costs(self) -> None:
        from studio.core.jobs import costs

        if self.project is None:
            self.cost_label.clear()
            return
        summary = costs.summarise(self.project, self.settings.prices)
        self.cost_label.setText(summary.describe())
        self.cost_label.setToolTip(self.tr("Usage the server reported for this book, priced with the table in "
                                           "Settings. Offline sketches cost nothing."))

    def open_spending(self) -> None:
        from studio.qt.spending_dialog import open_spending

        open_spending(self)

    def illustrate_book(self, page_ids: list[int] | None = None, approved: bool = False) -> bool:
        """Draw every page with words and no picture (or just `page_ids`: a retry), through the chat, so the
        pictures show as they are made and Stop cancels them; each lands in its page as it arrives. The estimate
        is shown first when it costs enough (`approved`: the person said Draw)."""
        from studio.core.app.illustrate import (
            IllustrateResult,
            illustrate,
            pages_to_illustrate,
        )
        from studio.core.assistant.turn_events import ImageArrived, ImageFailed

        project = self.project
        if project is None:
            return False
        todo = [p for p in pages_to_illustrate(project) if page_ids is None or p.id in page_ids]
        if not todo:
            self.statusBar().showMessage(self.tr("Every page with words has a picture already."), 5000)
            return False
        if not approved and self.jobs is not None:
            from studio.core.app.illustrate import print_sizes
            from studio.qt.spending_dialog import ask_before_drawing

            sizes = print_sizes(project, self.backend.capabilities, [p.id for p in todo])
            if ask_before_drawing(self, self.jobs, sizes, self.settings.image_quality,
                                  lambda: self.illustrate_book(page_ids, approved=True)):
                return False  # over a cap (said why), or asked: drawn on Draw
        result, style, board = IllustrateResult(), self.chat.style(), self.storyboard

        async def run(assistant, listen):
            assistant.approve_batch = None  # asked above, where the person clicked; not again in the chat
            def heard(event):
                listen(event)
                if isinstance(event, (ImageArrived, ImageFailed)):
                    board.illustration_progress()
            cancelled = True
            try:
                await illustrate(project, assistant, style, [p.id for p in todo], heard, result=result)
                cancelled = False
            finally:
                board.illustration_finished(result, cancelled)
            return result

        if not self.chat.run_action(run, self.tr("Illustrating the book")):
            self.statusBar().showMessage(self.tr("Wait for the current reply to finish, or press Stop."), 4000)
            return False
        board.illustration_started(result, len(todo))
        self.show_workspace("book")  # the pages fill in as they are drawn
        return True

    def make_story_pages(self, story: dict) -> None:
        from studio.core.app import edits

        if self.project is not None:
            made = edits.make_story_pages(self.project, story)
            self.show_workspace("book")
            first = next((i for i, p in enumerate(self.storyboard.pages()) if made and p.id == made[0]), None)
            if first is not None:
                self.storyboard.show_page(first)  # the story's first page, with its words

    def _place_selected(self) -> None:
        ids = self.gallery.selected_image_ids()
        if ids:
            self.place_on_page(ids[0])

    def place_on_page(self, image_id: int) -> None:
        """On the page shown in Book, which comes forward so the person sees where it went."""
        self.show_workspace("book")
        self.storyboard.place_image(image_id)

    async def _approve_batch_in_sight(self, guess) -> bool:
        came_from = self.workspaces.current if self.workspaces is not None else ""
        self.show_workspace("create")
        approved = await self._chat_approves(guess)
        if approved and came_from == "book":
            self.show_workspace("book")
        return approved

    def _gallery_activated(self, image_id: int) -> None:
        """A double-click: in Book the picture goes on the page shown; in Create, where no page is shown, it
        opens large."""
        if self.workspaces is not None and self.workspaces.current == "book":
            self.place_on_page(image_id)
        else:
            self.show_picture(image_id)

    # -- backend and settings -------------------------------------------------------------

    def _prepare_jobs(self) -> None:
        from studio.qt.app_heap import freeze_heap

        jobs = self.jobs

        async def prepare() -> None:
            if jobs is not None:
                await jobs.prepare()
            freeze_heap()  # what the backend just imported lives as long as the app

        self.runner.start(prepare(), self.tr("Getting ready to draw"))

    def _backend_changed(self) -> None:
        b = self.backend
        if self.jobs is not None:
            self._prepare_jobs()
        if b.offline:
            self.backend_label.setText(self.tr("Offline mode — {reason}").format(reason=getattr(b, "reason", "")))
        else:
            self.backend_label.setText(self.tr("{name} · {chat} · {image}").format(
                name=b.name, chat=b.chat_model, image=b.image_model))
        self.key_button.setVisible(b.offline)
        self.chat.set_backend_status(b)

    def open_settings(self) -> None:
        from studio.qt.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.runner, self)
        dialog.accepted.connect(lambda: self._apply_settings(dialog))
        dialog.open()  # not exec(): the qasync loop must keep running

    def _apply_settings(self, dialog: SettingsDialog) -> None:
        from studio.core import secrets

        assert self.studio is not None
        new = dialog.result_settings()
        key = dialog.entered_key()
        if key:
            try:
                secrets.set_api_key(new.backend, key)
            except secrets.SecretStoreError as exc:
                self.warn(self.tr("Key not stored"), str(exc))
        language_changed = new.language != self.settings.language
        units.set_units(new.lengths)
        self.settings = new
        self._override = None
        self._save_settings()
        if language_changed:  # every open widget hears of it and sets its words again
            from studio.qt.language import install

            install(QApplication.instance(), new.language)
        old = self.studio.apply_settings(self.settings)
        self.runner.start(old.aclose(), self.tr("Closing the old connection"))
        if self.jobs is not None:
            self.jobs.set_concurrency(self.settings.concurrency)
        self._backend_changed()
        self._update_costs()

    def _save_settings(self) -> None:
        if self._persist:
            try:
                save_settings(self.settings)
            except OSError as exc:
                self.statusBar().showMessage(self.tr("Settings not saved: {e}").format(e=exc), 5000)

    # -- messages and closing ----------------------------------------------------------------

    def warn(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("warningBox")
        box.open()

    def _show_failure(self, what: str, message: str) -> None:
        self.warn(what, self.tr("{what} did not work: {message}").format(what=what, message=message))

    def open_sample_book(self) -> None:
        """A fresh copy of the sample book, opened: after the current book is saved or let go as for any open."""
        from studio.qt.sample import open_sample_book

        if self._confirm_discard():
            self.runner.start(open_sample_book(self), self.tr("Making the sample book"))

    def show_sample_once(self) -> None:
        """The first start: the sample book opens by itself, once, so a person sees what the studio makes."""
        if self.settings.sample_shown:
            return
        self.settings.sample_shown = True
        self._save_settings()
        self.open_sample_book()

    def _about(self) -> None:
        from studio.qt.help import show_about

        show_about(self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.built:
            self.tab_order.later()
        if not self._placing:  # the title bar's height is known once shown: keep the whole frame on the screen
            self._placing = True
            QTimer.singleShot(0, self._place_on_screen)

    def _place_on_screen(self) -> None:
        clamp_to_screen(self)
        self.placed = True

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.built:  # closed while starting: nothing is open yet
            event.accept()
            return
        if not self._closing:
            if self.chat.busy or (self.jobs is not None and self.jobs.running()):
                box = QMessageBox(QMessageBox.Icon.Question, app_name(),
                                  self.tr("Pictures are still being made. Stop them and quit?"),
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
                if box.exec() != QMessageBox.StandardButton.Yes:
                    event.ignore()
                    return
            if not self._confirm_discard():
                event.ignore()
                return
            self._closing = True
            running = self.runner.cancel_all() + (self.jobs.cancel_all() if self.jobs else [])
            if running:
                # Close once the cancelled work has finished cleanly; nothing is left half-written.
                event.ignore()
                self.runner.start(self._close_when_settled(running), self.tr("Stopping"))
                return
        if self.project is not None:
            self.keep_notes()
            if self._unsubscribe is not None:
                self._unsubscribe()
            self.gallery.model.loader.close()
            self.chat.close_thumbnails()
            self.project.close()
            self.project = None
        self.viewer.close()
        self.network.stop()
        self._save_window_state()
        event.accept()

    def _save_window_state(self) -> None:
        if self.window_state is not None and not self.window_state.save(self, self.workspaces):
            log.warning("The window's size and layout could not be saved to %s", self.window_state.path)

    async def _close_when_settled(self, tasks: list[asyncio.Task]) -> None:
        from studio.qt.tasks import settle

        await settle(tasks)
        self.close()


    # -- compare and concept rounds (qt/compare_view.py, core/app/rounds.py) ----------------------

    compare_view = None  # made the first time it is asked for

    def keep_notes(self) -> None:
        """A note still being typed (kept after a pause) is kept now: the book is about to close."""
        self.gallery.details.provenance.keep_note()
        self.viewer.details.keep_note()

    def _connect_compare(self) -> None:
        self.gallery.compare_requested.connect(self.compare)
        self.gallery.round_requested.connect(self.concept_round)
        self.viewer.turn_requested.connect(self.chat.show_message)
        self.viewer.page_requested.connect(lambda n: self.storyboard.show_page(n - 1))

    def compare(self, image_ids: list[int]):  # type: ignore[no-untyped-def]
        """Two to four pictures side by side, at one zoom, panned together."""
        if self.project is None or len(image_ids) < 2:
            self.statusBar().showMessage(self.tr("Select two to four pictures (Ctrl-click) to compare them."), 5000)
            return None
        if self.compare_view is None:
            from studio.qt.compare_view import CompareView

            self.compare_view = CompareView(self.runner, self)
            self.compare_view.round_requested.connect(self.concept_round)
            self.compare_view.addActions([self.undo_action, self.redo_action])  # a star given here, taken back
        self.compare_view.show_pictures(self.project, image_ids)
        self.compare_view.show()
        self.compare_view.raise_()
        self.compare_view.activateWindow()
        return self.compare_view

    def concept_round(self, image_ids: list[int], approved: bool = False, subject: str | None = None) -> bool:
        """More like these: a round drawn from all the chosen pictures, landing on a board named for it. The
        concept is named once, at its first round; the estimate is shown first when it costs enough."""
        from studio.core.app.rounds import (
            RoundError,
            current_subject,
            default_subject,
            plan_round,
            run_round,
        )

        project = self.project
        if project is None or project.read_only or not image_ids:
            return False
        if subject is None and current_subject(project, image_ids) is None:
            from PySide6.QtWidgets import QInputDialog

            subject, ok = QInputDialog.getText(
                self, self.tr("More Like These"), self.tr("What is this concept called? Its rounds are boards named "
                                                          "“… – round 2”, “… – round 3”."),
                text=default_subject(project, image_ids[0]))
            if not ok:
                return False
        try:
            plan = plan_round(project, image_ids, subject)
        except RoundError as exc:
            self.warn(self.tr("More Like These"), str(exc))
            return False
        if not approved and self.jobs is not None:
            from studio.qt.spending_dialog import ask_before_drawing

            if ask_before_drawing(self, self.jobs, plan.sizes(self.backend.capabilities), self.settings.image_quality,
                                  lambda: self.concept_round(plan.chosen, True, plan.subject)):
                return False  # over a cap (said why), or asked: drawn on Draw

        async def run(assistant, listen):  # type: ignore[no-untyped-def]
            assistant.approve_batch = None  # asked above, where the person clicked
            return await run_round(project, assistant, plan, listen)

        if not self.chat.run_action(run, self.tr("Drawing round {n}").format(n=plan.number)):
            self.statusBar().showMessage(self.tr("Wait for the current reply to finish, or press Stop."), 4000)
            return False
        if self.compare_view is not None:
            self.compare_view.close()  # the round's pictures arrive in the chat, as every picture drawn
        self.show_workspace("create")
        self.statusBar().showMessage(self.tr("Round {n}: the pictures land on the board “{board}”.").format(
            n=plan.number, board=plan.board), 10_000)
        return True


# The docks' title-bar buttons: Qt names them once, when made, from its own catalogue (qtbase_<lang>.qm)
_DOCK_BUTTONS = (("qt_dockwidget_closebutton", "Close"), ("qt_dockwidget_floatbutton", "Float"))


def _name_dock_buttons(docks) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QAbstractButton

    context = "QDockWidget"  # Qt's own words: looked up in its catalogue, not listed in ours
    for dock in docks:
        for name, text in _DOCK_BUTTONS:
            button = dock.findChild(QAbstractButton, name)
            if button is not None:
                button.setAccessibleName(QCoreApplication.translate(context, text))


def _import_print_code() -> None:
    """Import the export code (reportlab, Pillow) on a thread at start, so the first Export… opens at once."""
    import studio.core.output.exports  # noqa: F401
    import studio.core.output.report  # noqa: F401
