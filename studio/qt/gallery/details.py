"""The selected picture large, with where it came from: the prompt as sent, the person's words, model, size,
quality, seed, time, cost, the chat turn, the picture it came from, the pages that use it, boards and tags."""

from __future__ import annotations

import html
import time

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from studio.core.gallery.provenance import Provenance

SOURCE_NAMES = {"generated": "Generated", "edited": "Edited", "imported": "Imported"}
PREVIEW_MIN = (96, 120)  # narrow is fine; too short and the picture is a stamp


class PreviewLabel(QLabel):
    """The picture scaled to whatever room the panel has. A QLabel holding a pixmap will not be smaller than the
    pixmap, so the picture is kept aside and drawn again at each size: the panel never widens the window."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._source = QPixmap()
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(*PREVIEW_MIN)
        self.setWordWrap(True)

    def set_source(self, pixmap: QPixmap) -> None:
        self._source = pixmap
        self._fit()

    def source(self) -> QPixmap:
        return self._source

    def _fit(self) -> None:
        if self._source.isNull():
            self.setPixmap(QPixmap())
            return
        self.setPixmap(self._source.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._source.isNull():
            self._fit()


class DetailsPanel(QWidget):
    turn_requested = Signal(int)  # message id: show that turn in the chat
    image_requested = Signal(int)  # show another picture (the parent)
    page_requested = Signal(int)  # a page number (1-based)
    draw_again = Signal(int)
    more_like_this = Signal(int)
    open_large = Signal(int)
    tags_edited = Signal(int, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image_id: int | None = None
        self.preview = PreviewLabel(self.tr("Click a picture to see it large."))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName(self.tr("Selected picture"))
        self.text = QTextBrowser()
        self.text.setObjectName("provenance")
        self.text.setOpenLinks(False)
        self.text.anchorClicked.connect(self._link)
        self.text.setMinimumHeight(40)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.editingFinished.connect(self._tags_done)
        self.again_button = QPushButton(self.tr("Draw Again"))
        self.again_button.setToolTip(self.tr("The same prompt, style, size and quality, drawn again"))
        self.remix_button = QPushButton(self.tr("More Like This"))
        self.open_button = QPushButton(self.tr("Open Large…"))
        self.again_button.clicked.connect(lambda: self._emit(self.draw_again))
        self.remix_button.clicked.connect(lambda: self._emit(self.more_like_this))
        self.open_button.clicked.connect(lambda: self._emit(self.open_large))
        buttons = QHBoxLayout()
        for b in (self.again_button, self.remix_button, self.open_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview, 5)
        layout.addWidget(self.text, 2)
        layout.addWidget(self.tags)
        layout.addLayout(buttons)
        self.show_provenance(None)

    def _emit(self, signal) -> None:
        if self.image_id is not None:
            signal.emit(self.image_id)

    def _link(self, url: QUrl) -> None:
        kind, _, value = url.toString().partition(":")
        if not value.isdigit():
            return
        {"turn": self.turn_requested, "image": self.image_requested, "page": self.page_requested}.get(
            kind, self.image_requested).emit(int(value))

    def _tags_done(self) -> None:
        if self.image_id is None or not self.tags.isModified():
            return
        self.tags.setModified(False)
        self.tags_edited.emit(self.image_id, [t.strip() for t in self.tags.text().split(",") if t.strip()])

    def show_provenance(self, p: Provenance | None) -> None:
        self.image_id = p.image.id if p else None
        for w in (self.tags, self.again_button, self.remix_button, self.open_button):
            w.setEnabled(p is not None)
        if p is None:
            self.preview.set_source(QPixmap())
            self.preview.setText(self.tr("Click a picture to see it large."))
            self.text.clear()
            self.tags.clear()
            return
        generated = p.image.source != "imported"
        self.again_button.setEnabled(generated and bool(p.prompt_sent))
        self.tags.setText(", ".join(p.tags))
        self.tags.setModified(False)
        self.text.setHtml(self._html(p))

    def show_pixmap(self, pixmap: QPixmap) -> None:
        self.preview.set_source(pixmap)

    def _html(self, p: Provenance) -> str:
        r = p.image
        esc = html.escape
        rows: list[tuple[str, str]] = []
        if p.prompt_sent:
            rows.append((self.tr("Prompt as sent"), esc(p.prompt_sent).replace("\n", "<br>")))
        if p.user_words:
            rows.append((self.tr("You said"), esc(p.user_words)))
        if r.file_name:
            rows.append((self.tr("File"), esc(r.file_name)))
        rows.append((self.tr("Source"), esc(self.tr(SOURCE_NAMES.get(r.source, r.source)))))
        if r.model:
            rows.append((self.tr("Model"), esc(r.model)))
        size = f"{r.width}×{r.height}"
        if p.size and p.size.replace("x", "×") != size:
            size += " " + self.tr("(asked for {size})").format(size=esc(p.size))
        rows.append((self.tr("Size"), size))
        if p.quality:
            rows.append((self.tr("Quality"), esc(p.quality)))
        if p.style:
            rows.append((self.tr("Style"), esc(p.style)))
        if p.seed is not None:
            rows.append((self.tr("Seed"), str(p.seed)))
        rows.append((self.tr("Made"), time.strftime("%Y-%m-%d %H:%M", time.localtime(r.created))))
        if p.cost is not None:
            rows.append((self.tr("Cost"), f"≈ {p.cost:.3f} {esc(p.currency)}"))
        if p.message_id is not None:
            rows.append((self.tr("Chat"), f'<a href="turn:{p.message_id}">{self.tr("Show the turn")}</a>'))
        if p.parent_id is not None:
            rows.append((self.tr("Made from"), f'<a href="image:{p.parent_id}">#{p.parent_id}</a>'))
        if p.pages:
            rows.append((self.tr("On pages"), ", ".join(f'<a href="page:{n}">{n}</a>' for n in p.pages)))
        if p.boards:
            rows.append((self.tr("Boards"), esc(", ".join(p.boards))))
        if r.trashed is not None:
            rows.append((self.tr("In the trash"), self.tr("since {when}").format(
                when=time.strftime("%Y-%m-%d %H:%M", time.localtime(r.trashed)))))
        body = "".join(f"<tr><td style='color:gray;padding-right:6px' valign='top'>{k}</td><td>{v}</td></tr>"
                       for k, v in rows)
        star = "★ " if r.favourite else ""
        return f"<b>{star}#{r.id}</b><table>{body}</table>"
