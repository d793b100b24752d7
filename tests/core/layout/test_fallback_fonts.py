"""No lost letter: each character is set in the first face of the frame's chain that has it, the same pieces
are measured for line breaking and drawn, and what no bundled face has is named."""

from studio.core.document.model import BookFormat, Frame, Page
from studio.core.layout.checks import page_warnings
from studio.core.layout.fonts import chain, has_glyph, missing_glyphs, runs
from studio.core.layout.frames import TextLook
from studio.core.layout.lines import line_runs, measure, set_text

MIXED = "Zoë와 래리는 café에 갔어요 🦔"


def _faces_of(text: str, look: TextLook = TextLook()) -> dict[str, str]:
    """Each non-space character → the face it is set in."""
    style = look.style(text)
    return {c: run.face for run in runs(text, style.faces) for c in run.text if not c.isspace()}


def test_a_hangul_frame_sets_the_letters_its_face_lacks_in_its_latin_partner_and_every_word_stays_whole():
    faces = _faces_of(MIXED)
    assert faces["와"] == faces["래"] == "NanumSquareRoundR"  # the frame's face: it has Hangul
    assert not has_glyph("NanumSquareRoundR", "ë")  # the reason "Zo 와" used to print
    assert faces["Z"] == faces["o"] == faces["ë"] == faces["é"] == faces["c"] == "Comfortaa-Regular"  # “Zoë” whole
    assert faces["🦔"] == "NotoEmoji"
    assert missing_glyphs(MIXED, TextLook().style(MIXED).faces) == ""


def test_chinese_and_emoji_come_from_the_bundled_faces_in_every_family_and_weight():
    for family in ("rounded", "serif", "sans"):
        for bold in (False, True):
            look = TextLook(family=family, bold=bold)
            faces = _faces_of("Zoë와 café 🦔 刺猬", look)
            assert faces["刺"] == faces["猬"] == "DroidSansFallbackFull", (family, bold)
            assert faces["🦔"] == "NotoEmoji"
            assert faces["와"] == chain(family, "와", bold)[0]


def test_the_line_is_as_wide_as_its_pieces_and_breaks_where_the_pieces_say():
    style = TextLook(size=20).style(MIXED)
    placed = line_runs(MIXED, style)
    assert "".join(run.text for run, _x in placed) == MIXED  # nothing dropped, nothing doubled
    last, x = placed[-1]
    assert abs(measure(MIXED, style.faces, 20) - (x + measure(last.text, last.face, 20))) < 1e-6
    one_line = measure(MIXED, style.faces, 20)
    block = set_text(MIXED, one_line - 1, 200, style)  # a hair too narrow: the last word moves down
    assert block.lines == ("Zoë와 래리는 café에 갔어요", "🦔")
    assert set_text(MIXED, one_line + 0.01, 200, style).lines == (MIXED,)


def test_spaces_are_set_in_the_frames_face_even_beside_an_emoji_whose_space_is_far_wider():
    style = TextLook(size=20).style("a 🦔 b")
    pieces = runs("a 🦔 b", style.faces)
    assert [run.face for run in pieces] == [style.faces[0], "NotoEmoji", style.faces[0]]
    assert [run.text for run in pieces] == ["a ", "🦔", " b"]
    assert measure(" ", "NotoEmoji", 20) > 2 * measure(" ", style.faces[0], 20)  # why it matters


def test_a_decomposed_accent_is_set_as_the_one_letter_the_font_has():
    style = TextLook().style("cafe\u0301")
    block = set_text("cafe\u0301", 400, 100, style)
    assert block.lines == ("café",) and block.missing == ""


def test_letters_no_bundled_face_has_are_named_page_by_page_never_dropped_silently():
    fmt = BookFormat(8, 8, bleed_model="all", safe_margin_in=0.5, gutter_in=0.125)
    frame = Frame(2, 1, "text", 0.1, 0.6, 0.8, 0.3, text="Larry 🦔 says 𓀀 and ✿")
    [warning] = page_warnings(fmt, Page(1, 0, (frame,)), 3, {}, "Page 3")
    assert warning.kind == "missing_glyphs" and "𓀀" in warning.message and "✿" in warning.message
    assert "🦔" not in warning.message and warning.message.startswith("Page 3")
    style = TextLook().style(frame.text)
    assert [run.text for run in runs(frame.text, style.faces) if run.missing] == ["𓀀", "✿"]


def test_chinese_breaks_between_characters_never_before_a_full_stop_and_fills_each_line():
    text = "小刺猬拉里每天都给朋友们泡茶。雷声滚过山丘，雨在他的刺上唱歌。Larry loves tea."
    style = TextLook(size=20).style(text)
    block = set_text(text, 200, 500, style)
    assert "".join(block.lines).replace(" ", "") == text.replace(" ", "")  # nothing lost between lines
    assert len(block.lines) > 2 and all(measure(line, style.faces, 20) <= 200 for line in block.lines)
    assert not any(line[0] in "。，" for line in block.lines)  # a full stop or comma never starts a line
    for line, following in zip(block.lines, block.lines[1:]):  # each line is as full as it can be
        assert measure(line + following[0], style.faces, 20) > 200 or following[1:2] in ("。", "，")
