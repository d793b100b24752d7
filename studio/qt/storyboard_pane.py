"""The storyboard: the book's pages, one at a time, with page navigation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from studio.core.events import Change
from studio.core.layout.checks import PageWarning, page_warnings
from studio.core.model import BookFormat, Page
from studio.core.project import Project
from studio.qt.page_canvas import PageCanvas
from studio.qt.pictures import previews
from studio.qt.tasks import TaskRunner
from studio.qt.undo_commands import AddPage, SetFrameImage, SetFrameText


class StoryboardPane(QWidget):
    def __init__(self, runner: TaskRunner, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner, self._undo = runner, undo
        self._project: Project | None = None
        self._index = 0
        self._unsubscribe = lambda: None
        self._shown_image: int | None = None

        self.canvas = PageCanvas()
        self.canvas.image_dropped.connect(self.place_image_on_frame)
        self.canvas.text_edited.connect(self._text_edited)
        self.prev_button = QToolButton(text="◀")
        self.prev_button.setAccessibleName(self.tr("Previous page"))
        self.prev_button.clicked.connect(lambda: self.show_page(self._index - 1))
        self.next_button = QToolButton(text="▶")
        self.next_button.setAccessibleName(self.tr("Next page"))
        self.next_button.clicked.connect(lambda: self.show_page(self._index + 1))
        self.page_label = QLabel()
        self.add_button = QPushButton(self.tr("Add page"))
        self.add_button.clicked.connect(self.add_page)

        nav = QHBoxLayout()
        nav.addWidget(QLabel(self.tr("<b>Storyboard</b>")))
        nav.addStretch(1)
        nav.addWidget(self.prev_button)
        nav.addWidget(self.page_label)
        nav.addWidget(self.next_button)
        nav.addStretch(1)
        nav.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(nav)
        layout.addWidget(self.canvas, 1)

    def set_project(self, project: Project | None) -> None:
        self._unsubscribe()
        self._project = project
        self._unsubscribe = project.changes.subscribe(self._on_change) if project else (lambda: None)
        self._shown_image = None
        self.show_page(0)

    def pages(self) -> list[Page]:
        return self._project.pages() if self._project else []

    def current_page(self) -> Page | None:
        pages = self.pages()
        return pages[self._index] if 0 <= self._index < len(pages) else None

    @property
    def index(self) -> int:
        return self._index

    def show_page(self, index: int) -> None:
        pages = self.pages()  # read once per refresh: this runs on every page edit
        self._index = max(0, min(index, len(pages) - 1))
        self._refresh(pages)

    def _refresh(self, pages: list[Page]) -> None:
        page = pages[self._index] if pages else None
        self.page_label.setText(self.tr("Page {n} of {total}").format(n=self._index + 1, total=len(pages)))
        self.prev_button.setEnabled(self._index > 0)
        self.next_button.setEnabled(self._index < len(pages) - 1)
        fmt = self._project.book_format() if self._project else None
        if fmt is not None:
            self.canvas.set_page(page, fmt, self._index + 1)
            self.canvas.set_warnings(self._warnings(page, fmt) if page is not None else [])
        frame = page.frame("image") if page else None
        image_id = frame.image_id if frame else None
        if image_id != self._shown_image:
            self._shown_image = image_id
            self.canvas.set_image(None)
            if image_id is not None and self._project is not None:
                self._runner.start(self._load(self._project, image_id), self.tr("Showing the page"))

    def _warnings(self, page: Page, fmt: BookFormat) -> list[PageWarning]:
        assert self._project is not None
        sizes = {}
        for frame in page.frames:
            if frame.image_id is not None:
                record = self._project.image(frame.image_id)
                sizes[frame.image_id] = (record.width, record.height)
        return page_warnings(fmt, page, self._index + 1, sizes)

    async def _load(self, project: Project, image_id: int) -> None:
        image = await previews.get(project, image_id)
        if self._shown_image == image_id and self._project is project:
            self.canvas.set_image(image)

    def _on_change(self, change: Change) -> None:
        if change.kind in ("pages", "page", "book"):
            self.show_page(self._index)

    # -- edits (all undoable) ------------------------------------------------------

    def place_image_on_frame(self, frame_id: int, image_id: int) -> None:
        if self._project is not None:
            self._undo.push(SetFrameImage(self._project, frame_id, image_id))

    def place_image(self, image_id: int) -> None:
        """Put a picture on the current page's picture frame (the keyboard way to do a drop)."""
        page = self.current_page()
        frame = page.frame("image") if page else None
        if frame is not None:
            self.place_image_on_frame(frame.id, image_id)

    def _text_edited(self, frame_id: int, text: str) -> None:
        if self._project is not None and self._project.frame(frame_id).text != text:
            self._undo.push(SetFrameText(self._project, frame_id, text))

    def add_page(self) -> None:
        if self._project is not None:
            self._undo.push(AddPage(self._project, self._index + 1))
            self.show_page(self._index + 1)
