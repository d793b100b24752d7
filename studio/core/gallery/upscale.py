"""Upscaling a picture in the book (Make print-ready where a picture can't be redrawn): the larger picture joins
the gallery as a variant of the original, which stays where it is, in the variant stack and on its pages.

The new picture's settings say how it was made — {"variant_of": original, "upscaled": {"factor": 2, "by": "…"}}
— and adding it is one undo step. Pictures themselves are never undone (the book's trash is how a picture
goes), so Undo moves the upscaled picture to the trash and Redo takes it out again."""

from __future__ import annotations

import time
from pathlib import PurePath
from typing import TYPE_CHECKING

from studio.core.document.model import ImageRecord
from studio.core.gallery import upscaler
from studio.core.gallery.upscale_job import upscale_in_worker
from studio.core.i18n import _
from studio.core.output.files import Cancelled, Progress

if TYPE_CHECKING:
    from studio.core.app.project import Project

UpscaleError = upscaler.UpscaleError
__all__ = ["Cancelled", "UpscaleError", "described", "step_name", "upscale_picture"]

# What of the original's settings the larger picture carries on: its look, not what was asked of the server
# (the size and quality of a request it never made, which the price table would count a second time).
_KEPT = ("style", "sticker", "offline", "reference_ids", "seed")


def step_name(factor: float) -> str:
    # Translators: an undo step's name; {factor} is how many times larger, e.g. 2 or 1.5
    return _("Upscale Picture ×{factor}").format(factor=f"{factor:g}")


def described(record: ImageRecord) -> str:
    """What a picture's provenance says about its upscaling ("upscaled ×2 by …"); "" for one never upscaled."""
    made = record.settings.get("upscaled")
    if not isinstance(made, dict) or not isinstance(made.get("factor"), (int, float)):
        return ""
    # The method is stored as made (an identifier other tools read); the words for it follow the language.
    method = _(made["by"]) if made.get("by") in upscaler.LABELS else made.get("by") or _("an unknown method")
    # Translators: a picture's provenance; {method} names what made it larger ("Real-ESRGAN animevideov3 …")
    return _("upscaled ×{factor} by {method}").format(factor=f"{made['factor']:g}", method=method)


def _file_name(original: ImageRecord, factor: float, mime: str) -> str:
    if not original.file_name:
        return ""
    name = PurePath(original.file_name)
    suffix = ".jpg" if mime == "image/jpeg" else ".png"
    return f"{name.stem} ×{factor:g}{suffix}"


def _original(project: "Project", image_id: int) -> ImageRecord:
    try:
        original = project.image(image_id)
    except KeyError:
        raise UpscaleError(_("There is no picture #{id} in this book.").format(id=image_id)) from None
    if original.trashed is not None:
        raise UpscaleError(_("Picture #{id} is in the trash: put it back first.").format(id=image_id))
    return original


async def upscale_picture(project: "Project", image_id: int, factor: float = 2.0,
                          progress: Progress | None = None, method: str = "auto",
                          size: tuple[int, int] | None = None, step: str = "", merge: str = "") -> ImageRecord:
    """Make picture `image_id` `factor` times larger (or exactly `size`: the pixels its frame needs at print
    resolution, up to 4×) in a worker process and add it as its variant. Raises UpscaleError or Cancelled, and
    then nothing has changed. `step`/`merge`: the undo step's name, and a key that joins it to the caller's next
    step (Make print-ready puts the larger picture on the pages in the same step)."""
    progress = progress or Progress()
    original = _original(project, image_id)
    result = await upscale_in_worker(project.image_data(image_id), factor, size, progress, method)
    progress.check()  # Cancel pressed as the last tile finished: still nothing is added
    made = round(result.picture.width / original.width, 2) if original.width else factor
    factor = int(made) if float(made).is_integer() else made
    settings = {k: original.settings[k] for k in _KEPT if k in original.settings}
    settings.update(variant_of=image_id, upscaled={"factor": factor, "by": result.by})
    pic = result.picture
    record = await project.add_image_async(
        pic.data, pic.thumb, pic.width, pic.height, pic.mime, source=original.source, prompt=original.prompt,
        model=original.model, settings=settings, file_name=_file_name(original, factor, pic.mime))
    with project.history.step(step or step_name(factor), merge=merge):
        # Written as if it had come out of the trash in this step, so that Undo puts it back there.
        project.write("UPDATE images SET trashed = ? WHERE id = ?", (time.time(), record.id))
        project.gallery.restore([record.id])
    return project.image(record.id)
