"""Pictures print with their true colours: 16-bit grey, Adobe RGB and CMYK reach the PDF as sRGB, measured on
the rendered page the way a printer would see it."""

import io
from pathlib import Path

import numpy as np
import pypdfium2
import pytest
from PIL import Image, ImageCms

from studio.core.output.book_pdf import render_pdf
from studio.core.output.report import book_report
from studio.core.output.snapshot import snapshot
from studio.core.pixels import standard_cmyk_profile

ADOBE_RGB = (Path(__file__).parent / "data" / "AdobeRGB1998.icc").read_bytes()
PATCHES = [(200, 30, 40), (30, 160, 60), (40, 60, 200), (240, 200, 40), (120, 120, 120), (20, 200, 220)]


def _page_pixels(pdf: Path, index: int, dpi: int = 60) -> Image.Image:
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        return document[index].render(scale=dpi / 72).to_pil().convert("RGB")
    finally:
        document.close()


def _lab(rgb: list[tuple[int, int, int]]) -> np.ndarray:
    strip = Image.new("RGB", (len(rgb), 1))
    strip.putdata(rgb)
    to_lab = ImageCms.buildTransform(ImageCms.createProfile("sRGB"), ImageCms.createProfile("LAB"), "RGB", "LAB")
    lab = np.asarray(ImageCms.applyTransform(strip, to_lab))[0]
    ab = lab[:, 1:].view(np.int8).astype(np.float64)  # Pillow keeps a* and b* as signed bytes: neutral is 0
    return np.column_stack([lab[:, 0] * 100 / 255, ab])


def delta_e(a: list[tuple[int, int, int]], b: list[tuple[int, int, int]]) -> np.ndarray:
    """CIE76 ΔE between sRGB colours: about 2.3 is the smallest difference a person notices."""
    assert abs(_lab([(0, 255, 0)])[0][1] + 80) < 5, "pure green has a* near -80"
    return np.linalg.norm(_lab(a) - _lab(b), axis=1)


def _patches(mode: str, colours: list, size: int = 600) -> Image.Image:
    """Side-by-side stripes, one per colour."""
    img = Image.new(mode, (size, size))
    width = size // len(colours)
    for i, colour in enumerate(colours):
        img.paste(colour, (i * width, 0, (i + 1) * width, size))
    return img


def _stripe_colours(page: Image.Image, count: int) -> list[tuple[int, int, int]]:
    """The middle of each stripe of a full-bleed page (trim and bleed are the picture's)."""
    w, h = page.size
    return [page.getpixel((round((i + 0.5) * w / count), h // 2)) for i in range(count)]


def _encoded(img: Image.Image, fmt: str, **options) -> bytes:
    out = io.BytesIO()
    img.save(out, format=fmt, **options)
    return out.getvalue()


def test_a_16_bit_grey_scan_prints_its_gradient_not_a_blank_page(make_book, tmp_path):
    ramp = np.tile(np.linspace(0, 65535, 600), (600, 1)).astype(np.uint16)  # black at the left, white at the right
    scan = _encoded(Image.fromarray(ramp), "PNG")
    assert Image.open(io.BytesIO(scan)).mode == "I;16"
    project = make_book(story=1, template="full_bleed", picture=scan)
    pdf = render_pdf(snapshot(project), tmp_path / "book.pdf").paths[0]
    grey = np.asarray(_page_pixels(pdf, 2).convert("L"), dtype=np.float64)  # the story page
    row = grey[grey.shape[0] // 2]
    tenths = [row[round(i * (len(row) - 1) / 10)] for i in range(11)]
    assert tenths[0] < 40 and tenths[-1] > 215, tenths  # from near black to near white
    assert all(b > a for a, b in zip(tenths[1:-2], tenths[2:-1])), tenths  # and every step between


def test_an_adobe_rgb_jpeg_prints_the_colours_of_its_srgb_conversion(make_book, tmp_path):
    picture = _patches("RGB", PATCHES)
    adobe_jpeg = _encoded(picture, "JPEG", quality=100, subsampling=0, icc_profile=ADOBE_RGB)
    project = make_book(story=1, template="full_bleed", picture=adobe_jpeg)
    pdf = render_pdf(snapshot(project), tmp_path / "book.pdf").paths[0]
    printed = _stripe_colours(_page_pixels(pdf, 2), len(PATCHES))
    expected = _stripe_colours(ImageCms.profileToProfile(
        Image.open(io.BytesIO(adobe_jpeg)), ImageCms.ImageCmsProfile(io.BytesIO(ADOBE_RGB)),
        ImageCms.createProfile("sRGB"), renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC), len(PATCHES))
    assert max(delta_e(printed, expected)) < 2, (printed, expected)
    as_plain_rgb = _stripe_colours(picture, len(PATCHES))  # what printing it without its profile gave
    assert max(delta_e(printed, as_plain_rgb)) > 5, "the profile made a visible difference"


@pytest.mark.parametrize("tagged", [True, False], ids=["with its profile", "without a profile"])
def test_a_cmyk_jpeg_prints_as_an_icc_conversion(make_book, tmp_path, tagged):
    press = standard_cmyk_profile()
    if press is None:
        pytest.skip("this computer has no CMYK profile to make a test picture with")
    inks = [(0, 255, 255, 0), (255, 0, 255, 0), (255, 40, 0, 0), (0, 30, 255, 0), (0, 0, 0, 128), (80, 0, 60, 20)]
    cmyk = _patches("CMYK", inks)
    data = _encoded(cmyk, "JPEG", quality=100, **({"icc_profile": press} if tagged else {}))
    project = make_book(story=1, template="full_bleed", picture=data)
    pdf = render_pdf(snapshot(project), tmp_path / "book.pdf").paths[0]
    printed = _stripe_colours(_page_pixels(pdf, 2), len(inks))
    expected = _stripe_colours(ImageCms.profileToProfile(
        Image.open(io.BytesIO(data)), ImageCms.ImageCmsProfile(io.BytesIO(press)), ImageCms.createProfile("sRGB"),
        renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC, outputMode="RGB",
        flags=ImageCms.Flags.BLACKPOINTCOMPENSATION), len(inks))
    assert max(delta_e(printed, expected)) < 2, (printed, expected)


def test_a_picture_whose_colours_cannot_be_read_properly_is_named_before_printing(make_book, monkeypatch):
    import studio.core.pixels as pixels

    monkeypatch.setattr(pixels, "standard_cmyk_profile", lambda: None)  # a computer without any CMYK profile
    cmyk = _encoded(_patches("CMYK", [(0, 255, 255, 0), (255, 0, 0, 0)]), "JPEG")
    project = make_book(story=1, template="full_bleed", picture=cmyk)
    warnings = [w for w in book_report(snapshot(project, with_images=False)).warnings if "CMYK" in w]  # as the window asks
    assert len(warnings) == 1 and "approximate" in warnings[0] and "picture #" in warnings[0], warnings


def test_studio_check_names_a_picture_that_would_print_with_approximate_colours(make_book, monkeypatch, capsys):
    import studio.core.pixels as pixels
    from studio.cli import main

    monkeypatch.setattr(pixels, "standard_cmyk_profile", lambda: None)
    project = make_book(story=1, template="full_bleed",
                        picture=_encoded(_patches("CMYK", [(0, 255, 255, 0)]), "JPEG"))
    path = project.path
    project.close()
    assert main(["check", str(path)]) == 0  # not damage: the book is whole
    out = capsys.readouterr().out
    assert "no damage found" in out and "! picture #1: it is CMYK without a colour profile" in out
