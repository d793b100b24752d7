"""The folded booklet as it will print: every sheet side in printing order, its two pages where the PDF puts them.
Drawn from the same imposition (core/output/home.py `booklet_sides`) and sheet geometry (`booklet_sheet`) the
booklet file is written from, so the preview and the file cannot disagree."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from studio.core.app.project import Project
from studio.core.layout.plan import plan_page
from studio.core.layout.sides import page_label
from studio.core.output.files import ExportError
from studio.core.output.home import (
    Numbered,
    booklet_notes,
    booklet_sheet,
    booklet_sides,
)
from studio.core.output.imposition import (
    BLANK,
    CLOSING,
    INSIDE_COVER,
    BookletPage,
    saddle_stitch,
)
from studio.core.output.snapshot import BookSnapshot
from studio.qt.storyboard.painting import load_fonts, paint_thumbnail
from studio.qt.tasks import TaskRunner

SHEET_HEIGHT_PX = 96
CAPTION_PX = 40  # two lines under each sheet: which side, and its pages


class BookletPreview(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bookletPreview")
        self.setAccessibleName(self.tr("Booklet sheets, in printing order"))
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.setFixedHeight(SHEET_HEIGHT_PX + CAPTION_PX + 30)
        self.sides: list[tuple[str, str]] = []  # (left page, right page) of each side, as shown
        self._generation = 0

    def show_book(self, project: Project, book: BookSnapshot, sheet_id: str,
                  runner: TaskRunner) -> asyncio.Task | None:
        """Draw the sheet sides off the GUI thread (a long book takes a moment) and show them when done."""
        self.clear()
        self.sides = []
        self._generation += 1
        try:
            sides, plan = booklet_sides(book)
        except ExportError:
            return None
        self.setToolTip("\n".join(booklet_notes(plan)))  # why some pages say "blank", before anything is written
        thumbnails: dict[int, bytes] = {}
        for image_id in book.image_ids:  # read here: the book's connection belongs to this thread
            try:
                thumbnails[image_id] = project.thumbnail(image_id)
            except KeyError:
                continue  # emptied from the trash: the page shows an empty frame, as it prints
        load_fonts()  # once, on the GUI thread; the worker draws with them
        labels = [(_label(plan[left], *sides[n][0]), _label(plan[right], *sides[n][1]))
                  for n, (left, right) in enumerate(saddle_stitch(len(plan)))]
        return runner.start(self._fill(self._generation, book, sheet_id, sides, labels, thumbnails),
                            self.tr("Booklet preview"))

    async def _fill(self, generation: int, book: BookSnapshot, sheet_id: str, sides: list,
                    labels: list[tuple[str, str]], thumbnails: dict[int, bytes]) -> None:
        loop = asyncio.get_running_loop()
        drawn = await loop.run_in_executor(None, draw_sides, book, sheet_id, sides, thumbnails)
        if generation != self._generation:
            return  # another paper or book was chosen meanwhile
        sheet, _boxes, _scale = booklet_sheet(book.format, sheet_id)
        width = round(sheet[0] * SHEET_HEIGHT_PX / sheet[1])
        self.setIconSize(QSize(width, SHEET_HEIGHT_PX))
        self.setGridSize(QSize(width + 14, SHEET_HEIGHT_PX + CAPTION_PX))
        for number, (image, (left, right)) in enumerate(zip(drawn, labels)):
            self.sides.append((left, right))
            face = self.tr("front") if number % 2 == 0 else self.tr("back")
            caption = self.tr("Sheet {n}, {face}").format(n=number // 2 + 1, face=face)
            item = QListWidgetItem(QIcon(QPixmap.fromImage(image)), f"{caption}\n{left} · {right}")
            item.setToolTip(f"{caption}: {left} | {right}")
            self.addItem(item)


def _label(slot: BookletPage, page, number: int) -> str:
    """A page's label, or what the booklet adds: the inside of the front cover, a blank that makes a multiple of
    four, the closing page on the inside of the back cover (none of them is in the book's page list)."""
    added = {INSIDE_COVER: QCoreApplication.translate("BookletPreview", "inside cover"),
             BLANK: QCoreApplication.translate("BookletPreview", "blank"),
             CLOSING: QCoreApplication.translate("BookletPreview", "end page")}
    return added.get(slot.role) or page_label(page, number)


def draw_sides(book: BookSnapshot, sheet_id: str, sides: list[tuple[Numbered, Numbered]],
               thumbnails: dict[int, bytes]) -> list[QImage]:
    """Each sheet side as an image, its pages where the booklet puts them (worker thread)."""
    sheet, boxes, _scale = booklet_sheet(book.format, sheet_id)
    k = SHEET_HEIGHT_PX / sheet[1]
    pictures = {image_id: QImage.fromData(data) for image_id, data in thumbnails.items()}
    drawn = []
    for side in sides:
        image = QImage(round(sheet[0] * k), SHEET_HEIGHT_PX, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for (page, number), (x0, y0, x1, y1) in zip(side, boxes):
            plan = plan_page(book.format, page, number, book.sizes)
            thumb = paint_thumbnail(plan, pictures, max(1, round((y1 - y0) * k)), placeholders=False)
            p.drawImage(QRectF(x0 * k, (sheet[1] - y1) * k, (x1 - x0) * k, (y1 - y0) * k), thumb)
        p.setPen(QPen(QColor("#b0b0b0"), 1, Qt.PenStyle.DashLine))
        p.drawLine(image.width() // 2, 0, image.width() // 2, image.height())  # the fold
        p.setPen(QColor("#d0d0d0"))
        p.drawRect(0, 0, image.width() - 1, image.height() - 1)
        p.end()
        drawn.append(image)
    return drawn
