"""The preflight's findings in the Export dialog: one row each (what is wrong, on which page) with a button for its
fix where the book can be changed to pass."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from studio.core.output.preflight import BLOCKING, Finding


class FindingsList(QScrollArea):
    fix_requested = Signal(object)  # the Finding whose fix was clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preflightFindings")
        self.setWidgetResizable(True)
        self.setMinimumHeight(90)
        self.setAccessibleName(self.tr("What the printer's check found"))
        self.setMaximumHeight(180)  # more findings scroll: the dialog must stay on a 768-pixel screen
        self._body = QWidget()
        self._rows = QVBoxLayout(self._body)
        self._rows.setContentsMargins(4, 4, 4, 4)
        self._rows.addStretch(1)
        self.setWidget(self._body)
        self.fix_buttons: list[QPushButton] = []
        self.messages: list[QLabel] = []

    def show_findings(self, findings: list[Finding], fixable: set[str], target_name: str) -> None:
        self.clear()
        if not findings:
            self._add(QLabel(self.tr("✓ Ready for {target}: every rule passed.").format(target=target_name)))
            return
        for finding in sorted(findings, key=lambda f: (f.severity != BLOCKING, f.page or 0)):
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            mark = "✗" if finding.severity == BLOCKING else "!"
            text = QLabel(f"{mark} {finding.message}")
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.setToolTip(self.tr("Blocking: {target} would refuse the file.").format(target=target_name)
                            if finding.severity == BLOCKING else self.tr("Warning: it would print, not as it should."))
            line.addWidget(text, 1)
            self.messages.append(text)
            if finding.fix in fixable:
                button = QPushButton(finding.fix_label)  # the core's words (core/output/preflight.py FIXES)
                button.setAccessibleDescription(finding.message)
                button.clicked.connect(lambda _=False, f=finding: self.fix_requested.emit(f))
                line.addWidget(button)
                self.fix_buttons.append(button)
            self._add(row)

    def set_enabled_fixes(self, enabled: bool) -> None:
        for button in self.fix_buttons:
            button.setEnabled(enabled)

    def clear(self) -> None:
        while self._rows.count() > 1:
            item = self._rows.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.fix_buttons, self.messages = [], []

    def _add(self, widget: QWidget) -> None:
        self._rows.insertWidget(self._rows.count() - 1, widget)
