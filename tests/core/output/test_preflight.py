"""Preflight reads the written file as a print service's upload check would, and its fixes change the book in one
undo step each."""

import shutil

import pytest

from studio.core.app import edits
from studio.core.app.preflight_fixes import apply_fix
from studio.core.document.model import BookFormat
from studio.core.layout.book import story_pages
from studio.core.layout.checks import page_warnings
from studio.core.output.exports import ExportChoice, export, for_target
from studio.core.output.preflight import BLOCKING, blocking, preflight
from studio.core.output.snapshot import snapshot
from tests.core.output.conftest import add_picture, jpeg

SQUARE = BookFormat(8.5, 8.5, title="Larry's Tea", author="Mia")
needs_gs = pytest.mark.skipif(shutil.which("gs") is None, reason="Ghostscript measures the ink")


def _export(project, target, path, kind="book"):
    export(snapshot(project), ExportChoice(kind, target=target), path)
    return path


def _rules(findings):
    return {f.rule for f in findings}




def _good(make_book):
    return make_book(story=22, picture=jpeg(2640, 2640), fmt=SQUARE)


def test_a_good_24_page_book_exported_for_kdp_passes(make_book, tmp_path):
    project = _good(make_book)
    findings = preflight(_export(project, "kdp", tmp_path / "kdp.pdf"), "kdp", fmt=project.book_format())
    assert findings == [] if shutil.which("gs") else not blocking(findings)


def test_a_file_made_for_another_printer_is_the_wrong_size_for_kdp(make_book, tmp_path):
    project = _good(make_book)
    findings = preflight(_export(project, None, tmp_path / "as-made.pdf"), "kdp")
    sizes = [f for f in findings if f.rule == "page_size"]
    assert sizes and sizes[0].severity == BLOCKING and sizes[0].page == 1
    assert "8.75 × 8.75 in" in sizes[0].message and "8.625 × 8.75 in" in sizes[0].message


def test_a_broken_book_shows_each_of_its_problems_by_page(make_book, tmp_path):
    """Title, dedication, then story pages: a 100-pixel picture on the first (file page 3), the next three empty."""
    project = make_book(story=4, picture=jpeg(2640, 2640), fmt=SQUARE)  # interior: title, dedication, story 1–4
    stories = story_pages(project)
    tiny = add_picture(project, jpeg(100, 100))
    project.set_frame_image(stories[0].frame("image").id, tiny)
    for page in stories[1:3]:
        project.set_frame_image(page.frame("image").id, None)
        project.set_frame_text(page.frame("text").id, "")
    blank = edits.add_blank_pages(project, 1)[0]
    last_story = [p.id for p in project.pages()].index(stories[3].id)
    edits.move_pages(project, [blank.id], last_story)  # file pages 4, 5 and 6: three blank pages in a row

    findings = preflight(_export(project, "kdp", tmp_path / "broken.pdf"), "kdp")
    by_rule = {f.rule: f for f in findings}
    assert by_rule["page_count"].severity == BLOCKING
    # 16 blank pages would trade this refusal for "more than 10 blank pages at the end": no blank-page fix
    assert by_rule["page_count"].fix is None and "needs 16 more pages with pictures or words" in by_rule[
        "page_count"].message
    low = [f for f in findings if f.rule == "picture_dpi"]
    assert [f.page for f in low] == [3]  # only the 100-pixel picture
    assert low[0].severity == BLOCKING and low[0].fix == "make_print_ready"
    book = for_target(snapshot(project), "kdp")
    placed = page_warnings(book.format, book.interior[2], 3, book.sizes)[0].dpi  # what the storyboard's badge says
    assert placed < 20 and f"prints at {placed} DPI" in low[0].message
    blanks = by_rule["blank_pages"]
    assert blanks.pages == (4, 5, 6) and blanks.fix == "remove_blank_pages"
    assert "page_size" not in by_rule  # exported for KDP, so the size is right


def test_the_blank_page_and_page_count_fixes_are_one_undo_step_each(make_book, tmp_path):
    project = make_book(story=16, fmt=SQUARE)
    edits.add_blank_pages(project, 3)
    edits.move_pages(project, [story_pages(project)[1].id], len(project.pages()) - 1)  # words after the blanks
    findings = preflight(_export(project, "kdp", tmp_path / "a.pdf"), "kdp")
    blanks = next(f for f in findings if f.rule == "blank_pages")
    before = len(project.pages())
    said = apply_fix(project, blanks, "kdp")
    assert "3 empty pages" in said and len(project.pages()) == before - 3
    assert project.history.undo().name == "Take out 3 empty pages"
    assert len(project.pages()) == before
    project.history.redo()

    count = next(f for f in preflight(_export(project, "kdp", tmp_path / "b.pdf"), "kdp") if f.rule == "page_count")
    apply_fix(project, count, "kdp")
    assert project.history.undo().name == f"Add {count.count} blank pages"
    project.history.redo()
    assert "page_count" not in _rules(preflight(_export(project, "kdp", tmp_path / "c.pdf"), "kdp"))


