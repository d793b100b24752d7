"""The bundled fonts (OFL and Apache, TrueType outlines) and the families a text frame chooses from.

A family pairs a Latin face with a Hangul one. Text is set with a fallback chain (`chain`): the frame's face
(the Hangul one when the text has Hangul), then its partner, then bundled faces that cover what is left
(Gentium for accented Latin, Greek and Cyrillic; Nanum Gothic for Hangul; Droid Sans Fallback for Chinese and
Japanese; Noto Emoji, monochrome). `runs` cuts a line into pieces each set in one face: the canvas and the PDF
draw the same pieces, so a letter the frame's face lacks is never dropped (é in a Hangul face, 刺猬, 🦔), and a
letter no bundled face has is reported (`missing_glyphs`), not lost. Each face is registered with reportlab
under its file's stem; the page canvas loads the same files into Qt."""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from studio.core.i18n import N_, _
from studio.resources import resource_dir


@dataclass(frozen=True)
class Face:
    name: str  # the reportlab name: the file's stem
    qt_family: str  # the family name inside the file, which Qt knows it by
    bold: bool = False

    @property
    def file(self) -> str:
        return str(resource_dir() / "fonts" / f"{self.name}.ttf")


@dataclass(frozen=True)
class Family:
    id: str
    name: str  # in English, as written here; `label` is what a person reads
    latin: Face
    latin_bold: Face
    hangul: Face
    hangul_bold: Face

    @property
    def label(self) -> str:
        """The family's name in the studio's language of the moment."""
        return _(self.name)


_GOTHIC = Face("NanumGothic", "NanumGothic")
_GOTHIC_BOLD = Face("NanumGothicBold", "NanumGothic", bold=True)

FAMILIES: dict[str, Family] = {f.id: f for f in (
    # Translators: a kind of typeface, as a text frame offers them
    Family("rounded", N_("Rounded"), Face("Comfortaa-Regular", "Comfortaa"), Face("Comfortaa-Bold", "Comfortaa", True),
           Face("NanumSquareRoundR", "NanumSquareRound"), Face("NanumSquareRoundB", "NanumSquareRound", True)),
    Family("serif", N_("Serif"), Face("GentiumBookPlus-Regular", "Gentium Book Plus"),
           Face("GentiumBookPlus-Bold", "Gentium Book Plus", True),
           Face("NanumMyeongjo", "NanumMyeongjo"), Face("NanumMyeongjoBold", "NanumMyeongjo", True)),
    Family("sans", N_("Sans"), _GOTHIC, _GOTHIC_BOLD, _GOTHIC, _GOTHIC_BOLD),
)}
DEFAULT_FAMILY = "rounded"
# What is left once the frame's face and its partner have had their turn, in order.
FALLBACKS = (Face("GentiumBookPlus-Regular", "Gentium Book Plus"), _GOTHIC,
             Face("DroidSansFallbackFull", "Droid Sans Fallback"), Face("NotoEmoji", "Noto Emoji"))
FALLBACKS_BOLD = (Face("GentiumBookPlus-Bold", "Gentium Book Plus", True), _GOTHIC_BOLD, *FALLBACKS[2:])
ALL_FACES: tuple[Face, ...] = tuple({face.name: face for family in FAMILIES.values()
                                     for face in (family.latin, family.latin_bold, family.hangul, family.hangul_bold,
                                                  *FALLBACKS, *FALLBACKS_BOLD)}.values())
_FACES = {face.name: face for face in ALL_FACES}

# Kept for the sketch backend and older callers: the face with both scripts.
BODY_FONT = _GOTHIC.name
BOLD_FONT = _GOTHIC_BOLD.name


