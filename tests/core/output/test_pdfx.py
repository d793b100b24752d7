"""PDF/X-4 and PDF/X-1a:2001 files as a print service's preflight opens them: pikepdf for the structure,
Ghostscript and poppler (pdfimages, pdffonts) as a printer's tools see them."""

import io
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pikepdf
import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageCms
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from studio.core.app.project import Project
from studio.core.document.model import BookFormat
from studio.core.layout.book import add_page, set_template, set_title, story_pages
from studio.core.output.book_pdf import render_pdf
from studio.core.output.cover import render_cover
from studio.core.output.files import ExportError
from studio.core.output.home import render_booklet, render_home
from studio.core.output.pdfx import X1A, X4, PdfStandard, finish
from studio.core.output.snapshot import snapshot
from studio.core.pixels import limit_ink, press_colour
from studio.core.stickers.make import StickerPick, StickerRequest, make_sheets
from tests.core.output.conftest import add_picture, jpeg
from tests.core.stickers.test_stickers import hedgehog, png

NIGHT = (12, 6, 28)  # a night sky: in the press's CMYK some 290 % of ink before the limit
STANDARDS = {"x4": PdfStandard(X4, 300), "x1a": PdfStandard(X1A, 240)}


def _tool(name: str):
    return pytest.mark.skipif(shutil.which(name) is None, reason=f"{name} is not installed")


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    """One small book (a night-sky picture under a text band on every page, a cover picture) written plain, as
    PDF/X-4 and as PDF/X-1a, interior and cover."""
    folder = tmp_path_factory.mktemp("pdfx")
    project = Project.create(folder / "Night.storybook")
    fmt = BookFormat(8.5, 8.5, title="Larry's Night", author="Mia")
    project.set_book_format(fmt)
    set_title(project, fmt.title)
    while len(story_pages(project)) < 2:
        add_page(project)
    night = jpeg(500, 500, NIGHT)
    for n, page in enumerate(story_pages(project), start=1):
        set_template(project, page.id, "full_bleed")
        page = next(p for p in project.pages() if p.id == page.id)
        project.set_frame_image(page.frame("image").id, add_picture(project, night))
        project.set_frame_text(page.frame("text").id, f"Story {n}: Larry counts the stars.")
    cover = next(p for p in project.pages() if p.kind == "cover")
    project.set_frame_image(cover.frame("image").id, add_picture(project, night))
    book = snapshot(project)
    out = {}
    for key, standard in (("plain", None), *STANDARDS.items()):
        out[key] = render_pdf(book, folder / f"{key}.pdf", standard=standard).paths[0]
        out[f"{key}-cover"] = render_cover(book, folder / f"{key}-cover.pdf", standard=standard).paths[0]
    out["home"] = render_home(book, folder / "home.pdf").paths[0]
    out["booklet"] = render_booklet(book, folder / "booklet.pdf").paths[0]
    sheet = make_sheets(StickerRequest((StickerPick(1, "Larry", png(hedgehog(300))),), size_in=2.0,
                                       pdf=folder / "stickers.pdf"))
    out["stickers"] = sheet.paths[0]
    return out


def _fill_colours_of_text(page: pikepdf.Page) -> list[tuple[str, tuple[float, ...]]]:
    """The fill colour in force at each piece of text drawn on the page: (operator, values)."""
    colour: tuple[str, tuple[float, ...]] = ("g", (0.0,))
    saved, found = [], []
    for instruction in pikepdf.parse_content_stream(page):
        op = str(instruction.operator)
        if op in ("rg", "k", "g", "sc", "scn"):
            colour = (op, tuple(float(v) for v in instruction.operands if not isinstance(v, pikepdf.Name)))
        elif op == "q":
            saved.append(colour)
        elif op == "Q":
            colour = saved.pop()
        elif op in ("Tj", "TJ", "'", '"'):
            found.append(colour)
    return found


def _see_through(pdf: pikepdf.Pdf) -> list[float]:
    """Every opacity below 1 anywhere in the file (graphics states of pages, forms and all objects)."""
    found = []
    for obj in pdf.objects:
        if isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream)):
            for key in ("/ca", "/CA"):
                if key in obj and float(obj[key]) < 1:
                    found.append(float(obj[key]))
    for page in pdf.pages:
        for state in page.Resources.get("/ExtGState", {}).values():
            found += [float(state[k]) for k in ("/ca", "/CA") if k in state and float(state[k]) < 1]
    return found


def _image_objects(pdf: pikepdf.Pdf) -> list[pikepdf.Stream]:
    return [x for page in pdf.pages for x in page.Resources.get("/XObject", {}).values() if x.Subtype == "/Image"]


def _pictures(pdf: pikepdf.Pdf) -> list[Image.Image]:
    return [pikepdf.PdfImage(x).as_pil_image() for x in _image_objects(pdf)]


