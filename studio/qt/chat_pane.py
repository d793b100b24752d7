"""The chat: the conversation so far, a reply that streams in, pictures that arrive inline and follow their jobs."""

from __future__ import annotations

import asyncio
import functools
from concurrent.futures import ThreadPoolExecutor
from typing import Awaitable, Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPixmap, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from studio.backends.base import Backend, BackendError
from studio.backends.capabilities import OFFLINE, ImageModel
from studio.core import i18n
from studio.core.assistant import own_styles, shapes, style_files, styles
from studio.core.assistant.own_styles import StyleError
from studio.core.assistant.shapes import Shape
from studio.core.assistant.assistant import Assistant, BatchEstimate, TurnResult
from studio.core.assistant.replay import NOT_MADE, replay
from studio.core.assistant.tools import EDIT_IMAGE
from studio.core.assistant.turn_events import (
    AssistantMessageSaved,
    CastRemembered,
    ImageArrived,
    ImageFailed,
    ImagesRequested,
    PlacementOffered,
    ReplyDelta,
    StoryWritten,
    TurnEvent,
    UserMessageSaved,
)
from studio.core.document.changes import ChangeSet
from studio.core.document.model import ACTIVE_STATES, JobState, Message
from studio.core.app.project import Project
from studio.core.document.schema import ProjectError
from studio.core.jobs.jobs import JobRunner
from studio.qt.chat_bubbles import SLOT_EDGE, Bubble, PictureSlot
from studio.qt.gallery.thumbs import ThumbnailLoader
from studio.qt.mime import image_ids
from studio.qt import shape_menu
from studio.qt.picture_chip import PictureChip
from studio.qt.pictures import scaled_image, thumbnail_pixmap
from studio.qt.spending_dialog import estimate_text
from studio.qt.starters import Starters
from studio.qt.tasks import TaskRunner
from studio.qt.text_view import WRAP_ANYWHERE
from studio.qt.transcript_scroll import TranscriptScroll
from studio.qt.language import FollowsLanguage


@functools.cache
def _preview_decoder() -> ThreadPoolExecutor:
    """One thread decodes previews, newest first per slot: on a slow or busy machine previews that are out of
    date before their turn comes are skipped, instead of competing with the pictures themselves for the CPU."""
    return ThreadPoolExecutor(1, thread_name_prefix="previews")


Action = Callable[[Assistant, Callable[[TurnEvent], None]], Awaitable[TurnResult]]
# Messages shown on opening a book, and loaded each time the person scrolls to the top: enough to fill the pane
# (a turn with four pictures is taller than the screen) and few enough to build in a blink on a slow machine.
HISTORY_PAGE = 12
LIVE_LIMIT = 80  # bubbles kept as widgets; older ones are let go (they stay in the book) and come back on scroll


