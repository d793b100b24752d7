"""Sticker outlines and the files cutting machines and print shops take, opened and checked."""

import io
import re
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader
from shapely import Polygon
from shapely.geometry import MultiPoint

from studio.core.output.files import ExportError
from studio.core.stickers.art import sticker_art
from studio.core.stickers.cut_files import cut_path
from studio.core.stickers.make import StickerPick, StickerRequest, make_sheets
from studio.core.stickers.outline import trace
from studio.core.stickers.sheet import CRICUT_AREA, SheetError, SheetSpec, lay_out


def hedgehog(size=600, transparent=True, hole=True) -> Image.Image:
    """A body, a separate little star beside it, a hole in the middle: a subject with every awkward part."""
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0) if transparent else (250, 248, 240, 255))
    draw = ImageDraw.Draw(img)
    s = size / 600
    draw.ellipse((100 * s, 150 * s, 420 * s, 480 * s), fill=(230, 170, 30, 255))
    draw.ellipse((470 * s, 80 * s, 520 * s, 130 * s), fill=(200, 40, 40, 255))  # the star, apart from the body
    if hole:
        draw.ellipse((230 * s, 280 * s, 290 * s, 340 * s), fill=(0, 0, 0, 0) if transparent else (250, 248, 240, 255))
    return img


def png(img: Image.Image) -> bytes:
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()


def subject_points(alpha: Image.Image) -> MultiPoint:
    ys, xs = np.nonzero(np.asarray(alpha) >= 96)
    return MultiPoint(np.column_stack([xs, ys])[:: 7])


def test_the_cut_path_is_one_closed_outline_outside_the_subject_by_the_border():
    img = hedgehog()
    outline = trace(img.getchannel("A"), offset_px=30)
    assert outline.points[0] == outline.points[-1]  # closed
    cut = outline.polygon
    assert cut.is_valid and len(cut.interiors) == 0  # one outline, the hole is not cut
    subject = subject_points(img.getchannel("A"))
    assert cut.contains(subject)
    nearest = cut.exterior.distance(subject)
    assert 29 <= nearest <= 32  # the white border is 30 px wherever it is thinnest
    assert cut.contains(MultiPoint([(495, 105), (260, 310)]))  # the star joined in, the hole inside


def test_a_flat_background_is_cut_away_before_tracing():
    art = sticker_art(png(hedgehog(transparent=False)), size_in=2.0, border_in=0.125, dpi=100)
    w, h = art.size_in
    assert max(w, h) == pytest.approx(2.0, abs=0.03)  # the finished sticker is the size asked for
    assert art.image.getpixel((2, 2))[3] == 0  # outside the cut: transparent
    cx, cy = (int(v) for v in art.outline.polygon.centroid.coords[0])
    assert art.image.getpixel((cx, cy))[3] == 255


def _arts(count=3, size=2.0):
    return [sticker_art(png(hedgehog()), size, 0.125, 100, f"Larry {i + 1}") for i in range(count)]


def test_stickers_pack_without_overlapping_and_inside_the_margins():
    arts = _arts(6, 2.5)
    spec = SheetSpec("letter", margin_in=0.25, gap_in=0.125)
    pages = lay_out(arts, spec)
    assert len(pages) == 1
    cuts = [Polygon(cut_path(arts[p.sticker], p)) for p in pages[0].placements]
    for i, a in enumerate(cuts):
        x0, y0, x1, y1 = a.bounds
        assert x0 >= 0.25 - 1e-6 and y0 >= 0.25 - 1e-6 and x1 <= 8.25 + 1e-6 and y1 <= 10.75 + 1e-6
        for b in cuts[i + 1:]:
            assert a.distance(b) >= 0.12
    assert len(lay_out(_arts(14, 2.5), spec)) == 2  # more than a sheet holds: a second sheet


def test_a_sticker_larger_than_the_sheet_is_refused_with_its_name():
    with pytest.raises(SheetError, match="Larry 1 is .* larger than"):
        lay_out(_arts(1, 9.0), SheetSpec("cricut"))


