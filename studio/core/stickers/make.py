"""From chosen pictures to sticker files: which pictures (ids, the cast, a board), each made into sticker art
at its size, laid out, and written as the files asked for. `make_sheets` is CPU-bound: call it from an
executor; it reports progress and stops at Cancel."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from studio.core.document.project import read_image_data
from studio.core.gallery.search import Filter
from studio.core.output.book_pdf import ExportResult
from studio.core.output.files import ExportError, Progress
from studio.core.stickers.art import (
    DEFAULT_BORDER_IN,
    DEFAULT_SIZE_IN,
    StickerArt,
    sticker_art,
)
from studio.core.stickers.cut_files import cricut_pngs, cut_svg, sheet_pdf
from studio.core.stickers.outline import OutlineError
from studio.core.stickers.sheet import SheetError, SheetPage, SheetSpec, lay_out

if TYPE_CHECKING:
    from studio.core.app.project import Project

SIZE_RANGE_IN = (0.75, 9.0)
BORDER_RANGE_IN = (0.0, 0.5)


@dataclass(frozen=True)
class StickerPick:
    image_id: int
    name: str
    data: bytes  # b"" until read: the window has `with_picture_data` read pictures on the worker
    size_in: float | None = None  # None: the sheet's size for all


@dataclass(frozen=True)
class StickerRequest:
    picks: tuple[StickerPick, ...]
    size_in: float = DEFAULT_SIZE_IN
    border_in: float = DEFAULT_BORDER_IN
    spec: SheetSpec = field(default_factory=SheetSpec)
    pdf: Path | None = None
    cricut: Path | None = None
    svg: Path | None = None

    def validate(self) -> None:
        self.validate_choices()
        if not (self.pdf or self.cricut or self.svg):
            raise ExportError("Say where to write the stickers (a PDF, a Cricut PNG or an SVG).")
        if self.spec.label and (self.cricut or self.svg):
            raise ExportError("A label sheet comes pre-cut: write a PDF for it, not a Cricut PNG or an SVG.")

    def validate_choices(self) -> None:
        """The pictures, sizes, border and sheet (what a preview needs too)."""
        if not self.picks:
            raise ExportError("Choose at least one picture for the stickers.")
        for size in {self.size_in, *(p.size_in for p in self.picks if p.size_in)}:
            if not SIZE_RANGE_IN[0] <= size <= SIZE_RANGE_IN[1]:
                raise ExportError(f"A sticker of {size:g} in is outside {SIZE_RANGE_IN[0]:g}–{SIZE_RANGE_IN[1]:g} in.")
        if not BORDER_RANGE_IN[0] <= self.border_in <= BORDER_RANGE_IN[1]:
            raise ExportError(f"A border of {self.border_in:g} in is outside {BORDER_RANGE_IN[0]:g}–"
                              f"{BORDER_RANGE_IN[1]:g} in.")
        try:
            _ = self.spec.size_in  # an unknown sheet says so here, before any work
        except SheetError as exc:
            raise ExportError(str(exc)) from exc


def pick_images(project: Project, image_ids: list[int] | None = None, cast: bool = False,
                board: str | None = None) -> list[StickerPick]:
    """The pictures to make stickers of, named for the sheet: the ones given, or each cast member's reference."""
    picks: list[StickerPick] = []
    if board is not None:
        found = project.gallery.board_named(board)
        if found is None:
            names = ", ".join(b.name for b in project.gallery.boards()) or "none yet"
            raise ExportError(f"There is no board called “{board}” (boards: {names}).")
        on_board = project.gallery.find(Filter(board=found.id, newest_first=False))
        if not on_board:
            raise ExportError(f"The board “{found.name}” has no pictures.")
        image_ids = [*(image_ids or ()), *(i for i in on_board if i not in (image_ids or ()))]
    if cast:
        for member in project.cast.all():
            if member.reference_ids:
                image_id = member.reference_ids[0]
                picks.append(StickerPick(image_id, member.name, project.image_data(image_id)))
        if not picks:
            raise ExportError("No one in the cast has a reference picture yet.")
    for image_id in image_ids or ():
        try:
            project.image(image_id)
        except KeyError:
            raise ExportError(f"There is no picture #{image_id} in this book.") from None
        picks.append(StickerPick(image_id, f"Picture #{image_id}", project.image_data(image_id)))
    return picks


def with_picture_data(request: StickerRequest, path: Path | str) -> StickerRequest:
    """The request with every picture's bytes, read from the book file on this (worker) thread."""
    missing = {p.image_id for p in request.picks if not p.data}
    if not missing:
        return request
    data = read_image_data(path, missing)
    return replace(request, picks=tuple(p if p.data else replace(p, data=data.get(p.image_id, b""))
                                        for p in request.picks))


def make_art(request: StickerRequest, progress: Progress | None = None, dpi: int = 300) -> list[StickerArt]:
    progress = progress or Progress()
    arts = []
    for done, pick in enumerate(request.picks, start=1):
        progress.check()
        try:
            arts.append(sticker_art(pick.data, pick.size_in or request.size_in, request.border_in, dpi, pick.name))
        except (OutlineError, OSError, ValueError) as exc:
            raise ExportError(f"{pick.name}: {exc}") from exc
        progress.step(done, len(request.picks))
    return arts


def make_sheets(request: StickerRequest, progress: Progress | None = None) -> ExportResult:
    request.validate()
    progress = progress or Progress()
    steps = len(request.picks) + 3
    arts = make_art(request, Progress(lambda d, _t: progress.step(d, steps), progress.cancel))
    written: list[Path] = []
    notes: list[str] = []
    try:
        pages = lay_out(arts, request.spec)
        if request.pdf:
            written.append(sheet_pdf(arts, pages, request.spec, request.pdf))
            notes.append(_count(pages, "sheet") + (" with registration marks" if request.spec.registration else "")
                         + ("; cut paths in the CutContour spot colour." if not request.spec.label else "."))
        progress.step(steps - 2, steps)
        if request.svg:
            written += cut_svg(arts, pages, request.spec, request.svg)
        progress.step(steps - 1, steps)
        if request.cricut:
            cricut_pages: list[SheetPage] = lay_out(arts, SheetSpec("cricut", gap_in=request.spec.gap_in))
            written += cricut_pngs(arts, cricut_pages, request.cricut)
            if len(cricut_pages) > 1:
                notes.append(f"The stickers need {len(cricut_pages)} Print Then Cut images (each at most "
                             "6.75 × 9.25 in); they are numbered -1, -2…")
        progress.step(steps, steps)
    except SheetError as exc:
        raise ExportError(str(exc)) from exc
    return ExportResult(written, len(pages), notes)


def _count(pages: list[SheetPage], noun: str) -> str:
    return f"{len(pages)} {noun}{'s' if len(pages) != 1 else ''}"
