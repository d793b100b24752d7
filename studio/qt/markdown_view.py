"""Showing a model's Markdown formatted, and nothing else: no HTML, no scripts, no images or links fetched.

A reply streams in as hundreds of small pieces. Re-parsing and re-laying-out the whole reply for every piece
costs more than a frame once a reply passes a few hundred words, so the view renders at most once per frame,
and only what changed: paragraphs that are finished (followed by a blank line outside a code fence) are parsed
once and appended to the document, which lays out only the new blocks; just the last, still-growing paragraph
is parsed again on each render.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QImage, QTextCursor, QTextDocument, QTextDocumentFragment
from PySide6.QtWidgets import QWidget

from studio.qt.text_view import FitTextView

MARKDOWN_FEATURES = QTextDocument.MarkdownFeature.MarkdownDialectGitHub | QTextDocument.MarkdownFeature.MarkdownNoHTML
FRAME_MS = 16
# Merged into the previous block when a fragment is appended, then removed: the fragment's own first block then
# keeps its format (heading, code, quote) instead of taking the format of the block it would be merged into.
_SPACER = "\u2063"


# Qt's own small "file" icon: what an image in a reply shows instead of itself.
_PLACEHOLDER = ":/qt-project.org/styles/commonstyle/images/file-16.png"


class SafeDocument(QTextDocument):
    """A document that never loads a resource: an image in a reply, remote (`![x](http://…)`) or on this computer
    (`![x](/home/…/photo.png)`, `file://…`), shows a placeholder; nothing is fetched and no file is read.

    Answering "nothing" is not enough: Qt's image handler, given no image, reads a local path itself (and would
    block the window on a FIFO or a huge file). So every image is answered with the placeholder."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.refused: set[str] = set()  # every resource a reply asked for (each once: painting asks again)
        self._placeholder: QImage | None = None

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        self.refused.add(name.toString() if isinstance(name, QUrl) else str(name))
        if kind != QTextDocument.ResourceType.ImageResource:
            return None
        if self._placeholder is None:
            self._placeholder = QImage(_PLACEHOLDER)
        return self._placeholder


def finished_length(markdown: str) -> int:
    """How much of `markdown` is whole blocks: up to the last blank line that is outside a code fence."""
    cut, fence, pos = 0, "", 0
    for line in markdown.splitlines(keepends=True):
        pos += len(line)
        if not line.endswith("\n"):
            break  # a line still being written
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            marker = stripped[:3]
            fence = "" if fence == marker else (fence or marker)
        elif not stripped and not fence:
            cut = pos
    return cut


class MarkdownView(FitTextView):
    """Read-only formatted text that grows to fit its content, for chat bubbles; it wraps to the bubble's width,
    code included (a code line too long for the bubble goes on in the next line, never past the edge)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bubbleText")
        document = SafeDocument(self)
        document.setUndoRedoEnabled(False)  # a streamed reply would otherwise keep every edit in memory
        document.setDocumentMargin(2)
        self.set_document(document)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self._markdown = ""
        self._laid_out = 0  # characters of the source appended to the document as finished blocks
        self._tail_at = 0  # document position where the unfinished last paragraph begins
        self._frame = QTimer(self)
        self._frame.setSingleShot(True)
        self._frame.setInterval(FRAME_MS)
        self._frame.timeout.connect(self.flush)
        self.set_markdown(text)

    @property
    def markdown(self) -> str:
        return self._markdown

    @property
    def pending(self) -> bool:
        """Text has arrived that the next frame will show."""
        return self._frame.isActive()

    def set_markdown(self, text: str) -> None:
        self._frame.stop()
        self._markdown = text
        self._laid_out = self._tail_at = 0
        self.document().clear()
        self.flush()

    def append_markdown(self, delta: str) -> None:
        self._markdown += delta
        if not self._frame.isActive():
            self._frame.start()

    def flush(self) -> None:
        """Show everything that has arrived: append newly finished blocks, re-parse only the last paragraph."""
        self._frame.stop()
        source = self._markdown
        done = finished_length(source)
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        self._remove_tail(cursor)
        if done > self._laid_out:
            self._append(cursor, source[self._laid_out:done])
            self._laid_out = done
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self._tail_at = cursor.position()
        tail = source[max(done, self._laid_out):]
        if tail.strip():
            self._append(cursor, tail)
        cursor.endEditBlock()
        self._fit()

    def _remove_tail(self, cursor: QTextCursor) -> None:
        cursor.setPosition(self._tail_at)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        if cursor.hasSelection():
            cursor.removeSelectedText()

    def _append(self, cursor: QTextCursor, markdown: str) -> None:
        cursor.movePosition(QTextCursor.MoveOperation.End)
        start = cursor.position()
        if self.document().isEmpty():
            cursor.insertFragment(QTextDocumentFragment.fromMarkdown(markdown, MARKDOWN_FEATURES))
        else:
            cursor.insertFragment(QTextDocumentFragment.fromMarkdown(_SPACER + "\n\n" + markdown, MARKDOWN_FEATURES))
            cursor.setPosition(start)
            cursor.movePosition(QTextCursor.MoveOperation.NextCharacter, QTextCursor.MoveMode.KeepAnchor)
            if cursor.selectedText() == _SPACER:
                cursor.removeSelectedText()
        _let_code_wrap(self.document(), start)


def _let_code_wrap(document: QTextDocument, start: int) -> None:
    """Markdown's code blocks come as lines that may not break; in a narrow chat they would run past the edge."""
    block = document.findBlock(start)
    while block.isValid():
        if block.blockFormat().nonBreakableLines():
            cursor = QTextCursor(block)
            wrapping = block.blockFormat()
            wrapping.setNonBreakableLines(False)
            cursor.setBlockFormat(wrapping)
        block = block.next()