@pytest.mark.parametrize("key", ["x4", "x1a"])
def test_the_file_says_which_pdfx_it_is_with_an_embedded_press_profile(files, key):
    standard = STANDARDS[key]
    for path in (files[key], files[f"{key}-cover"]):
        with pikepdf.open(path) as pdf:
            (intent,) = pdf.Root.OutputIntents
            assert intent.S == "/GTS_PDFX" and str(intent.OutputConditionIdentifier) == "CGATS TR 006"
            profile = ImageCms.ImageCmsProfile(io.BytesIO(intent.DestOutputProfile.read_bytes())).profile
            assert (profile.device_class, profile.xcolor_space) == ("prtr", "CMYK")
            info, meta = pdf.docinfo, pdf.open_metadata()
            assert info.Trapped == "/False" and meta["pdf:Trapped"] == "False"
            if standard.cmyk_only:
                assert pdf.pdf_version == "1.3"
                assert str(info.GTS_PDFXVersion) == meta["pdfx:GTS_PDFXVersion"] == "PDF/X-1:2001"
                assert str(info.GTS_PDFXConformance) == meta["pdfx:GTS_PDFXConformance"] == "PDF/X-1a:2001"
            else:
                assert str(info.GTS_PDFXVersion) == meta["pdfxid:GTS_PDFXVersion"] == "PDF/X-4"
            assert str(info.Title) == meta["dc:title"] == "Larry's Night"
            assert len(pdf.trailer.ID) == 2
            for page in pdf.pages:
                assert "/TrimBox" in page and "/BleedBox" in page


def test_a_plain_export_is_no_pdfx(files):
    with pikepdf.open(files["plain"]) as pdf:
        assert "/OutputIntents" not in pdf.Root and "/GTS_PDFXVersion" not in pdf.docinfo


@_tool("pdfimages")
def test_pdfx_1a_pictures_are_cmyk_only_as_pdfimages_lists_them(files):
    for key in ("x1a", "x1a-cover"):
        rows = subprocess.run(["pdfimages", "-list", str(files[key])], capture_output=True, text=True,
                              check=True).stdout.splitlines()[2:]
        assert rows, "the pages have pictures"
        assert {row.split()[5] for row in rows} == {"cmyk"}


def test_pdfx_1a_has_no_rgb_and_nothing_see_through(files):
    for key in ("x1a", "x1a-cover"):
        with pikepdf.open(files[key]) as pdf:
            assert _see_through(pdf) == []
            assert {p.mode for p in _pictures(pdf)} == {"CMYK"}
            for page in pdf.pages:
                ops = {str(i.operator) for i in pikepdf.parse_content_stream(page)}
                assert not ops & {"rg", "RG", "cs", "CS"}, "every flat colour is CMYK"
                assert "/SMask" not in str(page.Resources.get("/ExtGState", {}))
    with pikepdf.open(files["plain"]) as pdf:
        assert 0.72 in _see_through(pdf)  # the text bands, see-through in an ordinary file as on screen


def test_pdfx_4_keeps_the_see_through_band_and_tags_pictures_srgb(files):
    with pikepdf.open(files["x4"]) as pdf:
        assert 0.72 in _see_through(pdf)
        groups = [page.get("/Group") for page in pdf.pages if page.Resources.get("/ExtGState")]
        assert groups and all(g.S == "/Transparency" and g.CS == "/DeviceCMYK" for g in groups)
        spaces = [x.ColorSpace for x in _image_objects(pdf)]
        assert spaces and all(s[0] == "/ICCBased" and s[1].N == 3 for s in spaces)