def test_the_print_shop_pdf_has_a_cutcontour_separation_and_one_closed_path_per_sticker(tmp_path):
    picks = tuple(StickerPick(i, f"Larry {i}", png(hedgehog())) for i in range(3))
    result = make_sheets(StickerRequest(picks, size_in=2.0, pdf=tmp_path / "sheet.pdf"))
    reader = PdfReader(result.paths[0])
    page = reader.pages[0]
    spaces = page["/Resources"]["/ColorSpace"]
    separation = [cs.get_object() for cs in spaces.values()]
    assert any(cs[0] == "/Separation" and cs[1] == "/CutContour" for cs in separation)
    content = page.get_contents().get_data().decode("latin-1")
    cut_part = content[content.index(" CS"):]  # everything after the stroke colour is set to the spot colour
    paths = re.findall(r"([-\d. ]+ m(?:\s+[-\d. ]+ l)+)\s+h\s+S", cut_part)
    assert len(paths) == 3  # one closed, stroked path per sticker
    # each stroked path is the traced outline (the border's width outside the art, tested above), in place
    from studio.core.stickers.make import make_art

    arts = make_art(StickerRequest(picks, size_in=2.0))
    (sheet,) = lay_out(arts, SheetSpec())
    expected = [cut_path(arts[p.sticker], p) for p in sheet.placements]
    for path, cut in zip(paths, expected):
        numbers = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", path)]
        points = list(zip(numbers[0::2], numbers[1::2]))
        assert Polygon(points).is_valid and len(points) > 20
        drawn = Polygon([(x / 72, 11 - y / 72) for x, y in points])
        assert drawn.symmetric_difference(Polygon(cut)).area < 0.001 * Polygon(cut).area


def test_registration_marks_and_svg_cut_paths_for_a_silhouette(tmp_path):
    picks = tuple(StickerPick(i, f"Larry {i}", png(hedgehog())) for i in range(2))
    request = StickerRequest(picks, size_in=2.0, spec=SheetSpec("letter", registration=True),
                             pdf=tmp_path / "sheet.pdf", svg=tmp_path / "cuts.svg")
    make_sheets(request)
    content = PdfReader(tmp_path / "sheet.pdf").pages[0].get_contents().get_data().decode("latin-1")
    assert content.count(" re") >= 5  # the square and the two corners (two bars each)
    svg = ET.parse(tmp_path / "cuts.svg").getroot()
    ns = {"svg": "http://www.w3.org/2000/svg"}
    assert svg.get("width") == "8.5000in" and svg.get("height") == "11.0000in"
    paths = svg.findall(".//svg:path", ns)
    assert len(paths) == 2 and all(p.get("d").startswith("M ") and p.get("d").endswith(" Z") for p in paths)
    first_y = min(float(v.split(",")[1]) for v in re.findall(r"[\d.]+,[\d.]+", paths[0].get("d")))
    assert first_y > (10 + 20) / 25.4 * 72  # below the top registration marks


def test_cricut_pngs_stay_within_print_then_cut_and_split_when_they_must(tmp_path):
    picks = tuple(StickerPick(i, f"Larry {i}", png(hedgehog(300))) for i in range(8))
    result = make_sheets(StickerRequest(picks, size_in=3.0, cricut=tmp_path / "cricut.png"))
    assert len(result.paths) >= 2 and all(p.name.startswith("cricut-") for p in result.paths)
    assert any("Print Then Cut images" in note for note in result.notes)
    for path in result.paths:
        with Image.open(path) as img:
            assert img.mode == "RGBA" and img.getpixel((0, 0))[3] == 0
            assert img.width <= CRICUT_AREA[0] * 300 and img.height <= CRICUT_AREA[1] * 300
            assert round(img.info["dpi"][0]) == 300
    with pytest.raises(ExportError, match="larger than"):
        make_sheets(StickerRequest(picks[:1], size_in=8.0, cricut=tmp_path / "big.png"))
    assert not (tmp_path / "big.png").exists()


def test_a_label_sheet_puts_one_sticker_in_each_label(tmp_path):
    from studio.core.stickers.labels import LABELS

    label = LABELS["avery-5294"]
    arts = _arts(3, 3.0)
    (page,) = lay_out(arts, SheetSpec("avery-5294"))
    for place, (x, y, w, h) in zip(page.placements, label.cells()):
        cut = Polygon(cut_path(arts[place.sticker], place))
        centre = (x + w / 2, y + h / 2)
        assert place.scale < 1  # a 3 in sticker is made smaller to sit inside a 2.5 in circle
        assert all(((px - centre[0]) ** 2 + (py - centre[1]) ** 2) ** 0.5 <= w / 2
                   for px, py in cut.exterior.coords)
    with pytest.raises(ExportError, match="pre-cut"):
        make_sheets(StickerRequest((StickerPick(1, "Larry", png(hedgehog())),), spec=SheetSpec("avery-5294"),
                                   svg=tmp_path / "x.svg"))
