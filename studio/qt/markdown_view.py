"""Showing a model's Markdown formatted, and nothing else: no HTML, no scripts, no images or links fetched."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl, Qt
from PySide6.QtGui import QResizeEvent, QTextDocument
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget

MARKDOWN_FEATURES = QTextDocument.MarkdownFeature.MarkdownDialectGitHub | QTextDocument.MarkdownFeature.MarkdownNoHTML


class SafeDocument(QTextDocument):
    """A document that never loads a resource: `![x](http://…)` stays a placeholder, nothing is fetched."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.refused: list[str] = []

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        self.refused.append(name.toString() if isinstance(name, QUrl) else str(name))
        return None


class MarkdownView(QTextBrowser):
    """Read-only formatted text that grows to fit its content, for chat bubbles."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bubbleText")
        self.setDocument(SafeDocument(self))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setStyleSheet("QTextBrowser { background: transparent; }")
        self.document().setDocumentMargin(2)
        self.document().contentsChanged.connect(self._fit)
        self._markdown = ""
        self.set_markdown(text)

    @property
    def markdown(self) -> str:
        return self._markdown

    def set_markdown(self, text: str) -> None:
        self._markdown = text
        self.document().setMarkdown(text, MARKDOWN_FEATURES)

    def append_markdown(self, delta: str) -> None:
        self.set_markdown(self._markdown + delta)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        self.document().setTextWidth(max(50, self.viewport().width()))
        self.setFixedHeight(int(self.document().size().height()) + 6)
