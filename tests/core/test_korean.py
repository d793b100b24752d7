from __future__ import annotations

import pytest

from studio.core import i18n
from studio.core.korean import attach_particles


@pytest.mark.parametrize("written, read", [
    ("래리이(가) 등장인물이 되었어요.", "래리가 등장인물이 되었어요."),
    ("곰돌이 곰이(가) 왔어요", "곰돌이 곰이 왔어요"),
    ("“해바라기”을(를) 지웠어요", "“해바라기”를 지웠어요"),
    ("그림책은(는) 좋아요", "그림책은 좋아요"),
    ("연필(으)로 그려요, 집(으)로 가요, 바다(으)로 가요", "연필로 그려요, 집으로 가요, 바다로 가요"),
    ("그림 #3을(를) 넣었어요", "그림 #3을 넣었어요"),  # 삼을
    ("그림 #2을(를) 넣었어요", "그림 #2를 넣었어요"),  # 이를
    ("Larry이(가) 왔어요", "Larry이(가) 왔어요"),  # a Latin word's reading is unknown: both forms stay
    ("괄호 (예: 0.5)는 그대로", "괄호 (예: 0.5)는 그대로"),
])
def test_particles_fit_the_word_before_them(written, read):
    assert attach_particles(written) == read


def test_a_korean_message_filled_in_takes_the_right_particle():
    i18n.set_language("ko")
    try:
        assert i18n._("{name} joined the cast.").format(name="래리").startswith("래리가")
        assert i18n._("{name} joined the cast.").format(name="곰").startswith("곰이")
    finally:
        i18n.set_language("en")
    assert i18n._("{name} joined the cast.").format(name="Larry") == "Larry joined the cast."
