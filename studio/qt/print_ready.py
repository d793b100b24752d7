"""Make print-ready in the window: the picture is upscaled on this computer while a progress box shows how far it
is (Cancel stops it and changes nothing); the larger picture then shows in its frames, one Undo step."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from studio.core.app.print_ready import PrintReady, make_print_ready, pixels_needed
from studio.core.gallery.upscale import Cancelled
from studio.core.gallery.upscale_limits import MAX_FACTOR
from studio.core.layout.checks import MIN_DPI
from studio.core.output.files import Progress

if TYPE_CHECKING:
    from studio.core.app.project import Project
    from studio.qt.tasks import TaskRunner


class PrintReadyRunner(QObject):
    finished = Signal(str)  # what happened, for the status bar

    def __init__(self, runner: "TaskRunner", parent: QWidget) -> None:
        super().__init__(parent)
        self._runner, self._parent = runner, parent
        self.dialog: QProgressDialog | None = None

    @property
    def busy(self) -> bool:
        return self.dialog is not None

    def start(self, project: "Project", image_id: int, method: str = "auto") -> bool:
        """False (and a word why in `finished`) when there is nothing to do or one is already running."""
        if self.busy:
            self.finished.emit(self.tr("One picture is being made print-ready already."))
            return False
        needed = pixels_needed(project, image_id)
        if needed is None:
            self.finished.emit(self.tr("Picture #{id} is on no page: put it on a page first.").format(id=image_id))
            return False
        if needed[1] >= 300:
            self.finished.emit(self.tr("Picture #{id} prints at {dpi} DPI already.").format(id=image_id, dpi=needed[1]))
            return False
        return self.start_many(project, [image_id], method)

    def start_many(self, project: "Project", image_ids: list[int], method: str = "auto") -> bool:
        """Each picture in turn, one progress box for them all; Cancel stops the one being made (nothing of it is
        kept) and the rest; those already done stay, each its own undo step."""
        if self.busy or not image_ids:
            return False
        first = self.tr("Making picture #{id} print-ready on this computer…").format(id=image_ids[0])
        dialog = QProgressDialog(first, self.tr("Cancel"), 0, 100 * len(image_ids), self._parent)
        dialog.setObjectName("printReadyProgress")
        dialog.setWindowTitle(self.tr("Make print-ready"))
        dialog.setWindowModality(Qt.WindowModality.NonModal)  # the book stays usable meanwhile
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.dialog = dialog
        dialog.show()
        self._runner.start(self._run(project, image_ids, dialog, method), self.tr("Making pictures print-ready"))
        return True

    def _progress(self, dialog: QProgressDialog, index: int) -> Progress:
        def report(done: int, total: int) -> None:  # on the window's loop: the worker's reports come through it
            if self.dialog is dialog:
                dialog.setValue(index * 100 + done * 100 // max(total, 1))
        progress = Progress(report)
        dialog.canceled.connect(progress.cancel.set)  # the Cancel button, or closing the box
        dialog.rejected.connect(progress.cancel.set)  # Escape
        return progress

    async def _run(self, project: "Project", image_ids: list[int], dialog: QProgressDialog, method: str) -> None:
        made: list[PrintReady] = []
        said = ""
        try:
            for index, image_id in enumerate(image_ids):
                if len(image_ids) > 1:
                    dialog.setLabelText(self.tr("Making picture {n} of {total} (#{id}) print-ready on this "
                                                "computer…").format(n=index + 1, total=len(image_ids), id=image_id))
                progress = self._progress(dialog, index)
                if dialog.wasCanceled():
                    raise Cancelled()
                done = await make_print_ready(project, image_id, progress, method)
                if done.picture is not None:
                    made.append(done)
        except Cancelled:
            said = self.tr("Make print-ready was cancelled; nothing more changed.") if made else \
                self.tr("Make print-ready was cancelled; nothing changed.")
        finally:
            if self.dialog is dialog:
                self.dialog = None
            dialog.close()
            dialog.deleteLater()
            if not said and len(made) == 1:
                one = made[0]
                said = self.tr("Picture #{old} printed at {before} DPI; #{new} prints at {after} DPI and is on its "
                               "page. Edit ▸ Undo takes it back.").format(
                    old=image_ids[0], before=one.dpi_before, new=one.picture.id if one.picture else image_ids[0],
                    after=one.dpi_after)
                if one.dpi_after < MIN_DPI:  # said, or a parent clicks the amber badge again and again
                    said += " " + self.tr("That is as large as a picture is made here ({factor}× at most): for a "
                                          "printed book, use a larger original or make the frame smaller.").format(
                        factor=f"{MAX_FACTOR:g}")
            elif not said:
                said = self.tr("%n picture(s) made print-ready; each is one step in Edit ▸ Undo.", "", len(made))
            self.finished.emit(said)


# The boxes below belong to no class of their own: their texts are looked up under PrintReadyRunner's (`parent.tr`
# would look them up under the parent's class, and lupdate would file them under "parent").
def ask_how(parent: QWidget, image_id: int, dpi: int, size: str, estimate: str, redraw: Callable[[], None],
            upscale: Callable[[], None]) -> QMessageBox:
    """Redraw with the service (its price shown) or upscale here (free): the person chooses."""
    title = PrintReadyRunner.tr("Make print-ready")
    text = PrintReadyRunner.tr("Picture #{id} prints at {dpi} DPI in its frame; a printed book wants 300.").format(
        id=image_id, dpi=dpi)
    detail = PrintReadyRunner.tr(
        "Draw it again at {size} from itself: the same picture, sharp ({estimate}).\n"
        "Or make it larger on this computer: free, softer, about half a minute.").format(
        size=size.replace("x", "×"), estimate=estimate)
    return _choice(parent, "printReadyChoice", title, text, detail, (PrintReadyRunner.tr("Draw it again"), redraw),
                   (PrintReadyRunner.tr("Make it larger here"), upscale))


def ask_how_many(parent: QWidget, soft: int, again: int, estimate: str, redraw: Callable[[], None],
                 upscale: Callable[[], None]) -> QMessageBox:
    """The whole book: draw again the pictures the service made (the price shown), the rest larger here; or all of
    them larger here, free."""
    rest = soft - again
    if rest:
        detail = PrintReadyRunner.tr(
            "Draw {again} of them again at print size, each from itself: {estimate}. The other {rest} are made larger "
            "here.\nOr make all of them larger on this computer: free, softer, about half a minute each.").format(
            again=again, estimate=estimate, rest=rest)
    else:
        detail = PrintReadyRunner.tr(
            "Draw {again} of them again at print size, each from itself: {estimate}.\nOr make all of them larger on "
            "this computer: free, softer, about half a minute each.").format(again=again, estimate=estimate)
    title = PrintReadyRunner.tr("Make every picture print-ready")
    text = PrintReadyRunner.tr("%n picture(s) print under 300 DPI on the pages.", "", soft)
    return _choice(parent, "printReadyManyChoice", title, text, detail,
                   (PrintReadyRunner.tr("Draw them again"), redraw), (PrintReadyRunner.tr("Make all larger here"), upscale))


def _choice(parent: QWidget, name: str, title: str, text: str, detail: str, redraw: tuple[str, Callable[[], None]],
            upscale: tuple[str, Callable[[], None]]) -> QMessageBox:
    """Draw again (paid, the default) or make larger here (free), or Cancel; opened, not exec'd."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName(name)
    box.setInformativeText(detail)
    again = box.addButton(redraw[0], QMessageBox.ButtonRole.AcceptRole)
    again.setObjectName("redrawButton")
    here = box.addButton(upscale[0], QMessageBox.ButtonRole.ActionRole)
    here.setObjectName("upscaleButton")
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(again)
    box.buttonClicked.connect(lambda button: redraw[1]() if button is again else upscale[1]() if button is here
                              else None)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
