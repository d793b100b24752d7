"""Where the bundled resources (fonts, icons) live, installed or from a checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resource_dir() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here / "_resources", here.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("Picture Book Studio's resources folder is missing from this install")


def font_path(bold: bool = False) -> Path:
    return resource_dir() / "fonts" / ("NanumGothicBold.ttf" if bold else "NanumGothic.ttf")


def icon_path() -> Path:
    return resource_dir() / "icons" / "studio.png"
