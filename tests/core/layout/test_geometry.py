"""Book geometry: every trim preset, both bleed models (with the alternating outside edge), the safe area."""

import pytest

from studio.core.document.model import BookFormat, Frame
from studio.core.layout.geometry import (
    TRIM_PRESETS,
    GeometryError,
    box_inside,
    page_geometry,
    parse_trim,
    preset_of,
)

BLEED = 0.125 * 72


@pytest.mark.parametrize("preset", TRIM_PRESETS, ids=lambda p: p.id)
def test_every_preset_with_bleed_on_all_sides(preset):
    fmt = BookFormat(preset.width_in, preset.height_in, bleed_model="all")
    for number in (1, 2):
        page = page_geometry(fmt, number)
        w, h = preset.width_in * 72, preset.height_in * 72
        assert page.media_size == pytest.approx((w + 2 * BLEED, h + 2 * BLEED))
        assert page.trim_box == pytest.approx((BLEED, BLEED, BLEED + w, BLEED + h))
        assert page.bleed_box == pytest.approx((0, 0, w + 2 * BLEED, h + 2 * BLEED))
        assert box_inside(page.safe_box, page.trim_box) and box_inside(page.trim_box, page.bleed_box)
    assert preset_of(fmt) == preset


@pytest.mark.parametrize("preset", TRIM_PRESETS, ids=lambda p: p.id)
def test_print_on_demand_bleed_is_on_the_outside_edge_and_alternates(preset):
    fmt = BookFormat(preset.width_in, preset.height_in, bleed_model="pod")
    w, h = preset.width_in * 72, preset.height_in * 72
    right, left = page_geometry(fmt, 1), page_geometry(fmt, 2)
    # KDP/Lulu: trim width + 0.125 in by trim height + 0.25 in
    assert right.media_size == left.media_size == pytest.approx((w + BLEED, h + 2 * BLEED))
    assert right.side == "right" and left.side == "left" and page_geometry(fmt, 3).side == "right"
    assert right.trim_box == pytest.approx((0, BLEED, w, BLEED + h))  # bound edge on the left, bleed on the right
    assert left.trim_box == pytest.approx((BLEED, BLEED, BLEED + w, BLEED + h))  # bleed on the left


def test_the_safe_area_keeps_the_margin_and_adds_the_gutter_on_the_inside_edge():
    fmt = BookFormat(8.5, 8.5, bleed_model="pod", safe_margin_in=0.5, gutter_in=0.25)
    right, left = page_geometry(fmt, 1), page_geometry(fmt, 2)
    rx0, ry0, rx1, ry1 = right.trim_box
    assert right.safe_box == pytest.approx((rx0 + 54, ry0 + 36, rx1 - 36, ry1 - 36))  # inside = left edge
    lx0, ly0, lx1, ly1 = left.trim_box
    assert left.safe_box == pytest.approx((lx0 + 36, ly0 + 36, lx1 - 54, ly1 - 36))  # inside = right edge


def test_a_frame_lands_where_its_fractions_of_the_trim_say_whatever_the_side():
    fmt = BookFormat(8, 10, bleed_model="pod")
    frame = Frame(1, 1, "image", x=0.25, y=0.1, w=0.5, h=0.2)
    for number in (1, 2):
        page = page_geometry(fmt, number)
        x0, y0, x1, y1 = page.trim_box
        assert page.frame_box(frame) == pytest.approx((x0 + 144, y1 - 72 - 144, x0 + 432, y1 - 72))


@pytest.mark.parametrize("text,size", [("a4", (210 / 25.4, 297 / 25.4)), ("8x10in", (8, 10)), ("6 x 9 in", (6, 9)),
                                        ("21x21cm", (210 / 25.4, 210 / 25.4)), ("148x210mm", (148 / 25.4, 210 / 25.4)),
                                        ("7.5x7.5in", (7.5, 7.5))])
def test_trims_are_read_from_presets_and_sizes(text, size):
    assert parse_trim(text) == pytest.approx(size)


@pytest.mark.parametrize("text", ["huge", "8x", "0x0in", "100x100in", "8x10ft"])
def test_a_trim_that_cannot_be_printed_says_why(text):
    with pytest.raises(GeometryError, match="trim size|outside the sizes"):
        parse_trim(text)


def test_an_unknown_bleed_model_is_refused():
    with pytest.raises(GeometryError, match="bleed model"):
        page_geometry(BookFormat(bleed_model="sideways"), 1)
