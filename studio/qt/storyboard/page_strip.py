"""The book's pages as thumbnails: the filmstrip under the page and the grid overview of the whole book as
spreads (double-click one to open it). Drag a page in the filmstrip, or a spread in the overview, to move it:
one undo step (core/app/edits.py `move_pages`); the covers keep their places."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDrag,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QImage,
    QPainter,
    QPaintEvent,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from studio.core.app.edits import place_between
from studio.qt.language import FollowsLanguage

PAGE_ID = Qt.ItemDataRole.UserRole
PAGE_INDEX = Qt.ItemDataRole.UserRole + 1
THUMB_KEY = Qt.ItemDataRole.UserRole + 2
PAGE_IDS = Qt.ItemDataRole.UserRole + 3  # the pages an overview spread holds, in book order
MARKS = {"problem": "#c01c28", "notice": "#e5a50a"}  # as the canvas's badges: red prints badly, amber is soft
PAGES_MIME = "application/x-picture-book-pages"  # the ids of the pages being dragged, comma separated
INDICATOR_PX = 3
EDGE_PX, SCROLL_STEP_PX = 24, 20  # a drag this near an edge scrolls the view this far each move


def _marked(thumb: QImage, worst: str | None) -> QImage:
    """The page's thumbnail with a round "!" at its top-right corner when something on it would print badly."""
    if worst not in MARKS or thumb.isNull():
        return thumb
    marked = thumb.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    edge = max(12, min(marked.width(), marked.height()) // 4)
    p = QPainter(marked)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QColor("white"))
    p.setBrush(QColor(MARKS[worst]))
    spot = QRect(marked.width() - edge - 2, 2, edge, edge)
    p.drawEllipse(spot)
    font = p.font()
    font.setBold(True)
    font.setPixelSize(max(8, edge * 3 // 4))
    p.setFont(font)
    p.drawText(spot, Qt.AlignmentFlag.AlignCenter, "!")
    p.end()
    return marked


def pages_mime(page_ids: Sequence[int]) -> QMimeData:
    mime = QMimeData()
    mime.setData(PAGES_MIME, QByteArray(",".join(map(str, page_ids)).encode()))
    return mime


def dragged_pages(mime: QMimeData) -> list[int]:
    if not mime.hasFormat(PAGES_MIME):
        return []
    text = bytes(mime.data(PAGES_MIME).data()).decode()
    return [int(v) for v in text.split(",") if v.strip().lstrip("-").isdigit()]


class _PageDrops(FollowsLanguage, QListWidget):
    """Pages dragged within the view: a line shows the gap they will drop into (never outside the covers), and
    the drop asks for the move rather than moving rows itself — the book is changed, then the view follows."""
    pages_dropped = Signal(list, int)  # page ids, the gap (index into the book) to put them before

    def _setup_drags(self) -> None:
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDropIndicatorShown(False)  # ours shows the gap between pages, which Qt's icon mode cannot
        self.kinds: list[str] = []  # each page's kind, in book order
        self._gap: int | None = None

    def retranslate(self) -> None:
        raise NotImplementedError

    # to fill in: which pages an item drags, the book gap at a point, and the line that shows a gap
    def _item_pages(self, item: QListWidgetItem) -> list[int]:
        raise NotImplementedError

    def _gap_at(self, pos: QPoint) -> int | None:
        raise NotImplementedError

    def _indicator(self, gap: int) -> QRect | None:
        raise NotImplementedError

    def startDrag(self, actions: Qt.DropAction) -> None:
        item = self.currentItem()
        ids = self._item_pages(item) if item is not None else []
        if not ids:
            return  # a cover: it keeps its place
        drag = QDrag(self)
        drag.setMimeData(pages_mime(ids))
        drag.setPixmap(item.icon().pixmap(self.iconSize()))
        drag.exec(Qt.DropAction.MoveAction)
        self._set_gap(None)

    def dragEnterEvent(self, event) -> None:
        if dragged_pages(event.mimeData()):
            event.acceptProposedAction()  # not Qt's: it expects a drag of its own (see dragMoveEvent)
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not dragged_pages(event.mimeData()):
            super().dragMoveEvent(event)
            return
        # Qt's own handling of a move in icon mode expects its own drag (and crashes without one): ours scrolls
        # near an edge itself.
        pos = event.position().toPoint()
        self._scroll_near_edge(pos)
        gap = self._gap_at(pos)
        self._set_gap(gap)
        if gap is None:
            event.ignore()
        else:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()

    def _scroll_near_edge(self, pos: QPoint) -> None:
        area = self.viewport().rect()
        for bar, at, length in ((self.horizontalScrollBar(), pos.x(), area.width()),
                                (self.verticalScrollBar(), pos.y(), area.height())):
            if at < EDGE_PX:
                bar.setValue(bar.value() - SCROLL_STEP_PX)
            elif at > length - EDGE_PX:
                bar.setValue(bar.value() + SCROLL_STEP_PX)

    def dragLeaveEvent(self, event) -> None:
        self._set_gap(None)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        ids = dragged_pages(event.mimeData())
        if not ids:
            super().dropEvent(event)
            return
        gap = self._gap_at(event.position().toPoint())
        self._set_gap(None)
        if gap is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)  # a Move would have Qt remove the dragged row itself
        event.accept()
        self.pages_dropped.emit(ids, gap)

    def drop_gap(self) -> int | None:
        """The gap the line shows now (None: no drag over the view)."""
        return self._gap

    def _set_gap(self, gap: int | None) -> None:
        if gap is not None:
            gap = place_between(self.kinds, gap)
        if gap != self._gap:
            self._gap = gap
            self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        line = self._indicator(self._gap) if self._gap is not None else None
        if line is not None:
            p = QPainter(self.viewport())
            p.fillRect(line, self.palette().highlight())
            p.end()


class Filmstrip(_PageDrops):
    """Every page in a row; drag one along the row to move it."""
    page_chosen = Signal(int)  # book index

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filmstrip")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self._setup_drags()
        self.setIconSize(QSize(72, 90))
        self.setSpacing(4)
        self.setFixedHeight(136)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._filling = False
        self.currentRowChanged.connect(self._row_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Pages"))
        self.setAccessibleDescription(self.tr("Every page of the book; drag a page to move it"))

    def set_pages(self, entries: list[tuple[int, str, QImage, str | None, str]], current: int,
                  kinds: Sequence[str] | None = None) -> None:
        """(page id, label, thumbnail, worst warning ("problem", "notice" or None), what the warnings say) in book
        order, and each page's kind (the covers do not move)."""
        self._filling = True
        self.kinds = list(kinds) if kinds is not None else ["story"] * len(entries)
        if self.count() != len(entries):
            self.clear()
            for _ in entries:
                self.addItem(QListWidgetItem())
        for row, (page_id, label, thumb, worst, said) in enumerate(entries):
            item = self.item(row)
            key = f"{thumb.cacheKey()}:{worst}"
            if item.data(THUMB_KEY) != key:  # only pages that changed are drawn again
                item.setIcon(QIcon(QPixmap.fromImage(_marked(thumb, worst))))
                item.setData(THUMB_KEY, key)
            if item.text() != label:
                item.setText(label)
            item.setToolTip(said or label)  # each warning names its page already
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, said)
            item.setData(PAGE_ID, page_id)
            item.setData(PAGE_INDEX, row)
            fixed = self.kinds[row] in ("cover", "back_cover")
            flags = item.flags() & ~Qt.ItemFlag.ItemIsDragEnabled
            item.setFlags(flags if fixed else flags | Qt.ItemFlag.ItemIsDragEnabled)
        if self.currentRow() != current:
            self.setCurrentRow(current)
            if 0 <= current < self.count():
                self.scrollToItem(self.item(current))
        self._filling = False

    def _row_changed(self, row: int) -> None:
        if not self._filling and row >= 0:
            self.page_chosen.emit(row)

    def _item_pages(self, item: QListWidgetItem) -> list[int]:
        fixed = self.kinds[self.row(item)] in ("cover", "back_cover") if self.row(item) < len(self.kinds) else True
        return [] if fixed else [item.data(PAGE_ID)]

    def _gap_at(self, pos: QPoint) -> int | None:
        """Before the first page whose middle is right of the pointer."""
        if not self.count():
            return None
        for row in range(self.count()):
            if pos.x() < self.visualItemRect(self.item(row)).center().x():
                return row
        return self.count()

    def _indicator(self, gap: int) -> QRect | None:
        if not self.count():
            return None
        if gap < self.count():
            rect = self.visualItemRect(self.item(gap))
            x = rect.left() - self.spacing() // 2
        else:
            rect = self.visualItemRect(self.item(self.count() - 1))
            x = rect.right() + self.spacing() // 2
        return QRect(x - INDICATOR_PX // 2, rect.top(), INDICATOR_PX, rect.height())


class Overview(_PageDrops):
    """Every spread of the book at a glance; drag a spread onto another's left or right side to move its pages."""
    page_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bookOverview")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self._setup_drags()
        self.setWrapping(True)
        self.setSpacing(10)
        self.setIconSize(QSize(240, 150))
        self.setUniformItemSizes(True)
        self.page_ids: list[int] = []
        self.itemActivated.connect(lambda item: self.page_chosen.emit(item.data(PAGE_INDEX)))
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Book overview"))
        self.setAccessibleDescription(self.tr("The book's spreads; double-click one to open it, drag one to move "
                                              "its pages"))

    def set_spreads(self, spreads: list[tuple[int, str, QImage | None, QImage | None]], current: int,
                    members: Sequence[tuple[int | None, int | None]] | None = None,
                    pages: Sequence[tuple[int, str]] | None = None) -> None:
        """(book index to open, label, left thumbnail, right thumbnail); each spread's (left, right) book indexes
        and the book's (page id, kind), so spreads can be dragged."""
        self.clear()
        self.page_ids = [page_id for page_id, _kind in pages or ()]
        self.kinds = [kind for _id, kind in pages or ()]
        for number, (index, label, left, right) in enumerate(spreads):
            item = QListWidgetItem(QIcon(QPixmap.fromImage(_spread_image(left, right))), label)
            item.setData(PAGE_INDEX, index)
            held = [i for i in (members[number] if members else ()) if i is not None]
            item.setData(PAGE_IDS, held)
            if not self._item_pages(item):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDragEnabled)
            self.addItem(item)
            if index == current or current in held:  # the spread that holds the page shown
                self.setCurrentItem(item)

    def _item_pages(self, item: QListWidgetItem) -> list[int]:
        """The spread's pages but its covers (a cover beside a page stays; the page moves)."""
        held = item.data(PAGE_IDS) or []
        return [self.page_ids[i] for i in held if i < len(self.kinds) and self.kinds[i] not in ("cover", "back_cover")]

    def _gap_at(self, pos: QPoint) -> int | None:
        """Before the spread's first page on its left half, after its last page on its right half."""
        items = [self.item(row) for row in range(self.count())]
        if not items:
            return None
        item = self.itemAt(pos) or min(  # between spreads: the nearest one
            items, key=lambda i: (self.visualItemRect(i).center() - pos).manhattanLength())
        held = item.data(PAGE_IDS) or []
        if not held:
            return None
        rect = self.visualItemRect(item)
        return min(held) if pos.x() < rect.center().x() else max(held) + 1

    def _indicator(self, gap: int) -> QRect | None:
        for row in range(self.count()):
            held = self.item(row).data(PAGE_IDS) or []
            if not held:
                continue
            rect = self.visualItemRect(self.item(row))
            if gap == min(held):
                return QRect(rect.left() - INDICATOR_PX, rect.top(), INDICATOR_PX, rect.height())
            if gap == max(held) + 1:
                return QRect(rect.right() + 1, rect.top(), INDICATOR_PX, rect.height())
        return None


def _spread_image(left: QImage | None, right: QImage | None) -> QImage:
    """Two page thumbnails side by side; a missing side is left empty, as in a book."""
    sample = left or right
    assert sample is not None
    width, height = sample.width(), sample.height()
    image = QImage(width * 2 + 2, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#d9d5cc"))
    p = QPainter(image)
    if left is not None:
        p.drawImage(0, 0, left)
    if right is not None:
        p.drawImage(width + 2, 0, right)
    p.end()
    return image
