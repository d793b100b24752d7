"""Choosing a picture's shape: the menu the chat box, a prompt's "Draw again" and Picture ▸ Draw Again in Shape all
show (square, portrait, landscape, a page frame's shape, a custom size), and the small dialog for a custom size that
says which of the model's rules a size breaks before anything is sent."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studio.backends.capabilities import ImageModel
from studio.core.app.project import Project
from studio.core.assistant import shapes
from studio.core.assistant.shapes import Shape, SizeError


def shape_name(shape: Shape | None) -> str:
    """Short, for the chat box's button: "Auto", "Landscape", "Page 3", "1920×1088"."""
    if shape is None:
        return QCoreApplication.translate("ShapeMenu", "Auto")
    if shape.kind == "custom":
        return f"{int(shape.width)}×{int(shape.height)}"
    if shape.kind == "frame":  # short whatever pages share it: the button sits in a narrow chat
        return QCoreApplication.translate("ShapeMenu", "Frame {ratio}").format(
            ratio=shapes.ratio_text(shape.width, shape.height))
    if shape.kind == "square":
        return QCoreApplication.translate("ShapeMenu", "Square")
    if shape.kind == "portrait":
        return QCoreApplication.translate("ShapeMenu", "Portrait")
    return QCoreApplication.translate("ShapeMenu", "Landscape")


def shape_icon(shape: Shape | None, edge: int = 16) -> QIcon:
    """A small outline in the shape's proportions (dashed for Auto): the button says "shape" without a word."""
    pixmap = QPixmap(edge, edge)
    pixmap.fill(Qt.GlobalColor.transparent)
    width, height = (1.0, 1.0) if shape is None else shapes.NAMED.get(shape.kind, (shape.width, shape.height))
    scale = (edge - 3) / max(width, height)
    w, h = max(3.0, width * scale), max(3.0, height * scale)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor("#555"), 1.5, Qt.PenStyle.DashLine if shape is None else Qt.PenStyle.SolidLine)
    painter.setPen(pen)
    painter.drawRect(QRectF((edge - w) / 2, (edge - h) / 2, w, h))
    painter.end()
    return QIcon(pixmap)


def fill(menu: QMenu, project: Project | None, model: ImageModel, chosen: Callable[[Shape | None], None],
         current: Shape | None = None, auto: str = "", parent: QWidget | None = None) -> None:
    """Fill `menu` with the shapes (sizes as `model` would draw them); `auto`, when given, is the entry for
    letting the assistant choose. `chosen` is called with the shape picked."""
    menu.clear()
    if auto:
        action = menu.addAction(auto, lambda: chosen(None))
        action.setCheckable(True)
        action.setChecked(current is None)
    for kind in shapes.NAMED:
        shape = shapes.named(kind)
        action = menu.addAction(shape_icon(shape), f"{shape_name(shape)}\t{shapes.size_text(shape.size(model))}",
                                lambda s=shape: chosen(s))
        action.setCheckable(True)
        action.setChecked(current == shape)
    frames = menu.addMenu(QCoreApplication.translate("ShapeMenu", "Shape of a Page's Picture"))
    frames.setObjectName("frameShapes")
    for shape in shapes.frame_shapes(project) if project is not None else []:
        ratio = shapes.ratio_text(shape.width, shape.height)
        pages = shape.label[:1].upper() + shape.label[1:]
        action = frames.addAction(f"{pages} ({ratio})\t{shapes.size_text(shape.size(model))}",
                                  lambda s=shape: chosen(s))
        action.setCheckable(True)
        action.setChecked(current == shape)
    frames.setEnabled(not frames.isEmpty())
    custom = menu.addAction(QCoreApplication.translate("ShapeMenu", "Custom Size…"),
                            lambda: ask_custom(parent or menu.parentWidget(), model, chosen,
                                               current))
    custom.setObjectName("customSize")
    custom.setCheckable(True)
    custom.setChecked(current is not None and current.kind == "custom")


class CustomSizeDialog(QDialog):
    """Width and height in pixels; what the model would refuse is said at once, and OK waits for a size it takes."""

    def __init__(self, model: ImageModel, current: Shape | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customSizeDialog")
        self.setWindowTitle(self.tr("Custom Picture Size"))
        self.model = model
        self.width_box, self.height_box = QSpinBox(), QSpinBox()
        for box, value, name in ((self.width_box, 1536, self.tr("Width")), (self.height_box, 1024, self.tr("Height"))):
            box.setRange(1, 20_000)
            box.setSuffix(" px")
            box.setAccessibleName(name)
            box.setValue(int(getattr(current, "width" if box is self.width_box else "height"))
                         if current is not None and current.kind == "custom" else value)
            box.valueChanged.connect(self._check)
        self.message = QLabel()
        self.message.setObjectName("sizeMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.width_box)
        row.addWidget(QLabel("×"))
        row.addWidget(self.height_box)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Pictures from {model}:").format(model=model.name)))
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.shape: Shape | None = None
        self._check()

    def _check(self) -> None:
        try:
            self.shape = shapes.custom(self.width_box.value(), self.height_box.value(), self.model)
        except SizeError as exc:
            self.shape = None
            self.message.setText(str(exc))
            self.message.setStyleSheet("color: #a33;")
        else:
            self.message.setText(self.tr("{model} takes this size.").format(model=self.model.name))
            self.message.setStyleSheet("color: #555;")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.shape is not None)


def ask_custom(parent: QWidget | None, model: ImageModel, chosen: Callable[[Shape | None], None],
               current: Shape | None = None) -> CustomSizeDialog:
    """Opened, not exec'd (it may be asked for while a turn runs); `chosen` hears the size when OK is pressed."""
    dialog = CustomSizeDialog(model, current, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: dialog.shape is not None and chosen(dialog.shape))
    dialog.open()
    return dialog
