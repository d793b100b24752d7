"""Book ▸ Spending… (and a click on the status bar's cost meter): what was spent per day and per book on this
computer, from the ledger, against the caps in Settings; Export writes every row as CSV."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studio.core.jobs.costs import CostSummary, summarise
from studio.core.jobs.ledger import Ledger, Total
from studio.core.jobs.spending import SpendingCapError
from studio.core.prices import money
from studio.core.settings import Settings, ledger_path

if TYPE_CHECKING:
    from studio.core.jobs.jobs import JobRunner
    from studio.qt.main_window import MainWindow

DEFAULT_NAME = "Picture Book Studio spending.csv"


class Estimate(QObject):
    """What a batch of pictures will cost, as the person is asked before it is drawn: "8 pictures, about $0.34".
    (A QObject for `tr`'s plural forms, which Qt's extractor finds only there.)"""

    def text(self, count: int, cost: float | None, currency: str) -> str:
        if cost is None:
            return self.tr("%n picture(s) — the cost is unknown: this model has no price in Settings.", "", count)
        return self.tr("%n picture(s), about {amount}", "", count).format(amount=money(cost, currency))


def estimate_text(count: int, cost: float | None, currency: str) -> str:
    return Estimate().text(count, cost, currency)


class SpendingDialog(QDialog):
    def __init__(self, settings: Settings, ledger: Ledger, book: Path | None = None,
                 book_summary: CostSummary | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Spending"))
        self.setObjectName("spendingDialog")
        self._ledger = ledger
        self._currency = str(settings.prices.get("currency", "USD"))
        self._export_dialog: QFileDialog | None = None
        c = self._currency
        spent = money(ledger.spent_on(), c)
        lines = [self.tr("Today on this computer: {spent} of {cap} a day.").format(
            spent=spent, cap=money(settings.day_cap, c)) if settings.day_cap
            else self.tr("Today on this computer: {spent} (no daily cap).").format(spent=spent)]
        if book is not None and book_summary is not None:
            summary = book_summary.describe()
            lines.append(self.tr("This book, “{name}”: {summary} (cap {cap}).").format(
                name=book.stem, summary=summary, cap=money(settings.book_cap, c)) if settings.book_cap
                else self.tr("This book, “{name}”: {summary} (no cap).").format(name=book.stem, summary=summary))
        self.summary = QLabel("<br>".join(html.escape(line) for line in lines))
        self.summary.setWordWrap(True)
        self.days = self._table([self.tr("Day"), self.tr("Paid for"), self.tr("Cost")], ledger.by_day())
        self.books = self._table([self.tr("Book"), self.tr("Paid for"), self.tr("Cost")], ledger.by_book(), books=True)
        tabs = QTabWidget()
        tabs.setAccessibleName(self.tr("Spending by day or by book"))
        tabs.addTab(self.days, self.tr("By day"))
        tabs.addTab(self.books, self.tr("By book"))
        self.days.setAccessibleName(self.tr("Spending by day"))
        self.books.setAccessibleName(self.tr("Spending by book"))
        self.empty = QLabel(self.tr("Nothing has been paid for on this computer yet. Offline sketches are free."))
        self.empty.setWordWrap(True)
        self.empty.setVisible(not ledger.by_day())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setObjectName("exportSpending")
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.choose_export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.empty)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(560, 380)

    def _table(self, headers: list[str], totals: list[Total], books: bool = False) -> QTableWidget:
        table = QTableWidget(len(totals), len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for row, total in enumerate(totals):
            name = (Path(total.key).stem or self.tr("(no book)")) if books else total.key
            cells = (QTableWidgetItem(name), QTableWidgetItem(str(total.count)),
                     QTableWidgetItem(money(total.cost, self._currency)))
            if books:
                cells[0].setToolTip(total.key)
            for cell in cells[1:]:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, cell in enumerate(cells):
                table.setItem(row, column, cell)
        table.horizontalHeader().setStretchLastSection(False)
        table.horizontalHeader().setSectionResizeMode(0, table.horizontalHeader().ResizeMode.Stretch)
        for column in (1, 2):
            table.horizontalHeader().setSectionResizeMode(column, table.horizontalHeader().ResizeMode.ResizeToContents)
        return table

    def choose_export(self) -> None:
        """A save dialog opened with open(), not exec(): the window's loop keeps running."""
        documents = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        folder = documents if documents.is_dir() else Path.home()
        dialog = QFileDialog(self, self.tr("Export spending as CSV"), str(folder), self.tr("CSV files (*.csv)"))
        dialog.selectFile(DEFAULT_NAME)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        dialog.fileSelected.connect(lambda name: self.export_to(Path(name)))
        self._export_dialog = dialog
        dialog.open()

    def export_to(self, path: Path) -> bool:
        try:
            rows = self._ledger.export_csv(path)
        except OSError as exc:
            self.status.setText(self.tr("Not exported: {reason}").format(reason=exc.strerror or exc))
            return False
        self.status.setText(self.tr("Wrote %n row(s) to {path}", "", rows).format(path=path))
        return True


def open_spending(window: "MainWindow") -> SpendingDialog:
    """The dialog for the window's book (or none open), shown with open()."""
    project = window.project
    summary = summarise(project, window.settings.prices) if project is not None else None
    dialog = SpendingDialog(window.settings, Ledger(ledger_path()), project.path if project else None, summary, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class _Clicks(QObject):
    def __init__(self, label: QLabel, slot: Callable[[], object]) -> None:
        super().__init__(label)
        self._slot = slot

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease:
            self._slot()
            return True
        return False


def clickable_meter(label: QLabel, slot: Callable[[], object]) -> None:
    """The status bar's cost meter opens the spending dialog when clicked."""
    label.setCursor(Qt.CursorShape.PointingHandCursor)
    label.installEventFilter(_Clicks(label, slot))


def ask_before_drawing(parent: QWidget, jobs: "JobRunner", sizes: list[str], quality: str,
                       draw: Callable[[], object]) -> bool:
    """Before a batch started from a menu or a button (Illustrate the book): over a cap, say why and draw nothing;
    at least the "don't ask under" amount, ask "8 pictures, about $0.34 — Draw / Cancel" and call `draw` on Draw.
    Returns False when there is nothing to ask: the caller draws at once. `sizes`: each picture's."""
    count = len(sizes)
    guess = jobs.estimate(count, sizes, quality)
    try:
        jobs.check_batch(guess)
    except SpendingCapError as exc:
        box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("SpendingDialog", "Spending cap"),
                          str(exc),
                          QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("spendingCapBox")
        box.open()
        return True
    if not jobs.needs_approval(guess):
        return False
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("SpendingDialog", "Draw the pictures?"),
                      estimate_text(count, guess.cost, guess.currency), QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("estimateBox")
    box.setInformativeText(jobs.standing())
    yes = box.addButton(QCoreApplication.translate("SpendingDialog", "Draw"), QMessageBox.ButtonRole.AcceptRole)
    yes.setObjectName("drawButton")
    box.addButton(QCoreApplication.translate("SpendingDialog", "Cancel"),
                  QMessageBox.ButtonRole.RejectRole).setObjectName("cancelButton")
    box.setDefaultButton(yes)
    box.buttonClicked.connect(lambda button: button is yes and draw())
    box.open()
    return True
