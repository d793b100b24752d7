"""A picture large: zoom, previous/next, where it came from, "more like this", edits and a painted mask. After
"Change picture" the viewer follows the changed picture when it arrives."""

from __future__ import annotations

from itertools import pairwise
from typing import Any, Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPen,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QGraphicsPixmapItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from studio.core.app.project import Project
from studio.core.document.changes import ChangeSet
from studio.core.gallery.provenance import provenance
from studio.qt.gallery.provenance_view import ProvenanceView
from studio.qt.pictures import previews
from studio.qt.tasks import TaskRunner
from studio.qt.zoom_view import STEP, ZoomView
from studio.qt.language import FollowsLanguage

MASK_COLOUR = QColor(255, 40, 120)  # painted opaque, shown see-through (the overlay's opacity)


class PictureView(ZoomView):
    """Zoom and pan (ZoomView); in mask mode, the left button paints the area an edit may change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overlay = QGraphicsPixmapItem()
        self.overlay.setOpacity(0.45)
        self.scene().addItem(self.overlay)
        self.mask_image = QImage()
        self.painting = False
        self.brush = 40
        self.painted = False
        self._last: QPointF | None = None

    def set_picture(self, image: QImage) -> None:
        super().set_picture(image)
        self.clear_mask()

    def clear_mask(self) -> None:
        size = self.picture.pixmap().size()
        self.mask_image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        self.mask_image.fill(Qt.GlobalColor.transparent)
        self.overlay.setPixmap(QPixmap.fromImage(self.mask_image))
        self.painted = False

    def set_painting(self, on: bool) -> None:
        self.painting = on
        self.setDragMode(QGraphicsView.DragMode.NoDrag if on else QGraphicsView.DragMode.ScrollHandDrag)
        self.viewport().setCursor(Qt.CursorShape.CrossCursor if on else Qt.CursorShape.OpenHandCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.painting and event.button() == Qt.MouseButton.LeftButton:
            self._last = self.mapToScene(event.position().toPoint())
            self._paint_to(self._last)
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.painting and self._last is not None:
            self._paint_to(self.mapToScene(event.position().toPoint()))
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._last = None
        super().mouseReleaseEvent(event)

    def _paint_to(self, point: QPointF) -> None:
        painter = QPainter(self.mask_image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(MASK_COLOUR, self.brush, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
        painter.setPen(pen)
        painter.drawLine(self._last or point, point)
        painter.end()
        self._last = point
        self.painted = True
        self.overlay.setPixmap(QPixmap.fromImage(self.mask_image))

    def paint_stroke(self, points: list[QPointF]) -> None:
        """Paint through scene points (for keyboard-free tests and scripted use)."""
        self._last = points[0]
        for point in points:
            self._paint_to(point)
        self._last = None

    def mask_png(self, width: int, height: int) -> bytes | None:
        """The mask the image service wants: opaque everywhere except the painted area, at the picture's size."""
        if not self.painted:
            return None
        mask = QImage(width, height, QImage.Format.Format_ARGB32)
        mask.fill(QColor(0, 0, 0, 255))
        painter = QPainter(mask)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationOut)
        painter.drawImage(mask.rect(), self.mask_image.convertToFormat(QImage.Format.Format_Alpha8)
                          .convertToFormat(QImage.Format.Format_ARGB32))
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        mask.save(buffer, "PNG")
        return bytes(data.data())


