"""From chosen pictures to sticker files: which pictures (ids, the cast, a board), each made into sticker art
at its size, laid out, and written as the files asked for. `make_sheets` is CPU-bound: call it from an
executor; it reports progress and stops at Cancel."""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image

from studio.core.document.project import read_image_data
from studio.core.gallery.search import Filter
from studio.core.i18n import _, ngettext
from studio.core.units import length, size as page_size
from studio.core.output.book_pdf import ExportResult
from studio.core.output.files import ExportError, Progress
from studio.core.stickers.art import (
    DEFAULT_BORDER_IN,
    DEFAULT_SIZE_IN,
    PRINT_DPI,
    StickerArt,
    sticker_art,
)
from studio.core.stickers.choices import kept_backgrounds
from studio.core.stickers.cut_files import (
    cricut_pngs,
    cut_dxf,
    cut_svg,
    preview,
    sheet_pdf,
)
from studio.core.stickers.outline import OutlineError
from studio.core.stickers.sheet import CRICUT_AREA, SheetError, SheetPage, SheetSpec, lay_out

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
    remove_background: bool = True  # cut a flat background away (a transparent one is always left out)


@dataclass(frozen=True)
class StickerRequest:
    picks: tuple[StickerPick, ...]
    size_in: float = DEFAULT_SIZE_IN
    border_in: float = DEFAULT_BORDER_IN
    spec: SheetSpec = field(default_factory=SheetSpec)
    pdf: Path | None = None
    cricut: Path | None = None
    svg: Path | None = None
    dxf: Path | None = None

    def validate(self) -> None:
        self.validate_choices()
        if not (self.pdf or self.cricut or self.svg or self.dxf):
            raise ExportError(_("Say where to write the stickers (a PDF, a Cricut PNG, an SVG or a DXF)."))
        if self.spec.label and (self.cricut or self.svg or self.dxf):
            raise ExportError(_("A label sheet comes pre-cut: write a PDF for it, not a Cricut PNG, an SVG or a DXF."))

    def validate_choices(self) -> None:
        """The pictures, sizes, border and sheet (what a preview needs too)."""
        if not self.picks:
            raise ExportError(_("Choose at least one picture for the stickers."))
        for size in {self.size_in, *(p.size_in for p in self.picks if p.size_in)}:
            if not SIZE_RANGE_IN[0] <= size <= SIZE_RANGE_IN[1]:
                raise ExportError(_("A sticker of {size} is outside {low} to {high}.").format(
                    size=length(size), low=length(SIZE_RANGE_IN[0]), high=length(SIZE_RANGE_IN[1])))
        if not BORDER_RANGE_IN[0] <= self.border_in <= BORDER_RANGE_IN[1]:
            raise ExportError(_("A border of {border} is outside {low} to {high}.").format(
                border=length(self.border_in), low=length(BORDER_RANGE_IN[0]), high=length(BORDER_RANGE_IN[1])))
        try:
            _size = self.spec.size_in  # an unknown sheet says so here, before any work
        except SheetError as exc:
            raise ExportError(str(exc)) from exc


def pick_images(project: Project, image_ids: list[int] | None = None, cast: bool = False,
                board: str | None = None) -> list[StickerPick]:
    """The pictures to make stickers of, named for the sheet: the ones given, or each cast member's reference; each
    keeps or loses its background as last chosen for it."""
    picks: list[StickerPick] = []
    kept = kept_backgrounds(project)
    if board is not None:
        found = project.gallery.board_named(board)
        if found is None:
            names = ", ".join(b.name for b in project.gallery.boards()) or _("none yet")
            raise ExportError(_("There is no board called “{name}” (boards: {names}).").format(name=board, names=names))
        on_board = project.gallery.find(Filter(board=found.id, newest_first=False))
        if not on_board:
            raise ExportError(_("The board “{name}” has no pictures.").format(name=found.name))
        image_ids = [*(image_ids or ()), *(i for i in on_board if i not in (image_ids or ()))]
    if cast:
        for member in project.cast.all():
            if member.reference_ids:
                image_id = member.reference_ids[0]
                picks.append(StickerPick(image_id, member.name, project.image_data(image_id),
                                         remove_background=image_id not in kept))
        if not picks:
            raise ExportError(_("No one in the cast has a reference picture yet."))
    for image_id in image_ids or ():
        try:
            project.image(image_id)
        except KeyError:
            raise ExportError(_("There is no picture #{id} in this book.").format(id=image_id)) from None
        picks.append(StickerPick(image_id, _("Picture #{id}").format(id=image_id), project.image_data(image_id),
                                 remove_background=image_id not in kept))
    return picks


def with_picture_data(request: StickerRequest, path: Path | str) -> StickerRequest:
    """The request with every picture's bytes, read from the book file on this (worker) thread."""
    missing = {p.image_id for p in request.picks if not p.data}
    if not missing:
        return request
    data = read_image_data(path, missing)
    return replace(request, picks=tuple(p if p.data else replace(p, data=data.get(p.image_id, b""))
                                        for p in request.picks))


class ArtCache:
    """Sticker art already made, by picture, size and border, so the preview and the save redo only what changed.
    Art is made at print resolution (a 3 in sticker is 3 MB, a 9 in one 28 MB), so the cache keeps the most recent
    up to `budget_bytes`. Safe to use from the worker threads the preview and the save run on."""

    def __init__(self, budget_bytes: int = 256 * 2**20) -> None:
        self.budget_bytes = budget_bytes
        self._arts: OrderedDict[tuple, StickerArt] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key: tuple) -> StickerArt | None:
        with self._lock:
            art = self._arts.get(key)
            if art is not None:
                self._arts.move_to_end(key)
            return art

    def put(self, key: tuple, art: StickerArt) -> None:
        with self._lock:
            if key in self._arts:
                self._bytes -= _size(self._arts.pop(key))
            self._arts[key] = art
            self._bytes += _size(art)
            while self._bytes > self.budget_bytes and self._arts:
                self._bytes -= _size(self._arts.popitem(last=False)[1])


