"""The bundled fonts (OFL, TrueType outlines) and the families a text frame chooses from.

A family pairs a Latin face with a Hangul one: text with any Hangul in it is set in the Hangul face (which has
Latin letters too), so one frame is measured, shown and printed with one font file. Each face is registered
with reportlab under its file's stem; the page canvas loads the same files into Qt."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

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
    label: str
    latin: Face
    latin_bold: Face
    hangul: Face
    hangul_bold: Face


_GOTHIC = Face("NanumGothic", "NanumGothic")
_GOTHIC_BOLD = Face("NanumGothicBold", "NanumGothic", bold=True)

FAMILIES: dict[str, Family] = {f.id: f for f in (
    Family("rounded", "Rounded", Face("Comfortaa-Regular", "Comfortaa"), Face("Comfortaa-Bold", "Comfortaa", True),
           Face("NanumSquareRoundR", "NanumSquareRound"), Face("NanumSquareRoundR", "NanumSquareRound")),
    Family("serif", "Serif", Face("GentiumBookPlus-Regular", "Gentium Book Plus"),
           Face("GentiumBookPlus-Bold", "Gentium Book Plus", True),
           Face("NanumMyeongjo", "NanumMyeongjo"), Face("NanumMyeongjo", "NanumMyeongjo")),
    Family("sans", "Sans", _GOTHIC, _GOTHIC_BOLD, _GOTHIC, _GOTHIC_BOLD),
)}
DEFAULT_FAMILY = "rounded"
ALL_FACES: tuple[Face, ...] = tuple({face.name: face for family in FAMILIES.values()
                                     for face in (family.latin, family.latin_bold, family.hangul)}.values())
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


def face(name: str) -> Face:
    return _FACES[name]


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
