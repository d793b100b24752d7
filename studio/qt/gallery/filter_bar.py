"""Search box and filters above the grid: words, a board (or favourites, or the trash), and the finer filters
(source, model, style, when) behind a toggle so a narrow pane stays tidy."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.core.app.project import Project
from studio.core.gallery.search import Filter
from studio.qt.language import FollowsLanguage

ALL, FAVOURITES, TRASH = "all", "favourites", "trash"
DAY = 24 * 3600
WHEN = (("", 0), ("today", 1), ("week", 7), ("month", 30), ("year", 365))


class FilterBar(FollowsLanguage, QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._project: Project | None = None
        self.search = QLineEdit()
        self.search.setObjectName("gallerySearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self._typing.start())
        # Each keystroke searches (well under 50 ms); the timer only folds a burst of typing into one search.
        self._typing = QTimer(self, singleShot=True, interval=60, timeout=self.changed.emit)
        self.board = QComboBox()
        self.board.currentIndexChanged.connect(lambda _: self.changed.emit())
        self.more = QToolButton()
        self.more.setCheckable(True)
        self.more.toggled.connect(self._show_details)
        self.source = self._combo(["", "generated", "edited", "imported"])
        self.model_box = self._combo([""])
        self.style_box = self._combo([""])
        self.when = self._combo([key for key, _days in WHEN])
        self.details = QWidget()
        detail_grid = QGridLayout(self.details)  # two by two: a narrow pane keeps its width
        detail_grid.setContentsMargins(0, 0, 0, 0)
        for i, box in enumerate((self.source, self.model_box, self.style_box, self.when)):
            detail_grid.addWidget(box, i // 2, i % 2)
        self.details.hide()
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        self.search.setMinimumWidth(64)
        self.board.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.board.setMinimumContentsLength(6)
        top.addWidget(self.search, 3)
        top.addWidget(self.board, 2)
        top.addWidget(self.more)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.details)
        # search → board → Filters → the finer filters (the grid and the details follow, in the pane)
        for first, then in zip((self.search, self.board, self.more, self.source, self.model_box, self.style_box),
                               (self.board, self.more, self.source, self.model_box, self.style_box, self.when)):
            QWidget.setTabOrder(first, then)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text again, in the language now chosen; what is chosen stays chosen."""
        self.search.setPlaceholderText(self.tr("Search prompts, names, tags, files…"))
        self.search.setAccessibleName(self.tr("Search the gallery"))
        self.board.setAccessibleName(self.tr("Show"))
        self.more.setText(self.tr("Filters"))
        self.more.setAccessibleName(self.tr("More filters"))
        self.more.setToolTip(self.tr("Filter by source, model, style and date"))
        names = {
            self.source: (self.tr("Source"), {"": self.tr("Any source"), "generated": self.tr("Generated"),
                                              "edited": self.tr("Edited"), "imported": self.tr("Imported")}),
            self.model_box: (self.tr("Model"), {"": self.tr("Any model")}),
            self.style_box: (self.tr("Style"), {"": self.tr("Any style")}),
            self.when: (self.tr("When"), {"": self.tr("Any time"), "today": self.tr("Today"),
                                          "week": self.tr("Past 7 days"), "month": self.tr("Past 30 days"),
                                          "year": self.tr("Past year")}),
        }
        for box, (name, texts) in names.items():
            box.setAccessibleName(name)
            box.setToolTip(name)
            for i in range(box.count()):
                text = texts.get(box.itemData(i))
                if text is not None:  # models and styles are named as the book has them
                    box.setItemText(i, text)
        if self.board.count():
            self.reload_choices()

    def _show_details(self, on: bool) -> None:
        self.details.setVisible(on)
        if on:
            self.reload_choices()  # models and styles are counted only when someone looks at them

    def _combo(self, values: list[str]) -> QComboBox:
        """A filter's choices, named in `retranslate`."""
        box = QComboBox()
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(6)
        for value in values:
            box.addItem("", value)
        box.currentIndexChanged.connect(lambda _: self.changed.emit())
        return box

    def set_project(self, project: Project | None) -> None:
        self._project = project
        for widget in (self.search, self.board, self.source, self.model_box, self.style_box, self.when):
            widget.blockSignals(True)
        self.search.clear()
        for box in (self.source, self.when):
            box.setCurrentIndex(0)
        self.reload_choices(reset=True)
        for widget in (self.search, self.board, self.source, self.model_box, self.style_box, self.when):
            widget.blockSignals(False)

    def reload_choices(self, reset: bool = False) -> None:
        """Boards, models and styles as the book has them now, keeping what is chosen where it still exists."""
        project = self._project
        if project is not None and not project.is_open:
            return
        keep_board = None if reset else self.board.currentData()
        keep = {box: (None if reset else box.currentData()) for box in (self.model_box, self.style_box)}
        for w in (self.board, self.model_box, self.style_box):
            w.blockSignals(True)
        self.board.clear()
        self.board.addItem(self.tr("All pictures"), ALL)
        self.board.addItem(self.tr("★ Favourites"), FAVOURITES)
        if project is not None:
            for board in project.gallery.boards():
                self.board.addItem(f"▦ {board.name} ({board.count})", board.id)
            trashed = project.gallery.trash_count()
            self.board.addItem(self.tr("Trash ({n})").format(n=trashed), TRASH)
        facets = project.gallery.facets() if project is not None and self.more.isChecked() else None
        for box, values in ((self.model_box, facets.models if facets else ()),
                            (self.style_box, facets.styles if facets else ())):
            if facets is None and not reset:
                continue  # hidden and not counted: what was there stays
            while box.count() > 1:
                box.removeItem(1)
            for value in values:
                box.addItem(value, value)
        self._choose(self.board, keep_board)
        for box, value in keep.items():
            self._choose(box, value)
        for w in (self.board, self.model_box, self.style_box):
            w.blockSignals(False)

    @staticmethod
    def _choose(box: QComboBox, value: object) -> None:
        index = box.findData(value) if value is not None else 0
        box.setCurrentIndex(max(0, index))

    def show_board(self, key: object) -> None:
        self._choose(self.board, key)

    def current_board(self) -> object:
        return self.board.currentData()

    def filter(self) -> Filter:
        board = self.board.currentData()
        days = dict(WHEN).get(self.when.currentData() or "", 0)
        since = None
        if days:
            midnight = time.mktime(time.localtime()[:3] + (0, 0, 0, 0, 0, -1))
            since = midnight - (days - 1) * DAY
        return Filter(text=self.search.text(), board=board if isinstance(board, int) else None,
                      favourites=board == FAVOURITES, trash=board == TRASH, source=self.source.currentData() or "",
                      model=self.model_box.currentData() or "", style=self.style_box.currentData() or "", since=since)

    def clear(self) -> None:
        """Everything shown again (to find a picture the filters hide)."""
        for w in (self.search, self.board, self.source, self.model_box, self.style_box, self.when):
            w.blockSignals(True)
        self.search.clear()
        for box in (self.board, self.source, self.model_box, self.style_box, self.when):
            box.setCurrentIndex(0)
        for w in (self.search, self.board, self.source, self.model_box, self.style_box, self.when):
            w.blockSignals(False)
        self.changed.emit()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
