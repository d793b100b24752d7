"""Templates keep every picture and word; slots land in the safe area or run to the trim; spreads and sides."""

import pytest

from studio.core.document.model import BookFormat, Frame, Page
from studio.core.layout.geometry import box_inside, page_geometry
from studio.core.layout.sides import needs_lead_in, page_numbers, spreads
from studio.core.layout.templates import (
    TEMPLATE_IDS,
    TEMPLATES,
    apply_template,
    new_page,
)

FMT = BookFormat(8, 10, bleed_model="pod")


def _full_page() -> Page:
    return Page(7, 0, (Frame(1, 7, "image", 0.1, 0.1, 0.8, 0.5, image_id=42),
                       Frame(2, 7, "text", 0.1, 0.7, 0.8, 0.2, text="Larry pours the tea.")), "story",
                "picture_above")


def _content(page: Page) -> set:
    return {(f.kind, f.image_id, f.text) for f in page.frames if f.image_id or f.text}


@pytest.mark.parametrize("template", TEMPLATE_IDS)
def test_every_template_keeps_the_pages_picture_and_words(template):
    laid = apply_template(_full_page(), template, FMT, 3)
    assert laid.template == template
    assert _content(laid) == _content(_full_page())  # shown or parked, nothing is lost
    shown_slots = [f.slot for f in laid.shown()]
    assert shown_slots == [s.name for s in TEMPLATES[template].slots]


@pytest.mark.parametrize("number", [1, 2])
def test_text_slots_sit_in_the_safe_area_on_either_side_and_full_bleed_pictures_cover_the_trim(number):
    geometry = page_geometry(FMT, number)
    for template in TEMPLATE_IDS:
        page = new_page(template, FMT, number)
        for frame in page.shown():
            if frame.kind == "text":
                assert box_inside(geometry.frame_box(frame), geometry.safe_box), (template, frame.slot)
    bleed = new_page("full_bleed", FMT, number).frame("image")
    assert geometry.frame_box(bleed, run_out=True) == geometry.bleed_box


def test_a_parked_picture_comes_back_with_a_template_that_has_room_for_it():
    text_only = apply_template(_full_page(), "text_only", FMT, 3)
    assert [f.kind for f in text_only.shown()] == ["text"]
    [parked] = [f for f in text_only.frames if f.parked]
    assert parked.image_id == 42 and parked.id == 1
    back = apply_template(text_only, "picture_above", FMT, 3)
    assert back.frame("image").image_id == 42 and back.frame("image").id == 1 and not any(f.parked for f in back.frames)


def test_a_frames_own_look_survives_a_template_change_but_not_a_cover_titles_size():
    page = _full_page()
    styled = Page(page.id, 0, (page.frames[0], page.frames[1].moved(props={"family": "serif", "color": "#aa0000"})))
    laid = apply_template(styled, "full_bleed", FMT, 3)
    assert laid.frame("text").props == {"backing": True, "family": "serif", "color": "#aa0000"}
    cover = new_page("cover", FMT, 1, "cover")
    title = next(f for f in cover.frames if f.slot == "title").moved(text="Larry")
    story = apply_template(Page(1, 0, (title,)), "picture_above", FMT, 3)
    assert "size" not in story.frame("text").props


def _pages(*kinds):
    return [Page(i + 1, i, (), kind) for i, kind in enumerate(kinds)]


def test_interior_pages_count_from_one_on_the_right_and_covers_stand_alone():
    pages = _pages("cover", "title", "dedication", "story", "story", "back_cover")
    assert page_numbers(pages) == [1, 1, 2, 3, 4, 2]
    assert spreads(pages) == [(None, 0), (None, 1), (2, 3), (4, None), (5, None)]
    # a picture's words go on the page after it; a right-hand page first needs a page in front of it
    assert not needs_lead_in(pages, 2) and needs_lead_in(pages, 3)


def test_layout_page_font_and_trim_names_follow_the_language_without_being_made_again():
    """The window lists these tables as they are: each entry says its name in the language of the moment."""
    from studio.core import i18n
    from studio.core.layout.book import page_by_label, page_labels, spoken_label
    from studio.core.layout.fonts import FAMILIES
    from studio.core.layout.geometry import PRESETS_BY_ID
    from studio.core.layout.sides import page_label

    cover, story, back = Page(1, 0, (), "cover"), Page(2, 1, (), "story"), Page(3, 2, (), "back_cover")
    english = (TEMPLATES["picture_above"].label, FAMILIES["serif"].label, PRESETS_BY_ID["8x10in"].label,
               page_label(story, 3), page_label(back, 2), spoken_label("cover"), spoken_label("6"))
    assert english == ("Picture above text", "Serif", "8 × 10 in (portrait)", "Page 3", "Back cover", "the cover",
                       "page 6")
    i18n.set_language("ko")
    try:
        assert (TEMPLATES["picture_above"].label, FAMILIES["serif"].label, PRESETS_BY_ID["8x10in"].label,
                page_label(story, 3), page_label(back, 2), spoken_label("cover"), spoken_label("6")) == (
            "글 위에 그림", "명조", "8 × 10인치 (세로)", "3페이지", "뒤표지", "표지", "6페이지")
        pages = [cover, story, back]
        assert [name for name, _page in page_labels(pages)] == ["cover", "1", "back"]  # what `--page` takes
        assert page_by_label(pages, "뒤표지")[1] is back and page_by_label(pages, "1페이지")[1] is story
    finally:
        i18n.set_language("en")
    assert TEMPLATES["picture_above"].label == "Picture above text"
