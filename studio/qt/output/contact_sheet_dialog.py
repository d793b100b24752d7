"""File ▸ Export ▸ Contact Sheet…: the book's pages, a board or chosen pictures in numbered, captioned panels for a
client, with a live preview of the first sheets drawn off the GUI thread by the writer itself; written as a PDF or
PNG sheets with progress and Cancel. The choices are remembered on this computer."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studio import APP_ID, APP_NAME
from studio.core.app.project import Project
from studio.core.output.book_pdf import ExportResult
from studio.core.output.contact_files import (
    PNG_DPI,
    preview,
    with_picture_data,
    write_contact_sheet,
)
from studio.core.output.contact_picks import choose_panels
from studio.core.output.contact_sheet import (
    PAPERS,
    PER_PAGE,
    ContactSheet,
    SheetOptions,
)
from studio.core.output.files import ExportError, Progress, check_target
from studio.qt.background import BackgroundWork, WorkDialog
from studio.qt.output.destination import (
    WrittenMessage,
    ask_save_path,
    home_paper,
    show_written,
)
from studio.qt.tasks import TaskRunner

KEY = "contactSheet/"  # remembered choices, beside the last export folder (qt/output/destination.py)
PREVIEW_SHEETS = 2
PREVIEW_HEIGHT_PX = 360


class ContactSheetDialog(WorkDialog):
    def __init__(self, project: Project, runner: TaskRunner, chosen: list[int] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Contact sheet"))
        self.project, self.runner = project, runner
        self.sheets = 0  # how many sheets the preview says there are
        self.last_result: ExportResult | None = None
        self.written: WrittenMessage | None = None
        self.preview_task: asyncio.Task | None = None
        self._generation = 0
        self._thumbnails: dict[int, bytes] = {}  # the preview draws these (the export the pictures themselves)

        self.source = QComboBox()
        self.source.addItem(self.tr("The book's pages"), "pages")
        self.source.addItem(self.tr("A board"), "board")
        self.source.addItem(self.tr("Pictures by number"), "images")
        self.board = QComboBox()
        for board in project.gallery.boards():
            self.board.addItem(f"{board.name} ({board.count})", board.name)
        self.images = QLineEdit(", ".join(map(str, chosen or [])))
        self.images.setPlaceholderText(self.tr("e.g. 1, 5, 9"))
        self.per_page = QComboBox()
        for n in PER_PAGE:
            self.per_page.addItem(str(n), n)
        self.paper = QComboBox()
        for paper_id in PAPERS:
            self.paper.addItem(self._paper_labels().get(paper_id, paper_id), paper_id)
        self.landscape = QCheckBox(self.tr("Landscape"))
        self.client = QLineEdit()
        self.client.setPlaceholderText(self.tr("e.g. For Acme Books, round 2"))
        self.file_format = QComboBox()
        self.file_format.addItem("PDF", "pdf")
        self.file_format.addItem(self.tr("PNG, one per sheet"), "png")
        self.dpi = QSpinBox()
        self.dpi.setRange(36, 600)
        self.dpi.setSuffix(" DPI")
        form = QFormLayout()
        form.addRow(self.tr("Show"), self.source)
        form.addRow(self.tr("Board"), self.board)
        form.addRow(self.tr("Pictures"), self.images)
        form.addRow(self.tr("Panels a sheet"), self.per_page)
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow("", self.landscape)
        form.addRow(self.tr("Client line"), self.client)
        form.addRow(self.tr("Format"), self.file_format)
        form.addRow(self.tr("Resolution"), self.dpi)
        self._form = form

        self.preview_list = QListWidget()
        self.preview_list.setObjectName("contactSheetPreview")
        self.preview_list.setAccessibleName(self.tr("The first sheets, as they print"))
        self.preview_list.setViewMode(QListView.ViewMode.IconMode)
        self.preview_list.setMovement(QListView.Movement.Static)
        self.preview_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.preview_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview_list.setMinimumSize(600, PREVIEW_HEIGHT_PX + 40)
        self.preview_note = QLabel()
        self.preview_note.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox()
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setDefault(True)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)

        right = QVBoxLayout()
        right.addWidget(self.preview_list, 1)
        right.addWidget(self.preview_note)
        right.addWidget(self.progress)
        right.addWidget(self.status)
        right.addWidget(self.buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(right, 1)

        self.work = BackgroundWork(self.progress)
        self._restore(chosen)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.refresh_preview)
        for combo in (self.source, self.board, self.per_page, self.paper):
            combo.currentIndexChanged.connect(self._changed)
        for edit in (self.images, self.client):
            edit.textChanged.connect(self._changed)
        self.landscape.toggled.connect(self._changed)
        self.file_format.currentIndexChanged.connect(self._show_rows)
        self.export_button.clicked.connect(self._choose_target)
        self.close_button.clicked.connect(self.close_or_cancel)
        self._show_rows()
        self.resize(1040, 620)
        self._debounce.start()  # once shown, at the size the preview has

    # -- choices -------------------------------------------------------------------

    def _paper_labels(self) -> dict[str, str]:
        return {"a4": "A4", "letter": self.tr("Letter"), "tabloid": self.tr("Tabloid (11 × 17 in)")}

    def options(self) -> SheetOptions:
        return SheetOptions(self.per_page.currentData(), self.paper.currentData(), self.landscape.isChecked(),
                            self.client.text())

    def chosen(self) -> ContactSheet:
        """What goes on the sheets (their pictures' bytes are read on the worker); ExportError says what's wrong."""
        source = self.source.currentData()
        ids: list[int] = []
        if source == "images":
            try:
                ids = [int(part) for part in self.images.text().replace(",", " ").split()]
            except ValueError:
                raise ExportError(self.tr("“{text}” is not a list of picture numbers such as 1, 5, 9.")
                                  .format(text=self.images.text())) from None
        if source == "board" and self.board.count() == 0:
            raise ExportError(self.tr("There are no boards yet: put pictures on a board in the gallery first."))
        return choose_panels(self.project, source, self.board.currentData() or "", ids, with_images=False)

    def _show_rows(self) -> None:
        source = self.source.currentData()
        self._form.setRowVisible(self.board, source == "board")
        self._form.setRowVisible(self.images, source == "images")
        self._form.setRowVisible(self.dpi, self.file_format.currentData() == "png")

    def _changed(self) -> None:
        self._show_rows()
        self._debounce.start()

    def _settings(self) -> QSettings:
        return QSettings(APP_ID, APP_NAME)

    def _restore(self, chosen: list[int] | None) -> None:
        """The choices of last time; pictures selected in the gallery win over the remembered source."""
        saved = self._settings()

        def pick(combo: QComboBox, value: object) -> None:
            index = combo.findData(value)
            if index >= 0:
                combo.setCurrentIndex(index)

        pick(self.source, "images" if chosen else saved.value(KEY + "source", "pages"))
        pick(self.board, saved.value(KEY + "board", ""))
        pick(self.per_page, int(saved.value(KEY + "perPage", 4)))
        pick(self.paper, saved.value(KEY + "paper", home_paper()))
        pick(self.file_format, saved.value(KEY + "format", "pdf"))
        self.landscape.setChecked(saved.value(KEY + "landscape", False, type=bool))
        self.client.setText(str(saved.value(KEY + "client", "")))
        self.dpi.setValue(int(saved.value(KEY + "dpi", PNG_DPI)))

    def remember(self) -> None:
        saved = self._settings()
        for key, value in (("source", self.source.currentData()), ("board", self.board.currentData() or ""),
                           ("perPage", self.per_page.currentData()), ("paper", self.paper.currentData()),
                           ("landscape", self.landscape.isChecked()), ("client", self.client.text()),
                           ("format", self.file_format.currentData()), ("dpi", self.dpi.value())):
            saved.setValue(KEY + key, value)

    # -- preview ---------------------------------------------------------------------

    def refresh_preview(self) -> asyncio.Task | None:
        self._generation += 1
        try:
            sheet, options = self.chosen(), self.options()
        except ExportError as exc:
            self._show_problem(str(exc))
            return None
        first = replace(sheet, panels=sheet.panels[:PREVIEW_SHEETS * options.per_page])
        known = {i: self._thumbnails[i] for i in first.image_ids if i in self._thumbnails}
        drawing = self._preview(self._generation, replace(sheet, images=known), options, self._preview_dpi(options))
        self.preview_task = self.runner.start(drawing, self.tr("Contact sheet preview"))
        return self.preview_task

    def _preview_dpi(self, options: SheetOptions) -> int:
        """As large as the preview has room for: two portrait sheets side by side, or one landscape sheet across."""
        room = self.preview_list.viewport().size()
        across = 1 if options.landscape else PREVIEW_SHEETS
        width_px = (room.width() - 24) / across - 16
        height_px = room.height() - 50  # the label under it and the spacing
        return max(20, min(96, int(min(width_px / options.size[0], height_px / options.size[1]) * 72)))

    def resizeEvent(self, event) -> None:  # Qt's name
        super().resizeEvent(event)
        self._debounce.start()  # drawn again to the new size once the resizing stops

    async def _preview(self, generation: int, sheet: ContactSheet, options: SheetOptions, dpi: int) -> None:
        loop = asyncio.get_running_loop()
        try:
            images, total, thumbnails = await loop.run_in_executor(None, _draw_preview, sheet, options,
                                                                   self.project.path, dpi)
        except ExportError as exc:
            if generation == self._generation:
                self._show_problem(str(exc))
            return
        self._thumbnails.update(thumbnails)
        if generation != self._generation:
            return  # another choice was made meanwhile: its preview is on its way
        self.sheets = total
        self.preview_list.clear()
        self.export_button.setEnabled(not self.work.running)
        width = max(image.width() for image in images)
        height = max(image.height() for image in images)
        self.preview_list.setIconSize(QSize(width, height))
        self.preview_list.setGridSize(QSize(width + 16, height + 28))
        for number, image in enumerate(images, start=1):
            label = self.tr("Sheet {n} of {total}").format(n=number, total=total)
            item = QListWidgetItem(QIcon(QPixmap.fromImage(image)), label)
            item.setToolTip(label)
            self.preview_list.addItem(item)
        panels = len(sheet.panels)
        on = self.tr("%n panel(s) on {sheets}.", "", panels)
        self.preview_note.setText("\n".join([
            on.format(sheets=self.tr("%n sheet(s)", "", total)), *sheet.notes]))

    def _show_problem(self, message: str) -> None:
        self.preview_list.clear()
        self.sheets = 0
        self.preview_note.setText(message)
        self.export_button.setEnabled(False)

    # -- export ----------------------------------------------------------------------

    def _choose_target(self) -> None:
        png = self.file_format.currentData() == "png"
        path = ask_save_path(self, self.tr("Export contact sheet"), self.project, self.tr("contact sheet"),
                             ".png" if png else ".pdf", "PNG (*.png)" if png else "PDF (*.pdf)")
        if path:
            self.export_to(path)

    def export_to(self, target: Path) -> asyncio.Task:
        return self.runner.start(self._export(target), self.tr("Exporting a contact sheet"))

    async def _export(self, target: Path) -> None:
        try:
            check_target(target, self.project.path)
            sheet, options = self.chosen(), self.options()
            options.validate()
        except ExportError as exc:
            self.status.setText(str(exc))
            return
        self.remember()
        result = await self.write(self.tr("Writing {name}…").format(name=target.name), _write, sheet, options,
                                  self.project.path, target, self.dpi.value())
        if result is not None:
            self.last_result = result
            self.written = show_written(self, result.paths, result.notes)

    def set_busy(self, busy: bool) -> None:
        self.export_button.setEnabled(not busy)
        self.close_button.setText(self.tr("Cancel") if busy else self.tr("Close"))

    def done(self, result: int) -> None:
        self.remember()
        self._debounce.stop()
        self._generation += 1  # a preview still being drawn is for a dialog that is gone
        if self.preview_task is not None:
            self.preview_task.cancel()
        super().done(result)


def _draw_preview(sheet: ContactSheet, options: SheetOptions, book: Path,
                  dpi: int) -> tuple[list[QImage], int, dict[int, bytes]]:
    """On the worker: the first sheets drawn by the writer from the pictures' thumbnails, as images the list can
    show, and the thumbnails read (the next preview reuses them)."""
    first = replace(sheet, panels=sheet.panels[:PREVIEW_SHEETS * options.per_page])
    thumbnails = with_picture_data(first, book, thumbnails=True).images
    images, total = preview(replace(sheet, images=thumbnails), options, PREVIEW_SHEETS, dpi)
    return [_qimage(image) for image in images], total, thumbnails


def _qimage(image: Image.Image) -> QImage:
    data = image.convert("RGB").tobytes("raw", "RGB")
    return QImage(data, image.width, image.height, image.width * 3, QImage.Format.Format_RGB888).copy()


def _write(sheet: ContactSheet, options: SheetOptions, book: Path, target: Path, dpi: int,
           progress: Progress) -> ExportResult:
    """On the worker: read the pictures the preview has not, then write the sheets."""
    return write_contact_sheet(with_picture_data(sheet, book), options, target, dpi, progress)
