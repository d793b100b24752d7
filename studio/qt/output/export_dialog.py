"""File ▸ Export ▸ Book…: choose what to make (print-ready interior, cover wrap, home print, booklet, page
images) and the printer it is for, read the export report, then write it off the GUI thread with a progress bar
and Cancel; for a printer, the written file is checked (preflight) and each finding offers its fix."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studio.core.app import edits
from studio.core.app.preflight_fixes import BOOK_FIXES, apply_fix
from studio.core.app.project import Project
from studio.core.i18n import _
from studio.core.output.book_pdf import ExportResult, padded_interior
from studio.core.output.cover import PAPERS
from studio.core.output.exports import (
    KINDS,
    SHAPED_BY_TARGET,
    ExportChoice,
    export,
    for_target,
)
from studio.core.output.files import ExportError, Progress, check_target
from studio.core.output.preflight import Finding, preflight
from studio.core.output.report import book_report
from studio.core.output.snapshot import BookSnapshot, snapshot, with_pictures
from studio.core.output.targets import TARGETS
from studio.qt.background import BackgroundWork, WorkDialog
from studio.qt.output.booklet_preview import BookletPreview
from studio.qt.output.destination import (
    WrittenMessage,
    ask_folder,
    ask_save_path,
    home_paper,
    show_written,
)
from studio.qt.output.findings_list import FindingsList
from studio.qt.tasks import TaskRunner
from studio.qt.window_state import clamp_to_screen


class ExportDialog(WorkDialog):
    def __init__(self, project: Project, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the book"))
        self.project, self.runner = project, runner
        self.book: BookSnapshot = snapshot(project, with_images=False)  # the pictures are read on the worker
        self.last_result: ExportResult | None = None
        self.written: WrittenMessage | None = None  # the message offering Open and Show in Folder
        self._task: asyncio.Task | None = None
        self.findings: list[Finding] | None = None  # the last preflight's, None before one ran
        self._checked: tuple[Path, ExportChoice] | None = None  # the file the findings are about, and how it was made
        self.fix_said = ""  # what the last fix did, shown with the check that follows it

        layout = QVBoxLayout(self)
        kinds = QGroupBox(self.tr("Make"))
        kinds_layout = QVBoxLayout(kinds)
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        hints = {
            "book": self.tr("the interior pages, trim plus bleed, for a print service"),
            "cover": self.tr("back, spine and front on one sheet"),
            "home": self.tr("one page per sheet on A4 or Letter"),
            "booklet": self.tr("fold and staple: two pages a side, double-sided"),
            "images": self.tr("a picture file of every page"),
        }
        for kind, label in KINDS.items():
            button = QRadioButton(self.tr("{kind} — {hint}").format(kind=_(label), hint=hints[kind]))
            self.kind_group.addButton(button)
            self.kind_buttons[kind] = button
            kinds_layout.addWidget(button)
        self.kind_buttons["book"].setChecked(True)
        layout.addWidget(kinds)

        options = QWidget()
        form = QFormLayout(options)
        self.sheet = QComboBox()
        self.sheet.addItem("A4", "a4")
        self.sheet.addItem(self.tr("Letter"), "letter")
        self.sheet.setCurrentIndex(self.sheet.findData(home_paper()))
        self.scale = QComboBox()
        self.scale.addItem(self.tr("Fit to the sheet"), "fit")
        self.scale.addItem(self.tr("Actual size"), "actual")
        self.crop_marks = QCheckBox(self.tr("Crop marks (outside the bleed)"), objectName="cropMarks")
        self.paper = QComboBox()
        for paper in PAPERS.values():
            self.paper.addItem(_(paper.label), paper.id)  # the core's names, marked there with N_
        self.paper.setCurrentIndex(max(0, self.paper.findData(self.book.format.paper)))
        self.image_format = QComboBox()
        self.image_format.addItem("PNG", "png")
        self.image_format.addItem("JPEG", "jpeg")
        self.dpi = QSpinBox()
        self.dpi.setRange(36, 1200)
        self.dpi.setValue(150)
        self.dpi.setSuffix(" DPI")
        self.target = QComboBox(objectName="printTarget")
        self.target.addItem(self.tr("As the book is made (no printer chosen)"), "")
        for printer in TARGETS.values():
            self.target.addItem(_(printer.label), printer.id)
        self.target.setCurrentIndex(max(0, self.target.findData(self.book.format.target)))
        self.preflight = QCheckBox(self.tr("Check the file for the printer (preflight)"), objectName="preflight")
        self.preflight.setChecked(True)
        self._rows = {
            "target": (self.tr("Printer"), self.target), "preflight": ("", self.preflight),
            "sheet": (self.tr("Paper"), self.sheet), "scale": (self.tr("Size"), self.scale),
            "crop": ("", self.crop_marks), "paper": (self.tr("Interior paper"), self.paper),
            "format": (self.tr("Format"), self.image_format), "dpi": (self.tr("Resolution"), self.dpi),
        }
        for label, widget in self._rows.values():
            form.addRow(label, widget)
        self._form = form
        layout.addWidget(options)
        self.booklet_preview = BookletPreview()
        self.preview_task: asyncio.Task | None = None
        layout.addWidget(self.booklet_preview)

        report_label = QLabel(self.tr("Before you print:"))
        layout.addWidget(report_label)
        self.report = QPlainTextEdit(objectName="exportReport")
        report_label.setBuddy(self.report)
        self.report.setAccessibleName(self.tr("Before you print"))
        self.report.setReadOnly(True)
        self.report.setMinimumHeight(80)
        layout.addWidget(self.report)
        self.findings_label = QLabel()
        self.findings_list = FindingsList()
        self.check_again = QPushButton(self.tr("Check again"))
        self.check_again.clicked.connect(self.run_check_again)
        for widget in (self.findings_label, self.findings_list, self.check_again):
            widget.hide()
            layout.addWidget(widget)
        self.findings_list.fix_requested.connect(self.run_fix)
        self.progress = QProgressBar()
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox()
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setDefault(True)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(self.buttons)
        self.export_button.clicked.connect(self._choose_target)
        self.close_button.clicked.connect(self.close_or_cancel)
        self.work = BackgroundWork(self.progress)
        self.kind_group.buttonToggled.connect(lambda _button, on: self._show_options() if on else None)
        self.sheet.currentIndexChanged.connect(lambda *_: self._show_options())
        self.target.currentIndexChanged.connect(lambda *_: self._show_options())
        self._show_options()

    # -- choices -------------------------------------------------------------------

    def choose(self, kind: str) -> None:
        self.kind_buttons[kind].setChecked(True)

    def kind(self) -> str:
        return next(k for k, b in self.kind_buttons.items() if b.isChecked())

    def choice(self) -> ExportChoice:
        return ExportChoice(self.kind(), self.sheet.currentData(), self.scale.currentData(),
                            self.crop_marks.isChecked(), self.image_format.currentData(), self.dpi.value(),
                            self.paper.currentData(), self.target.currentData() or None)

    def choose_target(self, target_id: str) -> None:
        self.target.setCurrentIndex(self.target.findData(target_id))

    def _show_options(self) -> None:
        for widget in (self.findings_label, self.findings_list, self.check_again):  # they were for another choice
            widget.hide()
        self._fill_report()
        kind = self.kind()
        shown = {"home": {"sheet", "scale", "crop"}, "booklet": {"sheet"}, "cover": {"paper"},
                 "images": {"format", "dpi"}}.get(kind, set())
        if kind in SHAPED_BY_TARGET:
            shown |= {"target", "preflight"} if kind != "images" and self.target.currentData() else {"target"}
        for key, (_label, widget) in self._rows.items():
            self._form.setRowVisible(widget, key in shown)
        self.booklet_preview.setVisible(kind == "booklet")
        if kind == "booklet":
            self.preview_task = self.booklet_preview.show_book(self.project, self.book, self.sheet.currentData(),
                                                               self.runner)

    def _fill_report(self) -> None:
        """What would print badly, and the page-count rule of the printer chosen here (the book's own otherwise)."""
        chosen = self.target.currentData() if self.kind() in SHAPED_BY_TARGET else None
        report = book_report(for_target(self.book, chosen) if chosen else self.book)
        lines = [f"⚠ {w}" for w in report.warnings] + [f"• {n}" for n in report.notes]
        self.report.setPlainText("\n".join(lines) or self.tr("Nothing to worry about: every picture is at least "
                                                             "300 DPI and all the words are inside the safe area."))

    # -- export ----------------------------------------------------------------------

    def _choose_target(self) -> None:
        choice = self.choice()
        if choice.writes_folder:
            folder = ask_folder(self, self.tr("Folder for the page images"))
            if folder:
                self.export_to(folder)
            return
        what = {"book": self.tr("print-ready"), "cover": self.tr("cover"), "home": self.tr("home print"),
                "booklet": self.tr("booklet")}[choice.kind]
        path = ask_save_path(self, self.tr("Export"), self.project, what, ".pdf", "PDF (*.pdf)")
        if path:
            self.export_to(path)

    def export_to(self, target: Path) -> asyncio.Task:
        self._task = self.runner.start(self._export(target, self.choice()), self.tr("Exporting"))
        return self._task

    async def _export(self, target: Path, choice: ExportChoice) -> None:
        try:
            if not choice.writes_folder:
                check_target(target, self.project.path)
        except ExportError as exc:
            self.status.setText(str(exc))
            return
        result = await self.write(self.tr("Writing {name}…").format(name=target.name), _export_book, self.book,
                                  self.project.path, choice, target)
        if result is not None:
            self.last_result = result
            self.written = show_written(self, result.paths)
            self._remember_target(choice.target)
            if choice.target and choice.kind in ("book", "cover") and self.preflight.isChecked():
                await self._check(target, choice)

    def _remember_target(self, target_id: str | None) -> None:
        """The printer chosen is kept with the book (no undo step: it is no edit), so the next export starts with it."""
        if target_id and target_id != self.book.format.target and not self.project.read_only:
            edits.remember_print_target(self.project, target_id)
            self.book = snapshot(self.project, with_images=False)

    # -- preflight ----------------------------------------------------------------------------

    async def _check(self, path: Path, choice: ExportChoice) -> None:
        assert choice.target is not None
        printer = TARGETS[choice.target]
        shaped = for_target(self.book, choice.target).format
        interior = len(padded_interior(self.book)[0])
        written = self.status.text()
        self.status.setText(self.tr("Checking {name} for {target}…").format(name=path.name, target=printer.name))
        self.set_busy(True)
        try:
            findings = await self.work.run(_preflight, path, choice.target, choice.kind, shaped, interior)
        except (OSError, ValueError, ExportError) as exc:
            self.status.setText(self.tr("The check could not be made: {reason}").format(reason=exc))
            return
        finally:
            self.set_busy(False)
        self.status.setText(written)
        self.findings, self._checked = findings, (path, choice)
        refused = sum(1 for f in findings if f.severity == "blocking")
        said, self.fix_said = self.fix_said, ""
        verdict = (self.tr("Checked for {target}: %n problem(s) it would refuse the file for.", "", refused).format(
            target=printer.name) if refused else
            self.tr("Checked for {target}: it would take the file.").format(target=printer.name))
        self.findings_label.setText((said + " " if said else "") + verdict)  # what a fix did, then the new verdict
        self.findings_list.show_findings(findings, self._fixable(), printer.name)
        for widget in (self.findings_label, self.findings_list, self.check_again):
            widget.show()
        QTimer.singleShot(0, lambda: clamp_to_screen(self))  # the list made it taller: keep Export on the screen

    def _fixable(self) -> set[str]:
        fixable = set(BOOK_FIXES) if not self.project.read_only else set()
        if hasattr(self.parent(), "make_book_print_ready"):
            fixable.add("make_print_ready")
        return fixable

    def run_fix(self, finding: Finding) -> asyncio.Task | None:
        """The fix, then the file written again and checked again."""
        if self._checked is None or self.work.running:
            return None
        path, choice = self._checked
        if finding.fix == "make_print_ready":
            self.parent().make_book_print_ready()  # the window's own flow: choice, price, progress
            self.status.setText(self.tr("When the pictures are ready, press Check again."))
            return None
        try:
            said = apply_fix(self.project, finding, choice.target or "")
        except edits.EditError as exc:
            self.status.setText(str(exc))
            return None
        self.book = snapshot(self.project, with_images=False)
        self._fill_report()
        self.fix_said = said
        self._task = self.runner.start(self._export(path, choice), self.tr("Exporting"))
        return self._task

    def run_check_again(self) -> asyncio.Task | None:
        if self._checked is None or self.work.running:
            return None
        self.book = snapshot(self.project, with_images=False)
        path, choice = self._checked
        self._task = self.runner.start(self._export(path, choice), self.tr("Exporting"))
        return self._task

    def set_busy(self, busy: bool) -> None:
        self.export_button.setEnabled(not busy)
        self.check_again.setEnabled(not busy)
        self.findings_list.set_enabled_fixes(not busy)
        for button in self.kind_buttons.values():
            button.setEnabled(not busy)
        self.close_button.setText(self.tr("Cancel") if busy else self.tr("Close"))



def _export_book(book: BookSnapshot, path: Path, choice: ExportChoice, target: Path, progress: Progress) -> ExportResult:
    """On the worker: read the pictures from the book file, then write the export."""
    return export(with_pictures(book, path), choice, target, progress)


def _preflight(path: Path, target_id: str, kind: str, fmt, interior: int, _progress: Progress) -> list[Finding]:
    """On the worker: the written file read back and checked."""
    return preflight(path, target_id, kind, fmt, interior)
