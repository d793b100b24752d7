"""Where a picture came from, readable: its prompt in full with Copy, labelled fields (model, size, quality, style,
seed, when, cost, the pictures it was drawn from, the chat turn, pages, boards) and the designer's note, editable.
Used beside the gallery and in the large picture."""

from __future__ import annotations

import html
import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from studio.core.gallery.provenance import Provenance
from studio.qt.language import FollowsLanguage

SOURCE_NAMES = {"generated": QT_TRANSLATE_NOOP("ProvenanceView", "Generated"),
                "edited": QT_TRANSLATE_NOOP("ProvenanceView", "Edited"),
                "imported": QT_TRANSLATE_NOOP("ProvenanceView", "Imported")}
NOTE_PAUSE = 800  # ms after the last key before a note is kept (typing on is the same undo step)


def _when(seconds: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(seconds))


def _links(kind: str, ids: list[int]) -> str:
    return ", ".join(f'<a href="{kind}:{i}">#{i}</a>' if kind == "image" else f'<a href="{kind}:{i}">{i}</a>'
                     for i in ids)


class ProvenanceView(FollowsLanguage, QWidget):
    link_clicked = Signal(str, int)  # "turn" | "image" | "page", and its id or number
    note_edited = Signal(int, str)  # picture id, the note as typed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image_id: int | None = None
        self._prompt = ""
        self._shown: Provenance | None = None  # drawn again when the language changes
        self.title = QLabel()
        self.title.setObjectName("provenanceTitle")
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copyPrompt")
        self.copy_button.clicked.connect(self.copy_prompt)
        self.prompt = QLabel()
        self.prompt.setObjectName("provenancePrompt")
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.prompt.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.fields = QLabel()
        self.fields.setObjectName("provenance")
        self.fields.setWordWrap(True)
        self.fields.setTextFormat(Qt.TextFormat.RichText)
        self.fields.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.fields.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.fields.linkActivated.connect(self._link)
        self.note = QPlainTextEdit()
        self.note.setObjectName("pictureNote")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 3 + 14)
        self.note.textChanged.connect(self._note_typed)
        self.note.installEventFilter(self)
        self._note_timer = QTimer(self, singleShot=True, interval=NOTE_PAUSE, timeout=self.keep_note)
        self._note_for: int | None = None  # the picture the typed note belongs to, until it is kept
        self._showing = False

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title, 1)
        top.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.prompt)
        layout.addWidget(self.fields)
        layout.addWidget(self.note)
        layout.addStretch(1)  # in a tall column the fields stay together at the top
        QWidget.setTabOrder(self.copy_button, self.fields)
        QWidget.setTabOrder(self.fields, self.note)
        self.retranslate()

    def first_focus(self) -> QWidget:
        return self.copy_button

    def last_focus(self) -> QWidget:
        return self.note

    def retranslate(self) -> None:
        """Every text again, in the language now chosen, the picture shown included."""
        self.copy_button.setText(self.tr("Copy Prompt"))
        self.copy_button.setToolTip(self.tr("Copy the prompt exactly as it was sent"))
        self.fields.setAccessibleName(self.tr("Where the picture came from"))
        self.note.setAccessibleName(self.tr("Notes"))
        self.note.setPlaceholderText(self.tr("Notes: a comment on this picture, for you or a client. Searchable."))
        self.show_provenance(self._shown)

    # -- showing ---------------------------------------------------------------------------

    def show_provenance(self, p: Provenance | None) -> None:
        same = p is not None and p.image.id == self.image_id
        if not same:
            self.keep_note()  # a note typed for the picture shown until now is kept for it
        self.image_id = p.image.id if p else None
        self._shown = p
        self._prompt = p.prompt_sent if p else ""
        self.copy_button.setEnabled(bool(self._prompt))
        self.note.setEnabled(p is not None)
        if p is None:
            for label in (self.title, self.prompt, self.fields):
                label.clear()
            self._set_note("")
            return
        r = p.image
        star = "★ " if r.favourite else ""
        source = self.tr(SOURCE_NAMES.get(r.source, r.source))
        self.title.setText(f"<b>{star}#{r.id}</b> · {html.escape(source)}")
        self.prompt.setText(p.prompt_sent or self.tr("(no prompt: {name})").format(name=r.file_name or source))
        self.fields.setText(self._fields_html(p))
        if not (same and (self.note.hasFocus() or self._note_for is not None)):
            self._set_note(p.note)  # never over what the person is typing

    def _set_note(self, text: str) -> None:
        if self.note.toPlainText() != text:
            self._showing = True
            self.note.setPlainText(text)
            self._showing = False

    def _fields_html(self, p: Provenance) -> str:
        r = p.image
        esc = html.escape
        rows: list[tuple[str, str]] = []
        if p.user_words and p.user_words.strip() != p.prompt_sent.strip():
            rows.append((self.tr("You said"), esc(p.user_words)))
        if r.file_name:
            rows.append((self.tr("File"), esc(r.file_name)))
        if r.model:
            rows.append((self.tr("Model"), esc(r.model)))
        size = f"{r.width} × {r.height}"
        if p.size and p.size.replace("x", "×") != size.replace(" ", ""):
            size += " " + self.tr("(asked for {size})").format(size=esc(p.size.replace("x", "×")))
        rows.append((self.tr("Size"), size))
        if p.quality:
            rows.append((self.tr("Quality"), esc(p.quality)))
        if p.style:
            rows.append((self.tr("Style"), esc(p.style)))
        if p.seed is not None:
            rows.append((self.tr("Seed"), str(p.seed)))
        rows.append((self.tr("Made"), _when(r.created)))
        if p.cost is not None:
            rows.append((self.tr("Cost"), f"≈ {p.cost:.3f} {esc(p.currency)}"))
        if p.parent_id is not None:
            rows.append((self.tr("Made from"), _links("image", [p.parent_id])))
        if p.references:
            rows.append((self.tr("Drawn after"), _links("image", p.references)))
        if p.message_id is not None:
            turn = self.tr("Show the turn")
            rows.append((self.tr("Chat"), f'<a href="turn:{p.message_id}">{esc(turn)}</a>'))
        if p.pages:
            rows.append((self.tr("On pages"), _links("page", p.pages)))
        if p.boards:
            rows.append((self.tr("Boards"), esc(", ".join(p.boards))))
        if p.tags:
            rows.append((self.tr("Tags"), esc(", ".join(p.tags))))
        if r.trashed is not None:
            rows.append((self.tr("In the trash"), self.tr("since {when}").format(when=_when(r.trashed))))
        body = "".join(f"<tr><td style='color:gray;padding-right:8px' valign='top'>{k}</td><td>{v}</td></tr>"
                       for k, v in rows)
        return f"<table cellspacing='0' cellpadding='1'>{body}</table>"

    def plain_text(self) -> str:
        """Everything shown, as text (for a screen reader's summary and for tests)."""
        from PySide6.QtGui import QTextDocument

        doc = QTextDocument()
        doc.setHtml(self.fields.text())
        return "\n".join(t for t in (self.title.text(), self.prompt.text(), doc.toPlainText(),
                                     self.note.toPlainText()) if t)

    # -- acting ---------------------------------------------------------------------------

    def copy_prompt(self) -> None:
        if self._prompt:
            QGuiApplication.clipboard().setText(self._prompt)

    def _link(self, url: str) -> None:
        kind, _, value = url.partition(":")
        if value.isdigit():
            self.link_clicked.emit(kind, int(value))

    def _note_typed(self) -> None:
        if self._showing or self.image_id is None:
            return
        self._note_for = self.image_id
        self._note_timer.start()

    def keep_note(self) -> None:
        """Hand over the note typed (after a pause, on leaving the box, or before another picture is shown)."""
        self._note_timer.stop()
        if self._note_for is not None:
            image_id, self._note_for = self._note_for, None
            self.note_edited.emit(image_id, self.note.toPlainText())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.note and event.type() == QEvent.Type.FocusOut:
            self.keep_note()
        return super().eventFilter(watched, event)
