"""The pieces of the chat transcript: message bubbles, editable prompts, and picture slots that follow their job."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QDrag, QMouseEvent, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.core.document.model import ACTIVE_STATES, JobRecord, JobState
from studio.qt.flow_layout import FlowLayout
from studio.qt.markdown_view import MarkdownView
from studio.qt.mime import image_mime
from studio.qt.text_view import GrowingEdit, PlainTextView
from studio.qt.wrap_button import WrapButton
from studio.qt.language import FollowsLanguage

SLOT_EDGE = 150


class PictureSlot(FollowsLanguage, QFrame):
    """One picture in a reply: its job's state until it arrives (sharpening previews where the server sends
    them), then the thumbnail, draggable and clickable. Running jobs can be stopped, failed ones retried."""

    clicked = Signal(int)
    cancel_requested = Signal(int)  # job id
    retry_requested = Signal(int)  # job id

    def __init__(self, prompt: str, job_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pictureSlot")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedSize(SLOT_EDGE + 12, SLOT_EDGE + 40)
        self.setToolTip(prompt)
        self.setAccessibleName(prompt)
        self.job_id = job_id
        self.call_id, self.index = "", 0  # which picture of which tool call it shows
        self.image_id: int | None = None
        self.state = JobState.QUEUED
        self._press: QPoint | None = None
        self._words: Callable[[], str] | None = None  # the label's words, when they are the studio's own
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy: the service gives no progress figures
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(6)
        self.cancel_button = QToolButton()
        self.cancel_button.setObjectName("stopPicture")
        self.cancel_button.clicked.connect(lambda: self.job_id is not None and self.cancel_requested.emit(self.job_id))
        self.retry_button = QToolButton()
        self.retry_button.setObjectName("retryPicture")
        self.retry_button.clicked.connect(lambda: self.job_id is not None and self.retry_requested.emit(self.job_id))
        self.retry_button.hide()
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.retry_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        self._say(lambda: self.tr("Waiting…"))
        self.retranslate()

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Stop"))
        self.cancel_button.setToolTip(self.tr("Stop making this picture"))
        self.retry_button.setText(self.tr("Retry"))
        self.retry_button.setToolTip(self.tr("Try making this picture again"))
        if self._words is not None:
            self.label.setText(self._words())

    def _say(self, words: Callable[[], str] | str) -> None:
        """Words in place of the picture: the studio's own (a function, said again in a new language) or a
        message that came translated already (a server's reason)."""
        self._words = words if callable(words) else None
        self.label.setText(words() if callable(words) else words)

    def show_job(self, job: JobRecord, pixmap: QPixmap | None = None) -> None:
        """Follow the job: waiting (with the retry countdown, if any), drawing, done, failed or stopped."""
        self.job_id = job.id
        if job.state == JobState.DONE and pixmap is not None and job.image_id is not None:
            self.show_picture(job.image_id, pixmap)
            return
        self.state = job.state
        active = job.state in ACTIVE_STATES
        self.bar.setVisible(active)
        self.cancel_button.setVisible(active)
        self.retry_button.setVisible(job.state in (JobState.FAILED, JobState.CANCELLED))
        if job.state == JobState.RUNNING:
            if self.label.pixmap() is None or self.label.pixmap().isNull():
                self._say(lambda: self.tr("Drawing…"))
            self.label.setStyleSheet("")
        elif job.state == JobState.QUEUED:
            self._say(job.error or (lambda: self.tr("Waiting…")))
            self.label.setStyleSheet("color: #8a6d00; font-size: 11px;" if job.error else "")
        elif job.error:
            self.show_failure(job.error)
        elif job.state == JobState.CANCELLED:
            self.show_failure(lambda: self.tr("Stopped."))
        else:
            self.show_not_made()

    def show_not_made(self) -> None:
        self.show_failure(lambda: self.tr("Not made."))

    def show_preview(self, pixmap: QPixmap) -> None:
        if self.state in ACTIVE_STATES:
            self._words = None
            self.label.setPixmap(self._fit(pixmap))

    def show_picture(self, image_id: int, pixmap: QPixmap) -> None:
        self.image_id, self.state = image_id, JobState.DONE
        self.bar.hide()
        self.cancel_button.hide()
        self.retry_button.hide()
        self.label.setStyleSheet("")
        self._words = None
        self.label.setPixmap(self._fit(pixmap))
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    def show_failure(self, message: Callable[[], str] | str) -> None:
        if self.state not in (JobState.FAILED, JobState.CANCELLED):
            self.state = JobState.FAILED
        self.image_id = None  # no picture to click or drag (nor one to put back when a late thumbnail comes)
        self.bar.hide()
        self.cancel_button.hide()
        self.retry_button.setVisible(self.job_id is not None)
        self.label.setPixmap(QPixmap())
        self._say(message)
        self.label.setStyleSheet("color: #a33; font-size: 11px;")

    @staticmethod
    def _fit(pixmap: QPixmap) -> QPixmap:
        return pixmap.scaled(SLOT_EDGE, SLOT_EDGE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.image_id is None or self._press is None:
            return
        if (event.position().toPoint() - self._press).manhattanLength() < QApplication.startDragDistance():
            return
        drag = QDrag(self)
        drag.setMimeData(image_mime([self.image_id]))
        pixmap = self.label.pixmap()
        if pixmap is not None and not pixmap.isNull():
            drag.setPixmap(pixmap.scaled(80, 80, Qt.AspectRatioMode.KeepAspectRatio))
        self._press = None
        drag.exec(Qt.DropAction.CopyAction)

    def mouseReleaseEvent(self, _event: QMouseEvent) -> None:
        if self._press is not None and self.image_id is not None:
            self.clicked.emit(self.image_id)
        self._press = None


class Bubble(QFrame):
    """A message in the chat: text that can grow as it streams, then prompts, pictures or a story.

    The assistant's text is Markdown, shown formatted; everyone else's is plain text."""

    make_pages = Signal(dict)
    redraw = Signal(str)  # an edited prompt to draw again
    redraw_menu = Signal(object, object)  # (QMenu, the prompt as edited now): fill Draw again's shape menu

    def __init__(self, role: str, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = role
        self.message_id: int | None = None  # the message it shows, once saved
        self.setObjectName(f"{role}Bubble")
        colours = {"user": "#dcebff", "assistant": "#ffffff", "error": "#fde7e7", "question": "#fff4d6"}
        self.setStyleSheet(f"QFrame#{role}Bubble {{ background: {colours.get(role, '#fff')}; border-radius: 10px; }}")
        self.text: PlainTextView | MarkdownView = (MarkdownView(text) if role == "assistant"
                                                   else PlainTextView(text, "bubbleText"))
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(10, 8, 10, 8)
        self.layout_.addWidget(self.text)
        self.text.setVisible(bool(text))
        self.slots: list[PictureSlot] = []
        self.prompt_edits: list[GrowingEdit] = []
        self.grids: list[FlowLayout] = []
        self._words: list[Callable[[], object]] = []  # what sets the studio's own words in the bubble again

    def keep_words(self, words: Callable[[], object]) -> None:
        """Something in the bubble that shows the studio's own words: set now, and again when the language
        changes (a bubble lives as long as the chat shows it). A person's or a model's words are never touched."""
        self._words.append(words)
        words()

    def set_words(self, text: Callable[[], str]) -> None:
        """The bubble's text is the studio's own (an estimate, a question)."""
        self.keep_words(lambda: self.append_text(text(), replace=True))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            for words in self._words:
                words()

    def plain_text(self) -> str:
        return self.text.markdown if isinstance(self.text, MarkdownView) else self.text.text()

    def append_text(self, delta: str, replace: bool = False) -> None:
        if isinstance(self.text, MarkdownView):
            if replace:
                self.text.set_markdown(delta)
            else:
                self.text.append_markdown(delta)
        else:
            self.text.setText(delta if replace else self.text.text() + delta)
        self.text.setVisible(True)

    def finish_text(self) -> None:
        """The reply is complete: show whatever is still waiting for the next frame now."""
        if isinstance(self.text, MarkdownView):
            self.text.flush()

    def add_prompts(self, prompts: list[str], job_ids: list[int | None] | None = None,
                    editable: bool = True, call_id: str = "") -> list[PictureSlot]:
        """Each prompt as a box that wraps, editable with a Draw button beside it, then the pictures: as many
        side by side as the bubble's width holds."""
        for prompt in prompts:
            row = QHBoxLayout()
            edit = GrowingEdit(prompt, max_lines=6)
            edit.setObjectName("promptEdit")
            self.keep_words(lambda e=edit: e.setAccessibleName(self.tr("Prompt")))
            edit.setReadOnly(not editable)
            edit.setStyleSheet("color: #444; font-size: 11px;")
            row.addWidget(edit, 1)
            if editable:
                again = QToolButton()
                again.setObjectName("drawAgain")
                self.keep_words(lambda b=again: (b.setText(self.tr("Draw again")), b.setToolTip(self.tr(
                    "Draw this prompt again (edit it first if you like); the arrow picks its shape"))))
                again.clicked.connect(lambda _checked=False, e=edit: (text := e.toPlainText().strip()) and self.redraw.emit(text))
                shapes = QMenu(again)
                shapes.setObjectName("drawAgainShapes")
                shapes.aboutToShow.connect(lambda m=shapes, e=edit: self.redraw_menu.emit(
                    m, lambda: e.toPlainText().strip()))
                again.setMenu(shapes)
                again.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
                edit.submitted.connect(again.click)
                row.addWidget(again, 0, Qt.AlignmentFlag.AlignTop)
            self.layout_.addLayout(row)
            self.prompt_edits.append(edit)
        grid_host = QWidget()
        grid_host.setObjectName("pictureGrid")
        grid = FlowLayout(grid_host)
        ids = job_ids or [None] * len(prompts)
        new = [PictureSlot(p, j) for p, j in zip(prompts, ids)]
        for i, slot in enumerate(new):
            slot.call_id, slot.index = call_id, i
            grid.addWidget(slot)
        self.layout_.addWidget(grid_host)
        self.grids.append(grid)
        self.slots.extend(new)
        return new

    def story_text(self, story: dict) -> str:
        # "1.", not "Page 1": the story's first page is not the book's page 1 (the title page is)
        body = [story["title"], ""] + [self.tr("{n}. {text}").format(n=i + 1, text=p.get("text", ""))
                                       for i, p in enumerate(story["pages"])]
        if story.get("dedication"):
            body[2:2] = [self.tr("Dedication: {text}").format(text=story["dedication"]), ""]
        if story.get("blurb"):
            body += ["", self.tr("Back cover: {text}").format(text=story["blurb"])]
        return "\n".join(body)

    def add_story(self, story: dict) -> None:
        text = PlainTextView("", "storyText")
        self.layout_.addWidget(text)
        button = WrapButton("")
        button.clicked.connect(lambda: self._make_pages(story))
        self.layout_.addWidget(button)  # the whole width: an aligned button would not grow for its second line
        self.make_pages_button = button
        self.keep_words(lambda: (text.setText(self.story_text(story)), self._name_make_pages()))

    def _name_make_pages(self) -> None:
        made = not self.make_pages_button.isEnabled()
        self.make_pages_button.setText(self.tr("The pages are in the book (Edit ▸ Undo takes them back)") if made
                                       else self.tr("Make these pages in the book"))

    def _make_pages(self, story: dict) -> None:
        """Once: a second click would add the whole story again."""
        self.make_pages_button.setEnabled(False)
        self._name_make_pages()
        self.make_pages.emit(story)

    def add_note(self, text: Callable[[], str] | str) -> None:
        """A line under the message; the studio's own words as a function, so they follow the language."""
        note = PlainTextView("", "noteText")
        note.setStyleSheet("color: #555; font-style: italic;")
        self.layout_.addWidget(note)
        self.keep_words(lambda: note.setText(text() if callable(text) else text))
