"""Text set into lines in core, against the bundled fonts: English and Korean break between words."""

import pytest

from studio.core.layout.lines import TextStyle, break_lines, measure, set_text

STYLE = TextStyle(size=20)
LARRY = ("Larry the super-duper sunflower hedgehog pours tea for his friends while the thunder rolls over "
         "the hill and the rain sings on his spines.")
LARRY_KO = "해바라기 고슴도치 래리는 천둥이 치는 날에도 친구들에게 따뜻한 차를 따라 주었어요. 빗소리가 가시 위에서 노래했지요."


@pytest.mark.parametrize("text", [LARRY, LARRY_KO], ids=["en", "ko"])
def test_lines_break_between_words_and_fill_the_width(text):
    width = 300
    lines = break_lines(text, STYLE.font_name, STYLE.size, width)
    assert len(lines) > 2
    assert " ".join(lines).split() == text.split()  # every word, in order, none split or lost
    words = text.split()
    for line, following in zip(lines, lines[1:]):
        assert measure(line, STYLE.font_name, 20) <= width
        # greedy: the next line's first word would not have fitted on this one
        assert measure(f"{line} {following.split()[0]}", STYLE.font_name, 20) > width
    assert all(word in words for line in lines for word in line.split())


def test_korean_is_never_broken_inside_a_word():
    lines = break_lines(LARRY_KO, STYLE.font_name, 20, 220)
    words = set(LARRY_KO.split())
    assert all(set(line.split()) <= words for line in lines)


def test_only_a_word_wider_than_the_line_is_broken_inside():
    lines = break_lines("Supercalifragilisticexpialidocious tea", STYLE.font_name, 20, 120)
    assert "".join(lines[:-1]) + lines[-1].split()[0] == "Supercalifragilisticexpialidocious"
    assert all(measure(line, STYLE.font_name, 20) <= 120 for line in lines)


def test_newlines_start_new_lines_and_blank_lines_are_kept_between_paragraphs():
    assert break_lines("One.\n\nTwo.", STYLE.font_name, 20, 400) == ["One.", "", "Two."]


def test_text_that_does_not_fit_is_reported_not_shrunk():
    tall = set_text(LARRY, 200, 60, STYLE)
    assert not tall.fits and tall.style.size == 20
    assert len(tall.lines_that_fit()) == 2  # 60 pt holds two 26 pt lines
    roomy = set_text(LARRY, 400, 400, STYLE)
    assert roomy.fits and roomy.lines_that_fit() == roomy.lines


def test_lines_are_placed_by_alignment_inside_the_frame():
    for align in ("left", "center", "right"):
        placed = set_text("Tea time", 300, 100, TextStyle(size=20, align=align)).line_offsets()
        [(line, x, baseline)] = placed
        width = measure(line, STYLE.font_name, 20)
        assert x == pytest.approx({"left": 0, "center": (300 - width) / 2, "right": 300 - width}[align])
        assert 0 < baseline < 100
