"""The bundled fonts (Latin + Hangul, TrueType outlines) registered with reportlab once."""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from studio.resources import font_path

BODY_FONT = "NanumGothic"
BOLD_FONT = "NanumGothic-Bold"


@cache
def register_pdf_fonts() -> tuple[str, str]:
    pdfmetrics.registerFont(TTFont(BODY_FONT, str(font_path())))
    pdfmetrics.registerFont(TTFont(BOLD_FONT, str(font_path(bold=True))))
    return BODY_FONT, BOLD_FONT