def _size(art: StickerArt) -> int:
    return art.image.width * art.image.height * 4


def _art_key(request: StickerRequest, pick: StickerPick, dpi: int) -> tuple:
    return pick.image_id, pick.size_in or request.size_in, request.border_in, dpi, pick.remove_background


def make_art(request: StickerRequest, progress: Progress | None = None, dpi: int = PRINT_DPI,
             cache: ArtCache | None = None, read_from: Path | str | None = None) -> list[StickerArt]:
    """Each pick made into sticker art at print resolution; pictures not yet read are read from the book file at
    `read_from` (only those the cache does not hold)."""
    progress = progress or Progress()
    cache = cache or ArtCache(budget_bytes=0)
    keys = [_art_key(request, pick, dpi) for pick in request.picks]
    held = {key: art for key in keys if (art := cache.get(key)) is not None}  # held here: the cache may let go
    if read_from is not None:
        unmade = tuple(p for p, key in zip(request.picks, keys) if key not in held)
        read = {p.image_id: p for p in with_picture_data(replace(request, picks=unmade), read_from).picks}
        request = replace(request, picks=tuple(read.get(p.image_id, p) for p in request.picks))
    arts = []
    for done, (pick, key) in enumerate(zip(request.picks, keys), start=1):
        progress.check()
        art = held.get(key)
        if art is None:
            try:
                art = sticker_art(pick.data, key[1], key[2], dpi, pick.name, pick.remove_background)
            except (OutlineError, OSError, ValueError) as exc:
                raise ExportError(_("{name}: {problem}").format(name=pick.name, problem=exc)) from exc
            held[key] = art
            cache.put(key, art)
        arts.append(art)
        progress.step(done, len(request.picks))
    return arts


def sheets(arts: list[StickerArt], spec: SheetSpec) -> list[SheetPage]:
    """Where each sticker goes: the one layout the files and the preview are made from."""
    try:
        return lay_out(arts, spec)
    except SheetError as exc:
        raise ExportError(str(exc)) from exc


@dataclass(frozen=True)
class SheetPreview:
    image: Image.Image  # the sheet as it will print, cut lines in magenta
    page: SheetPage  # where each sticker is on it: the placements the PDF is written with
    pages: int


def preview_sheet(request: StickerRequest, page: int, book: Path | str | None = None,
                  cache: ArtCache | None = None, px_per_in: float = 48) -> SheetPreview:
    """One sheet drawn small from the same art, at the same resolution, laid out by the same packing as
    `make_sheets`: what the preview shows is where the PDF puts each sticker. CPU-bound: call from an executor."""
    request.validate_choices()
    arts = make_art(request, cache=cache, read_from=book)
    laid = sheets(arts, request.spec)
    shown = laid[min(max(0, page), len(laid) - 1)]
    return SheetPreview(preview(arts, shown, request.spec, px_per_in), shown, len(laid))


def make_sheets(request: StickerRequest, progress: Progress | None = None, cache: ArtCache | None = None,
                book: Path | str | None = None) -> ExportResult:
    request.validate()
    progress = progress or Progress()
    steps = len(request.picks) + 4
    arts = make_art(request, Progress(lambda d, _t: progress.step(d, steps), progress.cancel), cache=cache,
                    read_from=book)
    written: list[Path] = []
    notes: list[str] = []
    pages = sheets(arts, request.spec)
    if request.pdf:
        written.append(sheet_pdf(arts, pages, request.spec, request.pdf))
        notes.append(_sheet_note(len(pages), request.spec.registration, not request.spec.label))
    progress.step(steps - 3, steps)
    if request.svg:
        written += cut_svg(arts, pages, request.spec, request.svg)
    progress.step(steps - 2, steps)
    if request.dxf:
        written += cut_dxf(arts, pages, request.spec, request.dxf)
        notes.append(_("DXF in millimetres: in Silhouette Studio set Preferences ▸ Import ▸ DXF to “As-Is” so the "
                       "cut paths keep their size."))
    progress.step(steps - 1, steps)
    if request.cricut:
        cricut_pages = sheets(arts, SheetSpec("cricut", gap_in=request.spec.gap_in))
        written += cricut_pngs(arts, cricut_pages, request.cricut)
        if len(cricut_pages) > 1:
            notes.append(_("The stickers need {n} Print Then Cut images (each at most {most}); they are "
                           "numbered -1, -2…").format(n=len(cricut_pages), most=page_size(*CRICUT_AREA)))
    progress.step(steps, steps)
    return ExportResult(written, len(pages), notes)


def _sheet_note(count: int, registration: bool, cut_paths: bool) -> str:
    """"2 sheets with registration marks; cut paths in the CutContour spot colour." as one sentence each way."""
    if registration and cut_paths:
        said = ngettext("{n} sheet with registration marks; cut paths in the CutContour spot colour.",
                        "{n} sheets with registration marks; cut paths in the CutContour spot colour.", count)
    elif registration:
        said = ngettext("{n} sheet with registration marks.", "{n} sheets with registration marks.", count)
    elif cut_paths:
        said = ngettext("{n} sheet; cut paths in the CutContour spot colour.",
                        "{n} sheets; cut paths in the CutContour spot colour.", count)
    else:
        said = ngettext("{n} sheet.", "{n} sheets.", count)
    return said.format(n=count)
