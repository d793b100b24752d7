"""The cast side panel: every character with a name, other names, a description and reference pictures."""

from __future__ import annotations

from itertools import pairwise
from typing import Callable

from PySide6.QtCore import QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.core.document.changes import ChangeSet
from studio.core.app.project import Project
from studio.qt.pictures import thumbnail_pixmap
from studio.qt.language import FollowsLanguage


GIST = 60  # letters of the description shown under a name: two lines in the dock


def gist(description: str) -> str:
    """The start of a description, ended at a word with "…" when there is more (never "sunfl")."""
    text = " ".join(description.split())
    if len(text) <= GIST:
        return text
    cut = text.rfind(" ", 0, GIST)
    return text[:cut if cut > GIST // 2 else GIST].rstrip(",;:.—- ") + "…"


class CastPane(FollowsLanguage, QWidget):
    image_clicked = Signal(int)

    def __init__(self, selected_image: Callable[[], int | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._selected_image = selected_image
        self._project: Project | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self.members = QListWidget()
        self.members.setObjectName("castList")
        self.members.setIconSize(QSize(48, 48))
        # a long description wraps inside the dock (it is whole in the box below), never a sideways scroll bar
        self.members.setWordWrap(True)
        self.members.setResizeMode(QListView.ResizeMode.Adjust)
        self.members.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.members.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.members.currentRowChanged.connect(self._show_current)
        self.name = QLineEdit()
        self.name.setObjectName("castName")
        self.aliases = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setObjectName("castDescription")
        self.description.setTabChangesFocus(True)  # Tab leaves the box, as in the other fields
        self.description.setMaximumHeight(90)
        self.refs = QListWidget()
        self.refs.setObjectName("castReferences")
        self.refs.setViewMode(QListWidget.ViewMode.IconMode)
        self.refs.setIconSize(QSize(72, 72))
        self.refs.setMaximumHeight(100)
        self.refs.itemDoubleClicked.connect(lambda item: self.image_clicked.emit(item.data(Qt.ItemDataRole.UserRole)))
        for edit in (self.name, self.aliases):
            edit.editingFinished.connect(self._save)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self._save)
        self.add_ref = QPushButton()
        self.add_ref.clicked.connect(self.add_selected_reference)
        self.drop_ref = QPushButton()
        self.drop_ref.clicked.connect(self._remove_reference)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_member)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self._remove_member)

        form = QFormLayout()
        self.labels = {}  # each field's label, its buddy: a screen reader names the field by it
        for key, field in (("name", self.name), ("aliases", self.aliases), ("description", self.description),
                           ("refs", self.refs)):
            label = self.labels[key] = QLabel()
            label.setBuddy(field)
            form.addRow(label, field)
        ref_buttons = QHBoxLayout()  # two to a row: the dock stays narrow enough for a laptop's screen
        ref_buttons.addWidget(self.add_ref)
        ref_buttons.addWidget(self.drop_ref)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.remove_button)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #666; font-size: 11px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.members, 1)
        layout.addLayout(list_buttons)
        layout.addLayout(form)
        layout.addLayout(ref_buttons)
        layout.addLayout(save_row)
        layout.addWidget(self.hint)
        chain = (self.members, self.new_button, self.remove_button, self.name, self.aliases, self.description,
                 self.refs, self.add_ref, self.drop_ref, self.save_button)
        for first, then in pairwise(chain):
            QWidget.setTabOrder(first, then)
        self.retranslate()
        self._show_current(-1)

    def retranslate(self) -> None:
        """Every text again, in the language now chosen (the pane lives as long as the window)."""
        self.members.setAccessibleName(self.tr("Cast"))
        self.aliases.setPlaceholderText(self.tr("other names, comma separated (e.g. 래리)"))
        self.description.setPlaceholderText(self.tr("What they look like: species, colours, clothes, features."))
        self.save_button.setText(self.tr("Save"))
        self.add_ref.setText(self.tr("Add selected picture"))
        self.add_ref.setToolTip(self.tr("The picture picked last becomes one of this character's reference pictures"))
        self.drop_ref.setText(self.tr("Remove picture"))
        self.new_button.setText(self.tr("New character"))
        self.remove_button.setText(self.tr("Remove character"))
        # no mnemonics: Alt+P is the Picture menu's, and the window's other keys are spoken for too
        for key, text in (("name", self.tr("Name")), ("aliases", self.tr("Also called")),
                          ("description", self.tr("Looks like")), ("refs", self.tr("Pictures"))):
            self.labels[key].setText(text)
            self.labels[key].buddy().setAccessibleName(text)
        self.hint.setText(self.tr("Name a character in the chat (\"her name is Larry\") or make one here. "
                                  "Every picture that mentions a character uses this description and these pictures."))

    def set_project(self, project: Project | None) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._project = project
        if project is not None:
            self._unsubscribe = project.changes.subscribe(self._on_change)
        self._reload()

    def _on_change(self, change: ChangeSet) -> None:
        if change.cast:
            self._reload(min(change.cast) if len(change.cast) == 1 else None)

    def current_id(self) -> int | None:
        item = self.members.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _reload(self, select: int | None = None) -> None:
        keep = select if select is not None else self.current_id()
        # Filling the list says nothing to the form (it is filled once, below) nor saves it half-way.
        with QSignalBlocker(self.members), QSignalBlocker(self.name), QSignalBlocker(self.aliases):
            self.members.clear()
            for member in self._project.cast.all() if self._project else []:
                item = QListWidgetItem(f"{member.name}\n{gist(member.description)}")
                item.setData(Qt.ItemDataRole.UserRole, member.id)
                item.setToolTip(member.description)
                if member.reference_ids:
                    try:
                        item.setIcon(QIcon(thumbnail_pixmap(self._project, member.reference_ids[0])))
                    except KeyError:
                        pass
                self.members.addItem(item)
                if member.id == keep:
                    self.members.setCurrentItem(item)
        self._show_current(self.members.currentRow())

    def _show_current(self, _row: int) -> None:
        member_id = self.current_id()
        has = member_id is not None and self._project is not None
        for widget in (self.name, self.aliases, self.description, self.refs, self.save_button, self.add_ref,
                       self.drop_ref, self.remove_button):
            widget.setEnabled(has)
        self.refs.clear()
        if not has:
            self.name.clear()
            self.aliases.clear()
            self.description.clear()
            return
        member = self._project.cast.get(member_id)
        self.name.setText(member.name)
        self.aliases.setText(", ".join(member.aliases))
        self.description.setPlainText(member.description)
        for image_id in member.reference_ids:
            try:
                item = QListWidgetItem(QIcon(thumbnail_pixmap(self._project, image_id)), f"#{image_id}")
            except KeyError:
                continue
            item.setData(Qt.ItemDataRole.UserRole, image_id)
            self.refs.addItem(item)

    def _save(self) -> None:
        member_id = self.current_id()
        if member_id is None or self._project is None or not self.name.text().strip():
            return
        member = self._project.cast.get(member_id)
        name, description = self.name.text().strip(), self.description.toPlainText().strip()
        aliases = [a.strip() for a in self.aliases.text().split(",") if a.strip()]
        if (name, description, list(member.aliases)) == (member.name, member.description, aliases):
            return
        project = self._project
        self._edit(self.tr("Edit {name}").format(name=name), lambda: project.cast.update(
            member_id, name=name, description=description, aliases=aliases))

    def _edit(self, name: str, action: Callable[[], object]) -> object:
        """One named step in the book's undo history."""
        assert self._project is not None
        with self._project.history.step(name):
            return action()

    def new_member(self) -> None:
        if self._project is None:
            return
        selected = self._selected_image()
        name = self.tr("New character")
        n = 1
        while self._project.cast.find(name) is not None:
            n += 1
            name = self.tr("New character {n}").format(n=n)
        project = self._project
        member = self._edit(self.tr("Add {name}").format(name=name),
                            lambda: project.cast.remember(name, "", [selected] if selected else []))
        self._reload(member.id)
        self.name.setFocus()
        self.name.selectAll()

    def add_selected_reference(self) -> None:
        member_id, selected = self.current_id(), self._selected_image()
        if member_id is None or selected is None or self._project is None:
            return
        member = self._project.cast.get(member_id)
        if selected not in member.reference_ids:
            project = self._project
            self._edit(self.tr("Add a reference picture"), lambda: project.cast.update(
                member_id, reference_ids=[selected, *member.reference_ids]))

    def _remove_reference(self) -> None:
        member_id, item = self.current_id(), self.refs.currentItem()
        if member_id is None or item is None or self._project is None:
            return
        gone = item.data(Qt.ItemDataRole.UserRole)
        member, project = self._project.cast.get(member_id), self._project
        self._edit(self.tr("Remove a reference picture"), lambda: project.cast.update(
            member_id, reference_ids=[r for r in member.reference_ids if r != gone]))

    def _remove_member(self) -> None:
        member_id = self.current_id()
        if member_id is not None and self._project is not None:
            project = self._project
            name = project.cast.get(member_id).name
            self._edit(self.tr("Remove {name}").format(name=name), lambda: project.cast.remove(member_id))
