"""The chat: the conversation so far, a reply that streams in, pictures that arrive inline."""

from __future__ import annotations

import json
from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget)

from studio.backends.base import Backend, BackendError
from studio.core.assistant import Assistant
from studio.core.model import Message
from studio.core.project import Project
from studio.core.tools import MAKE_IMAGES, WRITE_STORY
from studio.core.turn_events import (AssistantMessageSaved, ImageArrived, ImageFailed, ImagesRequested, ReplyDelta,
                                     StoryWritten, TurnEvent, UserMessageSaved)
from studio.qt.chat_bubbles import Bubble, PictureSlot
from studio.qt.pictures import thumbnail_pixmap
from studio.qt.tasks import TaskRunner


class ChatPane(QWidget):
    image_clicked = Signal(int)
    make_pages = Signal(dict)
    open_settings = Signal()
    turn_finished = Signal()

    def __init__(self, runner: TaskRunner, backend_source: Callable[[], Backend], concurrency: Callable[[], int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._backend_source = backend_source
        self._concurrency = concurrency
        self._project: Project | None = None
        self._live: Bubble | None = None
        self._bubbles: dict[int, Bubble] = {}
        self._slots: dict[tuple[str, int], PictureSlot] = {}
        self._task = None

        self.banner = QWidget()
        self.banner.setObjectName("offlineBanner")
        self.banner.setStyleSheet("QWidget#offlineBanner { background: #fff4d6; border-radius: 6px; }")
        self.banner_label = QLabel()
        self.banner_label.setWordWrap(True)
        key_button = QPushButton(self.tr("Add API key…"))
        key_button.clicked.connect(self.open_settings)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addWidget(key_button)

        self.transcript = QWidget()
        self.transcript_layout = QVBoxLayout(self.transcript)
        self.transcript_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("chatScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.transcript)
        self.scroll.verticalScrollBar().rangeChanged.connect(self._follow)
        self._at_bottom = True
        self.scroll.verticalScrollBar().valueChanged.connect(self._track_bottom)

        self.input = QPlainTextEdit()
        self.input.setObjectName("chatInput")
        self.input.setAccessibleName(self.tr("Message"))
        self.input.setPlaceholderText(self.tr("Ask for a picture or a story… (Enter sends, Shift+Enter for a new line)"))
        self.input.setMaximumHeight(90)
        self.input.installEventFilter(self)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setObjectName("sendButton")
        self.send_button.clicked.connect(self.send_current)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.stop)
        buttons = QVBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.stop_button)
        entry = QHBoxLayout()
        entry.addWidget(self.input, 1)
        entry.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Chat</b>")))
        layout.addWidget(self.banner)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(entry)

    # -- state ------------------------------------------------------------------------

    def set_backend_status(self, backend: Backend) -> None:
        reason = getattr(backend, "reason", "")
        self.banner.setVisible(backend.offline)
        self.banner_label.setText(self.tr(
            "Offline mode ({reason}): pictures are labelled placeholder sketches and stories are drafts. "
            "Add an API key to use a real model.").format(reason=reason or self.tr("chosen in Settings")))

    def set_project(self, project: Project | None) -> None:
        self.stop()
        self._project = project
        self._clear()
        if project is not None:
            self._render_history(project)

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done()

    def _clear(self) -> None:
        self._live, self._bubbles, self._slots = None, {}, {}
        while self.transcript_layout.count() > 1:
            item = self.transcript_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()

    def _add_bubble(self, bubble: Bubble) -> Bubble:
        self.transcript_layout.insertWidget(self.transcript_layout.count() - 1, bubble)
        bubble.make_pages.connect(self.make_pages)
        return bubble

    def bubbles(self) -> list[Bubble]:
        return [self.transcript_layout.itemAt(i).widget() for i in range(self.transcript_layout.count() - 1)
                if isinstance(self.transcript_layout.itemAt(i).widget(), Bubble)]

    def _render_history(self, project: Project) -> None:
        for message in project.messages():
            if message.role == "user":
                self._add_bubble(Bubble("user", message.content))
            elif message.role == "assistant":
                bubble = self._add_bubble(Bubble("assistant", message.content))
                self._bubbles[message.id] = bubble
                self._render_tool_calls(project, message, bubble)

    def _render_tool_calls(self, project: Project, message: Message, bubble: Bubble) -> None:
        for call in message.tool_calls:
            try:
                args = json.loads(call.arguments)
            except ValueError:
                continue
            if call.name == MAKE_IMAGES:
                images = project.images_of_message(message.id)
                by_index = {i.settings.get("index"): i for i in images if i.settings.get("call_id") == call.id}
                prompts = [p for p in args.get("prompts", []) if isinstance(p, str)]
                for index, slot in enumerate(bubble.add_prompts(prompts)):
                    self._wire_slot(slot)
                    record = by_index.get(index)
                    if record is not None:
                        slot.show_picture(record.id, thumbnail_pixmap(project, record.id))
                    else:
                        slot.show_failure(self.tr("Not made"))
            elif call.name == WRITE_STORY and isinstance(args.get("pages"), list):
                bubble.add_story(str(args.get("title", "")), [p for p in args["pages"] if isinstance(p, dict)])

    def _wire_slot(self, slot: PictureSlot) -> None:
        slot.clicked.connect(self.image_clicked)

    # -- sending -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.input and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.send_current()
                return True
        return super().eventFilter(watched, event)

    def send_current(self) -> None:
        text = self.input.toPlainText().strip()
        if text and self._project is not None and not self.busy:
            self.input.clear()
            self.send(text)

    def send(self, text: str) -> None:
        assert self._project is not None
        assistant = Assistant(self._project, self._backend_source(), self._concurrency())
        self._task = self._runner.start(self._run_turn(assistant, text), self.tr("Sending the message"))
        self._set_busy(True)

    def stop(self) -> None:
        if self.busy:
            self._task.cancel()

    def _set_busy(self, busy: bool) -> None:
        self.send_button.setEnabled(not busy)
        self.stop_button.setEnabled(busy)

    async def _run_turn(self, assistant: Assistant, text: str) -> None:
        self._slots = {}  # call ids repeat across turns (offline, some servers)
        try:
            await assistant.send(text, self._on_event)
        except BackendError as exc:
            self._add_bubble(Bubble("error", str(exc)))
        finally:
            self._live = None
            for slot in self._slots.values():
                if slot.state == "waiting":
                    slot.show_failure(self.tr("Stopped"))
            self._set_busy(False)
            self.turn_finished.emit()

    def _on_event(self, event: TurnEvent) -> None:
        if isinstance(event, UserMessageSaved):
            self._add_bubble(Bubble("user", event.message.content))
        elif isinstance(event, ReplyDelta):
            if self._live is None:
                self._live = self._add_bubble(Bubble("assistant"))
            self._live.append_text(event.text)
        elif isinstance(event, AssistantMessageSaved):
            bubble = self._live or self._add_bubble(Bubble("assistant", event.message.content))
            self._bubbles[event.message.id] = bubble
            self._live = None
        elif isinstance(event, ImagesRequested):
            bubble = self._bubbles[event.message_id]
            for index, slot in enumerate(bubble.add_prompts(list(event.prompts))):
                self._wire_slot(slot)
                self._slots[(event.call_id, index)] = slot
        elif isinstance(event, ImageArrived) and self._project is not None:
            slot = self._slots.get((event.call_id, event.index))
            if slot is not None:
                slot.show_picture(event.image.id, thumbnail_pixmap(self._project, event.image.id))
        elif isinstance(event, ImageFailed):
            slot = self._slots.get((event.call_id, event.index))
            if slot is not None:
                slot.show_failure(event.error)
        elif isinstance(event, StoryWritten):
            self._bubbles[event.message_id].add_story(event.title, list(event.pages))

    # -- scrolling ------------------------------------------------------------------------

    def _track_bottom(self, value: int) -> None:
        self._at_bottom = value >= self.scroll.verticalScrollBar().maximum() - 4

    def _follow(self, _min: int, maximum: int) -> None:
        if self._at_bottom:  # keep following the reply unless the user scrolled up to read
            QTimer.singleShot(0, lambda: self.scroll.verticalScrollBar().setValue(maximum))
