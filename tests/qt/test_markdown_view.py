"""A reply's Markdown is formatted, and nothing in it is run, fetched or read: its HTML shows as text, and its
images, remote or on this computer, show a placeholder (the guard is SafeDocument.loadResource)."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument

from studio.qt.markdown_view import MarkdownView


def test_markdown_is_formatted_and_html_and_scripts_show_as_text(qapp):
    view = MarkdownView("**Larry** likes\n\n- tea\n- storms\n\n<script>alert(1)</script><b>bold?</b>")
    text = view.document().toPlainText()
    assert "Larry likes" in text and "tea" in text  # markdown markers are gone: it is formatted
    assert "<script>alert(1)</script>" in text and "<b>bold?</b>" in text  # HTML shows as text, never runs
    assert view.document().toHtml().count("font-weight:700") >= 1


def red_pixels(view: MarkdownView) -> int:
    image = view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    return sum(1 for y in range(image.height()) for x in range(image.width())
               if image.pixelColor(x, y).name() == "#ff0000")


def test_images_in_a_reply_are_neither_fetched_nor_read_from_disk(qtbot, fake_openai, tmp_path):
    local = tmp_path / "private.png"
    picture = QImage(40, 30, QImage.Format.Format_RGB32)
    picture.fill(QColor("#ff0000"))
    assert picture.save(str(local))
    remote = f"{fake_openai.origin}/a.png"
    view = MarkdownView(f"Look:\n\n![x]({remote})\n\n![y]({local})\n\n![z]({QUrl.fromLocalFile(str(local)).toString()})")
    qtbot.addWidget(view)
    view.show()
    document = view.document()
    # the view has laid out and painted every image once it has asked the guard for each of them
    qtbot.waitUntil(lambda: {remote, str(local), QUrl.fromLocalFile(str(local)).toString()} <= set(document.refused))

    answer = document.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(remote))
    assert isinstance(answer, QImage) and answer.size().width() <= 16  # the placeholder, nothing from the server
    assert fake_openai.requests == []  # the local HTTP server was never asked
    # Qt reads a local image itself when the document has none to give: the picture must not reach the screen
    assert red_pixels(view) == 0
    for name in (str(local), QUrl.fromLocalFile(str(local)).toString()):
        shown = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert shown is not None and shown.width() <= 16