class ImageViewer(FollowsLanguage, QDialog):
    more_like_this = Signal(int)
    edit_requested = Signal(int, str, object)  # image id, instruction, mask PNG bytes or None
    place_requested = Signal(int)
    cast_requested = Signal(int)
    turn_requested = Signal(int)  # a provenance link: show that chat turn
    page_requested = Signal(int)  # … or that page (1-based)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None,
                 prices: Callable[[], dict[str, Any] | None] = lambda: None) -> None:
        super().__init__(parent)
        self.setObjectName("imageViewer")
        room = (parent or self).screen().availableGeometry()
        self.resize(min(1100, int(room.width() * 0.9)), min(820, int(room.height() * 0.92)))
        self._runner = runner
        self._prices = prices
        self._project: Project | None = None
        self._unsubscribe: Callable[[], None] = lambda: None
        self._ids: list[int] = []
        self.image_id: int | None = None
        self.changing: int | None = None  # the picture a "Change picture" was asked for: shown next when it comes
        self.view = PictureView()
        self.details = ProvenanceView()
        self.details.link_clicked.connect(self._link)
        self.details.note_edited.connect(self._note_edited)
        self.side = side = QScrollArea()
        side.setWidgetResizable(True)
        side.setFrameShape(QFrame.Shape.NoFrame)
        side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.setWidget(self.details)
        side.setMinimumWidth(220)
        self.status = QLabel()
        self.status.setObjectName("viewerStatus")
        self.position = QLabel()
        self.prev_button, self.next_button = prev_button, next_button = QPushButton(), QPushButton()
        prev_button.clicked.connect(lambda: self.step(-1))
        next_button.clicked.connect(lambda: self.step(1))
        self.fit_button, self.zoom_in, self.zoom_out = fit, zoom_in, zoom_out = \
            QPushButton(), QPushButton("+"), QPushButton("−")
        fit.clicked.connect(self.view.fit)
        zoom_in.clicked.connect(lambda: self.view.zoom(STEP))
        zoom_out.clicked.connect(lambda: self.view.zoom(1 / STEP))
        self.more_button = QPushButton()
        self.more_button.setObjectName("moreLikeThis")
        self.more_button.clicked.connect(lambda: self.image_id is not None and self.more_like_this.emit(self.image_id))
        self.place_button = place = QPushButton()
        place.clicked.connect(lambda: self.image_id is not None and self.place_requested.emit(self.image_id))
        self.cast_button = cast = QPushButton()
        cast.clicked.connect(lambda: self.image_id is not None and self.cast_requested.emit(self.image_id))
        self.instruction = QLineEdit()
        self.instruction.setObjectName("editInstruction")
        self.instruction.returnPressed.connect(self._request_edit)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self._request_edit)
        self.mask_box = QCheckBox()
        self.mask_box.toggled.connect(self.view.set_painting)
        self.brush = QSpinBox()
        self.brush.setRange(4, 300)
        self.brush.setValue(self.view.brush)
        self.brush.valueChanged.connect(lambda v: setattr(self.view, "brush", v))
        self.clear_button = clear = QPushButton()
        clear.clicked.connect(self.view.clear_mask)

        nav = QHBoxLayout()
        for widget in (prev_button, self.position, next_button):
            nav.addWidget(widget)
        nav.addStretch(1)
        nav.addWidget(self.status)
        nav.addStretch(1)
        for widget in (zoom_out, fit, zoom_in):
            nav.addWidget(widget)
        actions = QHBoxLayout()
        for widget in (self.more_button, place, cast):
            actions.addWidget(widget)
        actions.addStretch(1)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.instruction, 1)
        edit_row.addWidget(self.edit_button)
        mask_row = QHBoxLayout()
        for widget in (self.mask_box, self.brush, clear):
            mask_row.addWidget(widget)
        mask_row.addStretch(1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.view)
        split.addWidget(side)
        split.setStretchFactor(0, 1)
        split.setSizes([780, 300])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(nav)
        layout.addWidget(split, 1)
        layout.addLayout(actions)
        layout.addLayout(edit_row)
        layout.addLayout(mask_row)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Return in "Change it" asks for the change; it used to press ◀ Previous too
        QShortcut(QKeySequence(Qt.Key.Key_Left), self, lambda: self.step(-1))
        QShortcut(QKeySequence(Qt.Key.Key_Right), self, lambda: self.step(1))
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self.view.zoom(STEP))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self.view.zoom(1 / STEP))
        # as the rows read: browse and zoom, the picture, its details, then what to do with it
        chain = (prev_button, next_button, zoom_out, fit, zoom_in, self.view, self.details.first_focus())
        for first, then in pairwise(chain):
            QWidget.setTabOrder(first, then)
        chain = (self.details.last_focus(), self.more_button, place, cast, self.instruction, self.edit_button,
                 self.mask_box, self.brush, clear)
        for first, then in pairwise(chain):
            QWidget.setTabOrder(first, then)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text again, in the language now chosen (the viewer lives as long as the window)."""
        self.setWindowTitle(self.tr("Picture #{id}").format(id=self.image_id) if self.image_id is not None
                            else self.tr("Picture"))
        self.view.setAccessibleName(self.tr("Picture"))
        self.side.setAccessibleName(self.tr("About the picture"))
        self.prev_button.setText(self.tr("◀ Previous"))
        self.prev_button.setAccessibleName(self.tr("Previous picture"))
        self.next_button.setText(self.tr("Next ▶"))
        self.next_button.setAccessibleName(self.tr("Next picture"))
        self.fit_button.setText(self.tr("Fit"))
        self.fit_button.setToolTip(self.tr("Show the whole picture"))
        self.zoom_in.setAccessibleName(self.tr("Zoom in"))
        self.zoom_in.setToolTip(self.tr("Zoom in"))
        self.zoom_out.setAccessibleName(self.tr("Zoom out"))
        self.zoom_out.setToolTip(self.tr("Zoom out"))
        self.more_button.setText(self.tr("More like this"))
        self.place_button.setText(self.tr("Put on page"))
        self.cast_button.setText(self.tr("New character from this…"))
        self.instruction.setPlaceholderText(self.tr("Change it: e.g. \"make his spines more golden\""))
        self.instruction.setAccessibleName(self.tr("How to change the picture"))
        self.edit_button.setText(self.tr("Change picture"))
        self.mask_box.setText(self.tr("Paint the area to change"))
        self.brush.setSuffix(self.tr(" px brush"))
        self.brush.setAccessibleName(self.tr("Brush size"))
        self.clear_button.setText(self.tr("Clear painting"))
        if self.image_id is not None and self._project is not None and self.image_id in self._ids:
            self._show_position()

    def _show_position(self) -> None:
        index = self._ids.index(self.image_id) if self.image_id in self._ids else 0
        self.position.setText(self.tr("{n} of {total}").format(n=index + 1, total=len(self._ids)))

    def show_image(self, project: Project, image_id: int) -> None:
        if project is not self._project:
            self.details.keep_note()  # for the book it was typed in
            self._unsubscribe()
            self._unsubscribe = project.changes.subscribe(self._on_change)
            self.changing = None
        self._project = project
        self._ids = [i.id for i in project.images()]
        self.image_id = image_id
        self._show_position()
        self.details.show_provenance(provenance(project, image_id, self._prices()))
        self.setWindowTitle(self.tr("Picture #{id}").format(id=image_id))
        self._runner.start(self._load(project, image_id), self.tr("Showing a picture"))

    def _on_change(self, change: ChangeSet) -> None:
        project = self._project
        if project is None:
            return
        if self.changing is not None:
            for new_id in sorted(change.pictures_added):
                try:
                    record = project.image(new_id)
                except KeyError:
                    continue
                if record.source == "edited" and record.settings.get("variant_of") == self.changing:
                    self.changing = None
                    self.status.clear()
                    self.show_image(project, new_id)  # the changed picture, where the old one was
                    return
        if self.image_id is not None and self.image_id in change.pictures:
            self.details.show_provenance(provenance(project, self.image_id, self._prices()))

    def _link(self, kind: str, value: int) -> None:
        if kind == "image" and self._project is not None:
            self.show_image(self._project, value)
        elif kind == "turn":
            self.turn_requested.emit(value)
        elif kind == "page":
            self.page_requested.emit(value)

    def _note_edited(self, image_id: int, text: str) -> None:
        if self._project is not None and not self._project.read_only:
            try:
                self._project.gallery.set_note(image_id, text)
            except KeyError:
                pass  # emptied from the trash meanwhile

    async def _load(self, project: Project, image_id: int) -> None:
        image = await previews.get(project, image_id)
        if self.image_id == image_id:
            self.view.set_picture(image)

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.details.keep_note()
        super().hideEvent(event)

    def step(self, delta: int) -> None:
        if self._project is None or self.image_id not in self._ids:
            return
        index = self._ids.index(self.image_id) + delta
        if 0 <= index < len(self._ids):
            self.show_image(self._project, self._ids[index])

    def _request_edit(self) -> None:
        text = self.instruction.text().strip()
        if not text or self.image_id is None or self._project is None:
            return
        record = self._project.image(self.image_id)
        self.changing = self.image_id
        self.status.setText(self.tr("Changing #{id}… it shows here when it is ready").format(id=self.image_id))
        self.edit_requested.emit(self.image_id, text, self.view.mask_png(record.width, record.height))
        self.instruction.clear()
        self.mask_box.setChecked(False)
        self.view.clear_mask()
