"""Korean particles that depend on the word before them: 래리가 but 곰이, 그림을 but 바다를, 집으로 but 연필로.
A translation that puts a name in front of a particle writes both forms, "{name}이(가)", and the right one
is chosen here once the name is known. Before a Latin word the written pair stays: its reading is unknown."""

from __future__ import annotations

import re

# particle pair as written → (form after a final consonant, form after a vowel)
_PAIRS = {"이(가)": ("이", "가"), "가(이)": ("이", "가"), "은(는)": ("은", "는"), "는(은)": ("은", "는"),
          "을(를)": ("을", "를"), "를(을)": ("을", "를"), "과(와)": ("과", "와"), "와(과)": ("과", "와"),
          "아(야)": ("아", "야"), "(이)여": ("이여", "여"), "(이)나": ("이나", "나"), "(이)라는": ("이라는", "라는"),
          "(으)로": ("으로", "로")}
_PATTERN = re.compile("(" + "|".join(re.escape(p) for p in _PAIRS) + ")")
_CLOSING = "”’\"')]』」》〉"
# the final sound of a digit read in Korean: 영 일 이 삼 사 오 육 칠 팔 구 (True: ends in a consonant; "l": in ㄹ)
_DIGITS = {"0": True, "1": "l", "2": False, "3": True, "4": False, "5": False, "6": True, "7": "l", "8": "l",
           "9": False}
_RIEUL = 8  # ㄹ's index among the final consonants


def _final(text: str) -> bool | str | None:
    """Whether `text` ends in a consonant sound (True), a vowel (False) or ㄹ ("l"); None when it can't be told."""
    stripped = text.rstrip(_CLOSING + " ")
    if not stripped:
        return None
    last = stripped[-1]
    if "가" <= last <= "힣":
        final = (ord(last) - 0xAC00) % 28
        return "l" if final == _RIEUL else final != 0
    return _DIGITS.get(last)


def attach_particles(text: str) -> str:
    """Each written pair replaced by the form the word before it takes."""
    if "(" not in text:
        return text
    out: list[str] = []
    last = 0
    for match in _PATTERN.finditer(text):
        pair = match.group(1)
        final = _final(text[:match.start()])
        out.append(text[last:match.start()])
        if final is None:
            out.append(pair)
        else:
            consonant, vowel = _PAIRS[pair]
            if pair == "(으)로":  # ㄹ takes 로, as a vowel does: 연필로, 집으로
                out.append(vowel if final in (False, "l") else consonant)
            else:
                out.append(consonant if final else vowel)
        last = match.end()
    out.append(text[last:])
    return "".join(out)
