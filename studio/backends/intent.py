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
    r"make\s+(me\s+)?(a\s+)?(picture|image|sticker)\s+of\s+|(tell|write|make)\s+(me\s+)?(a\s+)?(bedtime\s+)?story\s+(about\s+)?)",
    re.IGNORECASE,
)
_TRAILING = re.compile(r"(\s+(look|looks)\s+like)?\s*[?.!]*\s*$", re.IGNORECASE)
_KO_TRAILING = re.compile(r"\s*(을|를|이|가)?\s*(그려\s*줘|그려\s*주세요|보여\s*줘|보여\s*주세요|만들어\s*줘|이야기\s*해\s*줘|이야기\s*들려\s*줘)\s*[?.!]*\s*$")


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
    subject = _LEADING.sub("", subject)
    subject = _TRAILING.sub("", subject).strip(" ,")
    return subject or text.strip()
