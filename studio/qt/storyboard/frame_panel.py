"""The selected frame's settings: a picture's fit, zoom and variant stack; a text's font, size, colour,
alignment, line spacing and backing. Every change goes out as a new Frame (one undo step; slider drags and
spin-box steps on one frame merge)."""

from __future__ import annotations

from contextlib import ExitStack

from PySide6.QtCore import QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from studio.core.document.model import Frame
from studio.core.layout.fonts import FAMILIES
from studio.core.layout.frames import (
    MAX_TEXT_PT,
    MAX_ZOOM,
    MIN_TEXT_PT,
    picture_fit,
    text_look,
    with_props,
)

IMAGE_ID = Qt.ItemDataRole.UserRole


class FramePanel(QWidget):
    changed = Signal(object, str, str)  # new Frame, undo name, merge key
    variant_chosen = Signal(int, int)  # frame id, image id
    picture_removed = Signal(int)  # frame id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("framePanel")
        self.setFixedWidth(180)
        self._frame: Frame | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(QLabel(self.tr("Click a frame on the page to change it.\n\n"
                                            "Drag to move, drag the corner to resize, arrow keys nudge. "
                                            "Alt+drag moves a picture inside its frame; Ctrl+wheel zooms.")))
        self.stack.widget(0).setWordWrap(True)
        self.stack.addWidget(self._picture_controls())
        self.stack.addWidget(self._text_controls())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.stack, 1)

    def _picture_controls(self) -> QWidget:
        box = QWidget()
        self.fit = QComboBox(objectName="fitChoice")
        self.fit.addItem(self.tr("Fill (crop)"), "fill")
        self.fit.addItem(self.tr("Fit (whole picture)"), "fit")
        self.fit.currentIndexChanged.connect(lambda: self._set(self.tr("Picture fit"), "", fit=self.fit.currentData()))
        self.zoom = QSlider(Qt.Orientation.Horizontal, objectName="zoomSlider")
        self.zoom.setRange(100, int(MAX_ZOOM * 100))
        self.zoom.setAccessibleName(self.tr("Zoom"))
        self.zoom.valueChanged.connect(lambda v: self._set(self.tr("Zoom picture"), "zoom", zoom=v / 100))
        self.variants = QListWidget(objectName="variantStack")
        self.variants.setViewMode(QListView.ViewMode.IconMode)
        self.variants.setIconSize(QSize(56, 56))
        self.variants.setMovement(QListView.Movement.Static)
        self.variants.setAccessibleName(self.tr("Variants of this picture"))
        self.variants.itemClicked.connect(self._variant_clicked)
        self.remove = QPushButton(self.tr("Take the picture out"))
        self.remove.clicked.connect(lambda: self._frame and self.picture_removed.emit(self._frame.id))
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Fit"), self.fit)
        form.addRow(self.tr("Zoom"), self.zoom)
        form.addRow(QLabel(self.tr("Variants (click to swap):")))
        form.addRow(self.variants)
        form.addRow(self.remove)
        return box

    def _text_controls(self) -> QWidget:
        box = QWidget()
        self.family = QComboBox(objectName="fontFamily")
        for family in FAMILIES.values():
            self.family.addItem(self.tr(family.label), family.id)
        self.family.currentIndexChanged.connect(lambda: self._set(self.tr("Font"), "", family=self.family.currentData()))
        self.size = QDoubleSpinBox(objectName="fontSize", decimals=0, suffix=" pt")
        self.size.setRange(MIN_TEXT_PT, MAX_TEXT_PT)
        self.size.valueChanged.connect(lambda v: self._set(self.tr("Text size"), "size", size=v))
        self.bold = QCheckBox(self.tr("Bold"))
        self.bold.toggled.connect(lambda on: self._set(self.tr("Bold"), "", bold=on))
        self.colour = QPushButton(objectName="textColour")
        self.colour.clicked.connect(self._choose_colour)
        self.align = QComboBox(objectName="textAlign")
        for label, value in ((self.tr("Left"), "left"), (self.tr("Centre"), "center"), (self.tr("Right"), "right")):
            self.align.addItem(label, value)
        self.align.currentIndexChanged.connect(lambda: self._set(self.tr("Alignment"), "", align=self.align.currentData()))
        self.leading = QDoubleSpinBox(objectName="lineSpacing", decimals=2, singleStep=0.05)
        self.leading.setRange(0.8, 3.0)
        self.leading.valueChanged.connect(lambda v: self._set(self.tr("Line spacing"), "leading", leading=v))
        self.backing = QCheckBox(self.tr("Band behind text"), objectName="textBacking")
        self.backing.setToolTip(self.tr("A translucent white band behind the words, for text over a picture"))
        self.backing.toggled.connect(lambda on: self._set(self.tr("Text backing"), "", backing=on))
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Font"), self.family)
        form.addRow(self.tr("Size"), self.size)
        form.addRow("", self.bold)
        form.addRow(self.tr("Colour"), self.colour)
        form.addRow(self.tr("Align"), self.align)
        form.addRow(self.tr("Spacing"), self.leading)
        form.addRow(self.backing)
        return box

    def show_frame(self, frame: Frame | None, variants: list[tuple[int, QPixmap]] | None = None) -> None:
        self._frame = frame
        with ExitStack() as quiet:  # the controls are being filled, not changed: their signals stay quiet
            for control in (self.fit, self.zoom, self.variants, self.family, self.size, self.bold, self.align,
                            self.leading, self.backing):
                quiet.enter_context(QSignalBlocker(control))
            if frame is None:
                self.heading.setText(self.tr("<b>Frame</b>"))
                self.stack.setCurrentIndex(0)
            elif frame.kind == "image":
                self.heading.setText(self.tr("<b>Picture frame</b>"))
                fit = picture_fit(frame)
                self.fit.setCurrentIndex(self.fit.findData(fit.fit))
                self.zoom.setValue(round(fit.zoom * 100))
                self.remove.setEnabled(frame.image_id is not None)
                self.variants.clear()
                for image_id, pixmap in variants or []:
                    item = QListWidgetItem(QIcon(pixmap), f"#{image_id}")
                    item.setData(IMAGE_ID, image_id)
                    self.variants.addItem(item)
                    if image_id == frame.image_id:
                        self.variants.setCurrentItem(item)
                self.stack.setCurrentIndex(1)
            else:
                self.heading.setText(self.tr("<b>Text frame</b>"))
                look = text_look(frame)
                self.family.setCurrentIndex(self.family.findData(look.family))
                self.size.setValue(look.size)
                self.bold.setChecked(look.bold)
                self.colour.setText(look.color)
                self.colour.setStyleSheet(f"QPushButton {{ color: {look.color}; }}")
                self.align.setCurrentIndex(self.align.findData(look.align))
                self.leading.setValue(look.leading)
                self.backing.setChecked(look.backing)
                self.stack.setCurrentIndex(2)

    def _set(self, name: str, merge: str, **props: object) -> None:
        if self._frame is None:
            return
        frame = with_props(self._frame, **props)
        if frame != self._frame:
            self._frame = frame
            self.changed.emit(frame, name, merge)

    def _choose_colour(self) -> None:
        if self._frame is None:
            return
        colour = QColorDialog.getColor(QColor(text_look(self._frame).color), self, self.tr("Text colour"))
        if colour.isValid():
            self._set(self.tr("Text colour"), "", color=colour.name())

    def _variant_clicked(self, item: QListWidgetItem) -> None:
        if self._frame is not None and item.data(IMAGE_ID) != self._frame.image_id:
            self.variant_chosen.emit(self._frame.id, item.data(IMAGE_ID))
