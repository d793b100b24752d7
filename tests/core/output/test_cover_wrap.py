"""The finished cover wrap, read back from the PDF: the spine title fitted inside the spine (or left off with a
note), the front's colour round the back, the blurb on the back and the barcode area left white."""

from dataclasses import replace

import pypdfium2 as pdfium
import pytest

from studio.core.document.model import BookFormat
from studio.core.layout.barcode import barcode_box_in
from studio.core.layout.book import make_cover
from studio.core.layout.geometry import TRIM_PRESETS
from studio.core.layout.templates import new_page
from studio.core.output.book_pdf import blank_page
from studio.core.output.cover import (
    HARDCOVER_HINGE_IN,
    HARDCOVER_WRAP_IN,
    cover_geometry,
    render_cover,
)
from studio.core.output.snapshot import snapshot
from studio.core.output.spine import (
    SPINE_END_MARGIN_IN,
    SPINE_MIN_PT,
    SPINE_TEXT_MARGIN_IN,
    fit_spine_text,
)

from .conftest import add_picture, jpeg

TITLE_51 = "The Very Long Journey of Larry the Hedgehog to Tea!"
BLURB = "Larry loves tea. One rainy day the teapot is empty: what will he do? A warm story about sharing."


def _thick(book, pages: int):
    """The book with blank interior pages added until it has `pages` (the spine follows the page count)."""
    extra = pages - len(book.interior)
    return replace(book, pages=book.pages[:-1] + tuple(blank_page(500 + i) for i in range(extra)) + book.pages[-1:])


def _chars(path) -> list[tuple[str, tuple[float, float, float, float]]]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        text = pdf[0].get_textpage()
        return [(text.get_text_range(i, 1), text.get_charbox(i)) for i in range(text.count_chars())
                if text.get_text_range(i, 1).strip()]
    finally:
        pdf.close()


def _render(path, dpi: int = 40):
    pdf = pdfium.PdfDocument(str(path))
    try:
        return pdf[0].render(scale=dpi / 72).to_pil().convert("RGB")
    finally:
        pdf.close()


def _with_covers(make_book, title: str, front_colour=(200, 60, 80), blurb: str = "", fmt=None):
    project = make_book(story=2, fmt=fmt or BookFormat(8.5, 8.5, title=title, author="Mia"))
    if front_colour is not None:
        make_cover(project, title, add_picture(project, jpeg(600, 600, front_colour)))
    back = next(p for p in project.pages() if p.kind == "back_cover")
    if blurb:
        project.set_frame_text(back.frame("text").id, blurb)
    return project


def test_a_51_character_title_on_a_300_page_book_stays_inside_the_spine(make_book, tmp_path):
    assert len(TITLE_51) == 51
    book = _thick(snapshot(_with_covers(make_book, TITLE_51)), 300)
    result = render_cover(book, tmp_path / "cover.pdf")
    spine = cover_geometry(book.format, 300).spine
    on_spine = [(c, box) for c, box in _chars(result.paths[0]) if spine[0] <= (box[0] + box[2]) / 2 <= spine[2]]
    assert "".join(c for c, _ in on_spine).replace(" ", "").startswith(TITLE_51.replace(" ", ""))
    side, end = SPINE_TEXT_MARGIN_IN * 72, SPINE_END_MARGIN_IN * 72
    for char, (left, bottom, right, top) in on_spine:  # every letter inside the spine, clear of folds and trim
        assert spine[0] + side - 0.5 <= left and right <= spine[2] - side + 0.5, char
        assert spine[1] + end - 0.5 <= bottom and top <= spine[3] - end + 0.5, char
    assert "spine title at" in result.notes[0]


def test_a_spine_too_thin_for_readable_text_is_left_plain_and_the_export_says_so(make_book, tmp_path):
    book = _thick(snapshot(_with_covers(make_book, TITLE_51)), 90)  # 90 pages: 0.2 in, KDP allows text
    result = render_cover(book, tmp_path / "cover.pdf")
    spine = cover_geometry(book.format, 90).spine
    assert not [c for c, box in _chars(result.paths[0]) if spine[0] - 2 <= (box[0] + box[2]) / 2 <= spine[2] + 2]
    assert f"under the {SPINE_MIN_PT:g} pt" in result.notes[0] and "no spine text" in result.notes[0]


def test_the_byline_goes_before_the_title_gets_too_small():
    spine = 0.3 * 72  # room across for about 9 pt letters
    roomy = fit_spine_text("Larry's Tea", "Mia", spine, 8.5 * 72)
    assert roomy.text == "Larry's Tea  ·  Mia" and roomy.size >= SPINE_MIN_PT and not roomy.note
    long = fit_spine_text(TITLE_51, "Mia Hernández-Kowalczyk", spine, 3.5 * 72)  # a short book, on its side
    assert long.text == TITLE_51 and long.size >= SPINE_MIN_PT and "byline" in long.note


def _pixel_box(image, box_pt, media_height_pt, dpi=40, inset=2):
    x0, y0, x1, y1 = box_pt
    s = dpi / 72
    return image.crop((int(x0 * s) + inset, int((media_height_pt - y1) * s) + inset,
                       int(x1 * s) - inset, int((media_height_pt - y0) * s) - inset))


