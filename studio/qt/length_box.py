"""A spin box for a length the book keeps in inches, shown in the unit the studio shows lengths in (mm in Korean)."""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QWidget

from studio.core import units


class LengthBox(QDoubleSpinBox):
    """`inches()` is exact: a length shown as 215.9 mm and left alone is still 8.5 in, not 8.4996. `value()` is what
    the box shows. A minimum of 0 with `zero_text` reads as that text ("as for all")."""

    def __init__(self, inches: float, low: float, high: float, step_in: float = 0.125, name: str = "",
                 zero_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if name:
            self.setObjectName(name)
        self._factor = units.MM_PER_INCH if units.metric() else 1.0
        metric = self._factor != 1.0
        self.setDecimals(1 if metric else 3)
        self.setSingleStep(1.0 if metric else step_in)
        self.setSuffix(self.tr(" mm") if metric else self.tr(" in"))
        self.setRange(low * self._factor, high * self._factor)
        if zero_text:
            self.setSpecialValueText(zero_text)
        self._inches = inches
        self._quiet = False
        self.valueChanged.connect(self._typed)
        self.set_inches(inches)

    def inches(self) -> float:
        return self._inches

    def set_inches(self, inches: float) -> None:
        self._inches = inches
        self._quiet = True
        self.setValue(inches * self._factor)
        self._quiet = False
        self._say_other()

    def _typed(self, value: float) -> None:
        if not self._quiet:
            self._inches = value / self._factor
            self._say_other()

    def _say_other(self) -> None:
        """The same length in the other unit, for a person reading a printer's rules written in it."""
        other = units.length(self._inches, "in" if self._factor != 1.0 else "mm")
        self.setToolTip(other if self._inches else "")
