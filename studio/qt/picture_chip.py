"""The "About picture #N" chip above the message box: the picture the next message is about, with its thumbnail
and an ✕ to take it off. It goes with one message only."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from studio.qt.language import FollowsLanguage

CHIP_THUMB = 40


class PictureChip(FollowsLanguage, QFrame):
    removed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("selectionChip")
        self.setStyleSheet("QFrame#selectionChip { background: #e8f0fe; border: 1px solid #9ab8ee; border-radius: 8px; }")
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.thumb = QLabel()
        self.thumb.setFixedSize(CHIP_THUMB, CHIP_THUMB)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label = QLabel()
        self.label.setObjectName("selectionText")
        self.label.setWordWrap(True)
        self.remove_button = QToolButton()
        self.remove_button.setObjectName("removeSelection")
        self.remove_button.setText("✕")
        self.remove_button.setAutoRaise(True)
        self.remove_button.clicked.connect(self.removed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.thumb)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.remove_button)
        self.image_id: int | None = None
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.remove_button.setToolTip(self.tr("Don't refer to this picture"))
        self.remove_button.setAccessibleName(self.tr("Remove the picture from the message"))
        if self.image_id is not None:
            self.label.setText(self.tr("About picture #{id}").format(id=self.image_id))
            self.setToolTip(self.tr("Your next message is about this picture"))

    def show_picture(self, image_id: int | None, thumbnail: QPixmap | None = None) -> None:
        """The chip for `image_id`, or no chip for None."""
        self.image_id = image_id
        self.setVisible(image_id is not None)
        if image_id is None:
            self.thumb.clear()
            self.label.clear()
            return
        self.retranslate()
        if thumbnail is not None and not thumbnail.isNull():
            self.thumb.setPixmap(thumbnail.scaled(CHIP_THUMB, CHIP_THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                                  Qt.TransformationMode.SmoothTransformation))
        else:
            self.thumb.clear()
