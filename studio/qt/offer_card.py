"""A card in the chat for what the assistant offered rather than did ("Replace the picture on page 6 with
#12?"): the sentence, the picture, and the person's two answers. Accepting is core/app/offers.py's one undo
step; the card shows where the offer stands (accepted, declined, or overtaken by a change to the book)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from studio.core.app import offers
from studio.core.app.edits import EditError
from studio.core.app.project import Project
from studio.core.assistant.turn_events import Offer
from studio.core.document.changes import ChangeSet
from studio.core.layout.book import spoken_label
from studio.qt.pictures import thumbnail_pixmap
from studio.qt.language import FollowsLanguage

THUMB_EDGE = 72


class OfferCard(FollowsLanguage, QFrame):
    accepted = Signal(str)  # the undo step's name
    declined = Signal()

    def __init__(self, project: Project, message_id: int, offer: Offer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offerCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#offerCard { background: palette(alternate-base); border-radius: 6px; }")
        self._project, self._message_id, self.offer = project, message_id, offer

        self.picture = QLabel()
        self.picture.setFixedSize(THUMB_EDGE, THUMB_EDGE)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._show_thumbnail()
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        self.sentence.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # wraps, never widens
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.accept_button = QPushButton()
        self.accept_button.setObjectName("acceptOffer")
        self.accept_button.clicked.connect(self.accept)
        self.decline_button = QPushButton()
        self.decline_button.setObjectName("declineOffer")
        self.decline_button.clicked.connect(self.decline)

        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.decline_button)
        buttons.addStretch(1)
        words = QVBoxLayout()
        words.addWidget(self.sentence)
        words.addWidget(self.status)
        words.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(words, 1)
        layout = QVBoxLayout(self)  # the buttons under the words: the card fits a narrow chat and never widens it
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addLayout(buttons)
        self.retranslate()
        # The person may undo, move the page or fill the frame while the card is on screen: it keeps up.
        unsubscribe = project.changes.subscribe(self._on_change)
        self.destroyed.connect(lambda *_: unsubscribe())

    def retranslate(self) -> None:
        self.sentence.setText(self._sentence())
        self.decline_button.setText(self.tr("No thanks"))
        self.refresh()

    def _on_change(self, change: ChangeSet) -> None:
        if (self.offer.frame_id in change.frames or self.offer.page_id in change.pages
                or self.offer.image_id in change.pictures or self._message_id in change.messages):
            self.refresh()

    def _sentence(self) -> str:
        where = spoken_label(self.offer.page_label)
        if self.offer.replaces is None:
            return self.tr("Put picture #{id} on {where}?").format(id=self.offer.image_id, where=where)
        return self.tr("Replace the picture on {where} (#{old}) with #{id}?").format(
            where=where, old=self.offer.replaces, id=self.offer.image_id)

    def _show_thumbnail(self) -> None:
        try:
            pixmap = thumbnail_pixmap(self._project, self.offer.image_id)
        except KeyError:  # the picture was emptied from the trash since
            self.picture.setText(f"#{self.offer.image_id}")
            return
        self.picture.setPixmap(pixmap.scaled(THUMB_EDGE, THUMB_EDGE, Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation))

    def refresh(self) -> None:
        """Buttons and a line for where the offer stands in the book as it is now."""
        now = offers.state(self._project, self.offer, self._message_id)
        open_ = now == offers.OfferState.OPEN
        frame_full = open_ and self._project.frame(self.offer.frame_id).image_id is not None
        self.accept_button.setText(self.tr("Replace") if frame_full else self.tr("Put it there"))
        read_only = bool(self._project.read_only)
        for button in (self.accept_button, self.decline_button):
            button.setVisible(open_)
            button.setEnabled(not read_only)
            button.setToolTip(self.tr("This book is read-only.") if read_only else "")
        where = spoken_label(self.offer.page_label)
        self.status.setText({
            offers.OfferState.OPEN: self.tr("Nothing on the page has changed."),
            offers.OfferState.DONE: self.tr("Picture #{id} is on {where}.").format(id=self.offer.image_id, where=where),
            offers.OfferState.DECLINED: self.tr("Left as it was."),
            offers.OfferState.STALE: offers.why_not(self._project, self.offer) or "",
        }[now])

    def accept(self) -> None:
        try:
            name = offers.accept_offer(self._project, self.offer)
        except EditError as exc:
            self.refresh()
            self.status.setText(str(exc))
            return
        self.refresh()
        self.status.setText(self.tr("Done: {name}. Edit ▸ Undo takes it back.").format(name=name))
        self.accepted.emit(name)

    def decline(self) -> None:
        offers.decline_offer(self._project, self._message_id, self.offer)
        self.refresh()
        self.declined.emit()
