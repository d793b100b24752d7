"""The window's two workspaces over one row of panes: *Create* (chat and gallery) and *Book* (gallery and
storyboard). The gallery is in both, so a picture can always be dragged onto a page; in Book it is a narrow
grid without the large preview, and the page gets the room. Each workspace keeps its own pane widths."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QSplitter, QTabBar, QVBoxLayout, QWidget

from studio.qt.language import FollowsLanguage

CREATE, BOOK = "create", "book"
NAMES = (CREATE, BOOK)
# chat, gallery, storyboard: a starting split, kept per workspace once a person drags the handles
DEFAULT_SIZES = {CREATE: [560, 520, 0], BOOK: [0, 300, 900]}


class Workspaces(FollowsLanguage, QWidget):
    changed = Signal(str)

    def __init__(self, chat: QWidget, gallery: QWidget, storyboard: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chat, self._gallery, self._storyboard = chat, gallery, storyboard
        self._sizes = {name: list(sizes) for name, sizes in DEFAULT_SIZES.items()}
        self.current = ""
        self._widths_to_apply = False  # remembered widths wait for the window to be shown at its real size
        self.tabs = QTabBar(objectName="workspaceTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setExpanding(False)
        self.tabs.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.tabs.addTab("")
        self.tabs.addTab("")
        self.retranslate()
        self.tabs.currentChanged.connect(lambda index: self.show_workspace(NAMES[index]))
        self.split = QSplitter(Qt.Orientation.Horizontal, objectName="workspaceSplit")
        for pane in (chat, gallery, storyboard):
            self.split.addWidget(pane)
        self.split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.tabs)
        layout.addWidget(self.split, 1)
        self.show_workspace(CREATE)

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Create — chat and pictures"))
        self.tabs.setTabText(1, self.tr("Book — pages"))
        self.tabs.setTabToolTip(0, self.tr("Ask for pictures and stories, pick and name them (Ctrl+1)"))
        self.tabs.setTabToolTip(1, self.tr("Lay the pictures and words out on the pages (Ctrl+2)"))
        self.tabs.setAccessibleName(self.tr("Workspaces"))

    def show_workspace(self, name: str) -> None:
        if name not in NAMES:
            name = CREATE
        if name == self.current:
            return
        if self.current:
            self._sizes[self.current] = self.split.sizes()
        self.current = name
        self._chat.setVisible(name == CREATE)
        self._storyboard.setVisible(name == BOOK)
        set_compact = getattr(self._gallery, "set_compact", None)
        if set_compact is not None:
            set_compact(name == BOOK)
        # as the window grows or shrinks: chat and gallery share it in Create; in Book the page takes it all
        for index, stretch in enumerate((1, 1, 0) if name == CREATE else (0, 0, 1)):
            self.split.setStretchFactor(index, stretch)
        self.split.setSizes(self._sizes[name])
        with QSignalBlocker(self.tabs):
            self.tabs.setCurrentIndex(NAMES.index(name))
        self.changed.emit(name)

    # -- remembered per machine (window_state.py) ---------------------------------------------------

    def state(self) -> dict[str, object]:
        self._sizes[self.current] = self.split.sizes()
        return {"workspace": self.current, **{f"sizes/{name}": sizes for name, sizes in self._sizes.items()}}

    def restore(self, state: dict[str, object]) -> None:
        for name in NAMES:
            sizes = state.get(f"sizes/{name}")
            if isinstance(sizes, list) and len(sizes) == 3 and all(isinstance(s, int) and s >= 0 for s in sizes):
                self._sizes[name] = list(sizes)
        workspace = str(state.get("workspace") or CREATE)
        self.current, previous = "", self.current
        self.show_workspace(workspace if workspace in NAMES else previous or CREATE)
        self._widths_to_apply = not self.isVisible()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._widths_to_apply:  # once the window has its size: a hidden splitter scales what it is given
            QTimer.singleShot(0, self._apply_widths)

    @property
    def settled(self) -> bool:
        """The remembered widths have been put back (they wait for the window's first showing)."""
        return not self._widths_to_apply

    def _apply_widths(self) -> None:
        self._widths_to_apply = False
        self.split.setSizes(self._sizes[self.current])
