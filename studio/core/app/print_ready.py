"""Make print-ready: a picture on the book's pages made large enough to print at 300 DPI in every frame that shows
it. The picture is upscaled on this computer (free; core/gallery/upscale.py), the larger one joins the gallery as
its variant, and the frames that showed the original show the larger one, all in one undo step."""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass

from studio.core.app.project import Project
from studio.core.document.model import ImageRecord
from studio.core.gallery.upscale import upscale_picture
from studio.core.layout.checks import MIN_DPI, effective_dpi
from studio.core.layout.geometry import POINTS_PER_INCH
from studio.core.layout.plan import plan_page
from studio.core.output.files import Progress

MAX_FACTOR = 4  # beyond this an upscaled picture invents more than it keeps
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


async def make_print_ready(project: Project, image_id: int, progress: Progress | None = None,
                           method: str = "auto") -> PrintReady:
    """Upscale picture `image_id` to what its frames need (at most 4×) and show the larger picture in them. Raises
    UpscaleError or Cancelled, and then nothing has changed."""
    needed = pixels_needed(project, image_id)
    if needed is None:
        raise ValueError(f"picture #{image_id} is on no page: put it on a page first")
    (width, height), dpi_now, frames = needed
    record = project.image(image_id)
    if dpi_now >= MIN_DPI:
        return PrintReady(None, frames, dpi_now, dpi_now)
    factor = min(MAX_FACTOR, width / record.width * HEADROOM)
    size = (math.ceil(record.width * factor), math.ceil(record.height * factor))
    name, key = f"Make picture #{image_id} print-ready", f"print-ready:{uuid.uuid4().hex}"
    larger = await upscale_picture(project, image_id, factor, progress, method, size=size, step=name, merge=key)
    with project.history.step(name, merge=key):
        for frame_id in frames:
            project.set_frame_image(frame_id, larger.id)
    after = pixels_needed(project, larger.id)
    return PrintReady(project.image(larger.id), frames, dpi_now, after[1] if after else dpi_now)
