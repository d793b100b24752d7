from studio.backends.sketch import _font, _wrap


def test_a_korean_caption_fits_the_sketch_and_says_when_it_goes_on():
    font = _font(34)
    text = "해바라기 고슴도치 래리가 천둥 번개 치는 밤에 차를 대접하는 모습, 수채화 느낌으로 아주 길게 설명한 프롬프트, 그리고 더 많은 말"
    lines = _wrap(text, font, 940, 2)
    assert len(lines) == 2 and lines[-1].endswith("…")
    assert all(font.getlength(line) <= 940 for line in lines)
    assert lines[0].startswith("해바라기 고슴도치") and " ".join(lines).replace("…", "") in text


def test_a_short_caption_and_a_word_longer_than_the_line():
    font = _font(20)
    assert _wrap("a hedgehog", font, 500, 2) == ["a hedgehog"]
    long = _wrap("x" * 200, font, 300, 3)
    assert len(long) == 3 and all(font.getlength(line) <= 300 for line in long) and long[-1].endswith("…")
