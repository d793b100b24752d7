"""One book page drawn to scale: trim, bleed and safe area, a picture frame that takes drops, a text frame."""

from __future__ import annotations


from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage, QPainter, QPen, QResizeEvent, QTextOption
from PySide6.QtWidgets import QTextEdit, QWidget

from studio.core.model import BookFormat, Frame, Page
from studio.qt.mime import image_ids

SAFE_MARGIN_IN = 0.25
PAGE_FONT_FAMILY = "NanumGothic"


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
        self._loading_text = False

    # -- content ------------------------------------------------------------------

    def set_page(self, page: Page | None, fmt: BookFormat) -> None:
        self._page, self._format = page, fmt
        text_frame = page.frame("text") if page else None
        self.text_edit.setVisible(text_frame is not None)
        if text_frame is not None and text_frame.text != self.text_edit.toPlainText():
            self._loading_text = True
            self.text_edit.setPlainText(text_frame.text)
            self._loading_text = False
        self._place_editor()
        self.update()

    def set_image(self, image: QImage | None) -> None:
        self._image = image
        self.update()

    def _text_changed(self) -> None:
        frame = self._page.frame("text") if self._page else None
        if frame is not None and not self._loading_text:
            self.text_edited.emit(frame.id, self.text_edit.toPlainText())

    # -- geometry -----------------------------------------------------------------

    def page_rect(self) -> QRectF:
        """The trimmed page, fitted into the widget with a margin that shows the bleed."""
        fmt = self._format
        full_w, full_h = fmt.trim_width_in + 2 * fmt.bleed_in, fmt.trim_height_in + 2 * fmt.bleed_in
        scale = min((self.width() - 24) / full_w, (self.height() - 24) / full_h)
        w, h = fmt.trim_width_in * scale, fmt.trim_height_in * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def frame_rect(self, frame: Frame) -> QRectF:
        page = self.page_rect()
        return QRectF(page.x() + frame.x * page.width(), page.y() + frame.y * page.height(),
                      frame.w * page.width(), frame.h * page.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_editor()

    def _place_editor(self) -> None:
        frame = self._page.frame("text") if self._page else None
        if frame is not None:
            self.text_edit.setGeometry(self.frame_rect(frame).toRect())
            size = max(9, int(self.page_rect().height() * 0.035))
            font = self.text_edit.font()
            font.setFamily(PAGE_FONT_FAMILY)  # the same bundled face the PDF uses
            font.setPixelSize(size)
            self.text_edit.setFont(font)

    # -- painting ------------------------------------------------------------------

    def paintEvent(self, _event: object) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#e9e6df"))
        page = self.page_rect()
        scale = page.width() / self._format.trim_width_in
        bleed = self._format.bleed_in * scale
        p.fillRect(page.adjusted(-bleed, -bleed, bleed, bleed), QColor("#f7f7f7"))
        p.fillRect(page, QColor("white"))
        p.setPen(QPen(QColor("#9a9a9a"), 1))
        p.drawRect(page)
        safe = SAFE_MARGIN_IN * scale
        p.setPen(QPen(QColor("#7fb2e5"), 1, Qt.PenStyle.DashLine))
        p.drawRect(page.adjusted(safe, safe, -safe, -safe))
        if self._page is None:
            return
        frame = self._page.frame("image")
        if frame is not None:
            self._paint_picture_frame(p, self.frame_rect(frame), frame)

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
