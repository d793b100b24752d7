"""Guessing from a request's wording whether the person wants pictures, a story, or a chat (EN + KO)."""

from __future__ import annotations

import re

PICTURE_CUES = (
    "look like", "looks like", "show me", "draw", "design", "can i see", "could i see", "let me see",
    "picture of", "image of", "illustrate", "illustration", "sketch", "paint", "sticker", "make a picture",
    "그려", "보여", "그림", "디자인", "스티커", "생겼", "모습",
)
STORY_CUES = ("story", "tale", "once upon", "bedtime", "이야기", "동화", "얘기")

_LEADING = re.compile(
    r"^(please\s+)?(what\s+(does|do|would|might)\s+(a|an|the)?\s*|can\s+i\s+see\s+|could\s+i\s+see\s+|"
    r"show\s+me\s+|let\s+me\s+see\s+|draw\s+(me\s+)?|design\s+|sketch\s+|paint\s+|illustrate\s+|"
    r"make\s+(me\s+)?(a\s+)?(picture|image|sticker)\s+of\s+|(a\s+)?sticker\s+of\s+|(tell|write|make)\s+(me\s+)?(a\s+)?(bedtime\s+)?story\s+(about\s+)?)",
    re.IGNORECASE,
)
_TRAILING = re.compile(r"(\s+(look|looks)\s+like|\s+(at|on)\s+the\s+(end|last\s+page))?\s*[?.!]*\s*$", re.IGNORECASE)
_KO_TRAILING = re.compile(r"\s*(을|를|이|가)?\s*(그려\s*줘|그려\s*주세요|보여\s*줘|보여\s*줄래|보여\s*주세요|만들어\s*줘|이야기\s*해\s*줘|이야기\s*들려\s*줘)\s*[?.!]*\s*$")


def has_hangul(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" or "\u3131" <= ch <= "\u318e" for ch in text)


def classify(text: str) -> str:
    """Return "story", "images" or "chat"."""
    lowered = text.lower()
    if any(cue in lowered for cue in STORY_CUES):
        return "story"
    if any(cue in lowered for cue in PICTURE_CUES):
        return "images"
    return "chat"


def subject_of(text: str) -> str:
    """The thing asked about, with the request's framing words trimmed off."""
    subject = _KO_TRAILING.sub("", text.strip())
    previous = None
    while previous != subject:  # "design a sticker of …" has two framing phrases
        previous, subject = subject, _LEADING.sub("", subject)
    subject = _TRAILING.sub("", subject).strip(" ,")
    subject = re.sub(r"^마지막(에|으로)\s+|\s*스티커$", "", subject)
    return subject or text.strip()


_NAME_EN = (
    re.compile(r"\b(?:his|her|its|their)\s+name\s+is\s+([A-Za-z][\w'-]*)", re.IGNORECASE),
    re.compile(r"\b(?:call|name)\s+(?:him|her|it|them)\s+([A-Za-z][\w'-]*)", re.IGNORECASE),
    re.compile(r"\b(?:he|she|it)(?:'s|’s|\s+is)\s+called\s+([A-Za-z][\w'-]*)", re.IGNORECASE),
)
_NAME_KO = re.compile(r"이름은\s*([가-힣A-Za-z]+?)(?:이야|야|예요|이에요|입니다|이라고|라고|이지|지)?\s*[.!?]*\s*$")
STYLE_CUES = {
    "sticker": ("sticker", "스티커"), "coloring": ("coloring", "colouring", "line art", "색칠"),
    "crayon": ("crayon", "크레용", "크레파스"), "watercolor": ("watercolor", "watercolour", "수채"),
    "clay": ("clay", "plasticine", "점토", "클레이"), "pixel": ("pixel", "픽셀"), "photo": ("photo", "사진"),
}
EDIT_CUES = ("make his", "make her", "make its", "make the", "make it ", "change ", "turn his", "turn her",
             "give him", "give her", "more golden", "바꿔", "더 ", "하게 해")
ONE_CUES = ("at the end", "last page", "one picture", "a picture", "마지막", "한 장")
END_CUES = ("at the end", "last page", "마지막")


def name_of(text: str) -> str | None:
    """The name in "her name is Larry" / "얘 이름은 래리야", if the message gives one."""
    for pattern in _NAME_EN:
        match = pattern.search(text)
        if match:
            return match.group(1).strip("'’")
    match = _NAME_KO.search(text.strip())
    return match.group(1) if match else None


def style_of(text: str) -> str | None:
    lowered = text.lower()
    return next((style for style, cues in STYLE_CUES.items() if any(c in lowered for c in cues)), None)


def wants_edit(text: str) -> bool:
    lowered = text.lower()
    return any(cue in lowered for cue in EDIT_CUES)


def wants_one(text: str) -> bool:
    lowered = text.lower()
    return any(cue in lowered for cue in ONE_CUES)


def wants_last_page(text: str) -> bool:
    lowered = text.lower()
    return any(cue in lowered for cue in END_CUES)


def page_count(text: str, default: int = 5) -> int:
    match = re.search(r"(\d+)\s*(?:pages?|쪽|장|페이지)", text, re.IGNORECASE)
    return max(1, min(32, int(match.group(1)))) if match else default


_HERO_EN = re.compile(r"\b([A-Z][a-z]+),?\s+(?:the\s+)?((?:[a-z-]+\s+){0,4}[a-z-]+?)\s+(?:who\s+)?(?:serves|is|goes|has|"
                      r"finds|makes|meets|loves|wants|lives|learns|gets|helps|visits|plays|bakes|sails)\b")
_HERO_KO = re.compile(r"((?:[가-힣]+\s+){0,3})([가-힣]{2,})(?:가|이|는|은)\s")


def hero_of(idea: str) -> tuple[str, str] | None:
    """(name, description) of the main character in an idea like "Larry the sunflower hedgehog serves tea"."""
    match = _HERO_EN.search(idea)
    if match:
        return match.group(1), match.group(2).strip()
    match = _HERO_KO.search(idea)
    if match and match.group(1).strip():
        return match.group(2), match.group(1).strip()
    return None
