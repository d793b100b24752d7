"""The gallery pane: search and filters, the virtualized grid, and the selected picture with its provenance.
Pictures come in by menu, drag and drop from the file manager, or paste; go out by drag (to a page or the chat)
or as files with their provenance inside."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QKeySequence,
    QPainter,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSlider,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from studio.core.app.project import Project, read_image_data
from studio.core.document.changes import ChangeSet
from studio.core.gallery.importing import (
    ImportResult,
    Pasted,
    collect,
    import_files,
    process_pool,
)
from studio.core.gallery.provenance import provenance
from studio.core.gallery.search import Filter
from studio.core.gallery.store import Board, BoardError
from studio.core.gallery.takeout import provenances, write_pictures
from studio.core.output.files import Cancelled, ExportError, Progress
from studio.qt.gallery.details import DetailsPanel
from studio.qt.gallery.filter_bar import TRASH, FilterBar
from studio.qt.gallery.model import FavouriteRole, GalleryModel, ImageIdRole
from studio.qt.mime import IMAGE_IDS
from studio.qt.pictures import previews, thumbnail_pixmap
from studio.qt.tasks import TaskRunner
from studio.qt.language import FollowsLanguage

PROCESS_POOL_FROM = 16  # fewer files than this decode on the window's threads; starting processes costs more
SELECTED_FRAME = 3  # px: the selected picture's frame
DEFAULT_EDGE = 96  # three columns in the pane as the window first lays it out


class StarDelegate(QStyledItemDelegate):
    """The thumbnail with a star in the corner of favourites. A selected picture keeps its own colours (Qt would
    tint it with the highlight: a yellow hedgehog turned olive) and gets a frame in the highlight colour."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        plain = QStyleOptionViewItem(option)
        plain.state = option.state & ~QStyle.StateFlag.State_Selected
        super().paint(painter, plain, index)
        if selected:
            painter.save()
            painter.setPen(QPen(option.palette.highlight().color(), SELECTED_FRAME))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            half = SELECTED_FRAME / 2
            painter.drawRoundedRect(QRectF(option.rect).adjusted(half, half, -half, -half), 4, 4)
            painter.restore()
        if index.data(FavouriteRole):
            painter.save()
            font = painter.font()
            font.setPointSize(max(9, option.rect.height() // 10))
            painter.setFont(font)
            painter.setPen(Qt.GlobalColor.black)
            corner = option.rect.adjusted(5, 3, 0, 0)
            painter.drawText(corner.translated(1, 1), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, "★")
            painter.setPen(Qt.GlobalColor.yellow)
            painter.drawText(corner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, "★")
            painter.restore()


class GalleryView(QListView):
    """The grid. Drags out carry picture ids; files and folders dropped in from outside are imported."""
    files_dropped = Signal(list)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and not event.mimeData().hasFormat(IMAGE_IDS):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.mimeData().hasUrls() and not event.mimeData().hasFormat(IMAGE_IDS):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths and not event.mimeData().hasFormat(IMAGE_IDS):
            event.acceptProposedAction()
            self.files_dropped.emit(paths)
        else:
            event.ignore()


class GalleryPane(FollowsLanguage, QWidget):
    image_activated = Signal(int)  # double-click (the window decides: on the page shown, or large)
    place_requested = Signal(int)  # "Put on Page": on the current page
    selection_changed = Signal(object)  # the current picture's id, or None
    picked = Signal(int)  # a picture clicked by the person, even the one already selected
    open_requested = Signal(int)  # show it large
    turn_requested = Signal(int)
    page_requested = Signal(int)
    draw_again = Signal(int)
    more_like_this = Signal(int)
    new_character = Signal(int)
    compare_requested = Signal(list)  # two to four pictures side by side
    round_requested = Signal(list)  # more like these: a concept round

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None,
                 prices: Any = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._prices = prices or (lambda: None)
        self._project: Project | None = None
        self._unsubscribe = lambda: None
        self._cancel: threading.Event | None = None
        self._shown: int | None = None  # the picture the details panel shows
        self.last_import: ImportResult | None = None
        self.model = GalleryModel(self)
        self.filters = FilterBar()
        self.filters.changed.connect(self._filters_changed)
        self.view = GalleryView()
        self.view.setObjectName("galleryView")
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setUniformItemSizes(True)
        self.view.setLayoutMode(QListView.LayoutMode.Batched)  # lay out thousands of rows a batch at a time
        self.view.setBatchSize(400)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.CopyAction)
        self._delegate = StarDelegate(self.view)  # held here too: a view does not own its delegate
        self.view.setItemDelegate(self._delegate)
        self.view.setModel(self.model)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.clicked.connect(lambda index: index.isValid() and self.picked.emit(index.data(ImageIdRole)))
        self.view.doubleClicked.connect(lambda index: self.image_activated.emit(index.data(ImageIdRole)))
        self.view.files_dropped.connect(self.import_paths)
        self.model.refreshed.connect(self._refreshed)
        self.model.modelReset.connect(self._refreshed)
        # boards, models and styles to choose from: counted again shortly after changes, not on each one
        self._choices = QTimer(self, singleShot=True, interval=300, timeout=self.filters.reload_choices)

        self.size_slider = QSlider(Qt.Orientation.Horizontal)
        self.size_slider.setRange(64, 256)
        self.size_slider.setSingleStep(16)
        self.size_slider.setPageStep(32)
        self.size_slider.setValue(DEFAULT_EDGE)
        self.size_slider.valueChanged.connect(self.set_thumbnail_size)
        self.count_label = QLabel()
        # New pictures the filters hide (a board, ★, a search): said, with the way to see them, so a batch that
        # arrived while a board was shown does not look lost
        self._new_candidates: set[int] = set()
        self.hidden_label = QLabel(objectName="hiddenNewLabel", wordWrap=True)
        self.show_all_button = QPushButton(objectName="showAllPictures")
        self.show_all_button.clicked.connect(self.filters.clear)
        self.hidden_bar = QWidget(objectName="hiddenNewBar")
        bar = QHBoxLayout(self.hidden_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.hidden_label, 1)
        bar.addWidget(self.show_all_button)
        self.hidden_bar.hide()
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel_work)
        self.cancel_button.hide()
        footer = QHBoxLayout()
        footer.addWidget(self.count_label, 1)
        footer.addWidget(self.progress, 2)
        footer.addWidget(self.cancel_button)
        footer.addWidget(self.size_slider, 1)

        self.details = DetailsPanel()
        self.details.turn_requested.connect(self.turn_requested)
        self.details.image_requested.connect(self.show_image)
        self.details.page_requested.connect(self.page_requested)
        self.details.draw_again.connect(self.draw_again)
        self.details.more_like_this.connect(self.more_like_this)
        self.details.open_large.connect(self.open_requested)
        self.details.tags_edited.connect(self._tags_edited)
        self.details.note_edited.connect(self._note_edited)
        self.details.compare_requested.connect(self.compare_requested)
        self.details.round_requested.connect(self.round_requested)
        self.preview = self.details.preview  # the large picture, for the window and tests

        grid = QWidget()
        grid_layout = QVBoxLayout(grid)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addWidget(self.filters)
        grid_layout.addWidget(self.hidden_bar)
        grid_layout.addWidget(self.view, 1)
        grid_layout.addLayout(footer)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(grid)
        split.addWidget(self.details)
        split.setSizes([480, 420])
        split.setChildrenCollapsible(False)
        self.split = split
        self.title = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(split)
        self._add_shortcuts()
        self.set_thumbnail_size(DEFAULT_EDGE)
        # search → filters → grid → thumbnail size → the selected picture's details
        QWidget.setTabOrder(self.filters.when, self.show_all_button)  # skipped while it is hidden
        QWidget.setTabOrder(self.show_all_button, self.view)
        QWidget.setTabOrder(self.view, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.size_slider)
        QWidget.setTabOrder(self.size_slider, self.details.first_focus())
        self.retranslate()

    def retranslate(self) -> None:
        """Every text again, in the language now chosen (the filter bar and details panel do their own)."""
        self.title.setText(self.tr("<b>Gallery</b>"))
        self.view.setAccessibleName(self.tr("Gallery"))
        self.size_slider.setAccessibleName(self.tr("Thumbnail size"))
        self.size_slider.setToolTip(self.tr("Thumbnail size"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.show_all_button.setText(self.tr("Show all"))
        self._update_hidden()
        self.trash_action.setText(self.tr("Move to Trash"))
        self.star_action.setText(self.tr("Star"))
        self.paste_action.setText(self.tr("Paste Pictures"))
        if self._cancel is None:
            self._refreshed()  # the count (an import's report stays until the next listing)

    # -- set-up ----------------------------------------------------------------------

    def set_compact(self, on: bool) -> None:
        """Just the grid (beside the pages in the Book workspace): pictures to drag, without the large one."""
        self.details.setVisible(not on)
        self.split.updateGeometry()  # the pane's smallest width follows now, shown or not yet shown
        self.layout().invalidate()

    @property
    def compact(self) -> bool:
        return self.details.isHidden()

    def _add_shortcuts(self) -> None:
        def add(text: str, keys: QKeySequence | str, slot) -> QAction:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.view.addAction(action)
            return action

        self.trash_action = add(self.tr("Move to Trash"), QKeySequence.StandardKey.Delete, self.trash_selected)
        self.star_action = add(self.tr("Star"), "F", self.toggle_favourite)
        self.paste_action = add(self.tr("Paste Pictures"), QKeySequence.StandardKey.Paste, self.paste)

    def set_project(self, project: Project | None) -> None:
        self.details.provenance.keep_note()  # a note being typed belongs to the book it was typed in
        self.cancel_work()
        self._unsubscribe()
        self._project = project
        self._unsubscribe = project.changes.subscribe(self._on_change) if project else (lambda: None)
        self.filters.set_project(project)
        self.model.set_project(project)
        self._show(None)

    def _on_change(self, change: ChangeSet) -> None:
        if self._shown is not None and self._shown in change.pictures and self._project is not None:
            self.details.show_provenance(provenance(self._project, self._shown, self._prices()))  # a star, a note…
        if change.boards or change.cast or change.pictures_removed:
            self.filters.reload_choices()
        elif change.pictures_added and self._project is not None:
            if self.model.filter != Filter():  # after the model has listed them (it hears the change too)
                self._new_candidates |= change.pictures_added
                QTimer.singleShot(0, self._update_hidden)
            # only a picture from a model or in a style not offered yet changes the filters' choices
            for image_id in change.pictures_added:
                record = self._project.image(image_id)
                style = str(record.settings.get("style") or "")
                new = ((record.model and self.filters.model_box.findData(record.model) < 0)
                       or (style and self.filters.style_box.findData(style) < 0))
                if new and not self._choices.isActive():
                    self._choices.start()

    def set_thumbnail_size(self, edge: int) -> None:
        self.model.set_thumbnail_size(edge)
        self.view.setIconSize(QSize(edge, edge))
        self.view.setGridSize(QSize(edge + 12, edge + 12))
        if self.size_slider.value() != edge:
            self.size_slider.setValue(edge)

    # -- listing -----------------------------------------------------------------------

    def _filters_changed(self) -> None:
        self._new_candidates.clear()
        self.model.set_filter(self.filters.filter())
        self._update_hidden()

    def _update_hidden(self) -> None:
        hidden = [i for i in self._new_candidates if self.model.row_of(i) < 0] if self.model.filter != Filter() else []
        self._new_candidates = set(hidden)
        self.hidden_bar.setVisible(bool(hidden))
        if hidden:
            self.hidden_label.setText(self.tr("%n new picture(s) not shown here.", "", len(hidden)))

    def _refreshed(self) -> None:
        if self._new_candidates:
            self._update_hidden()
        n = self.model.rowCount()
        in_trash = self.model.filter.trash
        self.count_label.setText(self.tr("{n} in the trash").format(n=f"{n:,}") if in_trash
                                 else self.tr("%Ln picture(s)", "", n))
        if self._shown is not None and self.model.row_of(self._shown) < 0:
            self._show(None)

    def selected_image_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()})
        return [self.model.image_id(r) for r in rows]

    def select_image(self, image_id: int) -> None:
        row = self.model.row_of(image_id)
        if row < 0 and self._project is not None:
            self.model.refresh()  # it may have just arrived, with the grid's search still to come
            row = self.model.row_of(image_id)
        if row < 0 and self._project is not None:
            self.filters.clear()  # a picture the filters hide: show everything so it can be selected
            row = self.model.row_of(image_id)
        if row >= 0:
            index = self.model.index(row)
            self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.view.scrollTo(index)

    show_image = select_image

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        index = self.view.currentIndex()
        image_id = index.data(ImageIdRole) if index.isValid() else None
        chosen = self.selected_image_ids()
        if len(chosen) > 1 and self._project is not None:
            self._shown = None
            self.details.show_selection(chosen, [thumbnail_pixmap(self._project, i) for i in chosen[:4]])
        else:
            self._show(image_id)
        self.selection_changed.emit(image_id)

    def compare_selected(self) -> None:
        """Compare (Picture menu): the selected pictures side by side; the first four when more are selected."""
        chosen = self.selected_image_ids()
        if len(chosen) >= 2:
            self.compare_requested.emit(chosen[:4])

    def _show(self, image_id: int | None) -> None:
        self._shown = image_id
        if image_id is None or self._project is None:
            self.details.show_provenance(None)
            return
        self.details.show_provenance(provenance(self._project, image_id, self._prices()))
        self._runner.start(self._load_preview(self._project, image_id), self.tr("Showing a picture"))

    async def _load_preview(self, project: Project, image_id: int) -> None:
        image = await previews.get(project, image_id)
        if self._shown != image_id or self._project is not project:
            return  # the user moved on while it decoded
        self.details.show_pixmap(QPixmap.fromImage(image))

    # -- organising --------------------------------------------------------------------

    def _organise(self, action: Callable[[], object]) -> None:
        """A change to the gallery: one step in the book's undo history (core/gallery/store.py names it)."""
        try:
            action()
        except BoardError as exc:
            QMessageBox.warning(self, self.tr("Boards"), str(exc))

    def trash_selected(self) -> None:
        ids = self.selected_image_ids()
        if not ids or self._project is None:
            return
        if self.model.filter.trash:
            self._organise(lambda: self._project.gallery.restore(ids))
        else:
            self._organise(lambda: self._project.gallery.trash(ids))

    def toggle_favourite(self) -> None:
        ids = self.selected_image_ids()
        if ids and self._project is not None:
            on = not all(self._project.image(i).favourite for i in ids)
            self._organise(lambda: self._project.gallery.set_favourite(ids, on))

    def add_to_board(self, board: Board | None = None) -> None:
        ids = self.selected_image_ids()
        if not ids or self._project is None:
            return
        if board is None:
            name, ok = QInputDialog.getText(self, self.tr("New Board"), self.tr("Name of the new board:"))
            if not ok:
                return
            try:
                board = self._project.gallery.add_board(name)
            except BoardError as exc:
                QMessageBox.warning(self, self.tr("New Board"), str(exc))
                return
        self._organise(lambda: self._project.gallery.add_to_board(board.id, ids))

    def _current_board(self) -> Board | None:
        key = self.filters.current_board()
        if not isinstance(key, int) or self._project is None:
            return None
        return next((b for b in self._project.gallery.boards() if b.id == key), None)

    def remove_from_board(self) -> None:
        board = self._current_board()
        ids = self.selected_image_ids()
        if board is not None and ids and self._project is not None:
            self._organise(lambda: self._project.gallery.remove_from_board(board.id, ids))

    def delete_board(self) -> None:
        board = self._current_board()
        if board is not None and self._project is not None:
            self._organise(lambda: self._project.gallery.remove_board(board.id))

    def rename_board(self) -> None:
        board = self._current_board()
        if board is None or self._project is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename Board"), self.tr("New name:"), text=board.name)
        if ok:
            try:
                self._project.gallery.rename_board(board.id, name)
            except BoardError as exc:
                QMessageBox.warning(self, self.tr("Rename Board"), str(exc))

    def empty_trash(self) -> None:
        if self._project is None:
            return
        count = self._project.gallery.trash_count()
        if not count:
            return
        answer = QMessageBox.question(
            self, self.tr("Empty the Trash"),
            (self.tr("Delete the picture in the trash for good? This cannot be undone; a page that shows it will "
                     "have an empty frame.") if count == 1 else
             self.tr("Delete {n} pictures for good? This cannot be undone; pages that show one will have an empty "
                     "frame.").format(n=count)))
        if answer == QMessageBox.StandardButton.Yes:
            self.empty_trash_now()

    def empty_trash_now(self) -> int:
        assert self._project is not None
        return self._project.gallery.empty_trash()  # undo steps skip the pictures that are gone

    def _tags_edited(self, image_id: int, tags: list[str]) -> None:
        if self._project is not None:
            self._organise(lambda: self._project.gallery.set_tags(image_id, tags))

    def _note_edited(self, image_id: int, text: str) -> None:
        if self._project is not None and not self._project.read_only:
            try:
                self._project.gallery.set_note(image_id, text)
            except KeyError:
                pass  # the picture was emptied from the trash while its note was being typed

    def _context_menu(self, pos) -> None:  # type: ignore[no-untyped-def]
        if self._project is None:
            return
        ids = self.selected_image_ids()
        menu = QMenu(self)
        if len(ids) > 1:
            compare = menu.addAction(self.tr("Compare Side by Side"), self.compare_selected)
            compare.setEnabled(len(ids) <= 4)
            menu.addAction(self.tr("More Like These…"), lambda: self.round_requested.emit(ids))
            menu.addSeparator()
        if ids:
            one = ids[0]
            menu.addAction(self.tr("Open Large"), lambda: self.open_requested.emit(one))
            menu.addAction(self.tr("Put on Page"), lambda: self.place_requested.emit(one))
            menu.addAction(self.tr("More Like This"), lambda: self.more_like_this.emit(one))
            again = menu.addAction(self.tr("Draw Again"), lambda: self.draw_again.emit(one))
            again.setEnabled(self._project.image(one).source != "imported")
            menu.addAction(self.tr("New Character from Picture…"), lambda: self.new_character.emit(one))
            menu.addSeparator()
            menu.addAction(self.star_action)
            boards = menu.addMenu(self.tr("Add to Board"))
            for board in self._project.gallery.boards():
                boards.addAction(board.name, lambda b=board: self.add_to_board(b))
            boards.addSeparator()
            boards.addAction(self.tr("New Board…"), self.add_to_board)
            if self._current_board() is not None:
                menu.addAction(self.tr("Take Off This Board"), self.remove_from_board)
            menu.addSeparator()
            menu.addAction(self.tr("Export as PNG…"), lambda: self.choose_export("png"))
            menu.addAction(self.tr("Export as JPEG…"), lambda: self.choose_export("jpeg"))
            menu.addSeparator()
            self.trash_action.setText(self.tr("Put Back") if self.model.filter.trash else self.tr("Move to Trash"))
            menu.addAction(self.trash_action)
        if self._current_board() is not None:
            menu.addSeparator()
            menu.addAction(self.tr("Rename Board…"), self.rename_board)
            menu.addAction(self.tr("Delete Board"), self.delete_board)
        if self.filters.current_board() == TRASH:
            menu.addSeparator()
            menu.addAction(self.tr("Empty the Trash…"), self.empty_trash)
        menu.addSeparator()
        menu.addAction(self.tr("Import Pictures…"), self.choose_import)
        menu.popup(self.view.viewport().mapToGlobal(pos))

    # -- bringing pictures in ------------------------------------------------------------

    def choose_import(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(self, self.tr("Import pictures"), "",
                                                      self.tr("Pictures (*.png *.jpg *.jpeg *.webp *.gif);;All files (*)"))
        if files:
            self.import_paths([Path(f) for f in files])

    def choose_import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of pictures"))
        if folder:
            self.import_paths([Path(folder)])

    def paste(self) -> None:
        data = QGuiApplication.clipboard().mimeData()
        if data.hasUrls() and any(u.isLocalFile() for u in data.urls()):
            self.import_paths([Path(u.toLocalFile()) for u in data.urls() if u.isLocalFile()])
        elif data.hasImage():
            image = QImage(data.imageData())
            raw = QByteArray()
            buffer = QBuffer(raw)
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            image.save(buffer, "PNG")
            self.import_items([Pasted(self.tr("Pasted picture"), bytes(raw.data()))])
        else:
            QMessageBox.information(self, self.tr("Paste"), self.tr("There is no picture on the clipboard."))

    def import_paths(self, paths: list[Path]) -> asyncio.Task | None:
        """Import files and folders; the folders are walked on a worker (a folder of photos is thousands of files)."""
        return self.import_items(paths, walk=True)

    def import_items(self, items: list, walk: bool = False) -> asyncio.Task | None:
        if self._project is None or self._cancel is not None:
            if self._cancel is not None:
                QMessageBox.information(self, self.tr("Import"), self.tr("Wait for the current import to finish."))
            return None
        cancel = self._start_work(0, self.tr("Looking for pictures…"))  # at once: a second drop waits its turn
        return self._runner.start(self._import(self._project, items, walk, cancel), self.tr("Importing pictures"))

    async def _import(self, project: Project, items: list, walk: bool, cancel: threading.Event) -> ImportResult:
        skipped: list = []
        pool = None
        try:
            if walk:
                items, skipped = await asyncio.get_running_loop().run_in_executor(None, collect, items)
            self._start_work(len(items), self.tr("Importing %v of %m"), cancel)
            if len(items) >= PROCESS_POOL_FROM:
                pool = await asyncio.get_running_loop().run_in_executor(None, process_pool)
            result = await import_files(project, items, pool, lambda done, total, name: self.progress.setValue(done),
                                        cancel)
        finally:
            if pool is not None:
                pool.shutdown(wait=False, cancel_futures=True)
            self._end_work()
        result.skipped[:0] = skipped
        self.last_import = result
        self._report_import(result)
        if result.imported:
            self.select_image(result.imported[-1])
        return result

    def _report_import(self, result: ImportResult) -> None:
        n = len(result.imported)
        text = self.tr("Imported %n picture(s).", "", n)
        if result.cancelled:
            text += " " + self.tr("The rest were not imported (cancelled).")
        self.count_label.setText(text)
        if result.skipped:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import"),
                              text + " " + self.tr("{n} could not be used:").format(n=len(result.skipped)), parent=self)
            box.setInformativeText("\n".join(s.line() for s in result.skipped[:8])
                                   + ("\n…" if len(result.skipped) > 8 else ""))
            box.setDetailedText("\n".join(s.line() for s in result.skipped))
            box.setObjectName("importProblems")
            box.open()

    # -- taking pictures out -------------------------------------------------------------

    def choose_export(self, fmt: str = "png") -> None:
        ids = self.selected_image_ids()
        if not ids:
            return
        from studio.qt.output.destination import ask_folder, show_written

        folder = ask_folder(self, self.tr("Export pictures to"))
        task = self.export_to(folder, fmt, ids) if folder else None

        def written(done: asyncio.Task) -> None:  # remember the folder, offer Open and Show in Folder
            if not done.cancelled() and done.exception() is None and done.result():
                self.written = show_written(self, done.result())

        if task is not None:
            task.add_done_callback(written)

    def export_to(self, folder: Path, fmt: str, ids: list[int] | None = None) -> asyncio.Task | None:
        ids = ids if ids is not None else self.selected_image_ids()
        if self._project is None or not ids or self._cancel is not None:
            return None
        items = provenances(self._project, ids, self._prices())
        return self._runner.start(self._export(self._project.path, items, folder, fmt),
                                  self.tr("Exporting pictures"))

    async def _export(self, book: Path, items: list, folder: Path, fmt: str) -> list[Path]:
        cancel = self._start_work(len(items), self.tr("Exporting %v of %m"))
        loop = asyncio.get_running_loop()
        progress = Progress(lambda done, total: loop.call_soon_threadsafe(self.progress.setValue, done), cancel)
        try:
            written = await loop.run_in_executor(None, write_pictures, items, lambda ids: read_image_data(book, ids),
                                                 folder, fmt, progress)
        except Cancelled:
            self.count_label.setText(self.tr("Export cancelled."))
            return []
        except ExportError as exc:
            QMessageBox.warning(self, self.tr("Export"), str(exc))
            return []
        finally:
            self._end_work()
        self.count_label.setText(self.tr("Exported {n} to {folder}.").format(n=len(written), folder=folder.name))
        return written

    # -- long work -------------------------------------------------------------------------

    def _start_work(self, total: int, text: str, cancel: threading.Event | None = None) -> threading.Event:
        self._cancel = cancel or threading.Event()
        self.progress.setRange(0, total)  # 0 to 0: busy, until the count is known
        self.progress.setValue(0)
        self.progress.setFormat(text)
        self.progress.show()
        self.cancel_button.show()
        return self._cancel

    def _end_work(self) -> None:
        self._cancel = None
        self.progress.hide()
        self.cancel_button.hide()

    def cancel_work(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