def test_text_outside_the_safe_area_is_found_and_moved_inside(make_book, tmp_path):
    project = _good(make_book)
    page = story_pages(project)[2]  # file page 5: a right-hand page, bound on its left
    frame = page.frame("text")
    edits.change_frame(project, frame.moved(x=0.0, w=0.5), "Move frame")
    findings = preflight(_export(project, "kdp", tmp_path / "a.pdf"), "kdp")
    outside = [f for f in findings if f.rule == "safe_area"]
    assert [f.page for f in outside] == [5] and outside[0].fix == "move_into_safe_area"
    apply_fix(project, outside[0], "kdp")
    assert project.history.undo().name == "Move text inside the safe area"
    project.history.redo()
    assert "safe_area" not in _rules(preflight(_export(project, "kdp", tmp_path / "b.pdf"), "kdp"))


@needs_gs
def test_ingramspark_finds_body_text_over_its_ink_limit(make_book, tmp_path):
    """RGB #222222 body text separates to about 273 % ink: fine for KDP's 300 %, over IngramSpark's 240 %. The file
    written for IngramSpark itself (PDF/X-1a, black text in black ink only) passes."""
    project = make_book(story=2, fmt=SQUARE)
    plain = _export(project, "kdp", tmp_path / "plain.pdf")  # the same page size: bleed on three sides
    ink = next(f for f in preflight(plain, "ingramspark") if f.rule == "ink")
    assert ink.severity == BLOCKING and "240 %" in ink.message
    assert "ink" not in _rules(preflight(plain, "kdp"))
    assert "ink" not in _rules(preflight(_export(project, "ingramspark", tmp_path / "ingram.pdf"), "ingramspark"))


def test_live_transparency_blocks_a_pdf_x1a_target_only(make_book, tmp_path):
    project = make_book(story=2, template="full_bleed", fmt=SQUARE)  # the text band is 72 % white
    path = _export(project, "kdp", tmp_path / "band.pdf")
    found = next(f for f in preflight(path, "ingramspark") if f.rule == "transparency")
    assert found.severity == BLOCKING and "PDF/X-1a:2001" in found.message
    assert "transparency" not in _rules(preflight(path, "printshop"))  # PDF/X-4 keeps live transparency
    flat = _export(project, "ingramspark", tmp_path / "flat.pdf")  # written as PDF/X-1a: the band is in the picture
    assert "transparency" not in _rules(preflight(flat, "ingramspark"))


def test_the_kdp_cover_wrap_is_checked_for_its_spine_and_barcode_box(make_book, tmp_path):
    project = _good(make_book)
    fmt = project.book_format()
    path = _export(project, "kdp", tmp_path / "cover.pdf", kind="cover")
    assert "barcode_area" not in _rules(preflight(path, "kdp", "cover", fmt, 24))
    # a picture across the whole back cover covers the box KDP prints its barcode in
    back = project.pages()[-1]
    picture = back.frame("image")
    edits.change_frame(project, picture.moved(x=0, y=0, w=1, h=1), "Grow picture")
    project.set_frame_image(picture.id, add_picture(project, jpeg(2700, 2700, colour=(200, 30, 30))))
    path = _export(project, "kdp", tmp_path / "cover2.pdf", kind="cover")
    assert "barcode_area" not in _rules(preflight(path, "kdp", "cover", fmt, 24))  # the wrap keeps the box white
    import pikepdf  # a cover made elsewhere, painted all over: the box is found covered

    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        page = pdf.pages[0]
        x0, y0, x1, y1 = (float(v) for v in page.mediabox)
        page.contents_add(pikepdf.Stream(pdf, f"q 0.8 0.1 0.1 rg {x0} {y0} {x1 - x0} {y1 - y0} re f Q".encode()))
        pdf.save(path)
    findings = preflight(path, "kdp", "cover", fmt, 24)
    assert [f.rule for f in findings if f.severity == BLOCKING] == ["barcode_area"]
    # and a wrap drawn for 24 pages is too narrow for 300
    assert "page_size" in _rules(preflight(path, "kdp", "cover", fmt, 300))


def test_a_spine_title_longer_than_the_spine_is_never_printed_off_it(make_book, tmp_path):
    """300 pages of white paper make a 0.68 in spine: a short title fits along it; an 89-letter one is fitted by the
    cover wrap (core/output/spine.py), so the preflight finds nothing running off the spine either way."""
    from dataclasses import replace

    from studio.core.document.model import Page

    def cover_for(title):
        project = make_book(story=1, fmt=replace(SQUARE, title=title))
        book = snapshot(project)
        filler = tuple(Page(10_000 + i, 0, (), "story", "text_only") for i in range(297))
        book = replace(book, pages=book.pages[:-1] + filler + book.pages[-1:])  # 300 interior pages
        path = tmp_path / f"cover{len(title)}.pdf"
        export(book, ExportChoice("cover", target="kdp"), path)
        return preflight(path, "kdp", "cover", for_target(book, "kdp").format, 300)

    assert "spine_text" not in _rules(cover_for("Larry's Tea"))
    long = "Larry the Super-Duper Sunflower Hedgehog and the Very Long and Stormy Night Over the Hill"
    assert "spine_text" not in _rules(cover_for(long))  # the wrap sets it smaller, or leaves it off and says so


def test_a_file_that_is_not_a_pdf_is_said_so(tmp_path):
    from studio.core.output.files import ExportError

    broken = tmp_path / "cut-short.pdf"
    broken.write_bytes(b"%PDF-1.4\n1 0 obj\n")
    with pytest.raises(ExportError, match="cannot be read as a PDF"):
        preflight(broken, "kdp")
