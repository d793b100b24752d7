"""Pre-cut label sheets a sticker can be printed onto. Sizes come from the gLabels template database
(MIT licence, © 2001-2009 Jim Evins; see resources/labels/LICENSE-glabels): label size, columns and rows,
the first label's offset from the top-left corner and the pitch between labels."""

from __future__ import annotations

from dataclasses import dataclass

from studio.core.i18n import N_, _
from studio.core.layout.geometry import mm as _mm

POINT = 1 / 72  # gLabels lengths without a unit are points


@dataclass(frozen=True)
class LabelTemplate:
    id: str
    label_en: str  # N_-marked; `label` is it in the reader's language
    paper: str  # "letter" or "a4"
    shape: str  # "rect" or "round"
    width_in: float
    height_in: float
    corner_in: float  # corner radius of a rectangle
    columns: int
    rows: int
    x0_in: float  # first label's left edge from the sheet's left
    y0_in: float  # first label's top edge from the sheet's top
    dx_in: float
    dy_in: float
    margin_in: float  # keep art this far inside the label's edge

    @property
    def label(self) -> str:
        return _(self.label_en)

    def cells(self) -> list[tuple[float, float, float, float]]:
        """Each label's box (x, y from the top-left of the sheet, width, height) in inches, row by row."""
        return [(self.x0_in + c * self.dx_in, self.y0_in + r * self.dy_in, self.width_in, self.height_in)
                for r in range(self.rows) for c in range(self.columns)]


LABELS: dict[str, LabelTemplate] = {t.id: t for t in (
    LabelTemplate("avery-5294", N_("Avery 5294 · 2½ in round, 12 per Letter sheet"), "letter", "round",
                  2.5, 2.5, 1.25, 3, 4, 0.21, 0.425, 2.75, 2.515, 0.0625),
    LabelTemplate("avery-5293", N_("Avery 5293 · 1⅝ in round, 24 per Letter sheet"), "letter", "round",
                  1.625, 1.625, 0.8125, 4, 6, 0.4157, 0.549, 2.0145, 1.6554, 0.0625),
    LabelTemplate("avery-5160", N_("Avery 5160 · 2⅝ × 1 in, 30 per Letter sheet"), "letter", "rect",
                  2.625, 1.0, 0.0625, 3, 10, 0.15625, 0.5, 2.78125, 1.0, 0.0625),
    LabelTemplate("avery-l7163", N_("Avery L7163 · 99.1 × 38.1 mm, 14 per A4 sheet"), "a4", "rect",
                  280.9 * POINT, 108 * POINT, 5 * POINT, 2, 7, 9.5 * POINT, 43 * POINT, 292 * POINT, 108 * POINT,
                  5 * POINT),
    LabelTemplate("avery-l7160", N_("Avery L7160 · 63.5 × 38.1 mm, 21 per A4 sheet"), "a4", "rect",
                  181.4 * POINT, 108 * POINT, 5 * POINT, 3, 7, 21.2 * POINT, 43.9 * POINT, 187.2 * POINT,
                  108 * POINT, 5 * POINT),
    LabelTemplate("hama-50151", N_("Hama 50151 · 40 mm round, 24 per A4 sheet"), "a4", "round",
                  _mm(40), _mm(40), _mm(20), 4, 6, _mm(16), _mm(16), _mm(46), _mm(46.5), _mm(2)),
)}
