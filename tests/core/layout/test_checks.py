"""Print awareness: low DPI with the number, text outside the safe area, text that does not fit."""

from studio.core.document.model import BookFormat, Frame, Page
from studio.core.layout.checks import effective_dpi, page_warnings

FMT = BookFormat(8, 8, bleed_model="all", safe_margin_in=0.5, gutter_in=0.125)


def page(*frames):
    return Page(1, 0, tuple(frames))


def test_a_picture_is_measured_at_its_placed_size():
    assert effective_dpi((0, 0, 288, 288), (1200, 1200)) == 300  # 4 in wide, 1200 px
    assert effective_dpi((0, 0, 576, 576), (1024, 1024)) == 128  # drawn 8 in wide
    # A 6.4 x 4.8 in frame: filled, the picture is drawn 6.4 in wide (cropped top and bottom)
    filled = Frame(1, 1, "image", 0.1, 0.1, 0.8, 0.6, image_id=7)
    [low] = page_warnings(FMT, page(filled), 1, {7: (1024, 1024)})
    assert low.kind == "low_dpi" and low.dpi == 160 and "picture #7 prints at 160 DPI" in low.message
    assert low.severity == "notice" and "fine for home printing" in low.message  # 150–300: amber, not red
    # fitted, the whole picture is 4.8 in tall
    fitted = filled.moved(props={"fit": "fit"})
    [low] = page_warnings(FMT, page(fitted), 1, {7: (1024, 1024)})
    assert low.dpi == 213
    # zoomed in twice, each pixel is twice the size
    [low] = page_warnings(FMT, page(filled.moved(props={"zoom": 2})), 1, {7: (2048, 2048)})
    assert low.dpi == 160
    assert page_warnings(FMT, page(filled), 1, {7: (2048, 2048)}) == []
    [blurry] = page_warnings(FMT, page(filled), 1, {7: (512, 512)})  # 80 DPI: soft on any printer
    assert blurry.severity == "problem" and "blurry" in blurry.message and "print-ready" in blurry.message


def test_text_near_the_edge_or_in_the_gutter_leaves_the_safe_area():
    near_edge = Frame(2, 1, "text", 0.02, 0.8, 0.5, 0.15, text="Tea time")
    [warning] = page_warnings(FMT, page(near_edge), 1, {})
    assert warning.kind == "outside_safe_area"
    inside = Frame(2, 1, "text", 0.1, 0.7, 0.8, 0.2, text="Tea time")
    assert page_warnings(FMT, page(inside), 1, {}) == []
    # the same frame against the inside edge of a left-hand page (gutter on the right)
    gutter_side = Frame(2, 1, "text", 0.2, 0.7, 0.725, 0.2, text="Tea time")
    assert page_warnings(FMT, page(gutter_side), 1, {}) == []
    assert [w.kind for w in page_warnings(FMT, page(gutter_side), 2, {})] == ["outside_safe_area"]


def test_text_that_does_not_fit_says_how_many_lines_it_needs():
    crowded = Frame(3, 1, "text", 0.1, 0.7, 0.8, 0.08, text="Larry pours tea for every friend on the hill " * 4)
    [warning] = page_warnings(FMT, page(crowded), 1, {})
    assert warning.kind == "text_overflow" and "lines, room for 1" in warning.message


def test_a_long_title_is_set_smaller_to_fit_where_a_story_page_would_warn():
    from studio.core.layout.plan import plan_page

    title = "Larry the super-duper sunflower hedgehog serves tea in a thunderstorm"
    frame = Frame(1, 1, "text", 0.1, 0.1, 0.8, 0.12, text=title, props={"size": 30})
    cover = Page(1, 0, (frame,), kind="cover", template="cover")
    story = Page(2, 1, (frame,), kind="story", template="text_only")
    [set_title] = plan_page(FMT, cover, 0, {}).texts
    assert set_title.block.fits and set_title.block.style.size < 30  # was: the last line cut off in print
    assert " ".join(set_title.block.lines) == title
    assert [w.kind for w in page_warnings(FMT, story, 1, {})] == ["text_overflow"]
