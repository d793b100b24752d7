"""Guessing from a request's wording whether the person wants pictures, a story, or a chat (EN + KO)."""

from __future__ import annotations

import re

PICTURE_CUES = (
    "look like", "looks like", "show me", "draw", "design", "can i see", "could i see", "let me see",
    "picture of", "image of", "illustrate", "illustration", "sketch", "paint", "sticker", "make a picture",
    "concept", "variant", "mock-up", "mockup", "portrait", "character sheet", "logo",
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
_KO_TRAILING = re.compile(r"\s*(을|를|이|가)?\s*(그려\s*줘|그려\s*주세요|보여\s*줘|보여\s*줄래|보여\s*주세요|만들어\s*줘|"
                          r"(에\s*(대한|관한)\s*)?(이야기|동화|얘기)(를|을)?\s*(해|들려|써|만들어)\s*(줘|주세요|줄래))\s*[?.!]*\s*$")
# What the app's own "write a book" request wraps around the idea (core/app/make_book.py), and how people ask.
_STORY_FRAME = re.compile(r"^(please\s+)?(write|tell|make)\s+(me\s+)?(a|an)\s+([\w-]+\s+){0,2}(story|tale)"
                          r"(\s+in\s+\d+\s+pages?)?\s*(about|of|where|in\s+which)?\s*:?\s*", re.IGNORECASE)
_STORY_TAIL = re.compile(r"\.?\s*(Write it in (Korean|English)|List the main characters)\b.*$", re.IGNORECASE | re.DOTALL)


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
    subject = _STORY_TAIL.sub("", text.strip())
    subject = _STORY_FRAME.sub("", subject)
    subject = _KO_TRAILING.sub("", subject)
    subject = re.sub(r"(은|는|이|가)?\s*어떻게\s*생겼(는지|어|니|나요|을까)?\s*[?.!]*$", "", subject)
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
    match = re.search(r"(\d+)(?:\s*|-)(?:pages?|쪽|장|페이지)", text, re.IGNORECASE)
    return max(1, min(32, int(match.group(1)))) if match else default


_HERO_EN = re.compile(r"\b([A-Z][a-z]+),?\s+(?:the\s+)?((?:[a-z-]+\s+){0,4}[a-z-]+?)\s+(?:who\s+)?(?:serves|is|goes|has|"
                      r"finds|makes|meets|loves|wants|lives|learns|gets|helps|visits|plays|bakes|sails)\b")
_NAME_START_EN = re.compile(r"^([A-Z][a-z]+)(?:'s)?\b")
_NOT_NAMES = {"A", "An", "The", "Once", "One", "Some", "My", "Our", "His", "Her", "Their", "This", "That", "In", "On",
              "At", "When", "Where", "What", "Who", "How", "Why", "Please", "Make", "Write", "Tell", "Draw", "Show"}
_KO_SUBJECT = re.compile(r"^((?:[가-힣]+\s+){0,3}?)([가-힣]{2,}?)(?:가|이)\s")
_KO_TOPIC_AT_START = re.compile(r"^([가-힣]{2,}?)(?:는|은)\s")
_KO_PARTICLE = re.compile(r"(이|가|은|는|을|를|의|와|과|랑|이랑|에게|한테)$")


def hero_of(idea: str, known_names: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """(name, description) of the main character of an idea, as a person means it:
    "Larry the sunflower hedgehog serves tea" -> Larry, "sunflower hedgehog";
    "Larry serving tea in a thunderstorm" -> Larry; "해바라기 고슴도치 래리가 차를 대접해요" -> 래리, "해바라기 고슴도치";
    "차를 좋아하는 고슴도치" -> 고슴도치 (a Korean phrase ends in the noun its words describe)."""
    idea = idea.strip()
    for name in known_names:  # a character the book already has
        if name and name in idea:
            return name, ""
    match = _HERO_EN.search(idea)
    if match:
        return match.group(1), match.group(2).strip()
    match = _NAME_START_EN.match(idea)
    if match and match.group(1) not in _NOT_NAMES:
        return match.group(1), ""
    if not has_hangul(idea):
        return None
    match = _KO_SUBJECT.match(idea + " ") or _KO_TOPIC_AT_START.match(idea + " ")
    if match and match.lastindex == 2:
        return match.group(2), match.group(1).strip()
    if match:
        return match.group(1), ""
    words = re.findall(r"[가-힣A-Za-z]+", idea)
    if not words:
        return None
    head = _KO_PARTICLE.sub("", words[-1]) or words[-1]
    return head, " ".join(words[:-1])


_ORDINALS_EN = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
                "fifth": 5, "5th": 5, "last": -1}
_ORDINAL_EN = re.compile(r"\b(?:the\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last)\s+(?:one|picture|image|"
                         r"sketch|drawing)\b|\b(?:number|no\.?|picture)\s+([1-5])\b(?!\s*(?:pages?))", re.IGNORECASE)
_ORDINALS_KO = {"첫": 1, "두": 2, "세": 3, "네": 4, "다섯": 5}
_ORDINAL_KO = re.compile(r"(첫|두|세|네|다섯)\s*번\s*째|(첫|둘|셋|넷)째|([1-5])\s*번(?:\s*째)?|(마지막)\s*(?:거|것|그림|꺼)")


def ordinal_of(text: str) -> int | None:
    """Which of the pictures just shown a person picked: "the second one", "number 3", "두 번째", "2번", "the last
    one" (-1). None when the message does not say."""
    match = _ORDINAL_EN.search(text)
    if match:
        return _ORDINALS_EN[match.group(1).lower()] if match.group(1) else int(match.group(2))
    match = _ORDINAL_KO.search(text)
    if match:
        if match.group(1):
            return _ORDINALS_KO[match.group(1)]
        if match.group(2):
            return {"첫": 1, "둘": 2, "셋": 3, "넷": 4}[match.group(2)]
        if match.group(3):
            return int(match.group(3))
        return -1
    return None
