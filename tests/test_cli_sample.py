"""`studio sample`: the sample book from the command line, then printed as a book and as stickers."""

from __future__ import annotations

from tests.test_cli_faults import failed_with_one_line, studio


def test_sample_book_is_written_then_exports_a_book_and_a_sticker_sheet(tmp_path):
    book = tmp_path / "Larry"
    made = studio("sample", book, "--lang", "en")
    assert made.returncode == 0, made.stderr
    assert "drawing the pictures: 8 of 8" in made.stdout
    assert (tmp_path / "Larry.storybook").is_file()
    printed = studio("export", tmp_path / "Larry.storybook", "--pdf", tmp_path / "Larry.pdf")
    assert printed.returncode == 0, printed.stderr
    assert (tmp_path / "Larry.pdf").read_bytes().startswith(b"%PDF")
    stickers = studio("stickers", tmp_path / "Larry.storybook", "--cast", "--out", tmp_path / "stickers.pdf")
    assert stickers.returncode == 0, stickers.stderr
    assert (tmp_path / "stickers.pdf").stat().st_size > 10_000


def test_sample_never_overwrites_a_book(tmp_path):
    book = tmp_path / "Mine.storybook"
    book.write_bytes(b"somebody's book")
    again = studio("sample", book)
    failed_with_one_line(again, again.stderr, "already exists")
    assert book.read_bytes() == b"somebody's book"
