"""Style ▸ Manage Styles…: the book's own styles and the library's (every book on this computer), with New, Edit,
Delete, Import and Export. A style is a name, a passage added to each prompt and reference pictures from the gallery
(dragged in, or the picture selected). Changes to the book's styles are undo steps; the library is files."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.core.app.project import Project
from studio.core.assistant import style_files
from studio.core.assistant.own_styles import MAX_REFERENCES, StyleError, checked
from studio.core.assistant.styles import Style
from studio.core.document.errors import ProjectError
from studio.qt.mime import image_ids
from studio.qt.pictures import thumbnail_pixmap
from studio.qt.tasks import TaskRunner

THUMB = 64
NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class ReferenceList(QListWidget):
    """The style's reference pictures as thumbnails; pictures dragged from the gallery or a page are added."""

    changed = Signal()

    def __init__(self, project: Project) -> None:
        super().__init__()
        self.setObjectName("styleReferences")
        self._project = project
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setIconSize(QSize(THUMB, THUMB))
        self.setFixedHeight(THUMB + 36)
        self.setFlow(QListWidget.Flow.LeftToRight)
        self.setWrapping(False)
        self.setAcceptDrops(True)
        self.setDragDropMode(QListWidget.DragDropMode.DropOnly)

    def ids(self) -> list[int]:
        return [int(self.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.count())]

    def add(self, image_id: int | None) -> None:
        if image_id is None or image_id in self.ids() or self.count() >= MAX_REFERENCES:
            return
        try:
            icon = QIcon(thumbnail_pixmap(self._project, image_id))
        except (KeyError, ProjectError):
            return
        item = QListWidgetItem(icon, f"#{image_id}")
        item.setData(Qt.ItemDataRole.UserRole, image_id)
        self.addItem(item)
        self.changed.emit()

    def dragEnterEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if image_ids(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if image_ids(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        for image_id in image_ids(event.mimeData()):
            self.add(image_id)
        event.acceptProposedAction()


class StyleEditor(QDialog):
    """Name, passage and reference pictures of one style; OK only when it can be kept, else the reason is shown."""

    def __init__(self, project: Project, selected: Callable[[], int | None], style: Style | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("styleEditor")
        self.setWindowTitle(self.tr("Edit Style") if style else self.tr("New Style"))
        self.name = QLineEdit(style.label if style else "")
        self.name.setObjectName("styleName")
        self.name.setPlaceholderText(self.tr("e.g. House style"))
        self.passage = QPlainTextEdit(style.prompt if style else "")
        self.passage.setObjectName("stylePassage")
        self.passage.setPlaceholderText(self.tr("The words added to every prompt: lines, colours, paper, light…"))
        self.references = ReferenceList(project)
        self.references.setAccessibleName(self.tr("Reference pictures"))  # a list takes no name from its label
        for image_id in style.reference_ids if style else ():
            self.references.add(image_id)
        add = QPushButton(self.tr("Add Selected Picture"))
        add.setObjectName("addSelectedPicture")
        add.clicked.connect(lambda: self.references.add(selected()))
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: [self.references.takeItem(self.references.row(i))
                                        for i in self.references.selectedItems()])
        self.in_library = QCheckBox(self.tr("Keep it in my library for other books too"))
        self.in_library.setChecked(True)
        self.message = QLabel()
        self.message.setObjectName("styleMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a33;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        picture_buttons = QHBoxLayout()
        picture_buttons.addWidget(add)
        picture_buttons.addWidget(remove)
        picture_buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Passage"), self.passage)
        form.addRow(self.tr("Reference pictures"), self.references)
        hint = QLabel(self.tr("Drag pictures here from the gallery, or select one and add it."))
        hint.setWordWrap(True)
        form.addRow("", hint)
        form.addRow("", picture_buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.in_library)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        try:
            checked(self.name.text(), self.passage.toPlainText())
        except StyleError as exc:
            self.message.setText(str(exc))
            return
        self.accept()


class StylesDialog(QDialog):
    def __init__(self, project: Project, runner: TaskRunner, selected: Callable[[], int | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stylesDialog")
        self.setWindowTitle(self.tr("Styles"))
        self.resize(480, 420)
        self.project, self._runner, self._selected = project, runner, selected
        self.list = QListWidget()
        self.list.setObjectName("stylesList")
        self.list.setAccessibleName(self.tr("Styles"))
        self.list.itemDoubleClicked.connect(lambda _: self.edit())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.message = QLabel()
        self.message.setObjectName("stylesMessage")
        self.message.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        column = QVBoxLayout()
        for name, text, slot in (("new", self.tr("New…"), self.new), ("edit", self.tr("Edit…"), self.edit),
                                 ("use", self.tr("Use in This Book"), self.use),
                                 ("delete", self.tr("Delete"), self.delete),
                                 ("import", self.tr("Import…"), self.import_file),
                                 ("export", self.tr("Export…"), self.export_file)):
            button = QPushButton(text)
            button.setObjectName(f"style_{name}")
            button.clicked.connect(slot)
            column.addWidget(button)
            self.buttons[name] = button
        column.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(column)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("A style's words go with every picture drawn in it, and its pictures as references. "
                               "Pick one in the chat's style box."))
        intro.setWordWrap(True)  # the dialog keeps its size; the sentence takes two lines
        layout.addWidget(intro)
        layout.addLayout(row, 1)
        layout.addWidget(self.message)
        layout.addWidget(close)
        read_only = bool(project.read_only)
        for name in ("new", "edit", "use", "delete", "import"):
            self.buttons[name].setEnabled(not read_only)
        self.refresh()

    # -- the list ------------------------------------------------------------------------

    def refresh(self, select: tuple[str, str] | None = None) -> None:
        """The book's styles, then the library's that the book doesn't have."""
        self.list.clear()
        own = self.project.styles.all()
        for style in own:
            self._item(self.tr("{name} — in this book").format(name=style.label), ("book", style.id), style.label)
        names = {s.label.casefold() for s in own}
        for path, name in style_files.library_names():
            if name.casefold() not in names:
                self._item(self.tr("{name} — in your library").format(name=name), ("library", str(path)), name)
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == select:
                self.list.setCurrentRow(i)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self._update_buttons()

    def _item(self, text: str, key: tuple[str, str], name: str) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setData(NAME_ROLE, name)  # the style's own name, whatever language the line is in
        self.list.addItem(item)

    def current(self) -> tuple[str, str] | None:
        item = self.list.currentItem()
        return tuple(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None  # type: ignore[return-value]

    def _update_buttons(self) -> None:
        current = self.current()
        writable = not self.project.read_only
        self.buttons["edit"].setEnabled(writable and current is not None and current[0] == "book")
        self.buttons["use"].setEnabled(writable and current is not None and current[0] == "library")
        self.buttons["delete"].setEnabled(current is not None and (writable or current[0] == "library"))
        self.buttons["export"].setEnabled(current is not None)

    def _say(self, text: str, problem: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #a33;" if problem else "color: #555;")

    # -- actions -------------------------------------------------------------------------

    def new(self) -> None:
        editor = StyleEditor(self.project, self._selected, parent=self)
        editor.references.add(self._selected())  # the picture selected is the likeliest first reference
        editor.accepted.connect(lambda: self._keep(editor, None))
        editor.open()

    def edit(self) -> None:
        current = self.current()
        style = self.project.styles.get(current[1]) if current and current[0] == "book" else None
        if style is None:
            return
        editor = StyleEditor(self.project, self._selected, style, self)
        editor.accepted.connect(lambda: self._keep(editor, style))
        editor.open()

    def _keep(self, editor: StyleEditor, style: Style | None) -> None:
        name, passage, refs = editor.name.text(), editor.passage.toPlainText(), editor.references.ids()
        try:
            kept = (self.project.styles.update(style.id, name, passage, refs) if style is not None
                    else self.project.styles.add(name, passage, refs))
            said = self.tr("“{name}” is kept in this book (Edit ▸ Undo takes it back).").format(name=kept.label)
            if editor.in_library.isChecked():
                style_files.save_to_library(style_files.from_book(self.project, kept))
                said = self.tr("“{name}” is kept in this book and in your library.").format(name=kept.label)
        except (StyleError, ProjectError) as exc:
            self._say(str(exc), True)
            return
        self._say(said)
        self.refresh(("book", kept.id))

    def use(self) -> None:
        current = self.current()
        if current is not None and current[0] == "library":
            self._runner.start(self._add(Path(current[1])), self.tr("Adding a style to the book"))

    async def _add(self, path: Path) -> None:
        try:
            style = await style_files.add_to_book(self.project, style_files.read_file(path))
        except (StyleError, ProjectError) as exc:
            self._say(str(exc), True)
            return
        self._say(self.tr("“{name}” is now one of this book's styles; its pictures are in the gallery.").format(
            name=style.label))
        self.refresh(("book", style.id))

    def delete(self) -> None:
        current = self.current()
        if current is None:
            return
        if current[0] == "book":  # an undo step: no question needed
            self.project.styles.remove(current[1])
            self._say(self.tr("Taken out of this book (Edit ▸ Undo brings it back); your library keeps its copy."))
            self.refresh()
            return
        path = Path(current[1])
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete Style"),
                          self.tr("Delete this style from your library? Books that use it keep their copy."),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("deleteLibraryStyle")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self._delete_file(path))
        box.open()

    def _delete_file(self, path: Path) -> None:
        try:
            path.unlink()
        except OSError as exc:
            self._say(self.tr("{file} could not be deleted ({why}).").format(file=path.name, why=exc.strerror), True)
        self.refresh()

    def import_file(self) -> None:
        path, _chosen = QFileDialog.getOpenFileName(self, self.tr("Import a style"), "", self._filter())
        if path:
            self.import_path(Path(path))

    def _filter(self) -> str:
        return self.tr("Picture Book Studio style (*.pbstyle)")

    def import_path(self, path: Path) -> None:
        """The style goes into the library and into this book (one undo step); a bad file is named, nothing lost."""
        try:
            pack = style_files.read_file(path)
            style_files.save_to_library(pack)
        except StyleError as exc:
            self._say(str(exc), True)
            return
        self.refresh()
        self._runner.start(self._add(next(p for p, n in style_files.library_names()
                                          if n.casefold() == pack.name.casefold())), self.tr("Importing a style"))

    def export_file(self) -> None:
        current = self.current()
        if current is None:
            return
        name = self.list.currentItem().data(NAME_ROLE)
        path, _chosen = QFileDialog.getSaveFileName(self, self.tr("Export a style"), f"{name}{style_files.SUFFIX}",
                                                    self._filter())
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        current = self.current()
        if current is None:
            return
        if path.suffix != style_files.SUFFIX:
            path = path.with_name(path.name + style_files.SUFFIX)
        try:
            style = self.project.styles.get(current[1]) if current[0] == "book" else None
            pack = (style_files.from_book(self.project, style) if style is not None
                    else style_files.read_file(current[1]))
            style_files.write_file(path, pack)
        except (StyleError, ProjectError) as exc:
            self._say(str(exc), True)
            return
        self._say(self.tr("Saved as {path}.").format(path=path))
