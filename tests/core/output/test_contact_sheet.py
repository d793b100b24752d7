"""The contact sheet a designer hands a client: numbered panels, each picture whole with its caption, the title,
client line, date and sheet number on every sheet; the book's pages without the empty ones; PNG sheets."""

from __future__ import annotations

import datetime
import io
import itertools
import re
import subprocess
import threading

import pdfplumber
import pytest
from PIL import Image, ImageDraw

from studio.core.app.project import Project
from studio.core.document.model import BookFormat
from studio.core.gallery.imaging import decode
from studio.core.layout.book import add_page
from studio.core.output.contact_files import (
    preview,
    render_contact_pdf,
    with_picture_data,
    write_contact_sheet,
)
from studio.core.output.contact_picks import choose_panels
from studio.core.output.contact_sheet import PER_PAGE, SheetOptions
from studio.core.output.files import Cancelled, ExportError, Progress

DAY = datetime.date(2026, 11, 26)
# Squares, landscapes, portraits and a panorama: a picture that came back cropped or squashed would show.
SHAPES = [(256, 256), (384, 256), (256, 384), (400, 225), (150, 250), (225, 225), (450, 150), (175, 350), (275, 200)]


def drawing(width: int, height: int, n: int) -> bytes:
    img = Image.new("RGB", (width, height), (30 * n % 255, 110, 200))
    ImageDraw.Draw(img).ellipse((width // 4, height // 4, width * 3 // 4, height * 3 // 4), fill=(250, 200, 0))
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()


def add_concept(project: Project, n: int, width: int, height: int, prompt: str | None = None) -> int:
    picture = decode(drawing(width, height, n))
    return project.add_image(picture.data, picture.thumb, picture.width, picture.height, picture.mime,
                             prompt=prompt or f"Robot barista concept {n}, in the style of watercolor").id


@pytest.fixture
def concepts(tmp_path):
    """A book titled “Robot Barista” with nine concept pictures of different shapes on the board “Round 1”."""
    project = Project.create(tmp_path / "Barista.storybook")
    project.set_book_format(BookFormat(8.5, 8.5, title="Robot Barista"))
    ids = [add_concept(project, n, w, h) for n, (w, h) in enumerate(SHAPES, start=1)]
    board = project.gallery.add_board("Round 1")
    project.gallery.add_to_board(board.id, ids)
    yield project, ids
    project.close()


def test_nine_pictures_four_a_sheet_read_back_numbered_whole_titled_and_dated(concepts, tmp_path):
    project, _ids = concepts
    sheet = choose_panels(project, "board", board="round 1")  # board names are found whatever their case
    out = tmp_path / "round1.pdf"
    result = render_contact_pdf(sheet, SheetOptions(4, "letter", landscape=True, client="For Acme Books",
                                                     day=DAY), out)
    assert result.paths == [out] and result.pages == 3
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == 3
        numbered = []
        for index, page in enumerate(pdf.pages):
            assert page.width > page.height  # Letter landscape
            assert (round(page.width), round(page.height)) == (792, 612)
            text = page.extract_text()
            lines = text.splitlines()
            assert lines[0] == "Robot Barista" and "2026-11-26" in lines[1]  # the date on the title's baseline
            assert "For Acme Books" in text
            assert f"Sheet {index + 1} of 3" in text
            numbered += re.findall(r"(\d+) Robot barista concept (\d+)", text)
            below = panel_numbers_under_pictures(page)
            for image in page.images:  # each picture whole: its box has the picture's own proportions
                n = len([i for p in pdf.pages[:index] for i in p.images]) + page.images.index(image)
                width, height = SHAPES[n]
                box_ratio = (image["x1"] - image["x0"]) / (image["bottom"] - image["top"])
                assert box_ratio == pytest.approx(width / height, rel=0.005), (n + 1, box_ratio)
                assert image["x0"] >= 28 and image["x1"] <= page.width - 28  # inside the margins
                assert below[page.images.index(image)] == n + 1  # the panel's number is under its picture
        assert sum(len(p.images) for p in pdf.pages) == 9
    # panels numbered 1–9, each with its own picture's caption (what was asked for, not the style appended)
    assert numbered == [(str(n), str(n)) for n in range(1, 10)]


def panel_numbers_under_pictures(page) -> list[int]:
    """For each picture on a page, the panel number printed under it: the caption line's first word (a number
    followed by the caption) nearest below the picture, starting at or left of its left edge (panels are centred
    in their cell; the caption starts at the cell's edge)."""
    words = page.extract_words()
    numbers = [w for w, after in itertools.pairwise(words) if w["text"].isdigit() and after["text"] == "Robot"
               and abs(after["top"] - w["top"]) < 1]
    found = []
    for image in page.images:
        below = [w for w in numbers if w["top"] > image["bottom"] and w["x0"] <= image["x0"] + 1]
        nearest = min(w["top"] for w in below)
        found.append(int(max((w for w in below if w["top"] == nearest), key=lambda w: w["x0"])["text"]))
    return found


@pytest.mark.parametrize("per_page,paper,landscape", [
    (per_page, ("a4", "letter", "tabloid")[(n + landscape) % 3], landscape)
    for n, per_page in enumerate(PER_PAGE) for landscape in (False, True)])
def test_panels_never_overlap_and_stay_inside_the_margins(concepts, tmp_path, per_page, paper, landscape):
    project, _ids = concepts
    out = tmp_path / "sheet.pdf"
    render_contact_pdf(choose_panels(project, "board", board="Round 1"), SheetOptions(per_page, paper, landscape), out)
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == -(-9 // per_page)
        for page in pdf.pages:
            boxes = [(i["x0"], i["top"], i["x1"], i["bottom"]) for i in page.images]
            assert len(boxes) == min(per_page, 9 - per_page * pdf.pages.index(page))
            for n, a in enumerate(boxes):
                assert 28 <= a[0] and a[2] <= page.width - 28 and 28 <= a[1] and a[3] <= page.height - 28
                for b in boxes[n + 1:]:
                    assert a[2] <= b[0] + 0.01 or b[2] <= a[0] + 0.01 or a[3] <= b[1] + 0.01 or b[3] <= a[1] + 0.01


def test_the_books_pages_leave_the_empty_ones_out(make_book, tmp_path):
    project = make_book(story=3)
    add_page(project)  # a story page with nothing on it
    sheet = choose_panels(project, "pages")
    # cover (its title), title page (page 1), an empty dedication (2), three story pages (3–5), the page just
    # added (6) and the back cover, both empty
    assert [p.caption.split(":", 1)[0] for p in sheet.panels] == ["Cover", "Page 1", "Page 3", "Page 4", "Page 5"]
    assert sheet.notes == ("3 empty pages left out (Page 2, Page 6, Back cover).",)
    out = tmp_path / "pages.pdf"
    result = render_contact_pdf(sheet, SheetOptions(6, "a4"), out)
    assert any("left out" in note for note in result.notes)
    with pdfplumber.open(out) as pdf:
        text = "\n".join(p.extract_text() for p in pdf.pages)
        assert "Story 1: Larry pours tea." in text  # a page's caption is its label and its words
        assert len(pdf.pages[0].images) == 3  # the three story pages' pictures, drawn small with their pages


def test_korean_accents_and_emoji_print_in_captions_title_and_client_line(tmp_path):
    project = Project.create(tmp_path / "k.storybook")
    project.set_book_format(BookFormat(8.5, 8.5, title="래리의 차 🦔"))
    image_id = add_concept(project, 1, 800, 600, prompt="래리가 차를 따라요 — café crème 🦔☕")
    out = tmp_path / "k.pdf"
    render_contact_pdf(choose_panels(project, "images", image_ids=[image_id]),
                       SheetOptions(1, "a4", client="Pour Zoé ✨"), out)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    for words in ("래리의 차 🦔", "래리가 차를 따라요", "café crème 🦔☕", "Pour Zoé ✨", "Sheet 1 of 1"):
        assert words in text, (words, text)
    project.close()


def test_png_sheets_one_a_sheet_at_the_chosen_resolution(concepts, tmp_path):
    project, _ids = concepts
    sheet = choose_panels(project, "images", image_ids=[1, 5, 9])
    result = write_contact_sheet(sheet, SheetOptions(2, "letter"), tmp_path / "proof.png", dpi=60)
    assert [p.name for p in result.paths] == ["proof-1.png", "proof-2.png"]
    with Image.open(result.paths[0]) as img:
        assert img.size == (510, 660)  # 8.5 × 11 in at 60 DPI
    one = write_contact_sheet(sheet, SheetOptions(4, "letter"), tmp_path / "one.png", dpi=40)
    assert [p.name for p in one.paths] == ["one.png"]


def test_preview_is_the_first_sheets_and_counts_them_all(concepts):
    project, _ids = concepts
    images, total = preview(choose_panels(project, "board", board="Round 1"), SheetOptions(2, "a4"), sheets=2, dpi=30)
    assert total == 5 and len(images) == 2
    width, height = images[0].size
    assert abs(width - 595.3 * 30 / 72) < 1.5 and abs(height - 841.9 * 30 / 72) < 1.5  # A4 portrait at 30 DPI


def test_cancel_leaves_what_was_there(concepts, tmp_path):
    project, _ids = concepts
    out = tmp_path / "keep.pdf"
    out.write_bytes(b"earlier")
    stop = threading.Event()
    progress = Progress(lambda done, total: stop.set() if done == 2 else None, stop)
    with pytest.raises(Cancelled):
        render_contact_pdf(choose_panels(project, "board", board="Round 1"), SheetOptions(4), out, progress)
    assert out.read_bytes() == b"earlier"


@pytest.mark.parametrize("source,kwargs,words", [
    ("board", {"board": "Round 9"}, ["no board called “Round 9”", "“Round 1”"]),
    ("images", {"image_ids": [2, 40, 41]}, ["#40, #41"]),
    ("images", {"image_ids": []}, ["ids"]),
])
def test_clear_messages_for_an_unknown_board_or_missing_pictures(concepts, source, kwargs, words):
    project, _ids = concepts
    with pytest.raises(ExportError) as raised:
        choose_panels(project, source, **kwargs)
    for word in words:
        assert word in str(raised.value)


def test_an_empty_board_and_a_book_with_nothing_on_its_pages_say_so(tmp_path):
    project = Project.create(tmp_path / "empty.storybook")
    project.gallery.add_board("Later")
    with pytest.raises(ExportError, match="has no pictures"):
        choose_panels(project, "board", board="Later")
    with pytest.raises(ExportError, match="nothing to show"):
        choose_panels(project, "pages")
    project.close()


def test_an_unknown_layout_is_refused_before_anything_is_drawn(concepts, tmp_path):
    project, _ids = concepts
    sheet = choose_panels(project, "images", image_ids=[1])
    with pytest.raises(ExportError, match="1, 2, 4, 6, 9 or 12"):
        render_contact_pdf(sheet, SheetOptions(5), tmp_path / "x.pdf")
    with pytest.raises(ExportError, match="tabloid"):
        render_contact_pdf(sheet, SheetOptions(4, "a3"), tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_pictures_go_in_as_jpegs_of_the_pixels_their_panel_needs(tmp_path):
    """A proof is mailed: drawings (PNG) go in as JPEGs no sharper than 200 DPI at their size on the sheet."""
    project = Project.create(tmp_path / "big.storybook")
    ids = [add_concept(project, n, 1536, 1024) for n in range(1, 5)]
    out = tmp_path / "big.pdf"
    render_contact_pdf(choose_panels(project, "images", image_ids=ids), SheetOptions(4, "letter"), out)
    with pdfplumber.open(out) as pdf:
        for image in pdf.pages[0].images:
            assert image["stream"].get_filters()[0][0].name == "DCTDecode"
            width_in = (image["x1"] - image["x0"]) / 72
            assert image["srcsize"][0] <= width_in * 200 + 2 < 1536
    project.close()


def test_a_preview_can_draw_from_the_thumbnails(concepts):
    project, ids = concepts
    sheet = choose_panels(project, "board", board="Round 1", with_images=False)
    assert sheet.images == {}
    thumbnails = with_picture_data(sheet, project.path, thumbnails=True).images
    assert thumbnails == {i: project.thumbnail(i) for i in ids}
    assert with_picture_data(sheet, project.path).images == {i: project.image_data(i) for i in ids}