def has_hangul(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" or "\u1100" <= ch <= "\u11ff" or "\u3130" <= ch <= "\u318f" for ch in text)


def face_for(family_id: str, text: str, bold: bool = False) -> Face:
    """The face a frame's text is set in: the family's Hangul face when the text has Hangul."""
    family = FAMILIES.get(family_id) or FAMILIES[DEFAULT_FAMILY]
    if has_hangul(text):
        return family.hangul_bold if bold else family.hangul
    return family.latin_bold if bold else family.latin


def chain(family_id: str, text: str, bold: bool = False) -> tuple[str, ...]:
    """The faces a frame's text is set in, first choice first (their names; none registered yet)."""
    family = FAMILIES.get(family_id) or FAMILIES[DEFAULT_FAMILY]
    first = face_for(family_id, text, bold)
    partner = (family.latin_bold if bold else family.latin) if has_hangul(text) else \
        (family.hangul_bold if bold else family.hangul)
    names = [first.name, partner.name, *(f.name for f in (FALLBACKS_BOLD if bold else FALLBACKS))]
    return tuple(dict.fromkeys(names))


def face(name: str) -> Face:
    return _FACES[name]


class Run(NamedTuple):
    face: str  # a registered font name
    text: str
    missing: bool = False  # no bundled face has these characters: drawn in the frame's face (its blank or box)


def has_glyph(name: str, char: str) -> bool:
    return ord(char) in _glyphs(register(name))


@lru_cache(maxsize=None)
def _glyphs(name: str) -> frozenset[int]:
    return frozenset(pdfmetrics.getFont(name).face.charToGlyph)


def _rides_along(char: str) -> bool:
    """Joiners, variation selectors and combining marks: set in the face of the letter before them."""
    return char.isspace() or char in "\u200c\u200d\ufe0e\ufe0f" or unicodedata.combining(char) > 0 \
        or unicodedata.category(char) in ("Cc", "Cf")


def _script(char: str) -> str:
    """A coarse script, so a word's letters of one script stay in one face (all of “Zoë” in the Latin face)."""
    if has_hangul(char):
        return "hangul"
    code = ord(char)
    if 0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x3FFFF or 0xFF00 <= code <= 0xFFEF:
        return "cjk"
    if code >= 0x1F000 or 0x2600 <= code <= 0x27BF:
        return "emoji"
    return "other"


@lru_cache(maxsize=16384)
def runs(text: str, faces: tuple[str, ...]) -> tuple[Run, ...]:
    """`text` cut into pieces, each in the first face of `faces` that has all its letters. Letters of one script
    in a row keep to one face where one face has them all; otherwise each letter goes to the first face that
    has it. Letters no face has stay in the first face, marked missing."""
    chosen: list[tuple[str, bool] | None] = [None] * len(text)
    group: list[int] = []

    def settle() -> None:
        letters = [text[i] for i in group]
        whole = next((f for f in faces if all(has_glyph(f, c) for c in letters)), None)
        for i in group:
            if whole is not None:
                chosen[i] = (whole, False)
            else:
                one = next((f for f in faces if has_glyph(f, text[i])), None)
                chosen[i] = (one, False) if one is not None else (faces[0], True)
        group.clear()

    for i, char in enumerate(text):
        if char.isspace():  # in the frame's own face: an emoji face's space is as wide as an emoji
            settle()
            chosen[i] = next(((f, False) for f in faces if has_glyph(f, char)), (faces[0], False))
            continue
        if _rides_along(char):
            continue
        if group and _script(text[group[-1]]) != _script(char):
            settle()
        group.append(i)
    settle()
    pieces: list[Run] = []
    last: tuple[str, bool] | None = next((c for c in chosen if c is not None), (faces[0], False))
    for char, choice in zip(text, chosen):
        last = choice or last
        if pieces and (pieces[-1].face, pieces[-1].missing) == last:
            pieces[-1] = pieces[-1]._replace(text=pieces[-1].text + char)
        else:
            pieces.append(Run(last[0], char, last[1]))
    return tuple(pieces)


def missing_glyphs(text: str, faces: tuple[str, ...]) -> str:
    """The characters of `text` no face in `faces` has, each once, in order."""
    return "".join(dict.fromkeys(c for r in runs(text, faces) if r.missing for c in r.text if not _rides_along(c)))


_lock = threading.Lock()
_registered: set[str] = set()


def register(name: str) -> str:
    """Register one bundled face with reportlab (once; safe from any thread) and return its name."""
    if name not in _registered:
        with _lock:
            if name not in _registered:
                pdfmetrics.registerFont(TTFont(name, _FACES[name].file))
                _registered.add(name)
    return name


def preload_in_background() -> threading.Thread:
    """Read every face's metrics on a thread (~150 ms in all), so the window never waits for a font file the
    first time a page uses it."""
    thread = threading.Thread(target=lambda: [register(f.name) for f in ALL_FACES], name="fonts", daemon=True)
    thread.start()
    return thread


def register_pdf_fonts() -> tuple[str, str]:
    return register(BODY_FONT), register(BOLD_FONT)


_reportlab_to_unicode = ttfonts.makeToUnicodeCMap


def _to_unicode_beyond_the_bmp(fontname: str, subset: list[int]) -> str:
    """reportlab writes each character's code as four hex digits in the ToUnicode map, so 🦔 (U+1F994) reads back
    as U+1F99 when the PDF's text is copied or searched: write the UTF-16 pair the PDF format asks for."""
    cmap = _reportlab_to_unicode(fontname, subset)
    for index, code in enumerate(subset):
        if code > 0xFFFF:
            cmap = cmap.replace("<%02X> <%04X>" % (index, code),
                                "<%02X> <%s>" % (index, chr(code).encode("utf-16-be").hex().upper()), 1)
    return cmap


ttfonts.makeToUnicodeCMap = _to_unicode_beyond_the_bmp
