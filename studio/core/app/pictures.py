"""Use-cases about pictures that both front ends offer: drawing one again with its own settings."""

from __future__ import annotations

from studio.core.assistant.assistant import Assistant, TurnResult, base_prompt
from studio.core.assistant.shapes import Shape
from studio.core.assistant.turn_events import Listener, ignore
from studio.core.document.model import ImageRecord


def can_draw_again(record: ImageRecord) -> bool:
    """A picture made from a prompt can be drawn again; an imported one has no prompt to draw from."""
    return record.source != "imported" and bool(record.prompt.strip())


async def draw_again(assistant: Assistant, image_id: int, listener: Listener = ignore,
                     shape: Shape | None = None) -> TurnResult:
    """The picture's prompt drawn again with its style, in its own shape ("use these settings again") or in
    `shape`."""
    record = assistant.project.image(image_id)
    if not can_draw_again(record):
        raise ValueError(f"picture #{image_id} was imported: there is no prompt to draw it again from")
    prompt = base_prompt(record.prompt)
    model = assistant.backend.capabilities
    size = shape.size(model) if shape is not None else model.draft_size(record.width or 1, record.height or 1)
    label = f"Draw again: {prompt}" + (f" ({shape.describe()})" if shape is not None else "")
    return await assistant.draw(label, [prompt], listener, record.settings.get("style"), [size])
