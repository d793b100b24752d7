"""The print-ready interior as a print service's preflight would open it."""

import io
import threading

import pytest
from PIL import Image
from pypdf import PdfReader

from studio.core.document.model import BookFormat
from studio.core.output.book_pdf import render_pdf
from studio.core.output.files import Cancelled, ExportError, Progress
from studio.core.output.report import book_report
from studio.core.output.snapshot import snapshot
from tests.core.output.conftest import jpeg


def _images(reader: PdfReader) -> list[tuple[int, dict]]:
    found = []
    for number, page in enumerate(reader.pages):
        for xobject in page["/Resources"].get("/XObject", {}).values():
            xobject = xobject.get_object()
            if xobject["/Subtype"] == "/Image":
                found.append((number, xobject))
    return found


def _fonts(reader: PdfReader) -> dict[str, bool]:
    """Each font's name and whether its file is embedded, as pdffonts lists them."""
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            fonts[str(font["/BaseFont"])] = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    return fonts


def test_a_jpeg_printed_whole_goes_in_byte_for_byte(make_book, tmp_path):
    original = jpeg(1200, 1200)
    project = make_book(story=2, template="full_bleed", picture=original)
    reader = PdfReader(render_pdf(snapshot(project), tmp_path / "book.pdf").paths[0])
    images = _images(reader)
    assert images, "the pictures are in the PDF"
    for _number, image in images:
        filters = image["/Filter"]
        assert (list(filters) if not isinstance(filters, str) else [filters]) == ["/DCTDecode"]  # no ASCII85
        assert image._data == original


def test_a_cropped_or_sharper_than_needed_picture_is_resampled_once_to_300_dpi(make_book, tmp_path):
    project = make_book(story=1, template="picture_above", picture=jpeg(4000, 4000))
    book = snapshot(project)
    reader = PdfReader(render_pdf(book, tmp_path / "book.pdf").paths[0])
    (number, image), = _images(reader)
    from studio.core.layout.plan import plan_page
    from studio.core.layout.sides import page_numbers

    interior = book.interior
    page, at = interior[number], page_numbers(interior)[number]
    clip = plan_page(book.format, page, at, book.sizes).pictures[0].clip
    dpi = int(image["/Width"]) / ((clip[2] - clip[0]) / 72)
    assert 299 <= dpi <= 302  # the visible part only, at print resolution: not 4000 pixels of it
    assert int(image["/Height"]) < 4000 * 0.75  # the part the frame hides was cut away


def test_transparency_is_flattened_onto_white(make_book, tmp_path):
    img = Image.new("RGBA", (600, 600), (0, 0, 0, 0))
    img.paste((200, 40, 40, 255), (100, 100, 500, 500))
    png = io.BytesIO()
    img.save(png, format="PNG")
    project = make_book(story=1, template="full_bleed", picture=png.getvalue())
    reader = PdfReader(render_pdf(snapshot(project), tmp_path / "book.pdf").paths[0])
    for _number, image in _images(reader):
        assert "/SMask" not in image and "/Mask" not in image
    pixels = reader.pages[2].images[0].image.convert("RGB")  # the first story page
    assert pixels.getpixel((5, 5)) == (255, 255, 255)  # paper white where the picture was clear


def test_every_font_is_embedded_hangul_extracts_and_the_book_names_itself(make_book, tmp_path):
    project = make_book(story=2)
    reader = PdfReader(render_pdf(snapshot(project), tmp_path / "book.pdf").paths[0])
    fonts = _fonts(reader)
    assert any("NanumSquareRound" in name for name in fonts), fonts  # the Korean paragraph's face
    assert all(fonts.values()), f"not embedded: {[n for n, e in fonts.items() if not e]}"
    assert not any("Helvetica" in name for name in fonts)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "래리가 차를 따라요." in text
    assert reader.metadata.title == "Larry's Tea" and reader.metadata.author == "Mia"


def test_an_odd_page_count_is_made_even_and_the_person_is_told(make_book, tmp_path):
    project = make_book(story=2)  # title, dedication and two story pages: 4, already even
    result = render_pdf(snapshot(project), tmp_path / "even.pdf")
    assert len(PdfReader(result.paths[0]).pages) == 4 and result.notes == []
    project = make_book(story=3)
    result = render_pdf(snapshot(project), tmp_path / "odd.pdf")
    assert len(PdfReader(result.paths[0]).pages) == 6
    assert result.notes == ["1 blank page added at the end so the page count is even."]


def test_the_report_names_soft_pictures_and_text_outside_the_safe_area_before_anything_is_written(make_book):
    project = make_book(story=2, picture=jpeg(300, 300))
    page = project.pages()[3]
    text = page.frame("text")
    project.update_frame(text.moved(x=0.0, w=1.0))
    report = book_report(snapshot(project))
    assert any("Page 3: picture #" in w and "DPI" in w for w in report.warnings)
    assert any("Page 3: the text reaches outside the safe area" in w for w in report.warnings)
    assert any("need at least 24" in n for n in report.notes)


def test_a_damaged_picture_is_named_and_the_rest_of_the_book_prints(make_book, tmp_path):
    project = make_book(story=2, template="full_bleed")
    book = snapshot(project)
    broken = book.interior[2].frame("image").image_id
    book.images[broken] = book.images[broken][:200]  # a truncated blob
    result = render_pdf(book, tmp_path / "book.pdf")
    assert len(PdfReader(result.paths[0]).pages) == 4
    (note,) = result.notes
    assert note.startswith(f"Page 3: picture #{broken} cannot be read") and note.endswith("it was left out.")


def test_a_book_without_pages_is_refused_rather_than_written_as_an_empty_pdf(tmp_path):
    from studio.core.app.project import Project

    project = Project.create(tmp_path / "Empty.storybook")
    for page in project.pages():
        if not page.is_cover:
            project.remove_page(page.id)
    with pytest.raises(ExportError, match="no pages to print"):
        render_pdf(snapshot(project), tmp_path / "book.pdf")
    assert not (tmp_path / "book.pdf").exists()


def test_cancel_stops_the_export_and_leaves_the_old_file_as_it_was(make_book, tmp_path):
    target = tmp_path / "book.pdf"
    target.write_bytes(b"the previous export")
    cancel = threading.Event()
    progress = Progress(lambda done, total: cancel.set(), cancel)  # Cancel pressed after the first page
    with pytest.raises(Cancelled):
        render_pdf(snapshot(make_book(story=3)), target, progress)
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []


def test_a_pod_interior_keeps_its_alternating_boxes(make_book, tmp_path):
    project = make_book(story=2, fmt=BookFormat(8.5, 8.5, bleed_model="pod", title="Larry"))
    reader = PdfReader(render_pdf(snapshot(project), tmp_path / "book.pdf").paths[0])
    assert [tuple(float(v) for v in p.trimbox) for p in reader.pages][:2] == [(0, 9, 612, 621), (9, 9, 621, 621)]


def test_text_that_does_not_fit_is_left_out_and_named_never_drawn_over_the_picture(make_book, tmp_path):
    project = make_book(story=2)
    page = project.pages()[3]
    text = page.frame("text")
    words = " ".join(f"word{i}" for i in range(600)) + " LASTWORD"
    project.set_frame_text(text.id, words)
    result = render_pdf(snapshot(project), tmp_path / "book.pdf")
    printed = "".join(p.extract_text() for p in PdfReader(result.paths[0]).pages)
    assert "word0" in printed and "LASTWORD" not in printed  # was: every line, down over the picture and off the page
    (note,) = [n for n in result.notes if "did not fit" in n]
    assert note.startswith("Page ") and "left out" in note and "word" in note
