"""File ▸ Export ▸ Stickers…: pick pictures (the cast, the gallery's selection, any picture), set sizes and the
border, see what background removal takes from each (and put it back), see the sheet with its cut lines, and save
the files a printer or cutting machine takes."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QHideEvent, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studio.core.app.project import Project, read_image_data
from studio.core.document.schema import ProjectError
from studio.core.i18n import _
from studio.core.output.book_pdf import ExportResult
from studio.core.output.files import ExportError, check_target
from studio.core.stickers.art import background_view
from studio.core.stickers.choices import kept_backgrounds, remember_background
from studio.core.stickers.labels import LABELS
from studio.core.stickers.make import (
    SIZE_RANGE_IN,
    ArtCache,
    StickerPick,
    StickerRequest,
    make_sheets,
    preview_sheet,
)
from studio.core.stickers.sheet import CRICUT_AREA, SheetPage, SheetSpec
from studio.core.units import size as page_size
from studio.qt.background import BackgroundWork, WorkDialog
from studio.qt.fitted_picture import FittedPicture
from studio.qt.length_box import LengthBox
from studio.qt.output.destination import (
    WrittenMessage,
    ask_save_path,
    home_paper,
    show_written,
)
from studio.qt.pictures import thumbnail_pixmap
from studio.qt.tasks import TaskRunner

ImageIdRole = Qt.ItemDataRole.UserRole
SizeRole = Qt.ItemDataRole.UserRole + 1  # the sticker's own size in inches, or 0 for the size for all
NameRole = Qt.ItemDataRole.UserRole + 2
RemoveRole = Qt.ItemDataRole.UserRole + 3  # True: the sticker leaves the picture's flat background out
PREVIEW_PX_PER_IN = 72  # drawn once, then scaled to the room the dialog has
PREVIEW_MIN = (240, 300)
BACKGROUND_VIEW_PX = 96
ICONS_PER_TURN = 24
MAX_LISTED = 300  # the newest pictures; the gallery's boards will narrow this further


class StickerDialog(WorkDialog):
    def __init__(self, project: Project, runner: TaskRunner, chosen: list[int] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sticker sheet"))
        self.project, self.runner = project, runner
        self.preview_pages = 0
        self.last_paths: list[Path] = []
        self.written: WrittenMessage | None = None  # the message offering Open and Show in Folder
        self._art_cache = ArtCache()  # the preview's art is the print's: saving reuses it
        self.preview_sheet: SheetPage | None = None  # where the preview put each sticker
        self._preview_task: asyncio.Task | None = None
        self._generation = 0
        self._background_views: dict[tuple[int, bool], tuple[QImage, bool]] = {}
        self._background_task: asyncio.Task | None = None

        self.pictures = QListWidget()
        self.pictures.setIconSize(QSize(56, 56))
        self.pictures.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.pictures.setMinimumWidth(230)
        self.pictures.setAccessibleName(self.tr("Pictures for stickers"))
        self._fill_pictures(chosen or [])
        cast_button = QPushButton(self.tr("Add the cast"))
        cast_button.clicked.connect(self.check_cast)

        self.size_all = LengthBox(3.0, *SIZE_RANGE_IN, step_in=0.25)
        self.size_one = LengthBox(0.0, 0.0, SIZE_RANGE_IN[1], step_in=0.25, zero_text=self.tr("as for all"))
        self.border = LengthBox(0.125, 0.0, 0.5, step_in=0.0625)
        self.sheet = QComboBox()
        self.sheet.addItem(self.tr("Letter"), "letter")
        self.sheet.addItem("A4", "a4")
        self.sheet.addItem(self.tr("Cricut Print Then Cut ({size})").format(size=page_size(*CRICUT_AREA)), "cricut")
        for label in LABELS.values():
            self.sheet.addItem(_(label.label), label.id)  # the core's names, marked there with N_
        self.sheet.setCurrentIndex(self.sheet.findData(home_paper()))  # the same paper the booklet starts on
        self.marks = QCheckBox(self.tr("Silhouette registration marks"))
        self.remove_background = QCheckBox(self.tr("Remove background"))
        self.remove_background.setToolTip(self.tr("Leaves out the flat background around the selected picture's "
                                                  "subject. The picture itself is never changed: untick to put "
                                                  "the background back."))
        self.background_view = QLabel(self.tr("Select a picture"))
        self.background_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.background_view.setWordWrap(True)
        self.background_view.setFixedSize(BACKGROUND_VIEW_PX, BACKGROUND_VIEW_PX)
        self.background_view.setAccessibleName(self.tr("The selected sticker, as it keeps its background"))
        self.page = QSpinBox()
        self.page.setRange(1, 1)
        self.page.setPrefix(self.tr("Sheet "))

        form = QFormLayout()
        form.addRow(self.tr("Size for all"), self.size_all)
        form.addRow(self.tr("Size of the selected"), self.size_one)
        form.addRow(self.tr("White border"), self.border)
        form.addRow(self.tr("Sheet"), self.sheet)
        form.addRow("", self.marks)
        background = QHBoxLayout()
        background.addWidget(self.background_view)
        background.addWidget(self.remove_background, 1, Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("Background"), background)
        form.addRow(self.tr("Preview"), self.page)
        left = QVBoxLayout()
        pictures_label = QLabel(self.tr("Pictures"))
        pictures_label.setBuddy(self.pictures)
        left.addWidget(pictures_label)
        left.addWidget(self.pictures, 1)
        left.addWidget(cast_button)
        left.addLayout(form)

        # the whole sheet, scaled to the room there is (at 1280×720 a scrolled preview showed its top half)
        self.preview = FittedPicture(self.tr("Tick pictures to see the sheet."), PREVIEW_MIN)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName(self.tr("The sticker sheet, as it prints"))
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.save_pdf = QPushButton(self.tr("Save PDF…"))
        self.save_cricut = QPushButton(self.tr("Save Cricut PNG…"))
        self.save_svg = QPushButton(self.tr("Save SVG cut paths…"))
        self.save_dxf = QPushButton(self.tr("Save DXF for Silhouette…"))
        self.save_dxf.setToolTip(self.tr("The cut paths for Silhouette Studio's free edition, in millimetres"))
        self.cancel_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        for button in (self.save_pdf, self.save_cricut, self.save_svg, self.save_dxf):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.progress)
        right.addWidget(self.status)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addLayout(right, 1)

        self.work = BackgroundWork(self.progress)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.refresh_preview)
        for signal in (self.size_all.valueChanged, self.border.valueChanged, self.sheet.currentIndexChanged,
                       self.marks.toggled, self.page.valueChanged, self.pictures.itemChanged):
            signal.connect(self._debounce.start)
        self.pictures.itemSelectionChanged.connect(self._show_selected_size)
        self.size_one.valueChanged.connect(self._set_selected_size)
        self.pictures.itemSelectionChanged.connect(self._show_background)
        self.remove_background.toggled.connect(self._set_selected_background)
        self.sheet.currentIndexChanged.connect(self._sheet_changed)
        self.save_pdf.clicked.connect(lambda: self._choose("pdf"))
        self.save_cricut.clicked.connect(lambda: self._choose("cricut"))
        self.save_svg.clicked.connect(lambda: self._choose("svg"))
        self.save_dxf.clicked.connect(lambda: self._choose("dxf"))
        self.cancel_button.clicked.connect(self.close_or_cancel)
        self._sheet_changed()
        self._show_background()
        self._debounce.start()
        self._fit_to_screen()

    def hideEvent(self, event: QHideEvent) -> None:
        self._debounce.stop()  # a closed dialog draws no more previews
        super().hideEvent(event)

    def _fit_to_screen(self) -> None:
        """Most of the screen, so the list and the sheet are not peeked at through slits on a laptop."""
        host = self.parentWidget() or self
        room = host.screen().availableGeometry() if host.screen() is not None else None
        if room is not None:
            self.resize(min(1200, room.width() * 92 // 100), min(860, room.height() * 92 // 100))

    # -- pictures --------------------------------------------------------------------

    def _fill_pictures(self, chosen: list[int]) -> None:
        newest = self.project.gallery.find()[:MAX_LISTED]  # what the gallery lists (not the trash)
        records = [self.project.image(i) for i in reversed(newest)]
        names = {ref: m.name for m in self.project.cast.all() for ref in m.reference_ids}
        listed = {r.id for r in records}
        kept = kept_backgrounds(self.project)
        extra = [self.project.image(i) for i in chosen if i not in listed]
        for record in reversed([*records, *extra]):
            name = names.get(record.id) or self.tr("Picture #{id}").format(id=record.id)
            item = QListWidgetItem(name)
            item.setData(ImageIdRole, record.id)
            item.setData(SizeRole, 0.0)
            item.setData(NameRole, name)
            item.setData(RemoveRole, record.id not in kept)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if record.id in chosen else Qt.CheckState.Unchecked)
            self.pictures.addItem(item)
        first = next((i for i in self.items() if i.checkState() == Qt.CheckState.Checked), None)
        if first is not None:  # the ticked pictures in view, not the newest unticked ones above them (once laid out)
            QTimer.singleShot(0, lambda: self.pictures.scrollToItem(first, QListWidget.ScrollHint.PositionAtTop))
        QTimer.singleShot(0, lambda: self._add_icons(0))

    def _add_icons(self, start: int) -> None:
        """Thumbnails a few at a time, so a book with hundreds of pictures opens the dialog at once."""
        end = min(start + ICONS_PER_TURN, self.pictures.count())
        for row in range(start, end):
            item = self.pictures.item(row)
            item.setIcon(QIcon(thumbnail_pixmap(self.project, item.data(ImageIdRole))))
        if end < self.pictures.count():
            QTimer.singleShot(0, lambda: self._add_icons(end))

    def items(self) -> list[QListWidgetItem]:
        return [self.pictures.item(i) for i in range(self.pictures.count())]

    def checked_ids(self) -> list[int]:
        return [i.data(ImageIdRole) for i in self.items() if i.checkState() == Qt.CheckState.Checked]

    def check_cast(self) -> None:
        refs = {m.reference_ids[0] for m in self.project.cast.all() if m.reference_ids}
        for item in self.items():
            if item.data(ImageIdRole) in refs:
                item.setCheckState(Qt.CheckState.Checked)
        if not refs:
            self.status.setText(self.tr("No one in the cast has a reference picture yet."))

    def _show_selected_size(self) -> None:
        selected = self.pictures.selectedItems()
        self.size_one.setEnabled(bool(selected))
        self.size_one.blockSignals(True)
        self.size_one.set_inches(selected[0].data(SizeRole) if selected else 0.0)
        self.size_one.blockSignals(False)

    def _set_selected_size(self, _shown: float) -> None:
        value = self.size_one.inches()
        if 0 < value < SIZE_RANGE_IN[0]:
            return  # on the way to a real size: the spin box passes through these while typing
        for item in self.pictures.selectedItems():
            item.setData(SizeRole, value)
        self._debounce.start()

    def _sheet_changed(self) -> None:
        sheet = self.sheet.currentData()
        label = sheet in LABELS
        self.marks.setEnabled(not label and sheet != "cricut")
        self.save_cricut.setEnabled(not label)
        self.save_svg.setEnabled(not label)
        self.save_dxf.setEnabled(not label)

    # -- the request -------------------------------------------------------------------

    # -- background ----------------------------------------------------------------------

    def _show_background(self) -> asyncio.Task | None:
        """The selected picture's toggle, and the picture as its sticker keeps it (worked out on a worker)."""
        selected = self.pictures.selectedItems()
        self.remove_background.setEnabled(bool(selected))
        if not selected:
            self.background_view.setPixmap(QPixmap())
            self.background_view.setText(self.tr("Select a picture"))
            return None
        remove = bool(selected[0].data(RemoveRole))
        self.remove_background.blockSignals(True)
        self.remove_background.setChecked(remove)
        self.remove_background.blockSignals(False)
        key = (selected[0].data(ImageIdRole), remove)
        if key in self._background_views:
            self._show_background_view(*self._background_views[key])
            return None
        self._background_task = self.runner.start(self._background(key), self.tr("Sticker background"))
        return self._background_task

    async def _background(self, key: tuple[int, bool]) -> None:
        image_id, remove = key
        loop = asyncio.get_running_loop()
        try:
            image, removable = await loop.run_in_executor(None, _background_view, self.project.path, image_id,
                                                          remove)
        except (OSError, ValueError) as exc:
            self.background_view.setText(self.tr("Could not read the picture: {reason}").format(reason=exc))
            return
        data = image.tobytes("raw", "RGB")
        qimage = QImage(data, image.width, image.height, image.width * 3, QImage.Format.Format_RGB888).copy()
        self._background_views[key] = (qimage, removable)
        selected = self.pictures.selectedItems()
        if selected and (selected[0].data(ImageIdRole), bool(selected[0].data(RemoveRole))) == key:
            self._show_background_view(qimage, removable)  # still the one asked about

    def _show_background_view(self, image: QImage, removable: bool) -> None:
        self.background_view.setPixmap(QPixmap.fromImage(image))
        self.remove_background.setEnabled(removable)
        self.remove_background.setToolTip(self.remove_background.toolTip() if removable else self.tr(
            "This picture is transparent already: there is no background to remove."))

    def _set_selected_background(self, remove: bool) -> None:
        for item in self.pictures.selectedItems():
            item.setData(RemoveRole, remove)
            try:
                remember_background(self.project, item.data(ImageIdRole), remove)
            except ProjectError as exc:  # a read-only book: the choice holds until the dialog closes
                self.status.setText(str(exc))
        self._show_background()
        self._debounce.start()

    def background_removed(self, image_id: int) -> bool:
        return next(bool(i.data(RemoveRole)) for i in self.items() if i.data(ImageIdRole) == image_id)

    # -- the request -------------------------------------------------------------------

    def request(self, pdf: Path | None = None, cricut: Path | None = None, svg: Path | None = None,
                dxf: Path | None = None) -> StickerRequest:
        picks = []
        for item in self.items():
            if item.checkState() == Qt.CheckState.Checked:
                image_id = item.data(ImageIdRole)
                picks.append(StickerPick(image_id, item.data(NameRole), b"", item.data(SizeRole) or None,
                                         bool(item.data(RemoveRole))))
        sheet = self.sheet.currentData()
        spec = SheetSpec(sheet, registration=self.marks.isChecked() and self.marks.isEnabled())
        return StickerRequest(tuple(picks), self.size_all.inches(), self.border.inches(), spec, pdf, cricut, svg, dxf)

    # -- preview ------------------------------------------------------------------------

    def refresh_preview(self) -> asyncio.Task | None:
        if not self.checked_ids():
            self.preview.set_source(QPixmap())
            self.preview.setText(self.tr("Tick pictures to see the sheet."))
            self.preview_pages = 0
            return None
        self._generation += 1
        self._preview_task = self.runner.start(self._preview(self._generation, self.request()),
                                               self.tr("Sticker preview"))
        return self._preview_task

    async def _preview(self, generation: int, request: StickerRequest) -> None:
        loop = asyncio.get_running_loop()
        try:
            shown = await loop.run_in_executor(None, preview_sheet, request, self.page.value() - 1,
                                               self.project.path, self._art_cache, PREVIEW_PX_PER_IN)
        except ExportError as exc:
            if generation == self._generation:
                self.preview.set_source(QPixmap())
                self.preview.setText(str(exc))
                self.preview_sheet = None
            return
        if generation != self._generation:
            return  # a newer preview is on its way
        self.preview_sheet = shown.page
        self.preview_pages = shown.pages
        self.page.blockSignals(True)
        self.page.setRange(1, max(1, shown.pages))
        self.page.setSuffix(self.tr(" of {n}").format(n=shown.pages))
        self.page.blockSignals(False)
        image = shown.image
        data = image.tobytes("raw", "RGB")
        qimage = QImage(data, image.width, image.height, image.width * 3, QImage.Format.Format_RGB888).copy()
        self.preview.set_source(QPixmap.fromImage(qimage))

    # -- saving -------------------------------------------------------------------------

    def _choose(self, kind: str) -> None:
        suffix, label, what = {"pdf": (".pdf", "PDF (*.pdf)", self.tr("stickers")),
                               "cricut": (".png", "PNG (*.png)", self.tr("stickers for Cricut")),
                               "svg": (".svg", "SVG (*.svg)", self.tr("sticker cut paths")),
                               "dxf": (".dxf", "DXF (*.dxf)", self.tr("sticker cut paths"))}[kind]
        path = ask_save_path(self, self.tr("Save stickers"), self.project, what, suffix, label)
        if path:
            self.save(kind, path)

    def save(self, kind: str, target: Path) -> asyncio.Task:
        return self.runner.start(self._save(kind, target), self.tr("Making stickers"))

    async def _save(self, kind: str, target: Path) -> None:
        try:
            check_target(target, self.project.path)
            request = self.request(**{kind: target})
            request.validate()
        except ExportError as exc:
            self.status.setText(str(exc))
            return
        result = await self.write(self.tr("Making %n sticker(s)…", "", len(request.picks)), _make_sheets,
                                  request, self._art_cache, self.project.path)
        if result is not None:
            self.last_paths = result.paths
            self.written = show_written(self, result.paths)

    def set_busy(self, busy: bool) -> None:
        for button in (self.save_pdf, self.save_cricut, self.save_svg, self.save_dxf):
            button.setEnabled(not busy)
        if not busy:
            self._sheet_changed()
        self.cancel_button.setText(self.tr("Cancel") if busy else self.tr("Close"))


def _background_view(book: Path, image_id: int, remove: bool):
    """On the worker: the picture read from the book and shown as its sticker keeps it."""
    data = read_image_data(book, [image_id]).get(image_id)
    if not data:
        raise ValueError(f"picture #{image_id} is not in the book")
    return background_view(data, remove, BACKGROUND_VIEW_PX)


def _make_sheets(request: StickerRequest, cache: ArtCache, book: Path, progress) -> ExportResult:
    """On the worker: the sticker files, from the art the preview made where it can (same art, same layout)."""
    return make_sheets(request, progress, cache, book)
