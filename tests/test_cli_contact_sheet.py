"""`studio export BOOK --contact-sheet`: the designer's hand-over from the command line, and its mistakes."""

from __future__ import annotations

import datetime

import pdfplumber
import pytest
from PIL import Image

from studio.cli import main
from studio.core.app.project import Project
from studio.core.document.model import BookFormat
from studio.core.layout.book import set_title, story_pages
from tests.core.output.test_contact_sheet import SHAPES, add_concept


@pytest.fixture
def book(tmp_path):
    """“Robot Barista”: nine concepts of different shapes, the first four on the board “Round 1”."""
    path = tmp_path / "Barista.storybook"
    project = Project.create(path)
    project.set_book_format(BookFormat(10, 8, title="Robot Barista"))
    ids = [add_concept(project, n, w, h) for n, (w, h) in enumerate(SHAPES, start=1)]
    project.gallery.add_to_board(project.gallery.add_board("Round 1").id, ids[:4])
    set_title(project, "Robot Barista")  # on the cover and the title page
    project.set_frame_image(story_pages(project)[0].frame("image").id, ids[1])
    project.close()
    return path


def test_nine_pictures_four_a_sheet_on_letter_landscape_for_a_client(book, tmp_path, capsys):
    out = tmp_path / "sheet.pdf"
    assert main(["export", str(book), "--contact-sheet", str(out), "--images", "1,2,3,4,5,6,7,8,9",
                 "--per-page", "4", "--paper", "letter", "--landscape", "--client", "For Acme Books"]) == 0
    said = capsys.readouterr().out
    assert "9 panels on 3 sheets" in said and f"wrote {out}" in said
    today = datetime.date.today().isoformat()
    with pdfplumber.open(out) as pdf:
        assert [(round(p.width), round(p.height)) for p in pdf.pages] == [(792, 612)] * 3
        assert [len(p.images) for p in pdf.pages] == [4, 4, 1]
        for n, page in enumerate(pdf.pages, start=1):
            text = page.extract_text()
            for words in ("Robot Barista", today, "For Acme Books", f"Sheet {n} of 3"):
                assert words in text
        assert "9 Robot barista concept 9" in pdf.pages[2].extract_text()


def test_a_board_as_png_sheets_at_the_chosen_resolution(book, tmp_path, capsys):
    out = tmp_path / "round1.png"
    assert main(["export", str(book), "--contact-sheet", str(out), "--board", "round 1", "--per-page", "2",
                 "--paper", "a4", "--dpi", "40"]) == 0
    written = sorted(tmp_path.glob("round1-*.png"))
    assert [p.name for p in written] == ["round1-1.png", "round1-2.png"]  # four pictures, two a sheet
    with Image.open(written[0]) as img:
        assert abs(img.width - 8.27 * 40) < 2 and abs(img.height - 11.69 * 40) < 2


def test_the_contact_sheet_goes_with_the_other_print_files(book, tmp_path, capsys):
    assert main(["export", str(book), "--pdf", str(tmp_path / "book.pdf"), "--contact-sheet",
                 str(tmp_path / "pages.pdf"), "--pages", "--per-page", "6"]) == 0
    said = capsys.readouterr().out
    assert "wrote" in said and (tmp_path / "book.pdf").is_file()
    assert "2 empty pages left out (Page 2, Back cover)." in said  # the dedication and the back cover
    with pdfplumber.open(tmp_path / "pages.pdf") as pdf:
        assert len(pdf.pages) == 1 and len(pdf.pages[0].images) == 1  # the story page's picture
        assert "Cover: Robot Barista" in pdf.pages[0].extract_text()


def test_nothing_is_written_when_the_contact_sheet_cannot_be_made(book, tmp_path, capsys):
    assert main(["export", str(book), "--pdf", str(tmp_path / "book.pdf"), "--contact-sheet",
                 str(tmp_path / "s.pdf"), "--board", "Round 2"]) == 2
    assert "no board called “Round 2”" in capsys.readouterr().err
    assert not (tmp_path / "book.pdf").exists()


@pytest.mark.parametrize("bad,words", [
    (["--contact-sheet", "{tmp}/s.pdf", "--board", "Round 9"], ["no board called “Round 9”", "Round 1"]),
    (["--contact-sheet", "{tmp}/s.pdf", "--images", "2,40,41"], ["#40, #41"]),
    (["--contact-sheet", "{tmp}/s.pdf", "--images", "x,y"], ["list of picture ids"]),
    (["--contact-sheet", "{tmp}/s.pdf", "--per-page", "5"], ["--per-page"]),
    (["--contact-sheet", "{tmp}/s.pdf", "--paper", "cream"], ["a4, letter or tabloid"]),
    (["--contact-sheet", "{tmp}/s.pdf", "--board", "Round 1", "--pages"], ["not allowed"]),
    (["--contact-sheet", "{tmp}/s.doc"], ["s.pdf or s.png"]),
    (["--contact-sheet", "{tmp}/Barista.storybook"], ["Barista.pdf"]),  # never over the book
    (["--contact-sheet", "{tmp}/missing/s.pdf", "--images", "1"], ["does not exist"]),
    (["--contact-sheet", "{tmp}/s.pdf", "--pdf", "{tmp}/s.pdf"], ["both name"]),
    (["--board", "Round 1"], ["give --contact-sheet"]),
    (["--pdf", "{tmp}/b.pdf", "--paper", "tabloid"], ["contact sheet's paper"]),
    (["--contact-sheet", "{tmp}/s.pdf", "--dpi", "100"], ["--dpi"]),
])
def test_every_contact_sheet_mistake_is_one_line_and_exit_2(book, tmp_path, capsys, bad, words):
    before = book.read_bytes()
    try:
        code = main(["export", str(book), *(a.format(tmp=tmp_path) for a in bad)])
    except SystemExit as exc:
        code = exc.code
    assert code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("studio"), err
    for word in words:
        assert word in err, err
    assert book.read_bytes() == before
    assert not (tmp_path / "s.pdf").exists()


def test_a_book_with_nothing_on_its_pages_says_so(tmp_path, capsys):
    empty = tmp_path / "Empty.storybook"
    Project.create(empty).close()
    assert main(["export", str(empty), "--contact-sheet", str(tmp_path / "s.pdf")]) == 2
    assert "nothing to show" in capsys.readouterr().err
