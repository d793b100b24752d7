"""Use-cases about pictures that both front ends offer: drawing one again with its own settings."""

from __future__ import annotations

from typing import Any

from studio.core.assistant.assistant import Assistant, TurnResult, base_prompt
from studio.core.assistant.shapes import Shape
from studio.core.assistant.turn_events import Listener, ignore
from studio.core.document.model import ImageRecord
from studio.core.i18n import _

LOCAL_GENERATORS = ("comfyui", "automatic1111")  # the servers that record a seed that draws the picture again


def can_draw_again(record: ImageRecord) -> bool:
    """A picture made from a prompt can be drawn again; an imported one has no prompt to draw from."""
    return record.source != "imported" and bool(record.prompt.strip())


async def draw_again(assistant: Assistant, image_id: int, listener: Listener = ignore,
                     shape: Shape | None = None) -> TurnResult:
    """The picture's prompt drawn again with its style, in its own shape ("use these settings again") or in
    `shape`. A picture a local generator made (ComfyUI, Automatic1111) is drawn again from its own seed, size and
    checkpoint, so the same picture comes back, when the same kind of generator draws now and no other shape is
    asked for."""
    record = assistant.project.image(image_id)
    if not can_draw_again(record):
        raise ValueError(_("picture #{id} was imported: there is no prompt to draw it again from").format(id=image_id))
    prompt = base_prompt(record.prompt)
    model = assistant.backend.capabilities
    again = _same_again(assistant, record) if shape is None else None
    if again and isinstance(record.settings.get("size"), str):
        size = record.settings["size"]
    else:
        size = shape.size(model) if shape is not None else model.draft_size(record.width or 1, record.height or 1)
    label = (_("Draw again: {prompt} ({shape})").format(prompt=prompt, shape=shape.describe()) if shape is not None
             else _("Draw again: {prompt}").format(prompt=prompt))
    return await assistant.draw(label, [prompt], listener, record.settings.get("style"), [size], again=again)


def _same_again(assistant: Assistant, record: ImageRecord) -> dict[str, Any] | None:
    """The seed and checkpoint that draw this picture again, if the generator drawing now is the one that made it."""
    settings = record.settings
    drawing_now = getattr(assistant.backend, "pictures", assistant.backend).name
    if settings.get("server") not in LOCAL_GENERATORS or settings.get("server") != drawing_now:
        return None
    again: dict[str, Any] = {}
    if isinstance(settings.get("seed"), int):
        again["seed"] = settings["seed"]
    if isinstance(settings.get("checkpoint"), str) and settings["checkpoint"]:
        again["checkpoint"] = settings["checkpoint"]
    return again or None
