"""Text set into lines once, here, with the bundled fonts' own metrics: the page canvas and every printed
output draw these lines, piece by piece in the faces of the style's fallback chain (`line_runs`), so the same
words end each line on screen and on paper, and no letter is lost for want of a glyph.

Lines break between words: at spaces, in English and in Korean alike (Korean books break between 어절, the
space-separated words, not inside them). Only a word wider than the whole line is broken inside, between
letters. Text never shrinks to fit: a frame too small for its text is reported (`fits`), not squeezed.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth

from studio.core.layout.fonts import Run, missing_glyphs, register_pdf_fonts, runs

ALIGNMENTS = ("left", "center", "right")
BODY_SIZE_PT = 20.0  # a picture book's body text; text is never set smaller than the book asks for


@dataclass(frozen=True)
class TextStyle:
    font: str = ""  # a registered font name; "" is the bundled body font
    size: float = BODY_SIZE_PT  # points
    leading: float = 1.3  # line height as a multiple of the size
    align: str = "center"
    fallbacks: tuple[str, ...] = ()  # faces for the letters `font` lacks, first choice first

    @property
    def font_name(self) -> str:
        return self.font or register_pdf_fonts()[0]

    @property
    def faces(self) -> tuple[str, ...]:
        return (self.font_name, *self.fallbacks)

    @property
    def line_height(self) -> float:
        return self.size * self.leading


@dataclass(frozen=True)
class SetText:
    lines: tuple[str, ...]
    style: TextStyle
    width: float  # the frame's width in points
    height: float  # the frame's height in points

    @property
    def text_height(self) -> float:
        return len(self.lines) * self.style.line_height

    @property
    def fits(self) -> bool:
        return self.text_height <= self.height + 0.01

    def lines_that_fit(self) -> tuple[str, ...]:
        return self.lines[:max(0, int((self.height + 0.01) // self.style.line_height))]

    @property
    def missing(self) -> str:
        """Letters no bundled face has (they show as empty boxes): each once."""
        return missing_glyphs("".join(self.lines), self.style.faces)

    def line_offsets(self) -> list[tuple[str, float, float]]:
        """Each line with its x offset from the frame's left edge and its baseline's distance from the frame's
        top, with the block centred vertically in the frame (top-aligned when it does not fit)."""
        style = self.style
        top = max(0.0, (self.height - self.text_height) / 2)
        ascent = style.size * 0.88  # near the bundled fonts' ascender; the same on screen and in print
        out = []
        for i, line in enumerate(self.lines):
            width = measure(line, style.faces, style.size)
            x = {"left": 0.0, "center": (self.width - width) / 2, "right": self.width - width}[style.align]
            out.append((line, x, top + i * style.line_height + (style.line_height - style.size) / 2 + ascent))
        return out


@lru_cache(maxsize=65536)
def measure(text: str, font: str | tuple[str, ...], size: float) -> float:
    """Width in points, from the font files' advance widths (what reportlab draws with): one face, or the pieces
    of a fallback chain."""
    if isinstance(font, str):
        return stringWidth(text, font, size)
    return sum(stringWidth(run.text, run.face, size) for run in runs(text, font))


def line_runs(line: str, style: TextStyle) -> list[tuple[Run, float]]:
    """A line's pieces, each with its x offset from the line's start: what the canvas and the PDF draw."""
    placed, x = [], 0.0
    for run in runs(line, style.faces):
        placed.append((run, x))
        x += measure(run.text, run.face, style.size)
    return placed


def break_lines(text: str, font: str | tuple[str, ...], size: float, width: float) -> list[str]:
    """The lines `text` sets into at `width`: paragraphs at newlines, then greedily word by word (and between
    Chinese and Japanese characters, which are written without spaces).

    Widths add up (the bundled fonts are set without kerning, and a word's faces do not depend on its
    neighbours), so a line's width is its words' widths plus its spaces', each word measured once."""
    lines: list[str] = []
    space = measure(" ", font, size)
    for paragraph in text.split("\n"):
        words = _break_points(paragraph)
        if not words:
            lines.append("")
            continue
        line, line_width = "", 0.0
        for word, spaced in words:
            word_width = measure(word, font, size)
            if not line:
                candidate, candidate_width = word, word_width
            elif spaced:
                candidate, candidate_width = f"{line} {word}", line_width + space + word_width
            else:  # joined without a space: measured whole, as its letters' faces are chosen together
                candidate = line + word
                candidate_width = measure(candidate, font, size)
            if candidate_width <= width:
                line, line_width = candidate, candidate_width
                continue
            if line:
                lines.append(line)
            line, line_width = "", 0.0
            if word_width <= width:
                line, line_width = word, word_width
                continue
            pieces = _split_long_word(word, font, size, width)
            lines.extend(pieces[:-1])
            line, line_width = pieces[-1], measure(pieces[-1], font, size)
        lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    return lines


_NO_LINE_END = set("（「『【〔〈《“‘([{")
_NO_LINE_START = set("、。，．！？：；）」』】〕〉》”’ー々ゝゞ" "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ" ",.!?:;)]}")


def _break_points(paragraph: str) -> list[tuple[str, bool]]:
    """The pieces a line may end after, each with whether a space comes before it: words, and each Chinese or
    Japanese character on its own (closing punctuation and small kana stay with the character before them, an
    opening bracket with the one after it)."""
    pieces: list[tuple[str, bool]] = []
    for word in paragraph.split():
        spaced = True
        current = ""
        for char in word:
            before = current[-1:] or " "
            if current and (_breaks_around(char) or _breaks_around(before)) and char not in _NO_LINE_START \
                    and before not in _NO_LINE_END:
                pieces.append((current, spaced))
                current, spaced = "", False
            current += char
        pieces.append((current, spaced))
    return pieces


def _breaks_around(char: str) -> bool:
    code = ord(char)
    return 0x3040 <= code <= 0x30FF or 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF \
        or 0x20000 <= code <= 0x3FFFF or 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFFEF


def _split_long_word(word: str, font: str | tuple[str, ...], size: float, width: float) -> list[str]:
    pieces, piece = [], ""
    for char in word:
        if piece and measure(piece + char, font, size) > width:
            pieces.append(piece)
            piece = ""
        piece += char
    pieces.append(piece)
    return pieces


def set_text(text: str, width: float, height: float, style: TextStyle | None = None) -> SetText:
    style = style or TextStyle()
    text = unicodedata.normalize("NFC", text)  # “é” typed as e + ◌́ is the one letter the fonts have
    return SetText(tuple(break_lines(text, style.faces, style.size, width)), style, width, height)
