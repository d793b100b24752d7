"""Where an export lands and what the person can do next.

Every save dialog for an export starts in the folder of the last export (remembered on this machine), else the
Documents folder — never the hidden folder where unsaved books live — and proposes the book's name plus what the
file is (core/output/files.py `export_file_name`). Once written, a message offers Open and Show in Folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from studio import APP_ID, APP_NAME
from studio.core.app.project import Project
from studio.core.output.files import book_name, export_file_name
from studio.core.settings import unsaved_dir

LAST_FOLDER_KEY = "export/lastFolder"


def open_url(url: QUrl) -> bool:
    """The one place exports hand a file or folder to the desktop (tests replace it to see the URL)."""
    return QDesktopServices.openUrl(url)


def home_paper() -> str:
    """The paper a home printer here is loaded with: Letter in the US and Canada (and where the locale measures in
    US units), A4 everywhere else."""
    locale = QLocale()
    letter = (locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
              or locale.territory() in (QLocale.Country.UnitedStates, QLocale.Country.Canada))
    return "letter" if letter else "a4"


def _settings() -> QSettings:
    return QSettings(APP_ID, APP_NAME)


def _inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except OSError:
        return False


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def last_folder() -> Path:
    """The folder the last export went to, if it is still there; else Documents."""
    saved = _settings().value(LAST_FOLDER_KEY, "")
    if isinstance(saved, str) and saved:
        folder = Path(saved)
        if folder.is_dir() and not _inside(folder, unsaved_dir()):
            return folder
    return documents_folder()


def remember_folder(folder: Path) -> None:
    if not _inside(folder, unsaved_dir()):
        _settings().setValue(LAST_FOLDER_KEY, str(folder))


def book_title(project: Project) -> str:
    """The book's title: as set in Book settings, else as written on the cover or the title page."""
    title = project.book_format().title.strip()
    if title:
        return title
    for page in project.pages():
        if page.kind in ("cover", "title"):
            written = next((f.text for f in page.shown() if f.slot == "title" and f.text.strip()), "")
            if written:
                return " ".join(written.split())
    return ""


def export_name(project: Project, what: str, suffix: str = "") -> str:
    return export_file_name(book_name(book_title(project), project.path, project.untitled), what, suffix)


def ask_save_path(parent: QWidget, caption: str, project: Project, what: str, suffix: str,
                  file_filter: str) -> Path | None:
    """The save dialog, at the last export folder with the book's name for this file; None when cancelled."""
    proposed = last_folder() / export_name(project, what, suffix)
    chosen, _ = QFileDialog.getSaveFileName(parent, caption, str(proposed), file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix else path.with_name(path.name + suffix)


def ask_folder(parent: QWidget, caption: str) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, caption, str(last_folder()))
    return Path(chosen) if chosen else None


class WrittenMessage(QMessageBox):
    """“Wrote Larry – booklet.pdf” with Open, Show in Folder and Close. Opened window-modal, not exec'd, so the
    event loop (and the book's other work) keeps running."""

    def __init__(self, paths: list[Path], parent: QWidget | None = None, notes: list[str] | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        first = paths[0]
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("Export finished"))
        if len(paths) == 1:
            self.setText(self.tr("Wrote “{name}”.").format(name=first.name))
        else:
            self.setText(self.tr("Wrote %n file(s) in “{folder}”.", "", len(paths)).format(folder=first.parent.name))
        self.setInformativeText("\n".join([str(first.parent), *(notes or [])]))
        self.open_button = self.addButton(self.tr("Open"), QMessageBox.ButtonRole.AcceptRole)
        self.show_button = self.addButton(self.tr("Show in Folder"), QMessageBox.ButtonRole.ActionRole)
        self.addButton(QMessageBox.StandardButton.Close)
        self.setDefaultButton(self.open_button)
        self.open_button.clicked.connect(self.open_file)
        self.show_button.clicked.connect(self.show_in_folder)

    def open_file(self) -> None:
        self._hand_over(self.paths[0], self.tr("No program on this computer opens “{name}”. It is in {folder}."))

    def show_in_folder(self) -> None:
        self._hand_over(self.paths[0].parent, self.tr("No file manager could be opened. “{name}” is in {folder}."))

    def _hand_over(self, path: Path, failed: str) -> None:
        """Ask the desktop to open `path`; when it can't (no PDF viewer, no file manager), say where the file is
        rather than nothing at all."""
        if not open_url(QUrl.fromLocalFile(str(path))):
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Could not open"),
                              failed.format(name=self.paths[0].name, folder=self.paths[0].parent),
                              QMessageBox.StandardButton.Ok, self.parentWidget() or self)
            box.setObjectName("couldNotOpen")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()


def show_written(parent: QWidget, paths: list[Path], notes: list[str] | None = None) -> WrittenMessage | None:
    """Remember where the files went and offer to open them."""
    if not paths:
        return None
    remember_folder(paths[0].parent)
    message = WrittenMessage(paths, parent, notes)
    message.open()
    return message
