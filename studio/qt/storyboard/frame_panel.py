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
from studio.core.i18n import _
from studio.core.layout.fonts import FAMILIES
from studio.core.layout.frames import (
    MAX_TEXT_PT,
    MAX_ZOOM,
    MIN_TEXT_PT,
    picture_fit,
    text_look,
    with_props,
)
from studio.qt.language import FollowsLanguage

IMAGE_ID = Qt.ItemDataRole.UserRole


class FramePanel(FollowsLanguage, QWidget):
    changed = Signal(object, str, str)  # new Frame, undo name, merge key
    variant_chosen = Signal(int, int)  # frame id, image id
    picture_removed = Signal(int)  # frame id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("framePanel")
        self.setFixedWidth(180)
        self._frame: Frame | None = None
        self._shown_variants: list[tuple[int, QPixmap]] | None = None
        self._labels: dict[QWidget, QLabel] = {}
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.stack = QStackedWidget()
        self.help = QLabel(wordWrap=True)
        self.stack.addWidget(self.help)
        self.stack.addWidget(self._picture_controls())
        self.stack.addWidget(self._text_controls())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.stack, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.help.setText(self.tr("Click a frame on the page to change it.\n\n"
                                  "Drag to move, drag the corner to resize, arrow keys nudge. "
                                  "Alt+drag moves a picture inside its frame; Ctrl+wheel zooms."))
        for combo, names in ((self.fit, (self.tr("Fill (crop)"), self.tr("Fit (whole picture)"))),
                             (self.family, [_(family.label) for family in FAMILIES.values()]),
                             (self.align, (self.tr("Left"), self.tr("Centre"), self.tr("Right")))):
            for row, name in enumerate(names):
                combo.setItemText(row, name)
        for field, text in ((self.fit, self.tr("Fit")), (self.zoom, self.tr("Zoom")), (self.family, self.tr("Font")),
                            (self.size, self.tr("Size")), (self.colour, self.tr("Colour")),
                            (self.align, self.tr("Align")), (self.leading, self.tr("Spacing"))):
            self._labels[field].setText(text)  # the label is the control's buddy: its accessible name too
        self.zoom.setAccessibleName(self.tr("Zoom"))
        self.variants.setAccessibleName(self.tr("Variants of this picture"))
        self.variants_label.setText(self.tr("Variants (click to swap):"))
        self.remove.setText(self.tr("Take the picture out"))
        self.bold.setText(self.tr("Bold"))
        self.colour.setAccessibleName(self.tr("Text colour"))
        self.colour.setToolTip(self.tr("Text colour"))
        self.backing.setText(self.tr("Band behind text"))
        self.backing.setToolTip(self.tr("A translucent white band behind the words, for text over a picture"))
        self.show_frame(self._frame, self._shown_variants)

    def controls(self) -> list[QWidget]:
        """The controls in the order the keyboard visits them (those of the frame not shown are skipped)."""
        return [self.fit, self.zoom, self.variants, self.remove, self.family, self.size, self.bold, self.colour,
                self.align, self.leading, self.backing]

    def _picture_controls(self) -> QWidget:
        box = QWidget()
        self.fit = QComboBox(objectName="fitChoice")
        self.fit.addItem("", "fill")
        self.fit.addItem("", "fit")
        self.fit.currentIndexChanged.connect(lambda: self._set(self.tr("Picture fit"), "", fit=self.fit.currentData()))
        self.zoom = QSlider(Qt.Orientation.Horizontal, objectName="zoomSlider")
        self.zoom.setRange(100, int(MAX_ZOOM * 100))
        self.zoom.valueChanged.connect(lambda v: self._set(self.tr("Zoom picture"), "zoom", zoom=v / 100))
        self.variants = QListWidget(objectName="variantStack")
        self.variants.setViewMode(QListView.ViewMode.IconMode)
        self.variants.setIconSize(QSize(56, 56))
        self.variants.setMovement(QListView.Movement.Static)
        self.variants.itemClicked.connect(self._variant_clicked)
        self.remove = QPushButton()
        self.remove.clicked.connect(lambda: self._frame and self.picture_removed.emit(self._frame.id))
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        self._row(form, self.fit)
        self._row(form, self.zoom)
        self.variants_label = QLabel()
        self.variants_label.setBuddy(self.variants)
        form.addRow(self.variants_label)
        form.addRow(self.variants)
        form.addRow(self.remove)
        return box

    def _row(self, form: QFormLayout, field: QWidget) -> None:
        """A labelled row; `retranslate` writes the label (the field's buddy, so a screen reader says it too)."""
        self._labels[field] = QLabel(buddy=field)
        form.addRow(self._labels[field], field)

    def _text_controls(self) -> QWidget:
        box = QWidget()
        self.family = QComboBox(objectName="fontFamily")
        for family in FAMILIES.values():
            self.family.addItem("", family.id)
        self.family.currentIndexChanged.connect(lambda: self._set(self.tr("Font"), "", family=self.family.currentData()))
        self.size = QDoubleSpinBox(objectName="fontSize", decimals=0, suffix=" pt")
        self.size.setRange(MIN_TEXT_PT, MAX_TEXT_PT)
        self.size.valueChanged.connect(lambda v: self._set(self.tr("Text size"), "size", size=v))
        self.bold = QCheckBox()
        self.bold.toggled.connect(lambda on: self._set(self.tr("Bold"), "", bold=on))
        self.colour = QPushButton(objectName="textColour")
        self.colour.clicked.connect(self._choose_colour)
        self.align = QComboBox(objectName="textAlign")
        for value in ("left", "center", "right"):
            self.align.addItem("", value)
        self.align.currentIndexChanged.connect(lambda: self._set(self.tr("Alignment"), "", align=self.align.currentData()))
        self.leading = QDoubleSpinBox(objectName="lineSpacing", decimals=2, singleStep=0.05)
        self.leading.setRange(0.8, 3.0)
        self.leading.valueChanged.connect(lambda v: self._set(self.tr("Line spacing"), "leading", leading=v))
        self.backing = QCheckBox(objectName="textBacking")
        self.backing.toggled.connect(lambda on: self._set(self.tr("Text backing"), "", backing=on))
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        self._row(form, self.family)
        self._row(form, self.size)
        form.addRow("", self.bold)
        self._row(form, self.colour)
        self._row(form, self.align)
        self._row(form, self.leading)
        form.addRow(self.backing)
        return box

    def show_frame(self, frame: Frame | None, variants: list[tuple[int, QPixmap]] | None = None) -> None:
        self._frame, self._shown_variants = frame, variants
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
