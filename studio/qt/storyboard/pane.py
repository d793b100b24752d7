"""The storyboard: where the book is made. The page or spread on the canvas, the selected frame's settings
beside it, the filmstrip of every page below, and a grid overview of the whole book; page templates, book
settings, and "Illustrate the book". Every edit is a core use-case (core/app/edits.py): one named step in the
book's undo history. Changes come back as change sets, and only the pages they name are read again."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.core.app import edits
from studio.core.app.illustrate import IllustrateResult
from studio.core.app.project import Project
from studio.core.document.changes import ChangeSet
from studio.core.document.model import BookFormat, Frame, Page
from studio.core.gallery.variants import variant_stack
from studio.core.layout.checks import PageWarning, plan_warnings
from studio.core.layout.plan import PagePlan, plan_page
from studio.core.layout.sides import page_label, page_numbers, spread_of, spreads
from studio.qt.pictures import previews, thumbnail_pixmap
from studio.qt.storyboard.canvas import PageCanvas
from studio.qt.storyboard.frame_panel import FramePanel
from studio.qt.storyboard.page_strip import Filmstrip, Overview
from studio.qt.storyboard.painting import paint_thumbnail
from studio.qt.storyboard.template_chooser import TemplateChooser
from studio.qt.tasks import TaskRunner
from studio.qt.language import FollowsLanguage

STRIP_THUMB_PX = 90
OVERVIEW_THUMB_PX = 150


class StoryboardPane(FollowsLanguage, QWidget):
    illustrate_requested = Signal(object)  # page ids to draw (None: every page that needs a picture)
    stop_requested = Signal()
    print_ready_requested = Signal(int)  # picture id: its DPI badge on the page was clicked

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._project: Project | None = None
        self._fmt = BookFormat()
        self._index = 0
        self._spread = False
        self._unsubscribe = lambda: None
        self._pages: list[Page] = []
        self._numbers: list[int] = []
        self._sizes: dict[int, tuple[int, int]] = {}
        self._images: dict[int, QImage] = {}  # previews of the pictures on the pages shown
        self._loading: set[int] = set()
        self._thumb_sources: dict[int, QImage] = {}  # the stored thumbnails of pictures, for page thumbnails
        self._page_thumbs: dict[tuple[int, int], tuple[Page, int, BookFormat, QImage]] = {}
        # each page laid out once for its thumbnails and its strip mark: (page, number, format, plan, warnings)
        self._page_plans: dict[int, tuple[Page, int, BookFormat, PagePlan, list[PageWarning]]] = {}
        self.failed: dict[int, str] = {}  # page id -> why its illustration was not made
        self.illustrating: IllustrateResult | None = None
        self._variants_for: tuple[int, int] | None = None  # (frame id, picture id) the panel's variants are for
        self._variants: list = []

        self.canvas = PageCanvas()
        self.canvas.image_dropped.connect(self.place_image_on_frame)
        self.canvas.text_edited.connect(self._text_edited)
        self.canvas.frame_changed.connect(self._frame_changed)
        self.canvas.picture_removed.connect(self._remove_picture)
        self.canvas.page_clicked.connect(self.show_page)
        self.canvas.selection_changed.connect(self._selection_changed)
        self.canvas.print_ready_requested.connect(self._print_ready)
        self.panel = FramePanel()
        self.panel.changed.connect(self._frame_changed)
        self.panel.variant_chosen.connect(self.place_image_on_frame)
        self.panel.picture_removed.connect(self._remove_picture)
        self.filmstrip = Filmstrip()
        self.filmstrip.pages_dropped.connect(self.move_pages)
        self.filmstrip.page_chosen.connect(self.show_page)
        self.filmstrip.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.filmstrip.customContextMenuRequested.connect(self._strip_menu)
        self.overview = Overview()
        self.overview.page_chosen.connect(self._overview_chosen)
        self.overview.pages_dropped.connect(self.move_pages)

        self.prev_button = QToolButton(text="◀")
        self.prev_button.clicked.connect(lambda: self.show_page(self._step(-1)))
        self.next_button = QToolButton(text="▶")
        self.next_button.clicked.connect(lambda: self.show_page(self._step(1)))
        self.page_label = QLabel()
        self.spread_button = QToolButton(objectName="spreadToggle", checkable=True)
        self.spread_button.toggled.connect(self.set_spread)
        self.overview_button = QToolButton(objectName="overviewToggle", checkable=True)
        self.overview_button.toggled.connect(self.set_overview)
        self.template_box = TemplateChooser()
        self.template_box.activated.connect(lambda: self.set_template(self.template_box.currentData()))
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_page)
        self.more_button = QToolButton()
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_button.setMenu(QMenu(self))
        self.settings_button = QToolButton(objectName="bookSettingsButton")
        self.settings_button.clicked.connect(self.open_book_settings)
        self.illustrate_button = QPushButton(objectName="illustrateButton")
        self.illustrate_button.clicked.connect(self._illustrate_clicked)
        self._total = 0
        self._finished: tuple[IllustrateResult, bool] | None = None  # the last run, said again in a new language
        self.status = QLabel(objectName="storyboardStatus")
        self.status.setWordWrap(True)

        nav = QHBoxLayout()  # the workspace's tab names the pane: no title here, the room goes to the page
        nav.addStretch(1)
        nav.addWidget(self.prev_button)
        nav.addWidget(self.page_label)
        nav.addWidget(self.next_button)
        nav.addStretch(1)
        nav.addWidget(self.spread_button)
        nav.addWidget(self.overview_button)
        nav.addWidget(self.settings_button)
        tools = QHBoxLayout()  # the box says what it is in its tooltip: a "Layout" label would cost the row width
        tools.addWidget(self.template_box, 1)
        tools.addWidget(self.add_button)
        tools.addWidget(self.more_button)
        tools.addWidget(self.illustrate_button)
        # the longest layout name would set the row's width: the box shows what fits, the list shows it all
        self.template_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.template_box.setMinimumContentsLength(10)
        editor = QWidget()
        row = QHBoxLayout(editor)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.canvas, 1)
        row.addWidget(self.panel)
        self.views = QStackedWidget()
        self.views.addWidget(editor)
        self.views.addWidget(self.overview)
        layout = QVBoxLayout(self)
        layout.addLayout(nav)
        layout.addLayout(tools)
        layout.addWidget(self.status)
        layout.addWidget(self.views, 1)
        layout.addWidget(self.filmstrip)
        self.status.hide()
        for keys, action in ((QKeySequence.StandardKey.MoveToPreviousPage, lambda: self.show_page(self._step(-1))),
                             (QKeySequence.StandardKey.MoveToNextPage, lambda: self.show_page(self._step(1)))):
            QShortcut(keys, self, action, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # the keyboard goes as the work does: choose a page, work on it, then its frame's settings; the rows above
        self.setTabOrder(self.filmstrip, self.canvas)
        previous = self.canvas
        for widget in (*self.panel.controls(), self.prev_button, self.next_button, self.spread_button, self.overview_button,
                       self.settings_button, self.template_box, self.add_button, self.more_button,
                       self.illustrate_button):
            self.setTabOrder(previous, widget)
            previous = widget
        self.retranslate()

    def retranslate(self) -> None:
        """Every word of the pane again, in the language just chosen (the canvas, panel and strips do their own)."""
        self.prev_button.setAccessibleName(self.tr("Previous page"))
        self.prev_button.setToolTip(self.tr("Previous page"))
        self.next_button.setAccessibleName(self.tr("Next page"))
        self.next_button.setToolTip(self.tr("Next page"))
        self.spread_button.setText(self.tr("Spread"))
        self.spread_button.setToolTip(self.tr("Show left and right pages side by side"))
        self.overview_button.setText(self.tr("Overview"))
        self.overview_button.setToolTip(self.tr("The whole book at a glance"))
        self.add_button.setText(self.tr("Add page"))
        self.more_button.setText(self.tr("Page ▾"))
        self.more_button.setAccessibleName(self.tr("Page menu"))
        self._page_menu(self.more_button.menu())
        self.settings_button.setText(self.tr("Book…"))
        self.settings_button.setToolTip(self.tr("Book settings: size, bleed, margins"))
        self.illustrate_button.setToolTip(self.tr("Draw a picture for every page with words and no picture"))
        self.template_box.setToolTip(self.tr("Page layout: where the picture and the words go on this page"))
        self._say_illustrating()
        if self._pages or self._project is not None:
            self._refresh()
        else:
            self.page_label.setText(self.tr("No pages"))

    def _page_menu(self, menu: QMenu) -> QMenu:
        menu.clear()
        menu.addAction(self.tr("Insert page before"), lambda: self.add_page(before=True))
        menu.addAction(self.tr("Add page after"), self.add_page)
        menu.addAction(self.tr("Duplicate page"), self.duplicate_page)
        menu.addAction(self.tr("Delete page"), self.delete_page)
        menu.addSeparator()
        menu.addAction(self.tr("Move page earlier"), lambda: self.move_current(-1))
        menu.addAction(self.tr("Move page later"), lambda: self.move_current(1))
        return menu

    # -- the book ----------------------------------------------------------------------

    def set_project(self, project: Project | None) -> None:
        self._unsubscribe()
        self._project = project
        self._unsubscribe = project.changes.subscribe(self._on_change) if project else (lambda: None)
        self._images.clear()
        self._thumb_sources.clear()
        self._page_thumbs.clear()
        self._page_plans.clear()
        self.failed.clear()
        self._reload()
        self.show_page(0)  # the cover: a book opens at its beginning

    def _reload(self) -> None:
        """Read every page (a book opened, pages added, moved or removed, a new size)."""
        project = self._project
        self._pages = project.pages() if project else []
        self._fmt = project.book_format() if project else BookFormat()
        self._pages_changed()

    def _reload_pages(self, page_ids: frozenset[int]) -> None:
        """Read again just the pages a change named (typing, a picture placed, a frame moved)."""
        assert self._project is not None
        for index, page in enumerate(self._pages):
            if page.id in page_ids:
                self._pages[index] = self._project.page(page.id)
        self._pages_changed()

    def _pages_changed(self) -> None:
        project = self._project
        self._numbers = page_numbers(self._pages)
        ids = {f.image_id for p in self._pages for f in p.frames if f.image_id is not None}
        missing = ids - self._sizes.keys()
        if project is not None and missing:
            for image_id in missing:
                try:
                    record = project.image(image_id)
                except KeyError:
                    continue
                self._sizes[image_id] = (record.width, record.height)

    def pages(self) -> list[Page]:
        return list(self._pages)

    def current_page(self) -> Page | None:
        return self._pages[self._index] if 0 <= self._index < len(self._pages) else None

    @property
    def index(self) -> int:
        return self._index

    def _step(self, direction: int) -> int:
        """The next page or spread in a direction."""
        if not self._spread:
            return self._index + direction
        shown = [i for i in spread_of(self._pages, self._index) if i is not None]
        return (min(shown) - 1) if direction < 0 else (max(shown) + 1)

    def show_page(self, index: int) -> None:
        self._index = max(0, min(index, len(self._pages) - 1))
        self._refresh()

    def set_spread(self, on: bool) -> None:
        self._spread = on
        if self.spread_button.isChecked() != on:
            self.spread_button.setChecked(on)
        self._refresh()

    def set_overview(self, on: bool) -> None:
        if self.overview_button.isChecked() != on:
            self.overview_button.setChecked(on)
        if on:
            self._fill_overview()
        self.views.setCurrentIndex(1 if on else 0)
        self.spread_button.setEnabled(not on)  # the overview shows every page: spreads are for the page view

    def _overview_chosen(self, index: int) -> None:
        self.set_overview(False)
        self.show_page(index)

    def _shown_indexes(self) -> list[int]:
        if not self._pages:
            return []
        if not self._spread:
            return [self._index]
        return [i for i in spread_of(self._pages, self._index) if i is not None]

    def _refresh(self) -> None:
        pages, fmt = self._pages, self._fmt
        page = self.current_page()
        if page is not None:
            self.page_label.setText(self.tr("{label} · {n} of {total}").format(
                label=page_label(page, self._numbers[self._index]), n=self._index + 1, total=len(pages)))
        else:
            self.page_label.setText(self.tr("No pages"))
        self.prev_button.setEnabled(self._index > 0)
        self.next_button.setEnabled(self._index < len(pages) - 1)
        shown = self._shown_indexes()
        self.canvas.set_pages([(i, pages[i], self._numbers[i]) for i in shown], fmt, self._index, self._sizes)
        self.canvas.set_warnings(self._warnings(shown, fmt))
        if page is not None:
            self.template_box.choose(page.template, fmt, self._numbers[self._index])
        self._load_pictures(shown)
        self._fill_filmstrip(fmt)
        if self.overview_button.isChecked():
            self._fill_overview()
        self._selection_changed(self.canvas.selected_frame())

    def _warnings(self, shown: list[int], fmt: BookFormat) -> list[PageWarning]:
        warnings = []
        for sheet in self.canvas.sheets:
            label = page_label(sheet.page, sheet.number)
            warnings.extend(plan_warnings(sheet.plan, sheet.number, self._sizes, label))
        for i in shown:
            reason = self.failed.get(self._pages[i].id)
            frame = self._pages[i].frame("image")
            if reason and frame is not None and frame.image_id is None:
                warnings.append(PageWarning(self._numbers[i], frame.id, "not_drawn",
                                            self.tr("{page}: the picture was not made: {why}").format(
                                                page=page_label(self._pages[i], self._numbers[i]), why=reason)))
        return warnings

    def _load_pictures(self, shown: list[int]) -> None:
        wanted = {f.image_id for i in shown for f in self._pages[i].shown() if f.image_id is not None}
        for image_id in list(self._images):
            if image_id not in wanted:
                del self._images[image_id]
        self.canvas.set_images(self._images)
        if self._project is None:
            return
        for image_id in wanted - self._images.keys() - self._loading:
            cached = previews.cached(self._project, image_id)
            if cached is not None:
                self._images[image_id] = cached
                continue
            self._loading.add(image_id)
            self._runner.start(self._load(self._project, image_id), self.tr("Showing the page"))
        self.canvas.update()

    async def _load(self, project: Project, image_id: int) -> None:
        if self._project is not project:  # another book was opened (or this one closed) before this ran
            self._loading.discard(image_id)
            return
        try:
            image = await previews.get(project, image_id)
        finally:
            self._loading.discard(image_id)
        if self._project is project and any(f.image_id == image_id for i in self._shown_indexes()
                                            for f in self._pages[i].frames):
            self._images[image_id] = image
            self.canvas.update()

    # -- thumbnails -----------------------------------------------------------------------

    def _thumb_source(self, image_id: int) -> QImage:
        image = self._thumb_sources.get(image_id)
        if image is None and self._project is not None:
            try:
                image = QImage.fromData(self._project.thumbnail(image_id))
            except KeyError:
                image = QImage()
            self._thumb_sources[image_id] = image
        return image if image is not None else QImage()

    def page_thumbnail(self, index: int, height: int, fmt: BookFormat) -> QImage:
        """The page drawn small from the pictures' stored thumbnails; kept until the page changes."""
        page, number = self._pages[index], self._numbers[index]
        key = (page.id, height)
        cached = self._page_thumbs.get(key)
        if cached is not None and cached[0] == page and cached[1] == number and cached[2] == fmt:
            return cached[3]
        images = {f.image_id: self._thumb_source(f.image_id) for f in page.shown() if f.image_id is not None}
        thumb = paint_thumbnail(self._planned(index, fmt)[0], images, height)
        self._page_thumbs[key] = (page, number, fmt, thumb)
        return thumb

    def page_warnings(self, index: int, fmt: BookFormat) -> list[PageWarning]:
        """What on the page would print badly (a soft picture, text past its frame); kept until the page changes."""
        return self._planned(index, fmt)[1]

    def _planned(self, index: int, fmt: BookFormat) -> tuple[PagePlan, list[PageWarning]]:
        """The page laid out (its text broken into lines: the costly part) and what would print badly on it, once
        until the page, its number or the format changes."""
        page, number = self._pages[index], self._numbers[index]
        cached = self._page_plans.get(page.id)
        if cached is not None and cached[0] == page and cached[1] == number and cached[2] == fmt:
            return cached[3], cached[4]
        plan = plan_page(fmt, page, number, self._sizes)
        found = plan_warnings(plan, number, self._sizes, page_label(page, number))
        self._page_plans[page.id] = (page, number, fmt, plan, found)
        return plan, found

    def _fill_filmstrip(self, fmt: BookFormat) -> None:
        # each page with its worst warning: a blurry picture shows in the strip, not only once the page is opened
        entries = []
        for i, (p, n) in enumerate(zip(self._pages, self._numbers)):
            found = self.page_warnings(i, fmt)
            worst = None if not found else "problem" if any(w.severity == "problem" for w in found) else "notice"
            entries.append((p.id, page_label(p, n), self.page_thumbnail(i, STRIP_THUMB_PX, fmt), worst,
                            "\n".join(w.message for w in found)))
        self.filmstrip.set_pages(entries, self._index, [p.kind for p in self._pages])

    def _fill_overview(self) -> None:
        fmt = self._fmt
        entries, members = [], spreads(self._pages)
        for left, right in members:
            labels = [page_label(self._pages[i], self._numbers[i]) for i in (left, right) if i is not None]
            entries.append((right if right is not None else left, " · ".join(labels),
                            self.page_thumbnail(left, OVERVIEW_THUMB_PX, fmt) if left is not None else None,
                            self.page_thumbnail(right, OVERVIEW_THUMB_PX, fmt) if right is not None else None))
        self.overview.set_spreads(entries, self._index, members, [(p.id, p.kind) for p in self._pages])

    # -- changes ---------------------------------------------------------------------------

    def _on_change(self, change: ChangeSet) -> None:
        if change.pictures_added:
            self._variants_for = None  # a new picture may join the selected picture's stack
        if not change.any_pages or self._project is None:
            return
        if change.book_format:
            self._page_thumbs.clear()
            self._page_plans.clear()
        if change.book_format or change.page_order or change.pictures_removed:
            self._reload()
        else:
            self._reload_pages(change.pages)
        self.show_page(self._index)

    def _selection_changed(self, frame: Frame | None) -> None:
        """The panel follows the selected frame; its variant stack is looked up again only when the picture in
        it changes (this runs on every edit, and a stack reads every picture's record)."""
        key = (frame.id, frame.image_id) if frame is not None and frame.kind == "image" and frame.image_id else None
        variants = self._variants if key is not None and key == self._variants_for else []
        if key is not None and key != self._variants_for and self._project is not None:
            for image_id in variant_stack(self._project.images(), key[1]):
                try:
                    variants.append((image_id, thumbnail_pixmap(self._project, image_id)))
                except KeyError:
                    continue
        self._variants_for, self._variants = key, variants
        self.panel.show_frame(frame, variants)

    # -- edits (each one step in the book's undo history) ----------------------------------------

    def place_image_on_frame(self, frame_id: int, image_id: int) -> None:
        if self._project is not None:
            edits.place_picture(self._project, frame_id, image_id)
            # the frame just filled is the one the settings beside the page are about (its fit, zoom, variants)
            self.canvas.select(self._project.frame(frame_id))

    def place_image(self, image_id: int) -> None:
        """Put a picture on the current page's picture frame (the keyboard way to do a drop)."""
        page = self.current_page()
        frame = page.frame("image") if page else None
        if frame is not None:
            self.place_image_on_frame(frame.id, image_id)

    def _remove_picture(self, frame_id: int) -> None:
        if self._project is not None:
            edits.place_picture(self._project, frame_id, None)

    def _text_edited(self, frame_id: int, text: str) -> None:
        if self._project is not None:
            edits.write_words(self._project, frame_id, text)

    def _frame_changed(self, frame: Frame, name: str, merge: str) -> None:
        if self._project is not None:
            edits.change_frame(self._project, frame, name, merge)

    def _index_of(self, page_id: int) -> int:
        return next((i for i, p in enumerate(self._pages) if p.id == page_id), self._index)

    def add_page(self, before: bool = False) -> None:
        if self._project is None:
            return
        at = self._index if before else self._index + 1
        if not before and self.current_page() is not None and self.current_page().kind == "back_cover":
            at = self._index
        page = edits.add_page(self._project, at)
        self.show_page(self._index_of(page.id))

    def duplicate_page(self) -> None:
        page, project = self.current_page(), self._project
        if page is not None and project is not None:
            copy = edits.duplicate_page(project, page.id)
            self.show_page(self._index_of(copy.id))

    def delete_page(self) -> None:
        page, project = self.current_page(), self._project
        if page is not None and project is not None:
            edits.delete_page(project, page.id)
            self.show_page(min(self._index, len(self._pages) - 1))

    def move_pages(self, page_ids: list[int], before: int) -> None:
        """Pages dropped in the filmstrip or the overview: one step; the first of them is shown."""
        if self._project is not None and edits.move_pages(self._project, page_ids, before):
            self.show_page(self._index_of(page_ids[0]))

    def move_current(self, direction: int) -> None:
        """Page ▸ Move earlier / later: past the neighbouring page, never past a cover (the covers stay)."""
        page = self.current_page()
        if page is not None and not page.is_cover:
            self.move_pages([page.id], self._index - 1 if direction < 0 else self._index + 2)

    def _print_ready(self, frame_id: int) -> None:
        frame = next((f for s in self.canvas.sheets for f in s.page.shown() if f.id == frame_id), None)
        if frame is not None and frame.image_id is not None:
            self.print_ready_requested.emit(frame.image_id)

    def set_template(self, template_id: str) -> None:
        page, project = self.current_page(), self._project
        if page is None or project is None or template_id == page.template:
            return
        edits.set_template(project, page.id, template_id)
        self.show_page(self._index_of(page.id))

    def set_book_format(self, fmt: BookFormat) -> None:
        if self._project is not None:
            edits.set_book_format(self._project, fmt)

    def open_book_settings(self) -> None:
        from studio.qt.storyboard.book_settings import BookSettingsDialog

        if self._project is None:
            return
        has_back = any(p.kind == "back_cover" for p in self._project.page_outline())
        dialog = BookSettingsDialog(self._project.book_format(), self, None if has_back else "")
        dialog.setModal(True)
        dialog.accepted.connect(lambda: self._settings_accepted(dialog))
        dialog.open()
        self.book_settings_dialog = dialog

    def _settings_accepted(self, dialog) -> None:
        self.set_book_format(dialog.book_format())
        if dialog.blurb_text() and self._project is not None:  # the book had no back cover: now it has, with these
            edits.set_blurb(self._project, dialog.blurb_text())

    def _strip_menu(self, pos) -> None:
        item = self.filmstrip.itemAt(pos)
        if item is not None:
            self.show_page(self.filmstrip.row(item))
        self._page_menu(QMenu(self)).exec(self.filmstrip.mapToGlobal(pos))

    # -- illustrating ---------------------------------------------------------------------

    def _illustrate_clicked(self) -> None:
        if self.illustrating is not None:
            self.stop_requested.emit()
            return
        retry = [page_id for page_id in self.failed if any(p.id == page_id for p in self._pages)]
        self.illustrate_requested.emit(retry or None)

    def illustration_started(self, result: IllustrateResult, total: int) -> None:
        self.illustrating = result
        self._total = total
        self._finished = None
        self._say_illustrating()

    def illustration_progress(self) -> None:
        if self.illustrating is not None:
            self._say_illustrating()

    def _say_illustrating(self) -> None:
        """The button and the status line: a run going on, its outcome, or (none yet) the offer to start."""
        result = self.illustrating
        if result is not None:
            self.illustrate_button.setText(self.tr("Stop illustrating"))
            done = len(result.placed) + len(result.failed)
            self.status.setText(self.tr("Illustrating the book: {done} of {total} pages…").format(
                done=done, total=self._total))
            self.status.show()
            return
        self.illustrate_button.setText(self.tr("Retry failed pages") if self.failed else self.tr("Illustrate the book"))
        if self._finished is not None:
            finished, cancelled = self._finished
            said = [self.tr("%n page(s) illustrated.", "", len(finished.placed))]
            if finished.failed:
                said.append(self.tr("%n not made: see the red badge on the page; click again to retry.", "",
                                    len(finished.failed)))
            if cancelled:
                said.append(self.tr("Stopped."))
            self.status.setText(" ".join(said))

    def illustration_finished(self, result: IllustrateResult, cancelled: bool) -> None:
        self.illustrating = None
        for page_id in result.placed:
            self.failed.pop(page_id, None)
        self.failed.update(result.failed)
        self._finished = (result, cancelled)
        self._say_illustrating()
        self._refresh()
