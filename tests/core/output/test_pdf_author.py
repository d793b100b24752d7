"""Every PDF the app writes names the book's byline as its Author, or leaves it empty: never "anonymous"."""

import io
from dataclasses import replace

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader

from studio.core.document.model import BookFormat
from studio.core.output.book_pdf import render_pdf
from studio.core.output.cover import render_cover
from studio.core.output.home import HomeOptions, render_booklet, render_home
from studio.core.output.snapshot import snapshot
from studio.core.stickers.make import StickerPick, StickerRequest, make_sheets

WRITERS = {
    "book": lambda book, out: render_pdf(book, out),
    "cover": lambda book, out: render_cover(book, out),
    "home": lambda book, out: render_home(book, out, HomeOptions("letter")),
    "booklet": lambda book, out: render_booklet(book, out, "letter"),
}


def _author(path) -> str | None:
    return PdfReader(path).metadata.get("/Author")


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_the_pdf_author_is_the_byline_or_empty(kind, make_book, tmp_path):
    book = snapshot(make_book(story=1, fmt=BookFormat(8.5, 8.5, title="Larry's Tea", author="  Mia Park ")))
    WRITERS[kind](book, tmp_path / "with.pdf")
    assert _author(tmp_path / "with.pdf") == "Mia Park"
    nobody = replace(book, format=replace(book.format, author=""))
    WRITERS[kind](nobody, tmp_path / "without.pdf")
    assert _author(tmp_path / "without.pdf") == ""


def test_a_sticker_sheet_is_not_signed_anonymous(tmp_path):
    art = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
    ImageDraw.Draw(art).ellipse((50, 50, 250, 250), fill=(230, 170, 30, 255))
    data = io.BytesIO()
    art.save(data, format="PNG")
    result = make_sheets(StickerRequest((StickerPick(1, "Larry", data.getvalue()),), size_in=2.0,
                                        pdf=tmp_path / "sheet.pdf"))
    assert _author(result.paths[0]) == ""
