"""Compare: two to four pictures side by side at the same zoom, panned together, each with its prompt under it; keys
to pick a winner: F stars it, B puts it on a board, M draws more like the starred ones (or this one); ← → choose a
pane; + − 0 zoom; Esc closes."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from studio.core.app.project import Project
from studio.core.document.changes import ChangeSet
from studio.core.gallery.store import BoardError
from studio.qt.pictures import previews
from studio.qt.tasks import TaskRunner
from studio.qt.zoom_view import STEP, ZoomView
from studio.qt.language import FollowsLanguage

MOST = 4
CAPTION_LINES = 4  # lines of the prompt under each picture; a longer one scrolls


class ComparePane(QFrame):
    """One picture: the view, and under it its number, star and prompt. Clicking it makes it the current pane."""
    clicked = Signal()

    def __init__(self, image_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image_id = image_id
        self.setObjectName("comparePane")
        self.setFrameShape(QFrame.Shape.Box)
        self.setLineWidth(3)
        self.view = ZoomView()
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # arrows choose panes, they do not scroll one
        self.view.viewport().installEventFilter(self)
        self.title = QLabel()
        self.caption = QPlainTextEdit()  # the whole prompt, scrolled when it is longer than the room under the picture
        self.caption.setObjectName("compareCaption")
        self.caption.setReadOnly(True)
        self.caption.setFrameShape(QFrame.Shape.NoFrame)
        self.caption.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.caption.setStyleSheet("QPlainTextEdit#compareCaption { background: transparent; }")
        self.caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        margin = self.caption.document().documentMargin()
        self.caption.setFixedHeight(int(self.caption.fontMetrics().lineSpacing() * CAPTION_LINES + 2 * margin + 2))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.title)
        layout.addWidget(self.caption)
        self.set_current(False)

    def set_current(self, on: bool) -> None:
        colour = self.palette().highlight().color().name() if on else "transparent"
        self.setStyleSheet(f"QFrame#comparePane {{ border: 3px solid {colour}; border-radius: 4px; }}")

    def show_record(self, favourite: bool, prompt: str, note: str) -> None:
        star = "★ " if favourite else ""
        self.title.setText(f"<b>{star}#{self.image_id}</b>" + (f" · {note.splitlines()[0]}" if note else ""))
        if self.caption.toPlainText() != prompt:
            self.caption.setPlainText(prompt)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress:
            self.clicked.emit()
        return super().eventFilter(watched, event)


class CompareView(FollowsLanguage, QDialog):
    round_requested = Signal(list)  # more like these pictures: a concept round

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareView")
        self._runner = runner
        self._project: Project | None = None
        self._unsubscribe: Callable[[], None] = lambda: None
        self.panes: list[ComparePane] = []
        self.current = 0
        self._row = QHBoxLayout()
        self._row.setSpacing(6)
        self.fit_button, self.zoom_in, self.zoom_out = fit, zoom_in, zoom_out = \
            QPushButton(), QPushButton("+"), QPushButton("−")
        fit.clicked.connect(lambda: self._zoom(None))
        zoom_in.clicked.connect(lambda: self._zoom(STEP))
        zoom_out.clicked.connect(lambda: self._zoom(1 / STEP))
        self.star_button = QPushButton()
        self.star_button.clicked.connect(self.star_current)
        self.board_button = QPushButton()
        self.board_button.clicked.connect(self.choose_board)
        self.round_button = QPushButton()
        self.round_button.setObjectName("compareRound")
        self.round_button.clicked.connect(self.more_like_these)
        self.close_button = close = QPushButton()
        close.clicked.connect(self.close)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: gray")
        tools = QHBoxLayout()
        for widget in (zoom_out, fit, zoom_in):
            tools.addWidget(widget)
        tools.addSpacing(16)
        for widget in (self.star_button, self.board_button, self.round_button):
            tools.addWidget(widget)
        tools.addStretch(1)
        tools.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(self._row, 1)
        layout.addLayout(tools)
        layout.addWidget(self.hint)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Return is no key here: it would press whichever button had focus last
        keys = ((Qt.Key.Key_Left, lambda: self.step(-1)), (Qt.Key.Key_Right, lambda: self.step(1)),
                (Qt.Key.Key_F, self.star_current), (Qt.Key.Key_B, self.choose_board),
                (Qt.Key.Key_M, self.more_like_these), (Qt.Key.Key_0, lambda: self._zoom(None)),
                (Qt.Key.Key_Plus, lambda: self._zoom(STEP)), (Qt.Key.Key_Equal, lambda: self._zoom(STEP)),
                (Qt.Key.Key_Minus, lambda: self._zoom(1 / STEP)))
        for key, slot in keys:
            QShortcut(QKeySequence(key), self, slot)
        self._fit_screen()
        self.retranslate()

    def retranslate(self) -> None:
        """Every text again, in the language now chosen (the window keeps one Compare)."""
        self.fit_button.setText(self.tr("Fit"))
        self.fit_button.setToolTip(self.tr("Show the whole pictures (0)"))
        self.zoom_in.setAccessibleName(self.tr("Zoom in"))
        self.zoom_in.setToolTip(self.tr("Zoom in (+)"))
        self.zoom_out.setAccessibleName(self.tr("Zoom out"))
        self.zoom_out.setToolTip(self.tr("Zoom out (−)"))
        self.board_button.setText(self.tr("Add to Board… (B)"))
        self.close_button.setText(self.tr("Close"))
        self.hint.setText(self.tr("← → choose a picture · F star · B board · M more like these · wheel or + − zoom "
                                  "all · drag to pan all · Esc closes"))
        self._title()
        self._update_buttons()
        if self._project is not None:
            self._refresh()

    def _title(self) -> None:
        ids = self.ids()
        self.setWindowTitle(self.tr("Compare {ids}").format(ids=", ".join(f"#{i}" for i in ids)) if ids
                            else self.tr("Compare"))

    def _fit_screen(self) -> None:
        screen = (self.parentWidget() or self).screen().availableGeometry()
        self.resize(max(640, int(screen.width() * 0.92)), max(480, int(screen.height() * 0.9)))

    # -- what is compared ------------------------------------------------------------------

    def show_pictures(self, project: Project, image_ids: list[int]) -> None:
        ids = list(dict.fromkeys(image_ids))[:MOST]
        self._unsubscribe()
        self._project = project
        self._unsubscribe = project.changes.subscribe(self._on_change)
        for pane in self.panes:
            pane.setParent(None)
            pane.deleteLater()
        self.panes = []
        for image_id in ids:
            pane = ComparePane(image_id)
            pane.clicked.connect(lambda p=pane: self.set_current(self.panes.index(p)))
            pane.view.view_changed.connect(lambda p=pane: self._follow(p))
            self._row.addWidget(pane, 1)
            self.panes.append(pane)
            self._runner.start(self._load(project, pane), self.tr("Showing a picture"))
        self._title()
        self._refresh()
        self.set_current(0)

    def forget(self) -> None:
        """The book was closed: let go of it (a hidden Compare still hears language changes, and must not read a
        closed book then)."""
        self._unsubscribe()
        self._unsubscribe = lambda: None
        self._project = None
        for pane in self.panes:
            pane.setParent(None)
            pane.deleteLater()
        self.panes = []
        self.close()

    async def _load(self, project: Project, pane: ComparePane) -> None:
        image = await previews.get(project, pane.image_id)
        if pane in self.panes:
            pane.view.set_picture(image)
            if pane is not self.panes[0]:  # the others already have the zoom the first one shows
                first = self.panes[0].view
                pane.view.follow(first.level, first.centre())

    def ids(self) -> list[int]:
        return [p.image_id for p in self.panes]

    def _on_change(self, change: ChangeSet) -> None:
        if change.pictures & set(self.ids()) or change.pictures_removed:
            self._refresh()

    def _refresh(self) -> None:
        project = self._project
        if project is None:
            return
        for pane in self.panes:
            try:
                record = project.image(pane.image_id)
            except KeyError:  # emptied from the trash meanwhile
                pane.show_record(False, self.tr("(this picture is gone)"), "")
                continue
            pane.show_record(record.favourite, record.prompt, project.gallery.note_of(pane.image_id))
        self._update_buttons()

    def _starred(self) -> list[int]:
        project = self._project
        if project is None:
            return []
        return [i for i in self.ids() if _favourite(project, i)]

    def _update_buttons(self) -> None:
        starred = self._starred()
        self.round_button.setText(self.tr("More Like the {n} Starred (M)").format(n=len(starred)) if starred
                                  else self.tr("More Like This One (M)"))
        current = self.current_id()
        on = current is not None and self._project is not None and _favourite(self._project, current)
        self.star_button.setText(self.tr("Unstar (F)") if on else self.tr("Star (F)"))

    # -- choosing ------------------------------------------------------------------------

    def current_id(self) -> int | None:
        return self.panes[self.current].image_id if 0 <= self.current < len(self.panes) else None

    def set_current(self, index: int) -> None:
        if not self.panes:
            return
        self.current = max(0, min(index, len(self.panes) - 1))
        for i, pane in enumerate(self.panes):
            pane.set_current(i == self.current)
        self._update_buttons()

    def step(self, delta: int) -> None:
        self.set_current(self.current + delta)

    def star_current(self) -> None:
        image_id, project = self.current_id(), self._project
        if image_id is None or project is None or project.read_only:
            return
        project.gallery.set_favourite([image_id], not _favourite(project, image_id))

    def choose_board(self) -> None:
        """A menu of the book's boards under the current picture; New Board… asks for a name."""
        project = self._project
        if self.current_id() is None or project is None or project.read_only:
            return
        menu = QMenu(self)
        menu.setObjectName("compareBoards")
        for board in project.gallery.boards():
            menu.addAction(board.name, lambda b=board.id: self.add_current_to_board(b))
        menu.addSeparator()
        menu.addAction(self.tr("New Board…"), lambda: self.add_current_to_board(None))
        pane = self.panes[self.current]
        menu.popup(pane.mapToGlobal(QPoint(pane.width() // 3, pane.height() // 3)))

    def add_current_to_board(self, board_id: int | None, name: str | None = None) -> None:
        project, image_id = self._project, self.current_id()
        if project is None or image_id is None:
            return
        try:
            if board_id is None:
                if name is None:
                    name, ok = QInputDialog.getText(self, self.tr("New Board"), self.tr("Name of the new board:"))
                    if not ok:
                        return
                board_id = project.gallery.add_board(name).id
            project.gallery.add_to_board(board_id, [image_id])
        except BoardError as exc:
            QMessageBox.warning(self, self.tr("Boards"), str(exc))

    def more_like_these(self) -> None:
        chosen = self._starred() or ([self.current_id()] if self.current_id() is not None else [])
        if chosen:
            self.round_requested.emit(chosen)

    # -- zoom, together ------------------------------------------------------------------------

    def _zoom(self, factor: float | None) -> None:
        if not self.panes:
            return
        view = self.panes[self.current].view
        view.fit() if factor is None else view.zoom(factor)

    def _follow(self, leader: ComparePane) -> None:
        level, spot = leader.view.level, leader.view.centre()
        for pane in self.panes:
            if pane is not leader:
                pane.view.follow(level, spot)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._unsubscribe()
        self._unsubscribe = lambda: None
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self._unsubscribe()  # Esc ends here, not in closeEvent
        self._unsubscribe = lambda: None
        super().done(result)


def _favourite(project: Project, image_id: int) -> bool:
    try:
        return project.image(image_id).favourite
    except KeyError:
        return False