def test_the_text_band_is_mixed_into_the_picture_under_it_in_pdfx_1a(files):
    """What the screen shows: the night sky under the words is lightened, the sky above is not, and the words
    are there."""
    plain = pdfium.PdfDocument(str(files["plain"]))[2].render(scale=0.5).to_pil().convert("L")
    flat = pdfium.PdfDocument(str(files["x1a"]))[2].render(scale=0.5).to_pil().convert("L")
    w, h = flat.size
    sky, band = (w // 2, h // 10), (w // 8, int(h * 0.8))  # above the band; in the band, left of the words
    assert flat.getpixel(sky) < 60 and plain.getpixel(sky) < 60
    assert flat.getpixel(band) > 150 and plain.getpixel(band) > 150
    assert abs(flat.getpixel(band) - plain.getpixel(band)) < 25
    assert "Larry counts the stars" in pdfium.PdfDocument(str(files["x1a"]))[2].get_textpage().get_text_range()


@pytest.mark.parametrize("key", ["x4", "x1a", "x1a-cover"])
def test_black_text_is_black_ink_only(files, key):
    with pikepdf.open(files[key]) as pdf:
        colours = [c for page in pdf.pages for c in _fill_colours_of_text(page)]
    assert colours, "the file has text"
    for op, values in colours:
        assert op == "k" and values[:3] == (0, 0, 0) and values[3] > 0.9, (op, values)


@pytest.mark.parametrize("key", ["x1a", "x1a-cover"])
def test_a_dark_picture_stays_under_the_ink_limit(files, key):
    with pikepdf.open(files[key]) as pdf:
        pictures = _pictures(pdf)
    for picture in pictures:
        ink = np.asarray(picture, dtype=np.int32).sum(axis=2) / 2.55
        assert ink.max() <= 240 + 1e-6
        assert np.median(ink) > 200  # still a deep night sky, not washed out


def test_the_ink_limit_takes_ink_only_from_pixels_over_it():
    rng = np.random.default_rng(7)
    cmyk = Image.fromarray(rng.integers(0, 256, (64, 64, 4), dtype=np.uint8), "CMYK")
    limited = np.asarray(limit_ink(cmyk, 300), dtype=np.int32)
    before = np.asarray(cmyk, dtype=np.int32)
    assert limited.sum(axis=2).max() <= 300 * 2.55
    under = before.sum(axis=2) <= 300 * 2.55
    assert under.any() and (limited[under] == before[under]).all()
    assert (limited[..., 3] >= before[..., 3]).all()  # black is kept (it carries the detail), or added


def test_greys_are_black_ink_and_colours_go_through_the_profile():
    profile = STANDARDS["x1a"].profile
    assert press_colour((0.133, 0.133, 0.133), profile, 240)[:3] == (0, 0, 0)
    assert press_colour((1.0, 1.0, 1.0), profile, 240) == (0, 0, 0, 0)
    mid = press_colour((0.5, 0.5, 0.5), profile, 240)[3]
    assert 0.3 < mid < 0.8
    c, m, y, _k = press_colour((0.85, 0.1, 0.1), profile, 240)
    assert m > 0.8 and y > 0.7 and c < 0.1


@_tool("gs")
@pytest.mark.parametrize("key", ["plain", "x4", "x1a", "plain-cover", "x4-cover", "x1a-cover"])
def test_ghostscript_opens_the_files_without_a_word(files, key):
    run = subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=nullpage", str(files[key])],
                         capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0 and run.stdout.strip() == "" and run.stderr.strip() == "", run.stdout + run.stderr


@_tool("pdffonts")
@pytest.mark.parametrize("key", ["plain", "x1a", "plain-cover", "x1a-cover", "home", "booklet", "stickers"])
def test_every_font_in_every_export_is_embedded(files, key):
    rows = subprocess.run(["pdffonts", str(files[key])], capture_output=True, text=True,
                          check=True).stdout.splitlines()[2:]
    for row in rows:
        assert row.split()[-5] == "yes", row  # the "emb" column
    if key == "stickers":
        assert rows == []  # a sticker sheet has no words, so no font at all (it used to name Helvetica)
    else:
        assert rows


def test_pdfx_1a_refuses_a_drawing_it_cannot_make_opaque():
    out = io.BytesIO()
    pdf = Canvas(out, pagesize=(200, 200))
    pdf.setFillColorRGB(1, 0, 0, alpha=0.5)
    pdf.rect(10, 10, 50, 50, fill=1, stroke=0)
    pdf.showPage()
    pdf.save()
    with pytest.raises(ExportError, match="Page 1 .*see-through.*PDF/X-1a"):
        finish(out.getvalue(), STANDARDS["x1a"])
    with pikepdf.open(io.BytesIO(finish(out.getvalue(), STANDARDS["x4"]))) as x4:  # X-4 takes transparency
        assert 0.5 in _see_through(x4)


def test_pdfx_1a_separates_rgb_pictures_it_did_not_prepare(tmp_path):
    """A picture drawn straight onto the canvas (not through PicturePrep), even a see-through one, still ends
    CMYK, opaque on white and within the ink limit."""
    night = Image.new("RGB", (80, 80), NIGHT)
    sticker = Image.new("RGBA", (80, 80), (0, 0, 0, 0))
    sticker.paste((200, 30, 30, 255), (20, 20, 60, 60))
    out = io.BytesIO()
    pdf = Canvas(out, pagesize=(200, 100))
    pdf.drawImage(ImageReader(night), 0, 0, 100, 100)
    pdf.drawImage(ImageReader(sticker), 100, 0, 100, 100, mask="auto")
    pdf.showPage()
    pdf.save()
    with pikepdf.open(io.BytesIO(finish(out.getvalue(), STANDARDS["x1a"]))) as x1a:
        objects = _image_objects(x1a)
        assert len(objects) == 2 and not any("/SMask" in x for x in objects)
        pictures = [pikepdf.PdfImage(x).as_pil_image() for x in objects]
    assert [p.mode for p in pictures] == ["CMYK", "CMYK"]
    assert max(int(np.asarray(p, dtype=np.int32).sum(axis=2).max()) for p in pictures) <= 240 * 2.55
    assert pictures[1].getpixel((2, 2)) == (0, 0, 0, 0)  # where the sticker was clear: paper white, no ink


def test_an_unknown_standard_or_ink_limit_is_refused():
    with pytest.raises(ValueError, match="PDF/X-3"):
        PdfStandard("PDF/X-3")
    with pytest.raises(ValueError, match="ink limit"):
        PdfStandard(X1A, ink_limit=40)
