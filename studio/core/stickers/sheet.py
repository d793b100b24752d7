"""Laying stickers out on sheets: packed as tightly as they go on Letter, A4 or Cricut's Print Then Cut area
(rectpack's MaxRects, margins and gaps kept), or one per label on a pre-cut label sheet. More stickers than
fit on one sheet go on the next."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rectpack import MaxRectsBssf, newPacker

from studio.core.i18n import _
from studio.core.units import size as page_size
from studio.core.layout.geometry import PAPER_SIZES_IN, mm
from studio.core.stickers.labels import LABELS, LabelTemplate

if TYPE_CHECKING:
    from studio.core.stickers.art import StickerArt

PAPERS = PAPER_SIZES_IN
CRICUT_AREA = (6.75, 9.25)  # Cricut Design Space's largest Print Then Cut image
UNITS = 1000  # rectpack works in whole units: thousandths of an inch
REGISTRATION_INSET_IN = mm(10)  # Silhouette Studio's default: marks 10 mm in from the sheet's edges
REGISTRATION_SIZE_IN = mm(20)  # the corner marks are 20 mm long; the square is 5 mm
REGISTRATION_SQUARE_IN = mm(5)


class SheetError(ValueError):
    """The stickers cannot be laid out as asked; the message is for the user."""


@dataclass(frozen=True)
class SheetSpec:
    paper: str = "letter"  # "letter", "a4", "cricut" or a label template id
    margin_in: float = 0.25
    gap_in: float = 0.125  # between two stickers' cut paths
    registration: bool = False  # leave the corners free for Silhouette's registration marks

    @property
    def label(self) -> LabelTemplate | None:
        return LABELS.get(self.paper)

    @property
    def size_in(self) -> tuple[float, float]:
        if self.paper == "cricut":
            return CRICUT_AREA
        if self.label:
            return PAPERS[self.label.paper]
        if self.paper not in PAPERS:
            choices = ", ".join([*PAPERS, "cricut", *LABELS])
            raise SheetError(_("Unknown sheet “{name}”: use one of {names}.").format(name=self.paper, names=choices))
        return PAPERS[self.paper]


@dataclass(frozen=True)
class Placement:
    sticker: int  # index into the stickers given
    x_in: float  # the sticker's outline box, from the sheet's top-left corner
    y_in: float
    scale: float  # 1 unless a label made the sticker smaller to fit


@dataclass(frozen=True)
class SheetPage:
    placements: tuple[Placement, ...]


def lay_out(stickers: list["StickerArt"], spec: SheetSpec) -> list[SheetPage]:
    if not stickers:
        raise SheetError(_("Choose at least one picture for the sheet."))
    if spec.label:
        return _on_labels(stickers, spec, spec.label)
    return _packed(stickers, spec)


def _packed(stickers: list["StickerArt"], spec: SheetSpec) -> list[SheetPage]:
    width, height = spec.size_in
    margin = 0.0 if spec.paper == "cricut" else spec.margin_in
    top = margin
    if spec.registration:  # stickers stay below the top marks and inside the side ones
        top = max(margin, REGISTRATION_INSET_IN + REGISTRATION_SIZE_IN + spec.gap_in)
        margin = max(margin, REGISTRATION_INSET_IN + mm(1))
    bottom = top if spec.registration else margin
    room_w, room_h = width - 2 * margin, height - top - bottom
    gap = spec.gap_in
    packer = newPacker(rotation=False, pack_algo=MaxRectsBssf)
    # Each sticker takes its size plus one gap; the bin gets one gap more, so gaps fall only between stickers.
    packer.add_bin(round((room_w + gap) * UNITS), round((room_h + gap) * UNITS), count=float("inf"))
    for index, sticker in enumerate(stickers):
        w, h = sticker.size_in
        if w > room_w + 1e-6 or h > room_h + 1e-6:
            name = sticker.name or _("Sticker {n}").format(n=index + 1)
            raise SheetError(_("{name} is {size}: larger than the {room} a {sheet} sheet has room for. Make it "
                               "smaller.").format(name=name, size=page_size(w, h), room=page_size(room_w, room_h),
                                                  sheet=_sheet_name(spec)))
        packer.add_rect(round((w + gap) * UNITS), round((h + gap) * UNITS), rid=index)
    packer.pack()
    pages: dict[int, list[Placement]] = {}
    for bin_index, x, y, _w, _h, rid in packer.rect_list():
        pages.setdefault(bin_index, []).append(Placement(rid, margin + x / UNITS, top + y / UNITS, 1.0))
    if sum(len(p) for p in pages.values()) != len(stickers):
        raise SheetError(_("Some stickers could not be placed on the sheet."))
    return [SheetPage(tuple(sorted(pages[b], key=lambda p: p.sticker))) for b in sorted(pages)]


def _on_labels(stickers: list["StickerArt"], spec: SheetSpec, label: LabelTemplate) -> list[SheetPage]:
    """One sticker per label, scaled down to sit inside it (centred, within the label's own margin)."""
    cells = label.cells()
    pages = []
    for start in range(0, len(stickers), len(cells)):
        placements = []
        for index, (x, y, w, h) in zip(range(start, len(stickers)), cells):
            sw, sh = stickers[index].size_in
            room = (w - 2 * label.margin_in, h - 2 * label.margin_in)
            if label.shape == "round":  # the sticker's box must fit inside the circle
                diagonal = (sw ** 2 + sh ** 2) ** 0.5
                scale = min(1.0, room[0] / diagonal)
            else:
                scale = min(1.0, room[0] / sw, room[1] / sh)
            placements.append(Placement(index, x + (w - sw * scale) / 2, y + (h - sh * scale) / 2, scale))
        pages.append(SheetPage(tuple(placements)))
    return pages


def _sheet_name(spec: SheetSpec) -> str:
    return {"cricut": "Cricut Print Then Cut", "letter": "Letter", "a4": "A4"}.get(spec.paper, spec.paper)
