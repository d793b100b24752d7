"""Make print-ready: a picture on the book's pages made large enough to print at 300 DPI in every frame that shows
it, either drawn again by the service at that size from itself (one picture's cost, where the model can) or
upscaled on this computer (free; core/gallery/upscale.py). The larger picture joins the gallery as its variant and
the frames that showed the original show it, in one undo step."""

from __future__ import annotations

import asyncio
import math
import uuid
from dataclasses import dataclass

from studio.backends.base import Backend
from studio.backends.capabilities import ImageModel, parse_size
from studio.core.app.project import Project
from studio.core.assistant.assistant import Assistant
from studio.core.assistant.turn_events import Listener, ignore
from studio.core.document.model import ImageRecord
from studio.core.gallery.upscale import upscale_picture
from studio.core.gallery.upscale_limits import MAX_FACTOR
from studio.core.i18n import _
from studio.core.layout.checks import MIN_DPI, effective_dpi
from studio.core.layout.geometry import POINTS_PER_INCH
from studio.core.layout.plan import plan_page
from studio.core.output.files import Progress

HEADROOM = 1.01  # whole pixels and a frame's crop round the result: without it one came out at 298 DPI


@dataclass(frozen=True)
class PrintReady:
    picture: ImageRecord | None  # the larger picture, None when it was sharp enough already
    frames: tuple[int, ...]  # the frames now showing it
    dpi_before: int
    dpi_after: int


def pixels_needed(project: Project, image_id: int) -> tuple[tuple[int, int], int, tuple[int, ...]] | None:
    """The size picture `image_id` needs to print at 300 DPI in every frame that shows it, the DPI it prints at
    now (in its least sharp frame), and those frames; None when it is on no page."""
    record = project.image(image_id)
    fmt, sizes = project.book_format(), {image_id: (record.width, record.height)}
    scale, frames, dpi_now = 0.0, [], MIN_DPI
    for page in project.pages():
        if not any(f.image_id == image_id for f in page.shown()):
            continue
        for item in plan_page(fmt, page, page.position + 1, sizes).pictures:
            if item.image_id != image_id or item.rect is None:
                continue
            x0, y0, x1, y1 = item.rect
            # pixels per point the picture needs across its drawn width and height, at 300 DPI
            scale = max(scale, (x1 - x0) * MIN_DPI / POINTS_PER_INCH / record.width,
                        (y1 - y0) * MIN_DPI / POINTS_PER_INCH / record.height)
            frames.append(item.frame_id)
            dpi_now = min(dpi_now, effective_dpi(item.rect, (record.width, record.height)))
    if not frames:
        return None
    return (math.ceil(record.width * scale), math.ceil(record.height * scale)), dpi_now, tuple(frames)


def soft_pictures(project: Project) -> list[int]:
    """The pictures on the book's pages that print under 300 DPI in a frame, each once, in book order: what
    Book ▸ Make Every Picture Print-Ready works through."""
    fmt, pages, found = project.book_format(), project.pages(), []
    placed = {f.image_id for p in pages for f in p.shown() if f.image_id is not None}
    sizes = {i: (r.width, r.height) for i in placed if (r := _record(project, i)) is not None}
    for page in pages:
        for item in plan_page(fmt, page, page.position + 1, sizes).pictures:
            if item.image_id is not None and item.rect is not None and item.image_id not in found \
                    and effective_dpi(item.rect, sizes[item.image_id]) < MIN_DPI:
                found.append(item.image_id)
    return found


def _record(project: Project, image_id: int) -> ImageRecord | None:
    try:
        return project.image(image_id)
    except KeyError:  # emptied from the trash: its frame prints empty
        return None


async def make_print_ready(project: Project, image_id: int, progress: Progress | None = None,
                           method: str = "auto") -> PrintReady:
    """Upscale picture `image_id` to what its frames need (at most 4×) and show the larger picture in them. Raises
    UpscaleError or Cancelled, and then nothing has changed."""
    needed = pixels_needed(project, image_id)
    if needed is None:
        raise ValueError(_("picture #{id} is on no page: put it on a page first").format(id=image_id))
    (width, height), dpi_now, frames = needed
    record = project.image(image_id)
    if dpi_now >= MIN_DPI:
        return PrintReady(None, frames, dpi_now, dpi_now)
    factor = min(MAX_FACTOR, width / record.width * HEADROOM)
    size = (math.ceil(record.width * factor), math.ceil(record.height * factor))
    name, key = _("Make picture #{id} print-ready").format(id=image_id), f"print-ready:{uuid.uuid4().hex}"
    larger = await upscale_picture(project, image_id, factor, progress, method, size=size, step=name, merge=key)
    return _shown_instead(project, image_id, larger.id, frames, dpi_now, merge=key)


def redraw_size(project: Project, model: ImageModel, image_id: int) -> str | None:
    """The size to redraw picture `image_id` at so it prints at 300 DPI in its frames, when `model` can draw that
    large; None when it can't (a model of fixed sizes, a frame bigger than its largest) or nothing is needed."""
    needed = pixels_needed(project, image_id)
    if needed is None or needed[1] >= MIN_DPI:
        return None
    (width, height), _dpi, _frames = needed
    size = model.size_for(width * HEADROOM, height * HEADROOM, at_least=True)
    drawn = parse_size(size)
    return size if drawn and drawn[0] >= width and drawn[1] >= height else None


def can_redraw(record: ImageRecord, backend: Backend) -> bool:
    """The service can draw this picture again from itself: one it drew, by a backend that edits pictures."""
    return (not backend.offline and backend.capabilities.edits and record.source in ("generated", "edited")
            and record.trashed is None)


async def redraw_print_ready(project: Project, assistant: Assistant, image_id: int,
                             listener: Listener = ignore) -> PrintReady:
    """Picture `image_id` drawn again by the service at the size its frames need, from itself with high input
    fidelity (composition and character kept), and shown in those frames: one undo step. Costs one picture."""
    needed = pixels_needed(project, image_id)
    size = redraw_size(project, assistant.backend.capabilities, image_id)
    if needed is None or size is None:
        raise ValueError(_("picture #{id} can't be redrawn larger by {model}").format(
            id=image_id, model=assistant.backend.image_model))
    turn = await assistant.redraw_larger(image_id, size, listener)
    if not turn.images:
        raise ValueError(turn.failures[0] if turn.failures else
                         _("picture #{id} was not drawn again").format(id=image_id))
    return _shown_instead(project, image_id, turn.images[0].id, needed[2], needed[1])


async def redraw_many(project: Project, assistant: Assistant, image_ids: list[int],
                      listener: Listener = ignore) -> list[PrintReady]:
    """`redraw_print_ready` for each picture, side by side (the job runner keeps to its concurrency); a picture
    that fails is left as it was and the others go on."""
    results = await asyncio.gather(*(redraw_print_ready(project, assistant, i, listener) for i in image_ids),
                                   return_exceptions=True)
    for result in results:
        if isinstance(result, asyncio.CancelledError):
            raise result
    return [r for r in results if isinstance(r, PrintReady)]


def _shown_instead(project: Project, old: int, new: int, frames: tuple[int, ...], dpi_before: int,
                   merge: str = "") -> PrintReady:
    """The larger picture in the frames that still show the original (the person may have changed some meanwhile)."""
    with project.history.step(_("Make picture #{id} print-ready").format(id=old), merge=merge):
        shown = tuple(f for f in frames if project.frame(f).image_id == old)
        for frame_id in shown:
            project.set_frame_image(frame_id, new)
    after = pixels_needed(project, new)
    return PrintReady(project.image(new), shown, dpi_before, after[1] if after else dpi_before)
