"""Use-cases about pictures that both front ends offer: drawing one again with its own settings."""

from __future__ import annotations

from studio.core.assistant.assistant import Assistant, TurnResult, base_prompt
from studio.core.assistant.turn_events import Listener, ignore
from studio.core.document.model import ImageRecord


def can_draw_again(record: ImageRecord) -> bool:
    """A picture made from a prompt can be drawn again; an imported one has no prompt to draw from."""
    return record.source != "imported" and bool(record.prompt.strip())


async def draw_again(assistant: Assistant, image_id: int, listener: Listener = ignore) -> TurnResult:
    """The picture's prompt drawn again with its style ("use these settings again")."""
    record = assistant.project.image(image_id)
    if not can_draw_again(record):
        raise ValueError(f"picture #{image_id} was imported: there is no prompt to draw it again from")
    prompt = base_prompt(record.prompt)
    return await assistant.draw(f"Draw again: {prompt}", [prompt], listener, record.settings.get("style"))