def test_the_back_cover_and_a_thin_spine_take_the_front_colour(make_book, tmp_path):
    book = snapshot(_with_covers(make_book, "Larry's Tea", front_colour=(200, 60, 80)))
    geometry = cover_geometry(book.format, len(book.interior) + len(book.interior) % 2)
    image = _render(render_cover(book, tmp_path / "cover.pdf").paths[0])
    corner = _pixel_box(image, (0, geometry.media_size[1] - 40, 40, geometry.media_size[1]), geometry.media_size[1])
    r, g, b = [sum(band) / len(band) for band in zip(*corner.get_flattened_data())]
    assert r < 250 and r > g + 20 and r > b + 10  # a red, softened: not the white of bare paper
    plain = snapshot(_with_covers(make_book, "No Picture", front_colour=None))
    image = _render(render_cover(plain, tmp_path / "plain.pdf").paths[0])
    assert image.getpixel((5, 5)) == (255, 255, 255)  # no picture on the front: no colour is made up


def test_the_blurb_prints_on_the_back_and_nothing_prints_in_the_barcode_area(make_book, tmp_path):
    project = _with_covers(make_book, "Larry's Tea", blurb=BLURB)
    back = next(p for p in project.pages() if p.kind == "back_cover")
    picture = back.frame("image")
    # the person dragged the back picture over the bottom right corner, where the barcode goes
    project.update_frame(picture.moved(x=0.55, y=0.6, w=0.45, h=0.4))
    project.set_frame_image(picture.id, add_picture(project, jpeg(400, 400, (60, 110, 200))))
    book = snapshot(project)
    result = render_cover(book, tmp_path / "cover.pdf")
    geometry = cover_geometry(book.format, len(book.interior) + len(book.interior) % 2)
    barcode = geometry.barcode
    x0, y0, x1, y1 = barcode_box_in(8.5, 8.5)  # inches from the back cover's trimmed bottom-left
    assert barcode == pytest.approx((geometry.back[0] + x0 * 72, geometry.back[1] + y0 * 72,
                                     geometry.back[0] + x1 * 72, geometry.back[1] + y1 * 72))
    assert (round(barcode[2] - barcode[0]), round(barcode[3] - barcode[1])) == (144, 86)  # 2 × 1.2 in
    assert geometry.back[2] - barcode[2] == pytest.approx(18) and barcode[1] - geometry.back[1] == pytest.approx(18)
    chars = _chars(result.paths[0])
    blurb = [(c, box) for c, box in chars if box[2] <= geometry.back[2]]
    assert "".join(c for c, _ in blurb).startswith("Larryloves")
    assert not [c for c, box in chars if box[0] < barcode[2] and barcode[0] < box[2]
                and box[1] < barcode[3] and barcode[1] < box[3]]
    image = _render(result.paths[0], dpi=72)
    inside = _pixel_box(image, barcode, geometry.media_size[1], dpi=72)
    assert min(min(px) for px in inside.get_flattened_data()) >= 250  # white: the picture under it is not printed
    above = _pixel_box(image, (barcode[0], barcode[3] + 4, barcode[2], barcode[3] + 12), geometry.media_size[1], 72)
    assert max(px[2] - px[0] for px in above.get_flattened_data()) > 80  # ...though it is just above the box
    assert any("barcode area" in note and "picture" in note for note in result.notes), result.notes


def test_a_hardcover_case_wraps_round_the_boards_with_hinges_beside_the_spine(make_book, tmp_path):
    book = _thick(snapshot(_with_covers(make_book, "Larry's Tea")), 120)
    paperback, case = cover_geometry(book.format, 120), cover_geometry(book.format, 120, "hardcover")
    spine = 120 * 0.002252 * 72
    assert case.media_size[0] == pytest.approx((2 * HARDCOVER_WRAP_IN + 2 * 8.5 + 2 * HARDCOVER_HINGE_IN) * 72 + spine)
    assert case.media_size[1] == pytest.approx((8.5 + 2 * HARDCOVER_WRAP_IN) * 72)
    assert case.spine[2] - case.spine[0] == pytest.approx(paperback.spine[2] - paperback.spine[0])
    assert case.spine[0] - case.back[2] == pytest.approx(HARDCOVER_HINGE_IN * 72)
    result = render_cover(book, tmp_path / "case.pdf", binding="hardcover")
    pdf = pdfium.PdfDocument(str(result.paths[0]))
    assert pdf[0].get_size() == pytest.approx(case.media_size)
    pdf.close()
    assert "hardcover" in result.notes[0]


def test_studio_export_writes_a_hardcover_case_when_asked(make_book, tmp_path, capsys):
    from studio.cli import main

    project = _with_covers(make_book, "Larry's Tea", blurb=BLURB)
    path = project.path
    project.close()
    assert main(["export", str(path), "--cover", str(tmp_path / "case.pdf"), "--binding", "hardcover"]) == 0
    assert "hardcover" in capsys.readouterr().out
    pdf = pdfium.PdfDocument(str(tmp_path / "case.pdf"))
    _width, height = pdf[0].get_size()
    pdf.close()
    assert height == pytest.approx((8.5 + 2 * HARDCOVER_WRAP_IN) * 72)


@pytest.mark.parametrize("preset", TRIM_PRESETS, ids=lambda p: p.id)
def test_a_new_back_cover_keeps_its_picture_and_words_out_of_the_barcode_area(preset):
    fmt = BookFormat(preset.width_in, preset.height_in)
    page = new_page("back_cover", fmt, 2, "back_cover")  # the back cover is a left-hand page
    x0, y0, x1, y1 = barcode_box_in(fmt.trim_width_in, fmt.trim_height_in)
    for frame in page.shown():  # frames are fractions of the trim from the top-left; the box is inches from bottom-left
        left, right = frame.x * fmt.trim_width_in, (frame.x + frame.w) * fmt.trim_width_in
        bottom, top = (1 - frame.y - frame.h) * fmt.trim_height_in, (1 - frame.y) * fmt.trim_height_in
        assert right <= x0 or left >= x1 or top <= y0 or bottom >= y1, (frame.slot, preset.id)
