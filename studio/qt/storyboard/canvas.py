"""The page (or the spread) drawn to scale, where frames are chosen, moved, resized, cropped and typed in.

What it draws comes from core/layout's page plan — the same crops and the same lines the PDF prints. Drags only
change what is drawn until the mouse is let go; then one `frame_changed` (one undo step) goes out.

Mouse: click a frame to select it (a text frame opens for typing); drag to move, the corner handle to resize,
both snapping to the trim, the safe area and the centre lines; Alt+drag pans a picture inside its frame;
Ctrl+wheel zooms it. Keys: arrows nudge (Shift: further), Delete takes the picture out, Esc stops typing."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSignalBlocker, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPen,
    QResizeEvent,
    QTextOption,
    QWheelEvent,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from studio.core.document.model import BookFormat, Frame, Page
from studio.core.layout.checks import PageWarning
from studio.core.layout.fonts import BODY_FONT, face
from studio.core.layout.frames import (
    MAX_ZOOM,
    MIN_ZOOM,
    picture_fit,
    text_look,
    with_props,
)
from studio.core.layout.plan import PagePlan, plan_page
from studio.core.layout.sides import page_label
from studio.qt.mime import image_ids
from studio.qt.storyboard.painting import SheetPainter, load_fonts, qt_editor_font
from studio.qt.language import FollowsLanguage

SNAP_PX = 7.0
MIN_FRAME = 0.04  # of the trim, each way
NUDGE, BIG_NUDGE = 0.005, 0.05
HANDLE_PX = 9.0


@dataclass
class Sheet:
    index: int  # the page's place in the book
    page: Page
    number: int
    plan: PagePlan
    offset: float = 0.0  # points from the canvas's left edge to this sheet's media box
    left: float = 0.0  # the part of the canvas (points) this sheet is drawn in: a spread is cut at the spine
    right: float = 0.0


@dataclass
class _Drag:
    mode: str  # "press" (not moved yet), "move", "resize", "pan"
    sheet: Sheet
    original: Frame
    start: QPointF
    current: Frame


class PageCanvas(FollowsLanguage, QWidget):
    image_dropped = Signal(int, int)  # frame id, image id
    text_edited = Signal(int, str)  # frame id, text
    frame_changed = Signal(object, str, str)  # new Frame, undo name, merge key ("" = its own step)
    picture_removed = Signal(int)  # frame id
    page_clicked = Signal(int)  # the book index of a page clicked in a spread
    selection_changed = Signal(object)  # the selected Frame, or None
    print_ready_requested = Signal(int)  # frame id: its DPI badge was clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageCanvas")
        self.setAcceptDrops(True)
        self.setMinimumSize(200, 200)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._format = BookFormat()
        self._sizes: dict[int, tuple[int, int]] = {}
        self.sheets: list[Sheet] = []
        self.current_index = 0
        self.images: dict[int, QImage] = {}
        self.painted_lines: tuple[str, ...] = ()  # the current page's lines, as the last paint showed them
        self.warnings: list[PageWarning] = []
        self.selected_id: int | None = None
        self._drag: _Drag | None = None
        self._guides: list[tuple[str, float, Sheet]] = []  # ("x"|"y", fraction of the trim, sheet) while dragging
        self._drop_frame: int | None = None
        self._target_id: int | None = None  # the text frame the editor writes to
        self.text_edit = QTextEdit(self)
        self.text_edit.setObjectName("pageText")
        self.text_edit.setAcceptRichText(False)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFrameShape(QTextEdit.Shape.NoFrame)
        self.text_edit.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text_edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text_edit.textChanged.connect(self._text_changed)
        self.text_edit.installEventFilter(self)
        self.text_edit.hide()
        self.retranslate()

    def retranslate(self) -> None:
        """Names and tips in the language just chosen; the badges and placeholders follow on the next paint."""
        self.setAccessibleName(self.tr("Book page"))
        self.setAccessibleDescription(self.tr("Click a frame to select it; arrow keys nudge it, Enter types in a "
                                              "text frame, Delete takes a picture out."))
        self.text_edit.setPlaceholderText(self.tr("Type the words for this page…"))
        self.text_edit.setAccessibleName(self.tr("Page text"))
        self.set_warnings(self.warnings)

    # -- content ------------------------------------------------------------------

    def set_pages(self, pages: list[tuple[int, Page, int]], fmt: BookFormat, current_index: int,
                  sizes: dict[int, tuple[int, int]]) -> None:
        """Show one page, or a spread: (book index, page, page number) from left to right."""
        self._format, self._sizes, self.current_index = fmt, dict(sizes), current_index
        self.sheets = [Sheet(i, page, n, plan_page(fmt, page, n, self._sizes)) for i, page, n in pages]
        self._place_sheets()
        frames = {f.id: f for s in self.sheets for f in s.page.shown()}
        if self.selected_id not in frames:
            self.select(None)
        if self.editing and self._target_id not in frames:
            self.end_editing()
        if not self.editing:
            first = self._first_text(self.current_sheet())
            self._target_id = first.id if first is not None else None
        target = frames.get(self._target_id) if self._target_id is not None else None
        if target is not None and target.text != self.text_edit.toPlainText():
            with QSignalBlocker(self.text_edit):  # the page's words put in, not typed: no edit to send
                self.text_edit.setPlainText(target.text)
        self._place_editor()
        self.update()

    def _place_sheets(self) -> None:
        x = 0.0
        previous: Sheet | None = None
        for sheet in self.sheets:
            g = sheet.plan.geometry
            if previous is None:
                sheet.offset = 0.0
            else:  # the two trims meet at the spine
                spine = previous.offset + previous.plan.geometry.trim_box[2]
                sheet.offset = spine - g.trim_box[0]
                previous.right = spine
                x = spine
            sheet.left = x
            sheet.right = sheet.offset + g.media_size[0]
            previous = sheet

    def current_sheet(self) -> Sheet | None:
        return next((s for s in self.sheets if s.index == self.current_index), self.sheets[0] if self.sheets else None)

    @property
    def _page(self) -> Page | None:
        sheet = self.current_sheet()
        return sheet.page if sheet else None

    def set_warnings(self, warnings: list[PageWarning]) -> None:
        self.warnings = list(warnings)
        said = [w.message for w in self.warnings]
        if any(w.kind == "low_dpi" for w in self.warnings):
            said.append(self.tr("Click a DPI badge to make that picture print-ready."))
        self.setToolTip("\n".join(said))
        self.update()

    def badges(self) -> list[tuple[int, str]]:
        """(frame id, badge text) for what would print badly on the pages shown."""
        short = {"outside_safe_area": self.tr("Outside safe area"), "text_overflow": self.tr("Text does not fit"),
                 "not_drawn": self.tr("Not drawn"), "missing_glyphs": self.tr("Letters missing")}
        return [(w.frame_id, self._dpi_badge(w) if w.kind == "low_dpi" else short[w.kind]) for w in self.warnings]

    def _dpi_badge(self, warning: PageWarning) -> str:
        """Words first, the number after: a parent reads "Blurry", a printer reads the DPI."""
        if warning.severity == "notice":
            return self.tr("Soft in print · {dpi} DPI").format(dpi=warning.dpi)
        return self.tr("Blurry · {dpi} DPI").format(dpi=warning.dpi)

    def set_images(self, images: dict[int, QImage]) -> None:
        self.images = images
        self.update()

    def has_picture(self, image_id: int) -> bool:
        return image_id in self.images

    def _target(self) -> Frame | None:
        return next((f for s in self.sheets for f in s.page.shown() if f.id == self._target_id), None)

    def _text_changed(self) -> None:
        if self._target_id is not None:
            self.text_edited.emit(self._target_id, self.text_edit.toPlainText())
            self._style_editor()

    # -- geometry -----------------------------------------------------------------

    def _extent(self) -> tuple[float, float]:
        if not self.sheets:
            g = BookFormat()
            return g.trim_width_in * 72, g.trim_height_in * 72
        return self.sheets[-1].right - self.sheets[0].left, max(s.plan.geometry.media_size[1] for s in self.sheets)

    def _scale(self) -> float:
        """Pixels per point, fitting the sheets (bleed included) into the widget with a small margin."""
        width, height = self._extent()
        return max(0.01, min((self.width() - 24) / width, (self.height() - 24) / height))

    def _origin(self) -> QPointF:
        width, height = self._extent()
        scale = self._scale()
        start = self.sheets[0].left if self.sheets else 0.0
        return QPointF((self.width() - width * scale) / 2 - start * scale, (self.height() - height * scale) / 2)

    def _to_widget(self, box: tuple[float, float, float, float], sheet: Sheet | None = None) -> QRectF:
        """A box in a sheet's media points (origin bottom-left) in widget pixels (origin top-left)."""
        sheet = sheet or self.current_sheet()
        scale, origin = self._scale(), self._origin()
        media_h = sheet.plan.geometry.media_size[1] if sheet else 0.0
        offset = sheet.offset if sheet else 0.0
        x0, y0, x1, y1 = box
        return QRectF(origin.x() + (offset + x0) * scale, origin.y() + (media_h - y1) * scale,
                      (x1 - x0) * scale, (y1 - y0) * scale)

    def page_rect(self, sheet: Sheet | None = None) -> QRectF:
        """The trimmed page in widget pixels."""
        sheet = sheet or self.current_sheet()
        return self._to_widget(sheet.plan.geometry.trim_box, sheet) if sheet else QRectF()

    def _sheet_of(self, frame: Frame) -> Sheet | None:
        return next((s for s in self.sheets if any(f.id == frame.id for f in s.page.frames)), self.current_sheet())

    def frame_rect(self, frame: Frame, sheet: Sheet | None = None) -> QRectF:
        sheet = sheet or self._sheet_of(frame)
        return self._to_widget(sheet.plan.geometry.frame_box(frame), sheet) if sheet else QRectF()

    def _frame_at(self, pos: QPointF, kind: str | None = None) -> tuple[Sheet, Frame] | None:
        """The frame under a point: text above pictures, the selected frame first."""
        hits = []
        for sheet in self.sheets:
            for frame in sheet.page.shown():
                if (kind is None or frame.kind == kind) and self.frame_rect(frame, sheet).contains(pos):
                    hits.append((frame.id != self.selected_id, frame.kind != "text", sheet, frame))
        hits.sort(key=lambda h: (h[0], h[1]))
        return (hits[0][2], hits[0][3]) if hits else None

    def _sheet_at(self, pos: QPointF) -> Sheet | None:
        scale, origin = self._scale(), self._origin()
        x = (pos.x() - origin.x()) / scale
        return next((s for s in self.sheets if s.left <= x <= s.right), None)

    def selected_frame(self) -> Frame | None:
        return next((f for s in self.sheets for f in s.page.shown() if f.id == self.selected_id), None)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_editor()

    # -- selection and typing ------------------------------------------------------------

    def select(self, frame: Frame | None) -> None:
        new = frame.id if frame is not None else None
        if new != self.selected_id:
            self.selected_id = new
            self.selection_changed.emit(frame)
            self.update()

    @staticmethod
    def _first_text(sheet: Sheet | None) -> Frame | None:
        return sheet.page.frame("text") if sheet else None

    def _place_editor(self) -> None:
        frame = self._target()
        if frame is not None:
            self.text_edit.setGeometry(self.frame_rect(frame).toRect())
            self._style_editor(frame)

    def _style_editor(self, frame: Frame | None = None) -> None:
        frame = frame or self._target()
        if frame is None:
            return
        look = text_look(frame)
        style = look.style(self.text_edit.toPlainText())
        self.text_edit.setFont(qt_editor_font(style.faces, look.size, self._scale()))
        align = {"left": Qt.AlignmentFlag.AlignLeft, "center": Qt.AlignmentFlag.AlignHCenter,
                 "right": Qt.AlignmentFlag.AlignRight}[look.align]
        option = QTextOption(align)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.text_edit.document().setDefaultTextOption(option)
        backing = "rgba(255,255,255,190)" if look.backing else "rgba(255,255,255,0)"
        self.text_edit.setStyleSheet(f"QTextEdit {{ background: {backing}; color: {look.color}; }}")

    @property
    def editing(self) -> bool:
        return self.text_edit.isVisible()

    def begin_editing(self, frame: Frame | None = None) -> None:
        frame = frame or self._first_text(self.current_sheet())
        if frame is None or frame.kind != "text":
            return
        if self._target_id != frame.id or not self.editing:
            self._target_id = frame.id
            with QSignalBlocker(self.text_edit):
                self.text_edit.setPlainText(frame.text)
        self._place_editor()
        self.text_edit.show()
        self.text_edit.setFocus()
        self.text_edit.moveCursor(self.text_edit.textCursor().MoveOperation.End)
        self.update()

    def end_editing(self) -> None:
        if self.text_edit.isVisible():
            self.text_edit.hide()
            self.update()

    # -- mouse and keys ----------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self.setFocus()
        soft = self._dpi_badge_at(pos)
        if soft is not None:
            self.print_ready_requested.emit(soft)
            return
        sheet = self._sheet_at(pos)
        if sheet is not None and sheet.index != self.current_index:
            self.page_clicked.emit(sheet.index)
        hit = self._frame_at(pos)
        if hit is None:
            self.end_editing()
            self.select(None)
            return
        sheet, frame = hit
        if self.editing and self._target_id == frame.id:
            return super().mousePressEvent(event)
        self.end_editing()
        mode = "press"
        if frame.kind == "image" and event.modifiers() & Qt.KeyboardModifier.AltModifier and frame.image_id:
            mode = "pan"
        elif frame.id == self.selected_id and self._handle_rect(frame).contains(pos):
            mode = "resize"
        self.select(frame)
        self._drag = _Drag(mode, sheet, frame, pos, frame)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        drag = self._drag
        if drag is None:
            return super().mouseMoveEvent(event)
        delta = event.position() - drag.start
        if drag.mode == "press":
            if abs(delta.x()) + abs(delta.y()) < 5:
                return
            drag.mode = "move"
        trim = self.page_rect(drag.sheet)
        dx, dy = delta.x() / max(1.0, trim.width()), delta.y() / max(1.0, trim.height())
        f = drag.original
        if drag.mode == "move":
            x, y, self._guides = self._snap(drag.sheet, f.x + dx, f.y + dy, f.w, f.h)
            drag.current = f.moved(x=x, y=y)
        elif drag.mode == "resize":
            w, h, self._guides = self._snap_size(drag.sheet, f, max(MIN_FRAME, f.w + dx), max(MIN_FRAME, f.h + dy))
            drag.current = f.moved(w=w, h=h)
        elif drag.mode == "pan":
            drag.current = self._panned(drag.sheet, f, delta)
        self._show_drag(drag)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        self._guides = []
        if drag is None:
            return super().mouseReleaseEvent(event)
        if drag.mode == "press":
            if drag.original.kind == "text":
                self.begin_editing(drag.original)
            self.update()
            return
        names = {"move": self.tr("Move frame"), "resize": self.tr("Resize frame"), "pan": self.tr("Crop picture")}
        if drag.current != drag.original:
            self.frame_changed.emit(drag.current, names[drag.mode], "")
        self.update()

    def _show_drag(self, drag: _Drag) -> None:
        """Draw the dragged frame where it is now, without writing anything yet."""
        page = drag.sheet.page
        frames = tuple(drag.current if f.id == drag.current.id else f for f in page.frames)
        moved = Page(page.id, page.position, frames, page.kind, page.template)
        drag.sheet.plan = plan_page(self._format, moved, drag.sheet.number, self._sizes)
        self.update()

    def _guide_lines(self, sheet: Sheet) -> tuple[list[float], list[float]]:
        g = sheet.plan.geometry
        tx0, ty0, tx1, ty1 = g.trim_box
        sx0, sy0, sx1, sy1 = g.safe_box
        width, height = tx1 - tx0, ty1 - ty0
        xs = [0.0, 1.0, 0.5, (sx0 - tx0) / width, (sx1 - tx0) / width]
        ys = [0.0, 1.0, 0.5, (ty1 - sy1) / height, (ty1 - sy0) / height]
        return xs, ys

    def _snap(self, sheet: Sheet, x: float, y: float, w: float, h: float) -> tuple[float, float, list]:
        xs, ys = self._guide_lines(sheet)
        trim = self.page_rect(sheet)
        guides: list[tuple[str, float, Sheet]] = []
        best = _nearest([(g - edge, g) for g in xs for edge in (x, x + w / 2, x + w)], SNAP_PX / trim.width())
        if best is not None:
            x += best[0]
            guides.append(("x", best[1], sheet))
        best = _nearest([(g - edge, g) for g in ys for edge in (y, y + h / 2, y + h)], SNAP_PX / trim.height())
        if best is not None:
            y += best[0]
            guides.append(("y", best[1], sheet))
        return x, y, guides

    def _snap_size(self, sheet: Sheet, f: Frame, w: float, h: float) -> tuple[float, float, list]:
        xs, ys = self._guide_lines(sheet)
        trim = self.page_rect(sheet)
        guides: list[tuple[str, float, Sheet]] = []
        best = _nearest([(g - (f.x + w), g) for g in xs], SNAP_PX / trim.width())
        if best is not None and w + best[0] >= MIN_FRAME:
            w += best[0]
            guides.append(("x", best[1], sheet))
        best = _nearest([(g - (f.y + h), g) for g in ys], SNAP_PX / trim.height())
        if best is not None and h + best[0] >= MIN_FRAME:
            h += best[0]
            guides.append(("y", best[1], sheet))
        return w, h, guides

    def _panned(self, sheet: Sheet, f: Frame, delta: QPointF) -> Frame:
        item = next((p for p in sheet.plan.pictures if p.frame_id == f.id), None)
        original = next((p for p in plan_page(self._format, sheet.page, sheet.number, self._sizes).pictures
                         if p.frame_id == f.id), item)
        if original is None or original.rect is None:
            return f
        scale = self._scale()
        spare_w = (original.rect[2] - original.rect[0]) - (original.clip[2] - original.clip[0])
        spare_h = (original.rect[3] - original.rect[1]) - (original.clip[3] - original.clip[1])
        fit = picture_fit(f)
        pan_x = fit.pan_x - delta.x() / scale / spare_w if abs(spare_w) > 0.5 else fit.pan_x
        pan_y = fit.pan_y - delta.y() / scale / spare_h if abs(spare_h) > 0.5 else fit.pan_y
        return with_props(f, pan_x=min(1.0, max(0.0, pan_x)), pan_y=min(1.0, max(0.0, pan_y)))

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return super().wheelEvent(event)
        hit = self._frame_at(event.position(), "image")
        if hit is None or hit[1].image_id is None:
            return super().wheelEvent(event)
        frame = hit[1]
        steps = event.angleDelta().y() / 120
        zoom = min(MAX_ZOOM, max(MIN_ZOOM, picture_fit(frame).zoom * (1.1 ** steps)))
        self.select(frame)
        self.frame_changed.emit(with_props(frame, zoom=round(zoom, 3)), self.tr("Zoom picture"), "zoom")
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        frame = self.selected_frame()
        if frame is None or self.editing:
            return super().keyPressEvent(event)
        step = BIG_NUDGE if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else NUDGE
        moves = {Qt.Key.Key_Left: (-step, 0), Qt.Key.Key_Right: (step, 0), Qt.Key.Key_Up: (0, -step),
                 Qt.Key.Key_Down: (0, step)}
        if event.key() in moves:
            dx, dy = moves[event.key()]
            self.frame_changed.emit(frame.moved(x=round(frame.x + dx, 4), y=round(frame.y + dy, 4)),
                                    self.tr("Nudge frame"), "nudge")
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and frame.kind == "image" and frame.image_id:
            self.picture_removed.emit(frame.id)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and frame.kind == "text":
            self.begin_editing(frame)
        elif event.key() == Qt.Key.Key_Escape:
            self.select(None)
        else:
            return super().keyPressEvent(event)
        event.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text_edit:
            if event.type() == QEvent.Type.ShortcutOverride and (
                    event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)):
                # The words are the book's: Ctrl+Z is the book's Undo (typing in a frame is one step), not the
                # editor's own, which would write its undo into the book as a new edit and lose Redo.
                event.ignore()
                return True
            if event.type() == QEvent.Type.FocusOut:
                self.end_editing()
            elif isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape:
                self.end_editing()
                self.setFocus()
                return True
        return super().eventFilter(watched, event)

    # -- painting ------------------------------------------------------------------

    def _handle_rect(self, frame: Frame) -> QRectF:
        rect = self.frame_rect(frame)
        return QRectF(rect.right() - HANDLE_PX, rect.bottom() - HANDLE_PX, HANDLE_PX * 2, HANDLE_PX * 2)

    def paintEvent(self, _event: object) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        p.fillRect(self.rect(), QColor("#e9e6df"))
        self.painted_lines = ()
        scale, origin = self._scale(), self._origin()
        for sheet in self.sheets:
            p.save()
            height = sheet.plan.geometry.media_size[1]
            p.setClipRect(QRectF(origin.x() + sheet.left * scale, origin.y(), (sheet.right - sheet.left) * scale,
                                 height * scale))
            p.translate(origin.x() + sheet.offset * scale, origin.y())
            p.scale(scale, scale)
            painter = SheetPainter(p, sheet.plan, self.images)
            painter.paper()
            painter.pictures(placeholder_text=self.tr("Drag a picture here\nfrom the gallery or the chat"))
            lines = painter.texts(skip=self._target_id if self.editing else None,
                                  placeholder_text=self.tr("Click to type the words…"))
            painter.guides(self.tr("Barcode area\nkept white for the ISBN barcode")
                           if sheet.page.kind == "back_cover" else "")
            p.restore()
            if sheet.index == self.current_index:
                self.painted_lines = tuple(lines)
            if len(self.sheets) > 1:
                self._paint_label(p, sheet)
        self._paint_selection(p)
        self._paint_guides(p)
        self._paint_badges(p)

    def _paint_label(self, p: QPainter, sheet: Sheet) -> None:
        rect = self.page_rect(sheet)
        font = QFont(self.font())
        font.setPixelSize(11)
        font.setBold(sheet.index == self.current_index)
        p.setFont(font)
        p.setPen(QColor("#2f7de1") if sheet.index == self.current_index else QColor("#6b675e"))
        p.drawText(QRectF(rect.left(), rect.bottom() + 1, rect.width(), 14), Qt.AlignmentFlag.AlignCenter,
                   page_label(sheet.page, sheet.number))

    def _paint_selection(self, p: QPainter) -> None:
        frame = self.selected_frame()
        if self._drag is not None and self._drag.mode in ("move", "resize"):
            frame = self._drag.current
        highlight = [(f, QColor("#2f7de1")) for f in ([frame] if frame is not None else [])]
        drop = next((f for s in self.sheets for f in s.page.shown() if f.id == self._drop_frame), None)
        if drop is not None:
            highlight.append((drop, QColor("#2f7de1")))
        for f, colour in highlight:
            rect = self.frame_rect(f)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(colour, 2 if f is not drop else 3))
            p.drawRect(rect)
            if f is frame:
                p.setBrush(colour)
                p.drawRect(QRectF(rect.right() - 4, rect.bottom() - 4, 8, 8))

    def _paint_guides(self, p: QPainter) -> None:
        p.setPen(QPen(QColor("#e0508a"), 1, Qt.PenStyle.DashLine))
        for axis, where, sheet in self._guides:
            trim = self.page_rect(sheet)
            if axis == "x":
                x = trim.left() + where * trim.width()
                p.drawLine(QPointF(x, trim.top()), QPointF(x, trim.bottom()))
            else:
                y = trim.top() + where * trim.height()
                p.drawLine(QPointF(trim.left(), y), QPointF(trim.right(), y))

    def _badge_font(self) -> QFont:
        load_fonts()
        font = QFont(self.font())
        # Hangul in the bundled Gothic, which has a bold face: a system fallback may not, and a Korean badge
        # would read lighter than its DPI number
        font.setFamilies([self.font().family(), face(BODY_FONT).qt_family])
        font.setPixelSize(11)
        font.setBold(True)
        return font

    def badge_rects(self) -> list[tuple[int, str, QRectF]]:
        """Where each badge is drawn: (frame id, text, rectangle), stacked at a frame's top-right corner."""
        frames = {f.id: f for s in self.sheets for f in s.page.shown()}
        metrics = QFontMetricsF(self._badge_font())
        stacked: dict[int, int] = {}
        placed = []
        for frame_id, text in self.badges():
            frame = frames.get(frame_id)
            if frame is None:
                continue
            rect = self.frame_rect(frame)
            width = metrics.horizontalAdvance(text) + 12
            row = stacked.get(frame_id, 0)
            stacked[frame_id] = row + 1
            placed.append((frame_id, text, QRectF(rect.right() - width - 4, rect.top() + 4 + row * 20, width, 18)))
        return placed

    def _dpi_badge_at(self, pos: QPointF) -> int | None:
        """The frame whose DPI badge is under `pos`: clicking it makes that picture print-ready."""
        return next((frame_id for frame_id, text, rect in self.badge_rects()
                     if rect.contains(pos) and any(w.frame_id == frame_id and w.kind == "low_dpi"
                                                   for w in self.warnings)), None)

    def _paint_badges(self, p: QPainter) -> None:
        p.setFont(self._badge_font())
        notices = {(w.frame_id, self._dpi_badge(w)) for w in self.warnings
                   if w.kind == "low_dpi" and w.severity == "notice"}
        for frame_id, text, badge in self.badge_rects():
            # amber: fine for a home printer, soft in a printed book; red: prints badly anywhere
            notice = (frame_id, text) in notices
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor("#f0b429" if notice else "#c0392b"))
            p.drawRoundedRect(badge, 9, 9)
            p.setPen(QColor("#3d2c00" if notice else "white"))
            p.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)

    # -- drag and drop ----------------------------------------------------------------

    def _drop_target(self, pos: QPointF) -> Frame | None:
        hit = self._frame_at(pos, "image")
        if hit is not None:
            return hit[1]
        return self._page.frame("image") if self._page else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if image_ids(event.mimeData()) and self._drop_target(event.position()) is not None:
            event.acceptProposedAction()
            self._drop_frame = self._drop_target(event.position()).id
            self.update()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        target = self._drop_target(event.position())
        if target is None:
            event.ignore()
            return
        event.acceptProposedAction()
        if target.id != self._drop_frame:
            self._drop_frame = target.id
            self.update()

    def dragLeaveEvent(self, _event: object) -> None:
        self._drop_frame = None
        self.update()

    def dropEvent(self, event: QDropEvent) -> None:
        self._drop_frame = None
        ids, frame = image_ids(event.mimeData()), self._drop_target(event.position())
        if ids and frame is not None:
            self.image_dropped.emit(frame.id, ids[0])
            event.acceptProposedAction()
        self.update()


def _nearest(candidates: list[tuple[float, float]], limit: float) -> tuple[float, float] | None:
    """The smallest (shift, guide) whose shift is within `limit`."""
    close = [c for c in candidates if abs(c[0]) <= limit]
    return min(close, key=lambda c: abs(c[0])) if close else None
