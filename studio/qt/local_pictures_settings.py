"""The Settings page for picture generators on one's own machine: ComfyUI and Automatic1111/Forge, each with its
address (and where it comes from when the environment sets it), a checkpoint from the server's own list (Refresh
asks it, without blocking the window; a problem is said under it), steps and CFG; for ComfyUI also a workflow of
one's own, with the nodes the studio fills shown for confirmation."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studio.backends.address import check_address
from studio.backends.base import BackendError
from studio.core.app.studio import list_checkpoints
from studio.core.settings import Settings
from studio.qt.tasks import TaskRunner

ERROR_STYLE = "color: #a33;"


class GeneratorBox(QGroupBox):
    """One generator's address, checkpoint (with Refresh), steps and CFG."""

    def __init__(self, title: str, url: str, env_var: str, checkpoint: str, steps: int, cfg: float,
                 lister: Callable[[str], Any], runner: TaskRunner, parent: QWidget | None = None,
                 draft: int = 0) -> None:
        super().__init__(title, parent)
        self._lister, self._runner, self._saved_url = lister, runner, url
        self.address = QLineEdit(url)
        self.address_note = QLabel()
        self.address_note.setWordWrap(True)
        from_env = os.environ.get(env_var, "").strip()
        if from_env:  # the environment wins, as it does for OPENAI_BASE_URL: say so
            self.address.setText(from_env)
            self.address.setEnabled(False)
            self.address_note.setText(self.tr("Using the address from the {var} environment variable.")
                                      .format(var=env_var))
        self.address_note.setVisible(bool(from_env))
        self.checkpoint = QComboBox()
        self.checkpoint.setEditable(True)
        self.checkpoint.lineEdit().setPlaceholderText(self.tr("the first the server has"))
        self.checkpoint.setCurrentText(checkpoint)
        self.checkpoint.setMinimumContentsLength(24)
        self.checkpoint.setAccessibleName(self.tr("Checkpoint"))  # in a row with Refresh: the form's label is no buddy
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Ask the server which checkpoints it has"))
        self.refresh_button.clicked.connect(self.refresh)
        row = QHBoxLayout()
        row.addWidget(self.checkpoint, 1)
        row.addWidget(self.refresh_button)
        self.steps = QSpinBox()
        self.steps.setRange(1, 150)
        self.steps.setValue(steps)
        self.cfg = QDoubleSpinBox()
        self.cfg.setRange(0, 30)
        self.cfg.setSingleStep(0.5)
        self.cfg.setDecimals(1)
        self.cfg.setValue(cfg)
        self.cfg.setToolTip(self.tr("How closely the picture follows the words (CFG scale); 7 suits most models"))
        self.draft = QComboBox()
        self.draft.addItem(self.tr("As the checkpoint's name suggests"), 0)
        for edge, kind in ((512, "Stable Diffusion 1.5"), (768, "Stable Diffusion 2 (768)"), (1024, "SDXL")):
            self.draft.addItem(self.tr("{edge} × {edge} ({kind})").format(edge=edge, kind=kind), edge)
        self.draft.setCurrentIndex(max(0, self.draft.findData(draft)))
        self.draft.setToolTip(self.tr("The size of the pictures drawn in the chat. A checkpoint draws best at the "
                                      "size it was trained at, and a smaller draft is much quicker on a computer "
                                      "without a graphics card. Pages for the book are drawn larger."))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.form = QFormLayout(self)
        self.form.addRow(self.tr("Address"), self.address)
        self.form.addRow("", self.address_note)
        self.form.addRow(self.tr("Checkpoint"), row)
        self.form.addRow(self.status)
        self.status.setVisible(False)  # a row only once there is something to say
        self.form.addRow(self.tr("Steps"), self.steps)
        self.form.addRow(self.tr("CFG"), self.cfg)
        self.form.addRow(self.tr("Drafts"), self.draft)

    def url(self) -> str:
        return self.address.text().strip()

    def saved_url(self) -> str:
        """What Settings keep: the typed address, or the saved one while the environment's is shown."""
        return self.url() if self.address.isEnabled() else self._saved_url

    def refresh(self) -> None:
        self.refresh_button.setEnabled(False)
        self.say(self.tr("Asking the server…"))
        self._runner.start(self._fill(self.url()), self.tr("Listing checkpoints"))

    async def _fill(self, url: str) -> None:
        try:
            names = await self._lister(url)
        except BackendError as exc:
            self.say(str(exc), error=True)
            return
        except Exception as exc:  # never left saying "Asking…"; the runner logs it too
            self.say(self.tr("Could not list the checkpoints: {reason}").format(reason=exc), error=True)
            raise
        finally:
            self.refresh_button.setEnabled(True)
        current = self.checkpoint.currentText()
        self.checkpoint.clear()
        self.checkpoint.addItems(names)
        self.checkpoint.setCurrentText(current if current in names or not names else names[0])
        if names:
            self.say(self.tr("%n checkpoint(s) found.", "", len(names)))
        else:
            self.say(self.tr("The server has no checkpoint: put a Stable Diffusion model in its checkpoints folder, "
                              "then Refresh."), error=True)

    def say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setVisible(bool(text))


