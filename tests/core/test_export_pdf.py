import re
import zlib

import pytest

from studio.core.export_pdf import ExportError, render_pdf, snapshot
from studio.core.imaging import decode
from studio.core.project import Project
from tests.fake_openai import png_for


def _book(tmp_path, text="Larry pours the tea. 래리가 차를 따라요."):
    project = Project.create(tmp_path / "Book.storybook")
    decoded = decode(png_for("Larry"))
    image = project.add_image(decoded.data, decoded.thumb, decoded.width, decoded.height, decoded.mime)
    page = project.pages()[0]
    project.set_frame_image(page.frame("image").id, image.id)
    project.set_frame_text(page.frame("text").id, text)
    project.add_page()
    return project


def _streams(pdf: bytes) -> bytes:
    out = [pdf]
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", pdf, re.S):
        try:
            out.append(zlib.decompress(m.group(1)))
        except zlib.error:
            pass
    return b"\n".join(out)


def test_book_pdf_has_one_page_per_book_page_with_trim_and_bleed(tmp_path):
    out = render_pdf(snapshot(_book(tmp_path)), tmp_path / "book.pdf")
    pdf = out.read_bytes()
    assert pdf.startswith(b"%PDF")
    assert len(re.findall(rb"/Type /Page\b", pdf)) == 2
    # 8 in trim + 0.125 in bleed each side = 594 pt media box, trim box inset by 9 pt.
    assert b"/TrimBox [ 9 9 585 585 ]" in pdf
    assert b"/MediaBox [ 0 0 594 594 ]" in pdf


def test_hangul_text_is_set_in_the_embedded_bundled_font(tmp_path):
    pdf = render_pdf(snapshot(_book(tmp_path)), tmp_path / "book.pdf").read_bytes()
    assert re.search(rb"/FontName /[A-Z]{6}\+NanumGothic", pdf), "font must be embedded as a subset"
    assert b"/FontFile2" in pdf
    assert b"/Subtype /Image" in _streams(pdf) or b"/Subtype /Image" in pdf


def test_a_failed_write_says_so_and_leaves_no_partial_file(tmp_path):
    book = snapshot(_book(tmp_path))
    target = tmp_path / "missing-folder" / "book.pdf"
    with pytest.raises(ExportError, match="Could not write"):
        render_pdf(book, target)
    assert not target.exists()
