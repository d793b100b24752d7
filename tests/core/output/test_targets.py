"""Print targets: each service's page size and bleed at export time, whatever the book was made with, and the
spine, page-count and trim rules read from one table."""

from dataclasses import replace

import pikepdf
import pytest

from studio.core.document.model import BookFormat
from studio.core.output import cover
from studio.core.output.exports import ExportChoice, export
from studio.core.output.snapshot import snapshot
from studio.core.output.targets import TARGETS, fitting_targets, format_for

PT = 72


def _boxes(path):
    with pikepdf.open(path) as pdf:
        return [([float(v) for v in p.MediaBox], [float(v) for v in p.TrimBox], [float(v) for v in p.BleedBox])
                for p in pdf.pages]


@pytest.mark.parametrize("made_with", ["all", "pod"])
def test_for_kdp_an_8_5_inch_book_has_8_625_by_8_75_pages_trimmed_on_the_bound_edge(make_book, tmp_path, made_with):
    project = make_book(story=3, fmt=BookFormat(8.5, 8.5, title="Larry", bleed_model=made_with))
    result = export(snapshot(project), ExportChoice("book", target="kdp"), tmp_path / "kdp.pdf")
    pages = _boxes(result.paths[0])
    assert len(pages) >= 4
    for number, (media, trim, bleed) in enumerate(pages, start=1):
        assert media == [0, 0, 8.625 * PT, 8.75 * PT]
        assert bleed == media
        # a right-hand (odd) page is bound on its left: no bleed there; a left-hand page the other way round
        left = 0 if number % 2 else 0.125 * PT
        assert trim == [left, 0.125 * PT, left + 8.5 * PT, 8.625 * PT]
    assert project.book_format().bleed_model == made_with  # the book itself is as it was made
    assert "For Amazon KDP: 8.625 × 8.75 in pages" in result.notes[0]


def test_lulu_wants_the_bleed_on_all_four_sides(make_book, tmp_path):
    project = make_book(story=1, fmt=BookFormat(8.5, 8.5, bleed_model="pod"))
    path = export(snapshot(project), ExportChoice("book", target="lulu"), tmp_path / "lulu.pdf").paths[0]
    media, trim, _bleed = _boxes(path)[1]
    assert media == [0, 0, 8.75 * PT, 8.75 * PT]
    assert trim == [9, 9, 9 + 8.5 * PT, 9 + 8.5 * PT]


def test_saying_no_target_keeps_the_book_as_made_and_names_what_the_file_is_fit_for(make_book, tmp_path):
    project = make_book(story=1, fmt=BookFormat(8.5, 8.5))
    result = export(snapshot(project), ExportChoice("book"), tmp_path / "as-made.pdf")
    media, _trim, _bleed = _boxes(result.paths[0])[0]
    assert media == [0, 0, 8.75 * PT, 8.75 * PT]
    assert "fit for a print shop" in result.notes[0]
    assert "--for kdp" in result.notes[0]


def test_a_pod_book_of_24_pages_is_fit_for_kdp_and_ingramspark_as_made():
    fmt = BookFormat(8.5, 8.5, bleed_model="pod")
    assert [t.id for t in fitting_targets(fmt, 24)] == ["kdp", "ingramspark", "printshop", "home"]
    assert "kdp" not in [t.id for t in fitting_targets(fmt, 22)]  # KDP prints 24 pages or more


def test_spine_widths_per_service_paper_and_binding():
    kdp, lulu, ingram = TARGETS["kdp"], TARGETS["lulu"], TARGETS["ingramspark"]
    assert kdp.spine_width_in(300, "white") == pytest.approx(0.6756)
    assert kdp.spine_width_in(300, "cream") == pytest.approx(0.75)
    assert lulu.spine_width_in(100, "white") == pytest.approx(100 / 444 + 0.06)  # Lulu's perfect-bound formula
    assert lulu.spine_width_in(150, "casewrap") == 0.625  # Lulu's casewrap table: 141–168 pages
    assert lulu.spine_width_in(800, "casewrap") == 2.125
    assert ingram.spine_width_in(200, "white") > kdp.spine_width_in(200, "white")
    assert TARGETS["printshop"].spine_width_in(200, "white") is None


def test_kdp_spine_figures_agree_with_the_cover_wrap_the_app_draws():
    for paper_id in cover.PAPERS:
        assert TARGETS["kdp"].spine_width_in(120, paper_id) == pytest.approx(cover.spine_width_in(120, paper_id))


def test_page_counts_and_trims():
    kdp, lulu = TARGETS["kdp"], TARGETS["lulu"]
    assert kdp.page_count_problem(24) is None
    assert "at least 24" in kdp.page_count_problem(20)
    assert kdp.pages_to_add(20) == 4 and kdp.pages_to_add(23) == 1
    assert "at most 600" in kdp.page_count_problem(640, "color")  # standard colour has its own ceiling
    assert "at least 32" in lulu.page_count_problem(24, "white")  # a Lulu paperback
    assert lulu.page_count_problem(24, "casewrap") is None  # a Lulu hardcover starts at 24
    assert kdp.trim_fits(8.5, 8.5) and kdp.trim_fits(7.0, 7.0)  # KDP takes custom trims up to 8.5 × 11.69 in
    assert not kdp.trim_fits(10.0, 8.0)  # too wide for KDP
    assert lulu.trim_fits(8.5, 8.5) and not lulu.trim_fits(8.25, 8.25)  # Lulu: its own sizes only
    assert TARGETS["printshop"].trim_fits(13, 5)


def test_the_format_for_a_target_keeps_the_trim_and_margins():
    fmt = BookFormat(8.5, 8.5, bleed_in=0.0, safe_margin_in=0.6, paper="cream")
    shaped = format_for(fmt, TARGETS["kdp"])
    assert (shaped.bleed_model, shaped.bleed_in, shaped.target) == ("pod", 0.125, "kdp")
    assert replace(shaped, bleed_model="all", bleed_in=0.0, target="") == fmt
    assert format_for(fmt, TARGETS["printshop"]).bleed_in == 0.125  # a press always gets some bleed
    assert format_for(BookFormat(paper="groundwood"), TARGETS["kdp"]).paper == "premium_color"
