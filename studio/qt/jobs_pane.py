"""A small list of picture jobs: what is waiting, drawing (with a progress bar where the generator says how far it
is), done, failed or stopped; cancel or retry from here."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.core.document.changes import ChangeSet
from studio.core.document.model import ACTIVE_STATES, JobKind, JobRecord, JobState
from studio.core.app.project import Project
from studio.core.jobs.jobs import JobRunner
from studio.qt.language import FollowsLanguage

SHOWN = 200  # the newest jobs; older ones are in the chat history
STATE_COLOURS = {JobState.FAILED: "#a33", JobState.CANCELLED: "#777", JobState.RUNNING: "#1a5fb4",
                 JobState.QUEUED: "#8a6d00", JobState.DONE: "#2b7a2b"}
# the states as the list says them (the book keeps the English words; these are looked up when shown)
STATE_WORDS = {JobState.QUEUED: QT_TRANSLATE_NOOP("JobsPane", "queued"),
               JobState.RUNNING: QT_TRANSLATE_NOOP("JobsPane", "running"),
               JobState.DONE: QT_TRANSLATE_NOOP("JobsPane", "done"),
               JobState.FAILED: QT_TRANSLATE_NOOP("JobsPane", "failed"),
               JobState.CANCELLED: QT_TRANSLATE_NOOP("JobsPane", "cancelled")}


class JobsPane(FollowsLanguage, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._project: Project | None = None
        self._runner: JobRunner | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._items: dict[int, QTreeWidgetItem] = {}
        self.tree = QTreeWidget()
        self.tree.setObjectName("jobList")
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnWidth(0, 36)
        self.tree.setColumnWidth(1, 70)
        # in a narrow dock the prompt is cut short (the whole prompt is its tooltip), never scrolled sideways
        self.tree.header().setStretchLastSection(True)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("stopJob")
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("retryJob")
        self.retry_button.clicked.connect(self.retry_selected)
        buttons = QVBoxLayout()  # beside the list, not under it: the dock stays a few rows high
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        # Translators: the column of job numbers in the list of pictures being made
        self.tree.setHeaderLabels([self.tr("#"), self.tr("State"), self.tr("Picture")])
        self.tree.setAccessibleName(self.tr("Pictures being made"))
        self.cancel_button.setText(self.tr("Stop"))
        self.cancel_button.setToolTip(self.tr("Stop drawing the selected picture"))
        self.retry_button.setText(self.tr("Retry"))
        self.retry_button.setToolTip(self.tr("Draw the selected picture again after it failed or was stopped"))
        if self._project is not None:
            for job_id in list(self._items):
                self._upsert(self._project.jobs.get(job_id))

    def set_project(self, project: Project | None, runner: JobRunner | None) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._project, self._runner = project, runner
        self.tree.clear()
        self._items = {}
        if project is not None:
            for job in project.jobs.latest(SHOWN):
                self._upsert(job)
            self._unsubscribe = project.changes.subscribe(self._on_change)
        self._update_buttons()

    def _on_change(self, change: ChangeSet) -> None:
        if change.jobs and self._project is not None:
            for job_id in sorted(change.jobs):
                self._upsert(self._project.jobs.get(job_id))
            self._update_buttons()

    def _upsert(self, job: JobRecord) -> None:
        item = self._items.get(job.id)
        if item is None:
            item = QTreeWidgetItem()
            item.setData(0, Qt.ItemDataRole.UserRole, job.id)
            self.tree.insertTopLevelItem(0, item)
            self._items[job.id] = item
            while self.tree.topLevelItemCount() > SHOWN:
                old = self.tree.takeTopLevelItem(self.tree.topLevelItemCount() - 1)
                self._items.pop(old.data(0, Qt.ItemDataRole.UserRole), None)
        prompt = job.request.get("prompt", "").split("\n")[0]
        item.setText(0, str(job.id))
        # a picture the generator has not begun (it draws one at a time) is waiting, whatever our own state says
        state = JobState.QUEUED if self._runner is not None and self._runner.waiting_at_server(job.id) else job.state
        item.setText(1, self.tr(STATE_WORDS.get(state, state)))
        item.setToolTip(1, self.tr("Sent to the generator, which draws one picture at a time: this one waits its "
                                   "turn.") if state != job.state else "")
        item.setText(2, f"{'✎ ' if job.kind == JobKind.EDIT else ''}{prompt}")
        item.setToolTip(2, f"{prompt}\n\n{job.error}" if job.error else prompt)
        item.setForeground(1, QBrush(QColor(STATE_COLOURS[state])))
        self._show_progress(item, job)

    def _show_progress(self, item: QTreeWidgetItem, job: JobRecord) -> None:
        """A bar in the State column while the picture's steps are known; the state's word otherwise."""
        progress = self._runner.progress(job.id) if self._runner is not None and job.state == JobState.RUNNING \
            else None
        bar = self.tree.itemWidget(item, 1)
        if progress is None:
            if bar is not None:
                self.tree.removeItemWidget(item, 1)
            return
        if not isinstance(bar, QProgressBar):
            bar = QProgressBar()
            bar.setObjectName("jobProgress")
            bar.setTextVisible(True)
            bar.setMaximumHeight(self.tree.fontMetrics().height() + 4)
            self.tree.setItemWidget(item, 1, bar)
        step, steps = progress
        if steps <= 0:  # begun (loading its model, say), the steps not known yet: a busy bar
            bar.setRange(0, 0)
            bar.setFormat("")
            bar.setToolTip(self.tr("begun; the generator has not said how many steps yet"))
            return
        bar.setRange(0, steps)
        bar.setValue(step)
        bar.setFormat(f"{step}/{steps}")  # the dock is narrow; the tooltip says it in words
        bar.setToolTip(self.tr("step %1 of %2").replace("%1", str(step)).replace("%2", str(steps)))

    def selected_job(self) -> int | None:
        items = self.tree.selectedItems()
        return items[0].data(0, Qt.ItemDataRole.UserRole) if items else None

    def cancel_selected(self) -> None:
        job_id = self.selected_job()
        if job_id is not None and self._runner is not None:
            self._runner.cancel(job_id)

    def retry_selected(self) -> None:
        job_id = self.selected_job()
        if job_id is not None and self._runner is not None:
            self._runner.retry(job_id)

    def _update_buttons(self) -> None:
        job_id = self.selected_job()
        state = self._project.jobs.get(job_id).state if job_id is not None and self._project is not None else ""
        self.cancel_button.setEnabled(state in ACTIVE_STATES)
        self.retry_button.setEnabled(state in (JobState.FAILED, JobState.CANCELLED))