class LocalPicturesPage(QWidget):
    def __init__(self, settings: Settings, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        timeout = float(settings.network_timeout)
        self.comfyui = GeneratorBox("ComfyUI", settings.comfyui_url, "COMFYUI_URL", settings.comfyui_checkpoint,
                                    settings.comfyui_steps, settings.comfyui_cfg,
                                    lambda url: list_checkpoints("comfyui", url, timeout), runner,
                                    draft=settings.comfyui_draft)
        self.comfyui.address.setPlaceholderText("http://127.0.0.1:8188")
        self.a1111 = GeneratorBox(self.tr("Automatic1111 / Forge"), settings.a1111_url, "A1111_URL",
                                  settings.a1111_checkpoint, settings.a1111_steps, settings.a1111_cfg,
                                  lambda url: list_checkpoints("automatic1111", url, timeout), runner,
                                  draft=settings.a1111_draft)
        self.a1111.address.setPlaceholderText("http://127.0.0.1:7860")
        note = QLabel(self.tr("Started with --api; its address is usually http://127.0.0.1:7860."))
        note.setWordWrap(True)
        self.a1111.form.insertRow(0, note)

        self.workflow = settings.comfyui_workflow
        self.workflow_name = QLabel()
        self.workflow_name.setWordWrap(True)
        self.workflow_button = QPushButton(self.tr("Use my own workflow…"))
        self.workflow_button.clicked.connect(self.choose_workflow)
        self.builtin_button = QPushButton(self.tr("Built-in"))
        self.builtin_button.setToolTip(self.tr("Draw with the studio's own text-to-image and image-to-image graphs"))
        self.builtin_button.clicked.connect(lambda: self.set_workflow(""))
        self.workflow_nodes = QLabel()
        self.workflow_nodes.setObjectName("workflowNodes")
        self.workflow_nodes.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.workflow_button)
        row.addWidget(self.builtin_button)
        row.addStretch(1)
        workflow = QVBoxLayout()  # the name above its buttons: it wraps to the page's width, never widens it
        workflow.addWidget(self.workflow_name)
        workflow.addLayout(row)
        self.comfyui.form.addRow(self.tr("Workflow"), workflow)
        self.comfyui.form.addRow(self.workflow_nodes)
        self.set_workflow(self.workflow)

        explain = QLabel(self.tr("Pictures from a generator on your own computer cost nothing per picture. Choose "
                                 "it under “Pictures from” on the Connection page."))
        explain.setWordWrap(True)
        inside = QWidget()
        column = QVBoxLayout(inside)
        column.addWidget(explain)
        column.addWidget(self.comfyui)
        column.addWidget(self.a1111)
        column.addStretch(1)
        # scrolls rather than squeezes when a workflow's list of nodes is long (the dialog fits 1366×768)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Generators on this computer"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inside)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.inside = inside

    def choose_workflow(self) -> None:
        start = str(Path(self.workflow).parent) if self.workflow else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("A ComfyUI workflow in API format"), start,
                                              self.tr("ComfyUI workflow (*.json)"))
        if path:
            self.set_workflow(path)

    def set_workflow(self, path: str) -> None:
        """Read the workflow and show which nodes take the prompt, size, seed and picture; one that cannot be used
        is said in red and not taken."""
        from studio.backends.comfy_graph import read_workflow

        if not path:
            self.workflow = ""
            self.workflow_name.setText(self.tr("Built-in (text-to-image, image-to-image, inpainting)"))
            self.workflow_nodes.setText("")
            self.workflow_nodes.setStyleSheet("")
            self.workflow_nodes.setVisible(False)
            self.builtin_button.setEnabled(False)
            return
        try:
            flow = read_workflow(path)
        except BackendError as exc:
            self.workflow_nodes.setText(str(exc))
            self.workflow_nodes.setStyleSheet(ERROR_STYLE)
            self.workflow_nodes.setVisible(True)
            return
        self.workflow = path
        self.workflow_name.setText(Path(path).name)
        self.workflow_name.setToolTip(path)
        self.workflow_nodes.setText(self.tr("The studio fills in:") + "\n" + "\n".join(f"• {line}" for line in
                                                                                      flow.describe()))
        self.workflow_nodes.setStyleSheet("")
        self.workflow_nodes.setVisible(True)
        self.builtin_button.setEnabled(True)

    def apply(self, s: Settings) -> None:
        s.comfyui_url = self.comfyui.saved_url()
        s.comfyui_checkpoint = self.comfyui.checkpoint.currentText().strip()
        s.comfyui_steps = self.comfyui.steps.value()
        s.comfyui_cfg = round(self.comfyui.cfg.value(), 1)
        s.comfyui_draft = int(self.comfyui.draft.currentData())
        s.comfyui_workflow = self.workflow
        s.a1111_url = self.a1111.saved_url()
        s.a1111_checkpoint = self.a1111.checkpoint.currentText().strip()
        s.a1111_steps = self.a1111.steps.value()
        s.a1111_cfg = round(self.a1111.cfg.value(), 1)
        s.a1111_draft = int(self.a1111.draft.currentData())

    def check(self, kind: str) -> str:
        """Why the chosen generator's address can never work, said under it too ("" if it can)."""
        box = {"comfyui": self.comfyui, "automatic1111": self.a1111}.get(kind)
        if box is None or not box.address.isEnabled():
            return ""
        try:
            check_address(box.url())
        except BackendError as exc:
            box.say(str(exc), error=True)
            box.address.setFocus()
            return str(exc)
        return ""
