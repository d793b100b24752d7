"""The gallery: every picture in the project as a thumbnail grid, and the selected one large with its prompt."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from studio.core.document.project import Project
from studio.qt.gallery_model import GalleryModel, ImageIdRole
from studio.qt.pictures import previews
from studio.qt.tasks import TaskRunner


class GalleryPane(QWidget):
    image_activated = Signal(int)  # double-click: place on the current page
    selection_changed = Signal(object)  # the current picture's id, or None
    open_requested = Signal(int)  # show it large

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._project: Project | None = None
        self.model = GalleryModel(self)
        self.view = QListView()
        self.view.setObjectName("galleryView")
        self.view.setAccessibleName(self.tr("Gallery"))
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setIconSize(QSize(128, 128))
        self.view.setGridSize(QSize(144, 144))
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.setModel(self.model)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.doubleClicked.connect(lambda index: self.image_activated.emit(index.data(ImageIdRole)))

        self.preview = QLabel(self.tr("Click a picture to see it large."))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(160)
        self.preview.setAccessibleName(self.tr("Selected picture"))
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.details.setMaximumHeight(110)
        detail_box = QWidget()
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.preview, 1)
        detail_layout.addWidget(self.details)
        self.open_button = QPushButton(self.tr("Open large…"))
        self.open_button.clicked.connect(lambda: self._shown is not None and self.open_requested.emit(self._shown))
        detail_layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignRight)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(detail_box)
        split.setSizes([400, 300])
        title = QLabel(self.tr("<b>Gallery</b>"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(split)
        self._shown: int | None = None

    def set_project(self, project: Project | None) -> None:
        self._project = project
        self.model.set_project(project)
        self._show(None)

    def selected_image_ids(self) -> list[int]:
        return [i.data(ImageIdRole) for i in self.view.selectionModel().selectedIndexes()]

    def select_image(self, image_id: int) -> None:
        row = self.model.row_of(image_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        index = self.view.currentIndex()
        image_id = index.data(ImageIdRole) if index.isValid() else None
        self._show(image_id)
        self.selection_changed.emit(image_id)

    def _show(self, image_id: int | None) -> None:
        self._shown = image_id
        if image_id is None or self._project is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("Click a picture to see it large."))
            self.details.clear()
            return
        record = self._project.image(image_id)
        self.details.setPlainText(
            self.tr("Prompt: {prompt}\nModel: {model} · {w}×{h} · {source}").format(
                prompt=record.prompt or "—", model=record.model or "—", w=record.width, h=record.height,
                source=record.source)
        )
        self._runner.start(self._load_preview(self._project, image_id), self.tr("Showing a picture"))

    async def _load_preview(self, project: Project, image_id: int) -> None:
        image = await previews.get(project, image_id)
        if self._shown != image_id or self._project is not project:
            return  # the user moved on while it decoded
        pixmap = QPixmap.fromImage(image)
        self.preview.setPixmap(pixmap.scaled(self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation))
