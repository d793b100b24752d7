import re
import zlib

import pytest

from studio.core.app.project import Project
from studio.core.gallery.imaging import decode
from studio.core.layout.book import add_page, story_pages
from studio.core.output.book_pdf import render_pdf
from studio.core.output.files import ExportError
from studio.core.output.snapshot import snapshot
from tests.fake_openai import png_for


def _book(tmp_path, text="Larry pours the tea. 래리가 차를 따라요."):
    """Two story pages and nothing else (no cover), the first with a picture and words."""
    project = Project.create(tmp_path / "Book.storybook")
    project.restore_pages(story_pages(project))
    decoded = decode(png_for("Larry"))
    image = project.add_image(decoded.data, decoded.thumb, decoded.width, decoded.height, decoded.mime)
    page = project.pages()[0]
    project.set_frame_image(page.frame("image").id, image.id)
    project.set_frame_text(page.frame("text").id, text)
    add_page(project)
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
    out = render_pdf(snapshot(_book(tmp_path)), tmp_path / "book.pdf").paths[0]
    pdf = out.read_bytes()
    assert pdf.startswith(b"%PDF")
    assert len(re.findall(rb"/Type /Page\b", pdf)) == 2
    # 8 in trim + 0.125 in bleed each side = 594 pt media box, trim box inset by 9 pt.
    assert b"/TrimBox [ 9 9 585 585 ]" in pdf
    assert b"/MediaBox [ 0 0 594 594 ]" in pdf


def test_hangul_text_is_set_in_the_embedded_bundled_font(tmp_path):
    pdf = render_pdf(snapshot(_book(tmp_path)), tmp_path / "book.pdf").paths[0].read_bytes()
    assert re.search(rb"/FontName /[A-Z]{6}\+NanumSquareRoundR", pdf), "font must be embedded as a subset"
    assert b"/FontFile2" in pdf
    assert b"/Subtype /Image" in _streams(pdf) or b"/Subtype /Image" in pdf


def test_a_failed_write_says_so_and_leaves_no_partial_file(tmp_path):
    book = snapshot(_book(tmp_path))
    target = tmp_path / "missing-folder" / "book.pdf"
    with pytest.raises(ExportError, match="Could not write"):
        render_pdf(book, target).paths[0]
    assert not target.exists()


LONG_EN = ("Larry the super-duper sunflower hedgehog pours tea for his friends while the thunder rolls over the "
           "hill and the rain sings on his spines.")
LONG_KO = "해바라기 고슴도치 래리는 천둥이 치는 날에도 친구들에게 따뜻한 차를 따라 주었어요."


@pytest.mark.parametrize("text", [LONG_EN, LONG_KO], ids=["en", "ko"])
def test_the_pdf_breaks_lines_exactly_where_core_set_them(tmp_path, text):
    from pypdf import PdfReader

    from studio.core.layout.frames import text_look
    from studio.core.layout.geometry import page_geometry
    from studio.core.layout.lines import set_text

    project = _book(tmp_path, text)
    book = snapshot(project)
    out = render_pdf(book, tmp_path / "book.pdf").paths[0]
    frame = book.pages[0].frame("text")
    x0, y0, x1, y1 = page_geometry(book.format, 1).frame_box(frame)
    expected = set_text(text, x1 - x0, y1 - y0, text_look(frame).style(text)).lines
    assert len(expected) >= 2
    extracted = [line.strip() for line in PdfReader(out).pages[0].extract_text().splitlines() if line.strip()]
    assert extracted == list(expected)


def test_print_on_demand_pages_alternate_their_bleed_and_every_font_is_embedded(tmp_path):
    from pypdf import PdfReader

    from studio.core.document.model import BookFormat

    project = _book(tmp_path)
    add_page(project)
    project.set_book_format(BookFormat(8.5, 8.5, bleed_model="pod", title="Larry"))
    reader = PdfReader(render_pdf(snapshot(project), tmp_path / "book.pdf").paths[0])
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]
    assert sizes == [(621.0, 630.0)] * 4  # 8.5 in + 0.125 in by 8.5 in + 0.25 in; 3 pages and a blank
    trims = [tuple(float(v) for v in p.trimbox) for p in reader.pages]
    assert trims == [(0, 9, 612, 621), (9, 9, 621, 621), (0, 9, 612, 621), (9, 9, 621, 621)]
    assert all(tuple(float(v) for v in p.bleedbox) == (0, 0, 621, 630) for p in reader.pages)
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor") or font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            descriptor = descriptor.get_object()
            fonts.add(str(font["/BaseFont"]))
            assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"
    assert fonts and not any("Helvetica" in f for f in fonts)
    assert reader.metadata.title == "Larry"


def test_a_full_bleed_picture_runs_into_the_bleed_and_fill_crops_it_as_the_frame_shows(tmp_path):
    from pypdf import PdfReader

    from studio.core.layout.book import set_template

    project = _book(tmp_path)
    page = project.pages()[0]
    set_template(project, page.id, "full_bleed")
    reader = PdfReader(render_pdf(snapshot(project), tmp_path / "book.pdf").paths[0])
    content = reader.pages[0].get_contents().get_data().decode("latin-1")
    # the clip is the whole bleed box (594 pt), and the square picture is drawn over all of it
    assert re.search(r"\b0 0 594 594 re W\*? n", content)
    assert re.search(r"594 0 0 594 0 0 cm", content)


def test_the_print_ready_interior_leaves_the_covers_out_and_pads_to_an_even_count(tmp_path):
    from pypdf import PdfReader

    from studio.core.document.model import BookFormat
    from studio.core.layout.book import make_cover

    project = Project.create(tmp_path / "Covered.storybook")
    project.set_book_format(BookFormat(8.5, 8.5, bleed_model="pod", title="Larry"))
    make_cover(project, "Larry's Tea Party", None)
    result = render_pdf(snapshot(project), tmp_path / "book.pdf")
    reader = PdfReader(result.paths[0])
    assert len(reader.pages) == 4  # the interior only, made even: the covers go in the cover wrap
    assert not any("Larry's Tea Party" in page.extract_text() for page in reader.pages)  # the cover's words
    trims = [tuple(float(v) for v in p.trimbox)[0] for p in reader.pages]
    # title page 1 (right), dedication 2 (left), story 3 (right), the added blank 4 (left)
    assert trims == [0, 9, 0, 9]
    assert result.notes == ["1 blank page added at the end so the page count is even."]
