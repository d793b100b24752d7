"""Every letter reaches the printed page: mixed Latin, Hangul, Chinese and emoji print and copy out of the PDF,
in embedded fonts; what no bundled font has is named before printing."""

import pypdfium2
from pypdf import PdfReader

from studio.core.layout.book import set_title, story_pages
from studio.core.output.book_pdf import render_pdf
from studio.core.output.report import book_report
from studio.core.output.snapshot import snapshot


def _page_texts(pdf) -> list[str]:
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        return [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()


def _fonts(pdf) -> dict[str, bool]:
    fonts = {}
    for page in PdfReader(pdf).pages:
        for font in page["/Resources"].get("/Font", {}).values():
            descriptor = font.get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            fonts[str(font.get_object()["/BaseFont"])] = "/FontFile2" in descriptor
    return fonts


def test_zoe_cafe_hedgehog_and_chinese_print_every_letter_in_embedded_fonts(make_book, tmp_path):
    project = make_book(story=1, template="picture_above")
    page = story_pages(project)[0]
    project.set_frame_text(page.frame("text").id, "Zoë와 café 🦔 刺猬")
    set_title(project, "래리의 찻집 Zoë")
    book = snapshot(project)
    assert not [w for w in book_report(book).warnings if "font" in w]  # nothing to name: everything has a glyph
    pdf = render_pdf(book, tmp_path / "book.pdf").paths[0]
    texts = _page_texts(pdf)
    assert "Zoë와 café 🦔 刺猬" in texts[2]  # the story page: é, ë, Hangul, the hedgehog and 刺猬 all there
    assert "래리의 찻집 Zoë" in texts[0]  # the title page
    fonts = _fonts(pdf)
    assert all(fonts.values()), f"not embedded: {[n for n, e in fonts.items() if not e]}"
    assert any("NotoEmoji" in n for n in fonts) and any("DroidSansFallback" in n for n in fonts)


def test_a_letter_no_bundled_font_has_is_named_before_printing(make_book):
    project = make_book(story=1, template="picture_above")
    page = story_pages(project)[0]
    project.set_frame_text(page.frame("text").id, "The scribe drew 𓀀 on the wall")
    [warning] = [w for w in book_report(snapshot(project)).warnings if "font" in w]
    assert "𓀀" in warning and "missing from the print" in warning
