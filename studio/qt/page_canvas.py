"""One book page drawn to scale: trim, bleed and safe area, a picture frame that takes drops, a text frame.

The page's text is drawn as the lines core/layout sets it into (the lines the PDF prints); the editor appears
over the text frame only while the person is typing in it."""

from __future__ import annotations


from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (QColor, QDragEnterEvent, QDropEvent, QFont, QImage, QKeyEvent, QMouseEvent, QPainter, QPen,
                           QResizeEvent, QTextOption)
from PySide6.QtWidgets import QTextEdit, QWidget

from studio.core.layout.checks import PageWarning
from studio.core.layout.geometry import page_geometry
from studio.core.layout.lines import SetText, TextStyle, set_text
from studio.core.model import BookFormat, Frame, Page
from studio.qt.mime import image_ids

PAGE_FONT_FAMILY = "NanumGothic"  # the bundled face core/layout measures with and the PDF embeds


class PageCanvas(QWidget):
    image_dropped = Signal(int, int)  # frame id, image id
    text_edited = Signal(int, str)  # frame id, text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageCanvas")
        self.setAcceptDrops(True)
        self.setMinimumSize(260, 260)
        self.setAccessibleName(self.tr("Book page"))
        self._page: Page | None = None
        self._format = BookFormat()
        self._geometry = page_geometry(self._format, 1)
        self.painted_lines: tuple[str, ...] = ()  # what the last paint showed, line by line
        self.warnings: list[PageWarning] = []  # shown as badges on their frames
        self._image: QImage | None = None
        self._drop_hover = False
        self.text_edit = QTextEdit(self)
        self.text_edit.setObjectName("pageText")
        self.text_edit.setAcceptRichText(False)
        self.text_edit.setPlaceholderText(self.tr("Type the words for this page…"))
        self.text_edit.setAccessibleName(self.tr("Page text"))
        self.text_edit.setFrameShape(QTextEdit.Shape.NoFrame)
        self.text_edit.setStyleSheet("QTextEdit { background: rgba(255,255,255,0); color: #222; }")
        self.text_edit.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        option = QTextOption(Qt.AlignmentFlag.AlignCenter)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.text_edit.document().setDefaultTextOption(option)
        self.text_edit.textChanged.connect(self._text_changed)
        self.text_edit.installEventFilter(self)
        self.text_edit.hide()
        self._loading_text = False

    # -- content ------------------------------------------------------------------

    def set_page(self, page: Page | None, fmt: BookFormat, number: int = 1) -> None:
        self._page, self._format = page, fmt
        self._geometry = page_geometry(fmt, number)
        text_frame = page.frame("text") if page else None
        if text_frame is None:
            self.end_editing()
        if text_frame is not None and text_frame.text != self.text_edit.toPlainText():
            self._loading_text = True
            self.text_edit.setPlainText(text_frame.text)
            self._loading_text = False
        self._place_editor()
        self.update()

    def set_warnings(self, warnings: list[PageWarning]) -> None:
        self.warnings = list(warnings)
        self.setToolTip("\n".join(w.message for w in self.warnings))
        self.update()

    def badges(self) -> list[tuple[int, str]]:
        """(frame id, badge text) for what would print badly on this page."""
        short = {"outside_safe_area": self.tr("Outside safe area"), "text_overflow": self.tr("Text does not fit")}
        return [(w.frame_id, self.tr("{dpi} DPI").format(dpi=w.dpi) if w.kind == "low_dpi" else short[w.kind])
                for w in self.warnings]

    def set_image(self, image: QImage | None) -> None:
        self._image = image
        self.update()

    def _text_changed(self) -> None:
        frame = self._page.frame("text") if self._page else None
        if frame is not None and not self._loading_text:
            self.text_edited.emit(frame.id, self.text_edit.toPlainText())

    # -- geometry -----------------------------------------------------------------

    def _scale(self) -> float:
        """Pixels per point, fitting the whole sheet (bleed included) into the widget with a small margin."""
        media_w, media_h = self._geometry.media_size
        return max(0.01, min((self.width() - 24) / media_w, (self.height() - 24) / media_h))

    def _to_widget(self, box: tuple[float, float, float, float]) -> QRectF:
        """A box in media points (origin bottom-left) in widget pixels (origin top-left)."""
        scale = self._scale()
        media_w, media_h = self._geometry.media_size
        left, top = (self.width() - media_w * scale) / 2, (self.height() - media_h * scale) / 2
        x0, y0, x1, y1 = box
        return QRectF(left + x0 * scale, top + (media_h - y1) * scale, (x1 - x0) * scale, (y1 - y0) * scale)

    def page_rect(self) -> QRectF:
        """The trimmed page in widget pixels."""
        return self._to_widget(self._geometry.trim_box)

    def frame_rect(self, frame: Frame) -> QRectF:
        return self._to_widget(self._geometry.frame_box(frame))

    def set_text_of(self, frame: Frame) -> SetText:
        """The frame's text set into lines by core, at the frame's size in points."""
        x0, y0, x1, y1 = self._geometry.frame_box(frame)
        return set_text(frame.text, x1 - x0, y1 - y0, TextStyle())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_editor()

    def _place_editor(self) -> None:
        frame = self._page.frame("text") if self._page else None
        if frame is not None:
            self.text_edit.setGeometry(self.frame_rect(frame).toRect())
            font = self.text_edit.font()
            font.setFamily(PAGE_FONT_FAMILY)
            font.setPixelSize(max(6, round(TextStyle().size * self._scale())))
            self.text_edit.setFont(font)

    # -- editing ------------------------------------------------------------------------

    @property
    def editing(self) -> bool:
        return self.text_edit.isVisible()

    def begin_editing(self) -> None:
        if self._page is None or self._page.frame("text") is None:
            return
        self._place_editor()
        self.text_edit.show()
        self.text_edit.setFocus()
        self.update()

    def end_editing(self) -> None:
        if self.text_edit.isVisible():
            self.text_edit.hide()
            self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        frame = self._page.frame("text") if self._page else None
        if frame is not None and self.frame_rect(frame).contains(event.position()):
            self.begin_editing()
        else:
            self.end_editing()
        super().mousePressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text_edit:
            if event.type() == QEvent.Type.FocusOut:
                self.end_editing()
            elif isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape:
                self.end_editing()
                return True
        return super().eventFilter(watched, event)

    # -- painting ------------------------------------------------------------------

    def paintEvent(self, _event: object) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#e9e6df"))
        geometry = self._geometry
        p.fillRect(self._to_widget(geometry.bleed_box), QColor("#f7f7f7"))  # bleed: printed, then cut off
        page = self.page_rect()
        p.fillRect(page, QColor("white"))
        p.setPen(QPen(QColor("#9a9a9a"), 1))
        p.drawRect(page)
        p.setPen(QPen(QColor("#7fb2e5"), 1, Qt.PenStyle.DashLine))
        p.drawRect(self._to_widget(geometry.safe_box))
        self.painted_lines = ()
        if self._page is None:
            return
        frame = self._page.frame("image")
        if frame is not None:
            self._paint_picture_frame(p, self.frame_rect(frame), frame)
        text = self._page.frame("text")
        if text is not None and not self.editing:
            self._paint_text_frame(p, text)
        self._paint_badges(p)

    def _paint_badges(self, p: QPainter) -> None:
        frames = {f.id: f for f in self._page.frames} if self._page else {}
        font = QFont(self.font())
        font.setPixelSize(11)
        font.setBold(True)
        p.setFont(font)
        stacked: dict[int, int] = {}
        for frame_id, text in self.badges():
            frame = frames.get(frame_id)
            if frame is None:
                continue
            rect = self.frame_rect(frame)
            width = p.fontMetrics().horizontalAdvance(text) + 12
            row = stacked.get(frame_id, 0)
            stacked[frame_id] = row + 1
            badge = QRectF(rect.right() - width - 4, rect.top() + 4 + row * 20, width, 18)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor("#c0392b"))
            p.drawRoundedRect(badge, 9, 9)
            p.setPen(QColor("white"))
            p.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_text_frame(self, p: QPainter, frame: Frame) -> None:
        rect = self.frame_rect(frame)
        if not frame.text.strip():
            p.setPen(QColor("#9a9a9a"))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                       self.tr("Click to type the words for this page…"))
            return
        block = self.set_text_of(frame)
        scale = self._scale()
        font = QFont(PAGE_FONT_FAMILY)
        font.setPixelSize(max(1, round(block.style.size * scale)))
        p.setFont(font)
        p.setPen(QColor("#222"))
        for line, dx, baseline in block.line_offsets():
            p.drawText(QPointF(rect.x() + dx * scale, rect.y() + baseline * scale), line)
        self.painted_lines = block.lines

    def _paint_picture_frame(self, p: QPainter, rect: QRectF, frame: Frame) -> None:
        if self._image is not None and not self._image.isNull() and frame.image_id is not None:
            size = self._image.size().scaled(rect.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(rect.x() + (rect.width() - size.width()) / 2, rect.y() + (rect.height() - size.height()) / 2,
                            size.width(), size.height())
            p.drawImage(target, self._image)
        else:
            p.fillRect(rect, QColor("#f1efe9"))
            p.setPen(QColor("#8a8578"))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                       self.tr("Drag a picture here\nfrom the gallery or the chat"))
        if self._drop_hover:
            p.setPen(QPen(QColor("#2f7de1"), 3))
            p.drawRect(rect)

    # -- drag and drop ----------------------------------------------------------------

    def _image_frame(self) -> Frame | None:
        return self._page.frame("image") if self._page else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if image_ids(event.mimeData()) and self._image_frame() is not None:
            event.acceptProposedAction()
            self._drop_hover = True
            self.update()

    def dragLeaveEvent(self, _event: object) -> None:
        self._drop_hover = False
        self.update()

    def dropEvent(self, event: QDropEvent) -> None:
        self._drop_hover = False
        ids, frame = image_ids(event.mimeData()), self._image_frame()
        if ids and frame is not None:
            self.image_dropped.emit(frame.id, ids[0])
            event.acceptProposedAction()
        self.update()
