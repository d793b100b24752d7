"""Book settings: title, trim (a preset or custom), bleed and its model, safe and inside margins, the printer the
Export dialog starts with, and the back cover's words when the book has no back-cover page to type them on."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from studio.core.document.model import BookFormat
from studio.core.i18n import _
from studio.core.layout.geometry import (
    BLEED_CHOICES_IN,
    TRIM_PRESETS,
    preset_of,
)
from studio.core.output.targets import TARGETS, page_size_note
from studio.qt.length_box import LengthBox


class BookSettingsDialog(QDialog):
    def __init__(self, fmt: BookFormat, parent: QWidget | None = None, blurb: str | None = None) -> None:
        """`blurb`: the back cover's words, asked for here only when the book has no back-cover page (None)."""
        super().__init__(parent)
        self.setObjectName("bookSettings")
        self.setWindowTitle(self.tr("Book Settings"))
        self._format = fmt
        self.title = QLineEdit(fmt.title, objectName="bookTitle")
        self.trim = QComboBox(objectName="trimPreset")
        for preset in TRIM_PRESETS:
            self.trim.addItem(_(preset.label), preset.id)  # the core's names, marked there with N_
        self.trim.addItem(self.tr("Custom size"), "custom")
        preset = preset_of(fmt)
        self.trim.setCurrentIndex(self.trim.findData(preset.id if preset else "custom"))
        self.width = LengthBox(fmt.trim_width_in, 2.0, 24.0, name="trimWidth")
        self.height = LengthBox(fmt.trim_height_in, 2.0, 24.0, name="trimHeight")
        self.width.setAccessibleName(self.tr("Page width"))
        self.height.setAccessibleName(self.tr("Page height"))
        self.trim.currentIndexChanged.connect(self._preset_chosen)
        self.width.valueChanged.connect(self._size_typed)
        self.height.valueChanged.connect(self._size_typed)
        size = QHBoxLayout()
        size.addWidget(self.width)
        size.addWidget(QLabel("×"))
        size.addWidget(self.height)
        self.bleed = QComboBox(objectName="bleed")
        self.bleed.addItem(self.tr("0.125 in (US)"), BLEED_CHOICES_IN["0.125in"])
        self.bleed.addItem(self.tr("3 mm"), BLEED_CHOICES_IN["3mm"])
        self.bleed.addItem(self.tr("None"), 0.0)
        self.bleed.setCurrentIndex(min(range(self.bleed.count()), key=lambda i: abs(self.bleed.itemData(i) - fmt.bleed_in)))
        self.model = QComboBox(objectName="bleedModel")
        self.model.addItem(self.tr("All four sides"), "all")
        self.model.addItem(self.tr("Print-on-demand interior (outside edge only)"), "pod")
        self.model.setCurrentIndex(self.model.findData(fmt.bleed_model))
        self.safe = LengthBox(fmt.safe_margin_in, 0.0, 2.0, name="safeMargin")
        self.gutter = LengthBox(fmt.gutter_in, 0.0, 2.0, name="gutter")
        self.size_note = QLabel()
        self.target = QComboBox(objectName="bookPrintTarget")
        self.target.addItem(self.tr("None chosen (export as made)"), "")
        for printer in TARGETS.values():
            self.target.addItem(_(printer.label), printer.id)
        self.target.setCurrentIndex(max(0, self.target.findData(fmt.target)))
        self.target.setToolTip(self.tr("The Export dialog starts with this printer: the pages take its size and "
                                       "bleed when exported, and the file is checked against its rules."))
        form = QFormLayout(self)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Trim size"), self.trim)
        form.addRow("", size)
        form.addRow(self.tr("Bleed"), self.bleed)
        form.addRow(self.tr("Bleed on"), self.model)
        form.addRow(self.tr("Safe margin"), self.safe)
        form.addRow(self.tr("Inside margin (extra)"), self.gutter)
        form.addRow(self.tr("Printed by"), self.target)
        # what the chosen printer's export will be, beside the bleed above (which stays the book's own: the screen
        # and home printing): "Bleed on: all four sides" with KDP chosen read as a contradiction
        self.target_note = QLabel(objectName="printTargetNote", wordWrap=True)
        form.addRow("", self.target_note)
        self.target.currentIndexChanged.connect(self._show_target_note)
        for box in (self.width, self.height):
            box.valueChanged.connect(self._show_target_note)
        self._show_target_note()
        form.addRow(QLabel(self.tr("Changing the size lays every page out again; no picture or word is lost.")))
        self.blurb: QPlainTextEdit | None = None
        if blurb is not None:
            self.blurb = QPlainTextEdit(blurb, objectName="blurb")
            self.blurb.setPlaceholderText(self.tr("A few sentences for the back cover; they add a back-cover page."))
            self.blurb.setFixedHeight(self.blurb.fontMetrics().lineSpacing() * 4 + 12)
            form.addRow(self.tr("Back cover words"), self.blurb)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _show_target_note(self) -> None:
        chosen = TARGETS.get(self.target.currentData() or "")
        self.target_note.setVisible(chosen is not None)
        if chosen is not None:
            fmt = replace(self._format, trim_width_in=self.width.inches(), trim_height_in=self.height.inches())
            self.target_note.setText(self.tr("{note} The bleed above is for the screen and home printing.").format(
                note=page_size_note(fmt, chosen)))
        if self.isVisible():  # a wrapped note shown later gets its lines, not one and a half of them
            self.adjustSize()

    def _preset_chosen(self) -> None:
        preset = next((p for p in TRIM_PRESETS if p.id == self.trim.currentData()), None)
        if preset is not None:
            self.width.blockSignals(True)
            self.height.blockSignals(True)
            self.width.set_inches(preset.width_in)
            self.height.set_inches(preset.height_in)
            self._show_target_note()  # the boxes were set quietly: the note follows the new size too
            self.width.blockSignals(False)
            self.height.blockSignals(False)

    def _size_typed(self) -> None:
        matching = preset_of(replace(self._format, trim_width_in=self.width.inches(),
                                     trim_height_in=self.height.inches()))
        self.trim.blockSignals(True)
        self.trim.setCurrentIndex(self.trim.findData(matching.id if matching else "custom"))
        self.trim.blockSignals(False)

    def blurb_text(self) -> str:
        return self.blurb.toPlainText().strip() if self.blurb is not None else ""

    def book_format(self) -> BookFormat:
        return replace(self._format, title=self.title.text().strip(), trim_width_in=round(self.width.inches(), 4),
                       trim_height_in=round(self.height.inches(), 4), bleed_in=round(self.bleed.currentData(), 5),
                       bleed_model=self.model.currentData(), safe_margin_in=round(self.safe.inches(), 5),
                       gutter_in=round(self.gutter.inches(), 5), target=self.target.currentData())
