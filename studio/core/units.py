"""Lengths as a person reads them: inches, or millimetres where the studio speaks Korean (Korean paper, trims and
print shops are in millimetres). The book keeps inches inside; only what is shown changes.

`set_units("")` follows the language; "in" or "mm" fixes it (Settings ▸ Lengths, `lengths` in settings.json)."""

from __future__ import annotations

from studio.core.i18n import _, language

MM_PER_INCH = 25.4
UNITS = ("in", "mm")
_chosen = ""


def set_units(choice: str) -> None:
    global _chosen
    _chosen = choice if choice in UNITS else ""


def units() -> str:
    """"in" or "mm", as shown now."""
    return _chosen or ("mm" if language() == "ko" else "in")


def metric() -> bool:
    return units() == "mm"


def number(inches: float, unit: str = "") -> str:
    """The number alone, in `unit` or the unit shown: "8.125" (inches, to a thousandth) or "206.4" (mm, a tenth)."""
    if (unit or units()) == "mm":  # half a tenth rounds up, as a ruler reads (6.75 in is 171.45 mm: "171.5", not float's "171.4")
        return f"{round(inches * MM_PER_INCH + 1e-9, 1):.1f}".removesuffix(".0")
    return f"{inches:.3f}".rstrip("0").rstrip(".")


def length(inches: float, unit: str = "") -> str:
    """"0.125 in" or "3.2 mm" (in `unit`, or the unit shown)."""
    unit = unit or units()
    # Translators: a length; {value} is a number
    return (_("{value} mm") if unit == "mm" else _("{value} in")).format(value=number(inches, unit))


def size(width_in: float, height_in: float) -> str:
    """"8.5 × 8.5 in" or "215.9 × 215.9 mm"."""
    # Translators: a page or sheet size; {width} and {height} are numbers
    said = _("{width} × {height} mm") if metric() else _("{width} × {height} in")
    return said.format(width=number(width_in), height=number(height_in))
