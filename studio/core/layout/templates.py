"""Page templates: where a page's frames go. A slot is placed in the trimmed page ("trim": pictures that run
to the edge, into the bleed) or in the page's safe area ("safe": text, which must not be cut or lost in the
binding), as fractions of that area, so a template fits any trim size and either side of a spread.

Applying a template keeps everything the page holds: pictures and words move into the new slots in order;
what the template has no slot for is parked (kept, not shown) and comes back with a template that has room."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from studio.core.document.model import BookFormat, Frame, Page
from studio.core.i18n import N_, _
from studio.core.layout.geometry import page_geometry


@dataclass(frozen=True)
class Slot:
    name: str  # "picture", "text", "title", "byline"
    kind: str  # "image" | "text"
    area: str  # "trim" | "safe"
    x: float
    y: float
    w: float
    h: float
    props: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Template:
    id: str
    name: str  # in English, as written here; `label` is what a person reads
    slots: tuple[Slot, ...]
    # Applying "facing" lays this page out picture-only and moves its words to a text-only facing page.
    facing: bool = False

    @property
    def label(self) -> str:
        """The layout's name in the studio's language of the moment."""
        return _(self.name)


def _picture(area: str, x: float, y: float, w: float, h: float) -> Slot:
    return Slot("picture", "image", area, x, y, w, h)


def _text(name: str, x: float, y: float, w: float, h: float, **props: Any) -> Slot:
    return Slot(name, "text", "safe", x, y, w, h, props)


TEMPLATES: dict[str, Template] = {t.id: t for t in (
    Template("picture_above", N_("Picture above text"),
             (_picture("safe", 0, 0, 1, 0.74), _text("text", 0, 0.78, 1, 0.22))),
    Template("text_above", N_("Text above picture"),
             (_text("text", 0, 0, 1, 0.22), _picture("safe", 0, 0.26, 1, 0.74))),
    Template("full_bleed", N_("Full-bleed picture, text band"),
             (_picture("trim", 0, 0, 1, 1), _text("text", 0, 0.74, 1, 0.26, backing=True))),
    Template("facing", N_("Picture, text on the facing page"), (_picture("trim", 0, 0, 1, 1),), facing=True),
    Template("text_only", N_("Text only"), (_text("text", 0, 0.15, 1, 0.7),)),
    Template("picture_only", N_("Picture only"), (_picture("trim", 0, 0, 1, 1),)),
    Template("cover", N_("Cover"), (_picture("trim", 0, 0, 1, 1),
                                    _text("title", 0, 0, 1, 0.28, size=40, bold=True, backing=True),
                                    _text("byline", 0, 0.86, 1, 0.14, size=16, backing=True))),
    Template("title", N_("Title page"), (_text("title", 0, 0.2, 1, 0.35, size=36, bold=True),
                                         _text("byline", 0, 0.6, 1, 0.15, size=18))),
    Template("dedication", N_("Dedication"), (_text("text", 0.1, 0.3, 0.8, 0.4, family="serif", size=16),)),
    # the picture at the bottom left: the bottom right is the printer's barcode area (core/layout/barcode.py)
    Template("back_cover", N_("Back cover"), (_text("text", 0, 0.05, 1, 0.5, size=16),
                                              _picture("safe", 0, 0.6, 0.5, 0.4))),
)}
TEMPLATE_IDS = tuple(TEMPLATES)
DEFAULT_TEMPLATE = "picture_above"
KIND_TEMPLATES = {"cover": "cover", "title": "title", "dedication": "dedication", "back_cover": "back_cover",
                  "story": DEFAULT_TEMPLATE}


def slot_frame(slot: Slot, fmt: BookFormat, number: int) -> tuple[float, float, float, float]:
    """The slot as a frame's (x, y, w, h): fractions of the trimmed page, origin top-left."""
    if slot.area == "trim":
        return slot.x, slot.y, slot.w, slot.h
    geometry = page_geometry(fmt, number)
    tx0, ty0, tx1, ty1 = geometry.trim_box
    sx0, sy0, sx1, sy1 = geometry.safe_box
    trim_w, trim_h = tx1 - tx0, ty1 - ty0
    left = (sx0 - tx0 + slot.x * (sx1 - sx0)) / trim_w
    top = (ty1 - sy1 + slot.y * (sy1 - sy0)) / trim_h
    return left, top, slot.w * (sx1 - sx0) / trim_w, slot.h * (sy1 - sy0) / trim_h


def apply_template(page: Page, template_id: str, fmt: BookFormat, number: int) -> Page:
    """The page laid out with a template, keeping its pictures and words. New frames have id 0."""
    template = TEMPLATES[template_id]
    frames = list(page.frames)
    pictures = [f for f in frames if f.kind == "image" and f.image_id is not None]
    pictures += [f for f in frames if f.kind == "image" and f.image_id is None]
    texts = [f for f in frames if f.kind == "text" and f.text.strip()]
    texts += [f for f in frames if f.kind == "text" and not f.text.strip()]
    laid: list[Frame] = []
    for slot in template.slots:
        pool = pictures if slot.kind == "image" else texts
        frame = next((f for f in pool if f.slot == slot.name), None) or (pool[0] if pool else None)
        x, y, w, h = slot_frame(slot, fmt, number)
        if frame is None:
            laid.append(Frame(0, page.id, slot.kind, x, y, w, h, props=dict(slot.props), slot=slot.name))
            continue
        pool.remove(frame)
        laid.append(frame.moved(x=x, y=y, w=w, h=h, parked=False, slot=slot.name,
                                props={**slot.props, **_own_props(frame, slot)}))
    # What has no slot stays on the page, parked; empty frames without a slot are simply dropped.
    parked = [f.moved(parked=True) for f in pictures + texts if f.image_id is not None or f.text.strip()]
    return Page(page.id, page.position, tuple(laid + parked), page.kind, template_id)


def moved_to_side(page: Page, fmt: BookFormat, was: int, now: int) -> list[Frame]:
    """A page moved from page number `was` to `now` (another side of the spread): its frames that still sit where
    its template put them on the old side, moved to where the template puts them on the new one — the gutter is
    on the inside edge. A frame the person placed elsewhere stays where they put it."""
    template = TEMPLATES.get(page.template)
    if template is None:
        return []
    slots = {slot.name: slot for slot in template.slots}
    moved = []
    for frame in page.shown():
        slot = slots.get(frame.slot)
        if slot is None or not _same_box((frame.x, frame.y, frame.w, frame.h), slot_frame(slot, fmt, was)):
            continue
        x, y, w, h = slot_frame(slot, fmt, now)
        if not _same_box((frame.x, frame.y, frame.w, frame.h), (x, y, w, h)):
            moved.append(frame.moved(x=x, y=y, w=w, h=h))
    return moved


def _same_box(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return all(abs(p - q) < 1e-6 for p, q in zip(a, b))


def _own_props(frame: Frame, slot: Slot) -> dict[str, Any]:
    """A frame's own choices carry over, except what a template sets for its slot (a title's size)."""
    if frame.slot == slot.name:
        return dict(frame.props or {})
    return {k: v for k, v in (frame.props or {}).items() if k not in slot.props and k not in ("size", "bold")}


def new_page(template_id: str, fmt: BookFormat, number: int, kind: str = "story", page_id: int = 0) -> Page:
    return apply_template(Page(page_id, 0, (), kind, template_id), template_id, fmt, number)
