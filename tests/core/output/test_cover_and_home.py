"""The cover wrap, the home print, the folded booklet and the page images, opened and checked."""

import pytest
from PIL import Image
from pypdf import PdfReader

from studio.core.document.model import BookFormat
from studio.core.output.cover import cover_geometry, render_cover, spine_width_in
from studio.core.output.files import ExportError
from studio.core.output.home import SHEETS, HomeOptions, render_home
from studio.core.output.imposition import saddle_stitch
from studio.core.output.page_images import render_page_images
from studio.core.output.snapshot import snapshot


def _box(box) -> tuple[float, ...]:
    return tuple(round(float(v), 2) for v in box)


@pytest.mark.parametrize(("paper", "per_page"), [("white", 0.002252), ("cream", 0.0025), ("premium_color", 0.002347)])
def test_the_spine_is_as_thick_as_the_pages_on_that_paper(paper, per_page):
    assert spine_width_in(100, paper) == pytest.approx(100 * per_page)


def test_the_cover_wrap_is_back_spine_front_with_bleed_and_boxes(make_book, tmp_path):
    project = make_book(story=3, fmt=BookFormat(8.5, 8.5, title="Larry's Tea", paper="cream"))
    book = snapshot(project)
    result = render_cover(book, tmp_path / "cover.pdf")
    (page,) = PdfReader(result.paths[0]).pages
    spine = 6 * 0.0025 * 72  # title, dedication, three story pages and a blank, on cream
    width = 9 + 612 + spine + 612 + 9
    assert _box(page.mediabox) == _box((0, 0, width, 630))
    assert _box(page.trimbox) == _box((9, 9, width - 9, 621))
    assert _box(page.bleedbox) == _box((0, 0, width, 630))
    assert "no spine text" in result.notes[0]
    assert "Larry's Tea" in page.extract_text()  # on the front


def test_spine_text_appears_only_once_the_book_is_thick_enough(make_book, tmp_path):
    project = make_book(story=1, fmt=BookFormat(8.5, 8.5, title="Thunder Tea", author="Mia"))
    book = snapshot(project)
    assert not cover_geometry(book.format, 78).spine_text and cover_geometry(book.format, 80).spine_text
    from dataclasses import replace

    from studio.core.output.book_pdf import blank_page

    thick = replace(book, pages=book.pages[:-1] + tuple(blank_page(100 + i) for i in range(200)) + book.pages[-1:])
    text = PdfReader(render_cover(thick, tmp_path / "thick.pdf").paths[0]).pages[0].extract_text()
    assert "Mia" in text  # the byline is only ever on the spine
    text = PdfReader(render_cover(book, tmp_path / "thin.pdf").paths[0]).pages[0].extract_text()
    assert "Mia" not in text


def test_home_print_fits_each_page_on_a4_with_crop_marks_outside_the_bleed(make_book, tmp_path):
    project = make_book(story=1)
    book = snapshot(project)
    result = render_home(book, tmp_path / "home.pdf", HomeOptions("a4", "fit", crop_marks=True))
    reader = PdfReader(result.paths[0])
    assert len(reader.pages) == 5  # cover, title, dedication, story, back cover
    assert all(_box(p.mediabox) == _box((0, 0, *SHEETS["a4"])) for p in reader.pages)
    content = reader.pages[3].get_contents().get_data().decode("latin-1")
    assert content.count(" l S") + content.count(" l\nS") >= 8 or content.count(" l") >= 8  # eight crop marks
    plain = PdfReader(render_home(book, tmp_path / "plain.pdf", HomeOptions("a4")).paths[0])
    assert plain.pages[3].get_contents().get_data().decode("latin-1").count(" l") < 8


def test_actual_size_that_does_not_fit_the_sheet_says_so(make_book, tmp_path):
    book = snapshot(make_book(story=1))
    with pytest.raises(ExportError, match="do not fit on LETTER at actual size"):
        render_home(book, tmp_path / "home.pdf", HomeOptions("letter", "actual", crop_marks=True))
    assert not (tmp_path / "home.pdf").exists()
    small = snapshot(make_book(story=1, fmt=BookFormat(6, 9, title="Small")))
    reader = PdfReader(render_home(small, tmp_path / "home.pdf", HomeOptions("letter", "actual")).paths[0])
    content = reader.pages[3].get_contents().get_data().decode("latin-1")
    assert " 1 0 0 1 " in content or "1 0 0 1" in content  # drawn at 100%: no scaling


def test_saddle_stitch_order_of_an_eight_page_booklet():
    assert saddle_stitch(8) == [(7, 0), (1, 6), (5, 2), (3, 4)]


def test_page_images_are_the_trimmed_pages_at_the_chosen_dpi(make_book, tmp_path):
    book = snapshot(make_book(story=1))
    folder = tmp_path / "pages"
    folder.mkdir()
    result = render_page_images(book, folder, dpi=40, image_format="jpeg")
    assert len(result.paths) == 5 and all(p.suffix == ".jpg" for p in result.paths)
    with Image.open(result.paths[3]) as img:
        assert img.size == (340, 340)  # 8.5 in at 40 DPI, bleed cut off
        assert img.info.get("dpi", (0, 0))[0] == pytest.approx(40, abs=1)
    with pytest.raises(ExportError, match="does not exist"):
        render_page_images(book, tmp_path / "missing", dpi=40)


def test_page_image_names_are_the_same_in_korean(make_book, tmp_path):
    from studio.core import i18n

    book = snapshot(make_book(story=1))
    names = {}
    for lang in ("en", "ko"):
        folder = tmp_path / lang
        folder.mkdir()
        i18n.set_language(lang)
        try:
            names[lang] = [p.name for p in render_page_images(book, folder, dpi=40, image_format="png").paths]
        finally:
            i18n.set_language("en")
    assert names["ko"] == names["en"]
    assert names["en"][0].endswith("-01-cover.png") and names["en"][-1].endswith("back-cover.png")
