"""The page canvas shows the text in the very lines the PDF prints (both come from core/layout)."""

import pytest
from PySide6.QtCore import Qt

from studio.core.document.model import BookFormat
from studio.core.layout.book import story_pages
from studio.core.output.book_pdf import render_pdf
from studio.core.output.snapshot import snapshot
from studio.core.settings import Settings
from tests.qt.conftest import show_first_story_page

STORIES = {
    "en": "Larry the super-duper sunflower hedgehog pours tea for his friends while the thunder rolls over the hill.",
    "ko": "해바라기 고슴도치 래리는 천둥이 치는 날에도 친구들에게 따뜻한 차를 따라 주었어요. 빗소리가 노래했지요.",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_canvas_and_the_pdf_break_the_same_words_onto_each_line(qtbot, make_window, tmp_path, lang):
    from pypdf import PdfReader

    window = make_window(Settings(backend="offline"))
    project = window.project
    project.set_book_format(BookFormat(8, 10, bleed_model="pod"))
    page = story_pages(project)[0]
    project.set_frame_text(page.frame("text").id, STORIES[lang])
    show_first_story_page(window)
    assert window.storyboard.current_page().id == page.id
    canvas = window.storyboard.canvas
    canvas.resize(700, 800)
    canvas.grab()  # paints
    shown = canvas.painted_lines
    assert len(shown) >= 2
    pdf = render_pdf(snapshot(project), tmp_path / "book.pdf").paths[0]
    at = [p.id for p in project.pages() if not p.is_cover].index(page.id)
    printed = [line.strip() for line in PdfReader(pdf).pages[at].extract_text().splitlines() if line.strip()]
    assert list(shown) == printed


def test_clicking_the_text_opens_the_editor_and_escape_shows_the_set_lines_again(qtbot, make_window):
    window = make_window(Settings(backend="offline"))
    show_first_story_page(window)
    canvas = window.storyboard.canvas
    frame = window.storyboard.current_page().frame("text")
    assert not canvas.editing
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=canvas.frame_rect(frame).center().toPoint())
    assert canvas.editing
    qtbot.keyClicks(canvas.text_edit, "Larry waves")
    qtbot.keyClick(canvas.text_edit, Qt.Key.Key_Escape)
    assert not canvas.editing
    assert window.project.frame(frame.id).text == "Larry waves"
    canvas.grab()
    assert canvas.painted_lines == ("Larry waves",)


def test_a_soft_picture_and_crowded_text_get_badges_on_their_frames(qtbot, make_window):
    from studio.core.gallery.imaging import decode
    from tests.fake_openai import png_for

    window = make_window(Settings(backend="offline"))
    project = window.project
    decoded = decode(png_for("Larry", "512x512"))
    image = project.add_image(decoded.data, decoded.thumb, decoded.width, decoded.height, decoded.mime)
    page = story_pages(project)[0]
    show_first_story_page(window)
    window.storyboard.place_image(image.id)
    project.set_frame_text(page.frame("text").id, "Larry pours tea for every friend on the whole hill. " * 6)
    canvas = window.storyboard.canvas
    qtbot.waitUntil(lambda: len(canvas.badges()) == 2, timeout=60_000)
    badges = dict(canvas.badges())
    said = badges[page.frame("image").id]  # "Blurry · 120 DPI": words a parent reads, the number a printer does
    assert said.startswith(("Blurry", "Soft")) and said.endswith("DPI") and int(said.split()[-2]) < 300
    assert badges[page.frame("text").id] == "Text does not fit"
    assert "prints at" in canvas.toolTip()
