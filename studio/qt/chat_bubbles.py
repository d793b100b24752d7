"""The pieces of the chat transcript: message bubbles and picture slots that fill in as pictures arrive."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QDrag, QMouseEvent, QPixmap
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout,
                               QWidget)

from studio.qt.mime import image_mime

SLOT_EDGE = 150


class PictureSlot(QFrame):
    """One picture in a reply: a busy bar until it arrives, then the thumbnail (draggable, clickable)."""

    clicked = Signal(int)

    def __init__(self, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pictureSlot")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedSize(SLOT_EDGE + 12, SLOT_EDGE + 12)
        self.setToolTip(prompt)
        self.setAccessibleName(prompt)
        self.image_id: int | None = None
        self.state = "waiting"
        self._press: QPoint | None = None
        self.label = QLabel(self.tr("Drawing…"))
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy: the service gives no progress figures
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar)

    def show_picture(self, image_id: int, pixmap: QPixmap) -> None:
        self.image_id, self.state = image_id, "done"
        self.bar.hide()
        self.label.setPixmap(pixmap.scaled(SLOT_EDGE, SLOT_EDGE, Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation))
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    def show_failure(self, message: str) -> None:
        self.state = "failed"
        self.bar.hide()
        self.label.setText(message)
        self.label.setStyleSheet("color: #a33; font-size: 11px;")

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.image_id is None or self._press is None:
            return
        if (event.position().toPoint() - self._press).manhattanLength() < QApplication.startDragDistance():
            return
        drag = QDrag(self)
        drag.setMimeData(image_mime([self.image_id]))
        pixmap = self.label.pixmap()
        if pixmap is not None and not pixmap.isNull():
            drag.setPixmap(pixmap.scaled(80, 80, Qt.AspectRatioMode.KeepAspectRatio))
        self._press = None
        drag.exec(Qt.DropAction.CopyAction)

    def mouseReleaseEvent(self, _event: QMouseEvent) -> None:
        if self._press is not None and self.image_id is not None:
            self.clicked.emit(self.image_id)
        self._press = None


def _plain_label(text: str, object_name: str) -> QLabel:
    """Selectable, wrapped text that is never interpreted as markup (a model's words may contain HTML)."""
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class Bubble(QFrame):
    """A message in the chat: text that can grow as it streams, then prompts, pictures or a story."""

    make_pages = Signal(dict)

    def __init__(self, role: str, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = role
        self.setObjectName(f"{role}Bubble")
        colours = {"user": "#dcebff", "assistant": "#ffffff", "error": "#fde7e7"}
        self.setStyleSheet(f"QFrame#{role}Bubble {{ background: {colours.get(role, '#fff')}; border-radius: 10px; }}")
        self.text = _plain_label(text, "bubbleText")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(10, 8, 10, 8)
        self.layout_.addWidget(self.text)
        self.text.setVisible(bool(text))
        self.slots: list[PictureSlot] = []

    def append_text(self, delta: str) -> None:
        self.text.setText(self.text.text() + delta)
        self.text.setVisible(True)

    def add_prompts(self, prompts: list[str]) -> list[PictureSlot]:
        listing = _plain_label("\n".join(f"{i + 1}. {p}" for i, p in enumerate(prompts)), "promptList")
        listing.setStyleSheet("color: #555; font-size: 11px;")
        self.layout_.addWidget(listing)
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        new = [PictureSlot(p) for p in prompts]
        for i, slot in enumerate(new):
            grid.addWidget(slot, i // 2, i % 2)
        self.layout_.addWidget(grid_host)
        self.slots.extend(new)
        return new

    def add_story(self, title: str, pages: list[dict[str, str]]) -> None:
        body = [title, ""] + [self.tr("Page {n}: {text}").format(n=i + 1, text=p.get("text", ""))
                              for i, p in enumerate(pages)]
        story = _plain_label("\n".join(body), "storyText")
        self.layout_.addWidget(story)
        button = QPushButton(self.tr("Make these pages in the book"))
        button.clicked.connect(lambda: self.make_pages.emit({"title": title, "pages": pages}))
        self.layout_.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