class ChatPane(FollowsLanguage, QWidget):
    image_clicked = Signal(int)
    make_pages = Signal(dict)
    open_settings = Signal()
    turn_finished = Signal()

    def __init__(self, runner: TaskRunner, assistant_factory: Callable[[], Assistant],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._assistant_factory = assistant_factory
        self._project: Project | None = None
        self._jobs: JobRunner | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._live: Bubble | None = None
        self._bubbles: dict[int, Bubble] = {}
        self._slots: dict[int, PictureSlot] = {}  # by job id
        self._previews_waiting: dict[int, bytes | None] = {}  # by job id: the newest preview not yet decoded
        self._task: asyncio.Task | None = None
        self._turn_running = False
        self.selected_image: int | None = None  # the picture the person picked last (the Picture menu acts on it)
        self.attached_image: int | None = None  # what the next message is about: the chip; one message only

        self.banner = QWidget()
        self.banner.setObjectName("offlineBanner")
        self.banner.setStyleSheet("QWidget#offlineBanner { background: #fff4d6; border-radius: 6px; }")
        self.banner_label = QLabel()
        self.banner_label.setWordWrap(True)
        self.key_button = QPushButton()
        self.key_button.clicked.connect(self.open_settings)
        banner_layout = QVBoxLayout(self.banner)  # the button under the words: a narrow chat keeps the banner short
        banner_layout.setContentsMargins(8, 6, 8, 6)
        banner_layout.addWidget(self.banner_label)
        banner_layout.addWidget(self.key_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.transcript = QWidget()
        self.transcript_layout = QVBoxLayout(self.transcript)
        self.earlier_button = QPushButton()
        self.earlier_button.setObjectName("earlierButton")
        self.earlier_button.setFlat(True)
        self.earlier_button.clicked.connect(self.show_earlier)
        self.earlier_button.hide()
        self.transcript_layout.addWidget(self.earlier_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.transcript_layout.addStretch(1)
        self._oldest_shown: int | None = None  # id of the oldest message with a bubble
        self._insert_at: int | None = None  # where the next bubble goes while earlier history is told; None: last
        self._keep_distance_from_bottom: int | None = None
        self.scroll = TranscriptScroll()
        self.scroll.setObjectName("chatScroll")
        self.scroll.setWidget(self.transcript)
        self.scroll.verticalScrollBar().rangeChanged.connect(self._follow)
        self._at_bottom = True
        self.scroll.verticalScrollBar().valueChanged.connect(self._track_bottom)

        self.setAcceptDrops(True)
        self._thumbs = ThumbnailLoader(self, self._thumbs_loaded)
        self._thumb_slots: dict[int, list[PictureSlot]] = {}
        self._thumb_placeholder = QPixmap(SLOT_EDGE, SLOT_EDGE)
        self._thumb_placeholder.fill(QColor(128, 128, 128, 40))
        self.input = QPlainTextEdit()
        self.input.setObjectName("chatInput")
        self.input.setMaximumHeight(90)
        self.input.setWordWrapMode(WRAP_ANYWHERE)
        self.input.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.input.setTabChangesFocus(True)  # Tab moves on to the Send button, as everywhere else in the window
        self.input.installEventFilter(self)
        self.input.textChanged.connect(self._update_send)
        self.style_box = QComboBox()
        self.style_box.setObjectName("styleBox")
        # sized to a few letters, not to its longest entry, so the chat can be narrow
        self.style_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.style_box.setMinimumContentsLength(7)
        self._style_shown = ""  # the style chosen before "Manage styles…" or a library style was picked
        self.style_box.activated.connect(self._style_activated)
        # The picture shape, remembered for the session (a new book keeps it); Auto lets the words decide.
        self.shape: Shape | None = None
        self._backend: Backend | None = None
        self.shape_button = QToolButton()
        self.shape_button.setObjectName("shapeButton")
        self.shape_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.shape_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        # never squeezed: a cut-off "Landsc" tells nothing; the style box gives way instead
        self.shape_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.shape_menu = QMenu(self.shape_button)
        self.shape_menu.setObjectName("shapeMenu")
        self.shape_menu.aboutToShow.connect(lambda: shape_menu.fill(
            self.shape_menu, self._project, self.image_model(), self.set_shape, self.shape,
            auto=self.tr("Auto (square unless you ask for a shape)"), parent=self))
        self.shape_button.setMenu(self.shape_menu)
        self.chip = PictureChip()
        self.chip.removed.connect(lambda: self._attach(None))
        self.starters = Starters()
        self.starters.chosen.connect(self.use_suggestion)
        self.starters.hide()
        self.send_button = QPushButton()
        self.send_button.setObjectName("sendButton")
        self.send_button.clicked.connect(self.send_current)
        # The window turns Send on when the book can be changed; it stays off while there is nothing to send.
        self.send_button.installEventFilter(self)
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("stopButton")
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.stop)
        options = QHBoxLayout()
        options.addWidget(self.style_box, 1)
        options.addWidget(self.shape_button)
        buttons = QVBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.stop_button)
        entry = QHBoxLayout()
        entry.addWidget(self.input, 1)
        entry.addLayout(buttons)

        self.title = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.starters)
        layout.addLayout(options)
        layout.addWidget(self.chip, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(entry)
        # Tab goes where a person's eyes go after typing: Send (Stop), then the options for the next pictures,
        # then the picture the message is about; the transcript and the starters come before the box.
        QWidget.setTabOrder(self.input, self.send_button)
        QWidget.setTabOrder(self.send_button, self.stop_button)
        QWidget.setTabOrder(self.stop_button, self.style_box)
        QWidget.setTabOrder(self.style_box, self.shape_button)
        QWidget.setTabOrder(self.shape_button, self.chip.remove_button)
        self._reason = ""  # why the studio is offline, from the backend
        self.retranslate()
        self.set_selected_image(None)
        self._update_send()

    def retranslate(self) -> None:
        """Every word the pane shows, in the language in use now (called again when it changes, without a
        restart); bubbles, slots and offer cards already in the chat do their own."""
        self.title.setText(self.tr("<b>Chat</b>"))
        self.key_button.setText(self.tr("Add API key…"))
        self.earlier_button.setText(self.tr("Show earlier messages"))
        self.scroll.setAccessibleName(self.tr("Conversation"))
        self.input.setAccessibleName(self.tr("Message"))
        self._ask = self.tr("Ask for a picture or a story… (Enter sends, Shift+Enter for a new line)")
        self._update_placeholder()
        self.style_box.setAccessibleName(self.tr("Picture style"))
        self.style_box.setToolTip(self.tr("The style of the next pictures"))
        self.shape_button.setAccessibleName(self.tr("Picture shape"))
        self.send_button.setText(self.tr("Send"))
        self.send_button.setToolTip(self.tr("Send the message (Enter)"))
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop the reply and the pictures not started yet"))
        self._styles_listed = None  # the style names are made again in the new language
        self._fill_styles()
        self.set_shape(self.shape)
        self._show_backend_status()
        self._attach(self.attached_image)

    # -- state ------------------------------------------------------------------------

    def set_backend_status(self, backend: Backend) -> None:
        self._backend = backend
        self.set_shape(self.shape)  # the tooltip names the size this model draws
        self._reason = getattr(backend, "reason", "")
        self.banner.setVisible(backend.offline)
        self._show_backend_status()

    def _show_backend_status(self) -> None:
        if self._reason:
            self.banner_label.setText(self.tr(
                "Offline mode ({reason}): pictures are placeholder sketches and stories are drafts.").format(
                reason=self._reason))
        else:
            self.banner_label.setText(self.tr(
                "Offline mode (chosen in Settings): pictures are placeholder sketches and stories are drafts."))

    def set_project(self, project: Project | None, jobs: JobRunner | None = None) -> None:
        self.stop()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if self._project is not None and self._project is not project:
            self._thumbs.forget_book()
        self._project, self._jobs = project, jobs
        if jobs is not None:
            jobs.on_preview = self._preview
        self._clear()
        self.set_selected_image(None)
        read_only = project is not None and bool(project.read_only)
        self.input.setReadOnly(read_only)
        self._update_placeholder()
        self._fill_styles()
        if project is not None:
            self._unsubscribe = project.changes.subscribe(self._on_change)
            self._render_history(project)
        self._update_starters()
        self._update_send()

    def _update_placeholder(self) -> None:
        project = self._project
        if project is not None and project.read_only:
            self.input.setPlaceholderText(self.tr(
                "This book is read-only ({why}). File ▸ Save As… makes a copy you can work on.").format(
                why=project.read_only))
        else:
            self.input.setPlaceholderText(self._ask)

    def set_selected_image(self, image_id: int | None) -> None:
        """The person picked a picture: the next message is about it ("make his spines more golden").

        The same picture told again is not a new pick (the gallery tells its selection again whenever pictures
        arrive): a chip taken off by sending stays off until the person picks a picture."""
        if image_id == self.selected_image and image_id is not None:
            return
        self.selected_image = image_id
        self._attach(image_id)

    def attach_picture(self, image_id: int) -> None:
        """A picture clicked in the chat or dropped on it: the next message is about it, even if it was the last
        one picked."""
        self.selected_image = image_id
        self._attach(image_id)

    def _attach(self, image_id: int | None) -> None:
        self.attached_image = image_id
        thumbnail = None
        if image_id is not None and self._project is not None:
            try:
                thumbnail = thumbnail_pixmap(self._project, image_id)
            except (KeyError, ProjectError):  # a picture gone from the book: the chip still says which
                thumbnail = None
        self.chip.show_picture(image_id, thumbnail)

    def use_suggestion(self, text: str) -> None:
        """A starter suggestion goes in the box, for the person to send or change."""
        self.input.setPlainText(text)
        self.input.moveCursor(QTextCursor.MoveOperation.End)
        self.input.setFocus()

    def _update_starters(self) -> None:
        empty = self._project is not None and not self._project.read_only and not self.bubbles()
        self.starters.setVisible(empty)

    def style(self) -> str | None:  # noqa: A003 - the chosen style preset, not QWidget.style()
        return self.style_box.currentData() or None

    # -- shape and styles ------------------------------------------------------------------

    def image_model(self) -> ImageModel:
        return self._backend.capabilities if self._backend is not None else OFFLINE

    def set_shape(self, shape: Shape | None) -> None:
        """The shape the next pictures are drawn in (None: the assistant's choice, square unless asked)."""
        self.shape = shape
        self.shape_button.setText(shape_menu.shape_name(shape))
        self.shape_button.setIcon(shape_menu.shape_icon(shape))
        self.shape_button.updateGeometry()  # a longer name ("Landscape") widens the button, never cut off
        size = shapes.size_text(shape.size(self.image_model())) if shape is not None else ""
        self.shape_button.setToolTip(
            self.tr("Picture shape: {shape} ({size} with {model}). It wins over a shape asked for in words.").format(
                shape=shape_menu.shape_name(shape), size=size, model=self.image_model().name) if shape is not None
            else self.tr("Picture shape: square unless you ask for another (\"make it landscape\")"))

    def _fill_styles(self) -> None:
        """The built-in presets, the book's own styles, the library's (picking one brings it into the book) and
        Manage Styles…; the choice is kept when the list is made again (a style added, an undo)."""
        own = own_styles.in_book(self._project) if self._project is not None else []
        listed = ([(s.id, s.label) for s in own], style_files.library_names(),
                  self._project is not None and not self._project.read_only)
        if listed == getattr(self, "_styles_listed", None):
            return  # most steps change no style: the menu stays as it is
        self._styles_listed = listed
        chosen = self.style_box.currentData() or ""
        box = self.style_box
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("Style: auto"), "")  # short: it is what a narrow chat shows
        box.setItemData(0, self.tr("The assistant chooses, or none"), Qt.ItemDataRole.ToolTipRole)
        for style in styles.STYLES:
            box.addItem(i18n._(style.label), style.id)  # a core table: its names are in the core's catalogue
        if own:
            box.insertSeparator(box.count())
            for style in own:
                box.addItem(style.label, style.id)
        names = {s.label.casefold() for s in own}
        library = [(path, name) for path, name in style_files.library_names() if name.casefold() not in names]
        if library and self._project is not None and not self._project.read_only:
            box.insertSeparator(box.count())
            for path, name in library:
                box.addItem(self.tr("{name} (from your library)").format(name=name), f"library:{path}")
        box.insertSeparator(box.count())
        box.addItem(self.tr("Manage Styles…"), "manage:")
        box.setCurrentIndex(max(0, box.findData(chosen)))
        box.blockSignals(False)
        self._style_shown = box.currentData() or ""

    def _style_activated(self, _index: int) -> None:
        data = self.style_box.currentData() or ""
        if data == "manage:" or data.startswith("library:"):
            self.style_box.setCurrentIndex(max(0, self.style_box.findData(self._style_shown)))
            if data == "manage:":
                self.open_styles()
            elif self._project is not None:
                self._runner.start(self._use_library_style(data.removeprefix("library:")),
                                   self.tr("Adding a style to the book"))
            return
        self._style_shown = data

    async def _use_library_style(self, path: str) -> None:
        """A library style picked in the box comes into the book (one undo step) and is chosen."""
        project = self._project
        try:
            style = await style_files.add_to_book(project, style_files.read_file(path))
        except StyleError as exc:
            self.window().statusBar().showMessage(str(exc), 8000)
            return
        if project is self._project:
            self._fill_styles()
            self.style_box.setCurrentIndex(max(0, self.style_box.findData(style.id)))
            self._style_shown = style.id
            self.window().statusBar().showMessage(self.tr(
                "“{name}” is now one of this book's styles (Edit ▸ Undo takes it out).").format(name=style.label), 8000)

    def open_styles(self) -> None:
        from studio.qt.styles_dialog import StylesDialog

        if self._project is None:
            return
        dialog = StylesDialog(self._project, self._runner, lambda: self.selected_image, self)
        dialog.finished.connect(lambda _: self._fill_styles())
        dialog.open()

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done()

    def _clear(self) -> None:
        self._live, self._bubbles, self._slots = None, {}, {}
        self._thumb_slots = {}
        self._oldest_shown = None
        for bubble in self.bubbles():
            self.transcript_layout.removeWidget(bubble)
            bubble.deleteLater()
        self.earlier_button.hide()

    def _add_bubble(self, bubble: Bubble, message_id: int | None = None) -> Bubble:
        bubble.message_id = message_id
        if self._insert_at is None:
            self.transcript_layout.insertWidget(self.transcript_layout.count() - 1, bubble)
        else:
            self.transcript_layout.insertWidget(self._insert_at, bubble)
            self._insert_at += 1
        bubble.make_pages.connect(self.make_pages)
        bubble.redraw.connect(self.redraw)
        bubble.redraw_menu.connect(self._fill_redraw_menu)
        self.starters.hide()
        return bubble

    def bubbles(self) -> list[Bubble]:
        """The bubbles that exist as widgets now, top to bottom (older ones load when scrolled to)."""
        return [w for i in range(self.transcript_layout.count())
                if isinstance(w := self.transcript_layout.itemAt(i).widget(), Bubble)]

    def slots(self) -> list[PictureSlot]:
        return [slot for bubble in self.bubbles() for slot in bubble.slots]

    def _render_history(self, project: Project) -> None:
        page = project.shown_messages_before(None, HISTORY_PAGE)
        self._replay(project, page)
        self._oldest_shown = page[0].id if page else None
        self._update_earlier_button()

    def show_earlier(self) -> None:
        """The page of messages before the oldest shown, added above it without moving what is on screen."""
        if self._project is None or self._oldest_shown is None:
            return
        page = self._project.shown_messages_before(self._oldest_shown, HISTORY_PAGE)
        if not page:
            self._update_earlier_button()
            return
        bar = self.scroll.verticalScrollBar()
        self._keep_distance_from_bottom = bar.maximum() - bar.value()
        self._replay(self._project, page, at_top=True)
        self._oldest_shown = page[0].id
        self._update_earlier_button()

    # Pictures dragged here from the gallery or a page become what the next message is about ("like this").
    def dragEnterEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if image_ids(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        ids = image_ids(event.mimeData())
        if ids:
            self.attach_picture(ids[0])
            self.input.setFocus()
            event.acceptProposedAction()

    def show_message(self, message_id: int) -> None:
        """Scroll to a turn (the gallery's "Show the turn"), loading older history until it is there."""
        if self._project is None:
            return
        while self._oldest_shown is not None and self._oldest_shown > message_id:
            before = self._oldest_shown
            self.show_earlier()
            if self._oldest_shown == before:
                break
        target = next((b for b in self.bubbles() if b.message_id is not None and b.message_id >= message_id), None)
        if target is None:
            return
        self._keep_distance_from_bottom = None
        self._at_bottom = False  # stay on the turn rather than follow new messages
        # Lay the transcript out now, so the bubble's place is known before scrolling to it.
        self.transcript_layout.activate()
        QCoreApplication.sendPostedEvents(self.transcript, QEvent.Type.LayoutRequest)
        self.scroll.widget().resize(self.scroll.viewport().width(), self.transcript.sizeHint().height())
        self.scroll.ensureWidgetVisible(target, 0, 40)

    def _update_earlier_button(self) -> None:
        older = (self._project is not None and self._oldest_shown is not None
                 and bool(self._project.shown_messages_before(self._oldest_shown, 1)))
        self.earlier_button.setVisible(older)

    def _replay(self, project: Project, page: list[Message], at_top: bool = False) -> None:
        """Earlier turns, told again as the turn events the live chat gets (core/assistant/replay.py) and shown
        by the same handler; above what is shown with `at_top`. A reply streaming meanwhile keeps its bubble."""
        live, self._live = self._live, None
        self._insert_at = 1 if at_top else None
        try:
            for event in replay(project, page):
                self._on_event(event)
        finally:
            self._live, self._insert_at = live, None

    def _let_go_of_old_bubbles(self) -> None:
        """A long afternoon's chat keeps only its latest bubbles as widgets, so memory stays flat; what is let go
        is still in the book and comes back when the person scrolls up to it."""
        bubbles = self.bubbles()
        if len(bubbles) <= LIVE_LIMIT or not self._at_bottom:
            return
        for bubble in bubbles[:len(bubbles) - LIVE_LIMIT + HISTORY_PAGE]:
            for slot in bubble.slots:
                if slot.job_id is not None:
                    self._slots.pop(slot.job_id, None)
            if bubble.message_id is not None:
                self._bubbles.pop(bubble.message_id, None)
            self.transcript_layout.removeWidget(bubble)
            bubble.deleteLater()
        kept = [b.message_id for b in self.bubbles() if b.message_id is not None]
        self._oldest_shown = min(kept) if kept else None
        self._update_earlier_button()

    def _wire_slot(self, slot: PictureSlot) -> None:
        slot.clicked.connect(self.attach_picture)
        slot.clicked.connect(self.image_clicked)
        slot.cancel_requested.connect(lambda job_id: self._jobs is not None and self._jobs.cancel(job_id))
        slot.retry_requested.connect(self.retry_job)
        if slot.job_id is not None:
            self._slots[slot.job_id] = slot

    def retry_job(self, job_id: int) -> None:
        if self._jobs is not None and self._jobs.retry(job_id) is None:
            self.window().statusBar().showMessage(self.tr("That picture is already being made."), 3000)

    def _show_job(self, slot: PictureSlot, job_id: int, later: bool = False) -> None:
        """With `later` (a turn's events, live or from history), a finished picture's thumbnail is read and
        decoded on the thumbnail thread and put in when it arrives, so opening a long chat never waits for dozens
        of decodes; a slot already showing that picture is left as it is."""
        assert self._project is not None
        job = self._project.jobs.get(job_id)
        if later and job.state == JobState.DONE and job.image_id:
            if slot.image_id == job.image_id:
                return
            slot.show_picture(job.image_id, self._thumb_placeholder)
            self._thumb_slots.setdefault(job.image_id, []).append(slot)
            self._thumbs.want(self._project.path, SLOT_EDGE, [job.image_id], first=False)
            return
        pixmap = thumbnail_pixmap(self._project, job.image_id) if job.state == JobState.DONE and job.image_id else None
        slot.show_job(job, pixmap)

    def close_thumbnails(self) -> None:
        self._thumbs.close()

    def forget_thumbnail_book(self) -> None:
        self._thumbs.forget_book()

    def _thumbs_loaded(self, path: str, _edge: int, images: dict) -> None:
        if self._project is None or str(self._project.path) != path:
            return
        for image_id, image in images.items():
            for slot in self._thumb_slots.pop(image_id, []):
                if isValid(slot) and slot.image_id == image_id and not image.isNull():
                    slot.show_picture(image_id, QPixmap.fromImage(image))

    def _on_change(self, change: ChangeSet) -> None:
        if change.history:  # a style added or taken out, an undo
            self._fill_styles()
        for job_id in change.jobs:
            if job_id in self._slots:
                self._show_job(self._slots[job_id], job_id)

    def _preview(self, job_id: int, data: bytes) -> None:
        """A streamed preview: decoded off the GUI thread. While one is being decoded for a slot, only the newest
        that arrives meanwhile is kept; none is decoded once the picture itself is there."""
        slot = self._slots.get(job_id)
        if slot is None:
            return
        waiting = job_id in self._previews_waiting
        self._previews_waiting[job_id] = data
        if not waiting:
            self._runner.start(self._show_previews(job_id, slot), self.tr("Showing a preview"))

    async def _show_previews(self, job_id: int, slot: PictureSlot) -> None:
        try:
            while ((data := self._previews_waiting.get(job_id)) is not None and self._slots.get(job_id) is slot
                   and slot.state in ACTIVE_STATES):  # a slot let go with its old bubble shows nothing
                self._previews_waiting[job_id] = None
                edge = round(SLOT_EDGE * slot.devicePixelRatioF())
                image = await asyncio.get_running_loop().run_in_executor(_preview_decoder(), scaled_image, data, edge)
                if not image.isNull():
                    slot.show_preview(QPixmap.fromImage(image))
        finally:
            self._previews_waiting.pop(job_id, None)

    # -- sending -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.send_button and event.type() == QEvent.Type.EnabledChange:
            if self.send_button.isEnabled() and not self._can_send():
                self.send_button.setEnabled(False)
            return False
        if watched is self.input and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.send_current()
                return True
        return super().eventFilter(watched, event)

    def _can_send(self) -> bool:
        """Something to send (not blank), a book that can take it, and no reply running."""
        return (bool(self.input.toPlainText().strip()) and self._project is not None
                and not self._project.read_only and not self._turn_running)

    def _update_send(self) -> None:
        can = self._can_send()
        if self.send_button.isEnabled() != can:
            self.send_button.setEnabled(can)

    def send_current(self) -> None:
        if self._can_send() and not self.busy:
            text = self.input.toPlainText().strip()
            self.input.clear()
            self.send(text)
            # Send, clicked, turns itself off while the reply comes: the typing place must not wander off to
            # whatever is next in the tab order (the gallery's search box)
            self.input.setFocus()

    def send(self, text: str) -> None:
        """Send a message about the attached picture, if any; the chip goes with it (the next is about nothing
        until the person picks a picture again)."""
        selected, style, shape = self.attached_image, self.style(), self.shape
        if self.run_action(lambda a, listen: a.send(text, listen, selected_image=selected, style=style, shape=shape),
                           self.tr("Sending the message")):
            self._attach(None)

    def redraw(self, prompt: str, shape: Shape | None = None) -> None:
        """A prompt drawn again: in `shape` (picked on its Draw again menu), else the chat box's shape."""
        style, shape = self.style(), shape or self.shape
        self.run_action(lambda a, listen: a.redraw(prompt, listen, style, shape), self.tr("Drawing again"))

    def _fill_redraw_menu(self, menu: QMenu, prompt: Callable[[], str]) -> None:
        shape_menu.fill(menu, self._project, self.image_model(),
                        lambda shape: (text := prompt()) and self.redraw(text, shape), parent=self)

    def run_action(self, action: Action, what: str) -> bool:
        """Run one turn (a message, or a direct action such as "more like this"); one at a time."""
        if self._project is None or self.busy:
            return False
        assistant = self._assistant_factory()
        assistant.approve_batch = self.approve_batch
        self._at_bottom = True  # a turn the person started is followed, even from a prompt far up the chat
        self._task = self._runner.start(self._run_turn(action(assistant, self._on_event)), what)
        self._set_busy(True)
        return True

    def stop(self) -> None:
        if self.busy:
            self._task.cancel()

    def _set_busy(self, busy: bool) -> None:
        self._turn_running = busy
        self._update_send()
        self.stop_button.setEnabled(busy)

    async def _run_turn(self, turn: Awaitable[TurnResult]) -> None:
        try:
            await turn
        except (BackendError, ProjectError) as exc:  # a dead server; a full disk, a damaged or read-only book
            self._add_bubble(Bubble("error", str(exc)))
        finally:
            self._live = None
            self._set_busy(False)
            self._let_go_of_old_bubbles()
            self.turn_finished.emit()

    async def approve_batch(self, guess: BatchEstimate) -> bool:
        """Pictures that cost at least the "don't ask under" amount (Settings): the estimate first, inline —
        "8 pictures, about $0.34 — Draw / Cancel"."""
        bubble = self._add_bubble(Bubble("question"))
        bubble.set_words(lambda: estimate_text(guess.count, guess.cost, guess.currency))
        future: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        row = QHBoxLayout()
        for words, answer in ((lambda: self.tr("Draw"), True), (lambda: self.tr("Cancel"), False)):
            button = QPushButton()
            button.setObjectName("approveBatch" if answer else "declineBatch")
            bubble.keep_words(lambda b=button, w=words: b.setText(w()))
            button.clicked.connect(lambda _checked=False, a=answer: future.done() or future.set_result(a))
            row.addWidget(button)
        row.addStretch(1)
        bubble.layout_.addLayout(row)
        try:
            return await future
        finally:
            for button in bubble.findChildren(QPushButton):
                button.setEnabled(False)

    def _on_event(self, event: TurnEvent) -> None:
        """A turn's event, from the turn running now or from the history told again (`_replay`)."""
        if isinstance(event, UserMessageSaved):
            self._add_bubble(Bubble("user", event.message.content), event.message.id)
        elif isinstance(event, ReplyDelta):
            if self._live is None:
                self._live = self._add_bubble(Bubble("assistant"))
            self._live.append_text(event.text)
        elif isinstance(event, AssistantMessageSaved):
            bubble = self._live or self._add_bubble(Bubble("assistant", event.message.content))
            bubble.message_id = event.message.id
            bubble.finish_text()
            self._bubbles[event.message.id] = bubble
            self._live = None
        elif isinstance(event, ImagesRequested):
            bubble = self._bubbles[event.message_id]
            message = self._project.message(event.message_id) if self._project else None
            editable = not any(c.id == event.call_id and c.name == EDIT_IMAGE for c in (message.tool_calls if message else ()))
            if event.estimate:  # money spent without a question (under the amount Settings ask above): said, not hidden
                estimate = event.estimate
                bubble.add_note(lambda: self.tr("{estimate}: drawing now (Settings ▸ Spending says when to ask first)")
                                .format(estimate=estimate))
            for slot in bubble.add_prompts(list(event.prompts), list(event.job_ids), editable=editable,
                                           call_id=event.call_id):
                self._wire_slot(slot)
                if slot.job_id is not None:
                    self._show_job(slot, slot.job_id, later=True)
        elif isinstance(event, (ImageArrived, ImageFailed)):
            # Live, the slot follows its job already (`_on_change`); from history this puts the picture or the
            # reason in. Either way the slot shows its job as the book has it now.
            slot = self._slot(event.message_id, event.call_id, event.index)
            if slot is not None and slot.job_id is not None:
                self._show_job(slot, slot.job_id, later=True)
            elif slot is not None and event.kind == NOT_MADE:
                slot.show_not_made()
            elif slot is not None:
                slot.show_failure(event.error)
        elif isinstance(event, StoryWritten):
            self._bubbles[event.message_id].add_story(event.story())
        elif isinstance(event, CastRemembered):
            bubble = (self._bubbles.get(event.message_id) if event.message_id is not None
                      else next(reversed(self._bubbles.values()), None))
            if bubble is not None:
                bubble.add_note(lambda: event.notice)  # the core's words: the particle fits the name (래리가)
        elif isinstance(event, PlacementOffered):  # the assistant asks before it changes the book
            from studio.qt.offer_card import OfferCard

            bubble = self._bubbles.get(event.message_id)
            if bubble is not None and self._project is not None:
                bubble.layout_.addWidget(OfferCard(self._project, event.message_id, event.offer, bubble))

    def _slot(self, message_id: int, call_id: str, index: int) -> PictureSlot | None:
        bubble = self._bubbles.get(message_id)
        return next((s for s in bubble.slots if s.call_id == call_id and s.index == index), None) if bubble else None

    # -- scrolling ------------------------------------------------------------------------

    def _track_bottom(self, value: int) -> None:
        bar = self.scroll.verticalScrollBar()
        self._at_bottom = value >= bar.maximum() - 4
        if value == 0 and bar.maximum() > 0 and self.earlier_button.isVisible():
            QTimer.singleShot(0, self.show_earlier)  # scrolled to the top: the page before comes in above

    def _follow(self, _min: int, maximum: int) -> None:
        if self._keep_distance_from_bottom is not None:  # earlier messages came in above: keep the view still
            distance, self._keep_distance_from_bottom = self._keep_distance_from_bottom, None
            QTimer.singleShot(0, lambda: self.scroll.verticalScrollBar().setValue(maximum - distance))
        elif self._at_bottom:  # keep following the reply unless the user scrolled up to read
            QTimer.singleShot(0, lambda: self.scroll.verticalScrollBar().setValue(maximum))
