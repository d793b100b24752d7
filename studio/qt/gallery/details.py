"""Beside the gallery: the selected picture large with where it came from (qt/gallery/provenance_view.py), its note
and tags; or, when several are selected, how many with Compare and More Like These."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from studio.core.gallery.provenance import Provenance
from studio.qt.fitted_picture import FittedPicture
from studio.qt.gallery.provenance_view import ProvenanceView
from studio.qt.language import FollowsLanguage

COMPARE_MOST = 4  # side by side on a laptop's screen; more is a contact sheet
STRIP_EDGE = 72  # px: each selected picture in the row above Compare
WIDE = 1.15  # wider than tall by this much: the picture beside its details rather than above them
PREVIEW_MIN = (96, 120)  # narrow is fine; too short and the picture is a stamp


class DetailsPanel(FollowsLanguage, QWidget):
    turn_requested = Signal(int)  # message id: show that turn in the chat
    image_requested = Signal(int)  # show another picture (the parent)
    page_requested = Signal(int)  # a page number (1-based)
    draw_again = Signal(int)
    more_like_this = Signal(int)
    open_large = Signal(int)
    tags_edited = Signal(int, list)
    note_edited = Signal(int, str)
    compare_requested = Signal(list)  # the selected pictures' ids
    round_requested = Signal(list)  # "more like these": a concept round from the selected pictures

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image_id: int | None = None
        self.selected: list[int] = []
        self.preview = FittedPicture("", PREVIEW_MIN)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.provenance = ProvenanceView()
        self.provenance.link_clicked.connect(self._link)
        self.provenance.note_edited.connect(self.note_edited)
        self.tags = QLineEdit()
        self.tags.editingFinished.connect(self._tags_done)
        info = QWidget()
        info_layout = QVBoxLayout(info)
        info_layout.setContentsMargins(0, 0, 4, 0)
        info_layout.addWidget(self.provenance)
        info_layout.addWidget(self.tags)
        info_layout.addStretch(1)
        self.info = QScrollArea()  # the whole prompt and every field, never squeezed into a box of their own
        self.info.setObjectName("provenanceScroll")
        self.info.setWidgetResizable(True)
        self.info.setFrameShape(QFrame.Shape.NoFrame)
        self.info.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.info.setWidget(info)
        self.info.setMinimumHeight(60)
        self.again_button = QPushButton()
        self.remix_button = QPushButton()
        self.open_button = QPushButton()
        self.again_button.clicked.connect(lambda: self._emit(self.draw_again))
        self.remix_button.clicked.connect(lambda: self._emit(self.more_like_this))
        self.open_button.clicked.connect(lambda: self._emit(self.open_large))
        buttons = QHBoxLayout()
        for b in (self.again_button, self.remix_button, self.open_button):
            buttons.addWidget(b)
        one = QWidget()
        self._body = QBoxLayout(QBoxLayout.Direction.TopToBottom)  # side by side when the panel is wide
        self._body.addWidget(self.preview, 4)
        self._body.addWidget(self.info, 5)
        one_layout = QVBoxLayout(one)
        one_layout.setContentsMargins(0, 0, 0, 0)
        one_layout.addLayout(self._body, 1)
        one_layout.addLayout(buttons)

        self.count_label = QLabel()
        self.count_label.setObjectName("selectionCount")
        self.strip = QLabel()
        self.strip.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.strip.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.compare_button = QPushButton()
        self.compare_button.setObjectName("compareButton")
        self.compare_button.clicked.connect(lambda: self.compare_requested.emit(list(self.selected)))
        self.round_button = QPushButton()
        self.round_button.setObjectName("roundButton")
        self.round_button.clicked.connect(lambda: self.round_requested.emit(list(self.selected)))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        many = QWidget()
        many_layout = QVBoxLayout(many)
        many_layout.addStretch(1)
        for widget in (self.count_label, self.strip, self.hint):
            many_layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        many_buttons = QHBoxLayout()
        many_buttons.addWidget(self.compare_button)
        many_buttons.addWidget(self.round_button)
        many_layout.addLayout(many_buttons)
        many_layout.addStretch(2)

        self.pages = QStackedWidget()
        self.pages.addWidget(one)
        self.pages.addWidget(many)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        # the picture's fields and note, its tags, then what to do with it
        QWidget.setTabOrder(self.provenance.last_focus(), self.tags)
        for first, then in zip((self.tags, self.again_button, self.remix_button, self.open_button),
                               (self.again_button, self.remix_button, self.open_button, self.compare_button)):
            QWidget.setTabOrder(first, then)
        QWidget.setTabOrder(self.compare_button, self.round_button)
        self.retranslate()
        self.show_provenance(None)

    def first_focus(self) -> QWidget:
        """Where Tab enters the panel (after the gallery's grid)."""
        return self.provenance.first_focus()

    def retranslate(self) -> None:
        """Every text again, in the language now chosen (the provenance view does its own)."""
        self.preview.setAccessibleName(self.tr("Selected picture"))
        if self.image_id is None:
            self.preview.setText(self.tr("Click a picture to see it large."))
        self.tags.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.tags.setAccessibleName(self.tr("Tags"))
        self.info.setAccessibleName(self.tr("About the picture"))
        self.again_button.setText(self.tr("Draw Again"))
        self.again_button.setToolTip(self.tr("The same prompt, style, size and quality, drawn again"))
        self.remix_button.setText(self.tr("More Like This"))
        self.open_button.setText(self.tr("Open Large…"))
        self.round_button.setText(self.tr("More Like These…"))
        self.round_button.setToolTip(self.tr("A new round of pictures drawn from all of these, on a board of its own"))
        self._selection_texts()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wide = event.size().width() > event.size().height() * WIDE
        self._body.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
        # above its details the picture takes the larger share of the height; beside them, the smaller of the width
        self._body.setStretch(0, 4 if wide else 3)
        self._body.setStretch(1, 5 if wide else 2)

    def _emit(self, signal) -> None:
        if self.image_id is not None:
            signal.emit(self.image_id)

    def _link(self, kind: str, value: int) -> None:
        {"turn": self.turn_requested, "image": self.image_requested, "page": self.page_requested}.get(
            kind, self.image_requested).emit(value)

    def _tags_done(self) -> None:
        if self.image_id is None or not self.tags.isModified():
            return
        self.tags.setModified(False)
        self.tags_edited.emit(self.image_id, [t.strip() for t in self.tags.text().split(",") if t.strip()])

    def show_provenance(self, p: Provenance | None) -> None:
        self.pages.setCurrentIndex(0)
        self.selected = [p.image.id] if p else []
        self.image_id = p.image.id if p else None
        self.provenance.show_provenance(p)
        for w in (self.tags, self.again_button, self.remix_button, self.open_button):
            w.setEnabled(p is not None)
        if p is None:
            self.preview.set_source(QPixmap())
            self.preview.setText(self.tr("Click a picture to see it large."))
            self.tags.clear()
            return
        generated = p.image.source != "imported"
        self.again_button.setEnabled(generated and bool(p.prompt_sent))
        if not self.tags.hasFocus() or not self.tags.isModified():
            self.tags.setText(", ".join(p.tags))
            self.tags.setModified(False)

    def show_selection(self, image_ids: list[int], thumbnails: list[QPixmap]) -> None:
        """Several pictures selected: how many, small, with Compare (two to four) and More Like These."""
        self.provenance.show_provenance(None)  # a note being typed is kept for its picture first
        self.image_id = None
        self.selected = list(image_ids)
        n = len(image_ids)
        self.strip.setPixmap(_strip(thumbnails[:COMPARE_MOST]))
        self.compare_button.setEnabled(2 <= n <= COMPARE_MOST)
        self._selection_texts()
        self.round_button.setEnabled(n >= 1)
        self.pages.setCurrentIndex(1)

    def _selection_texts(self) -> None:
        n = len(self.selected)
        self.count_label.setText(self.tr("<b>{n} pictures selected</b>").format(n=n) if n > 1 else "")
        self.compare_button.setText(self.tr("Compare {n} Side by Side").format(n=n) if 1 < n <= COMPARE_MOST
                                    else self.tr("Compare Side by Side"))
        self.hint.setText("" if n <= COMPARE_MOST else
                          self.tr("Compare shows up to {most} at once: Ctrl-click to leave some out.").format(
                              most=COMPARE_MOST))

    def show_pixmap(self, pixmap: QPixmap) -> None:
        self.preview.set_source(pixmap)

    def plain_text(self) -> str:
        return self.provenance.plain_text()


def _strip(thumbnails: list[QPixmap]) -> QPixmap:
    """The selected pictures side by side, each fitted in a square of STRIP_EDGE."""
    from PySide6.QtGui import QPainter

    gap = 6
    if not thumbnails:
        return QPixmap()
    strip = QPixmap(len(thumbnails) * (STRIP_EDGE + gap) - gap, STRIP_EDGE)
    strip.fill(Qt.GlobalColor.transparent)
    painter = QPainter(strip)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    for i, pixmap in enumerate(thumbnails):
        if pixmap.isNull():
            continue
        fitted = pixmap.scaled(STRIP_EDGE, STRIP_EDGE, Qt.AspectRatioMode.KeepAspectRatio,
                               Qt.TransformationMode.SmoothTransformation)
        x = i * (STRIP_EDGE + gap) + (STRIP_EDGE - fitted.width()) // 2
        painter.drawPixmap(x, (STRIP_EDGE - fitted.height()) // 2, fitted)
    painter.end()
    return strip
