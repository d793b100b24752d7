"""A picture's variant stack: the alternatives made for it — "more like this", edits, and redraws of the same
prompt — which a page frame can swap between in one click."""

from __future__ import annotations

from studio.core.document.model import ImageRecord


def _root(image: ImageRecord, by_id: dict[int, ImageRecord]) -> ImageRecord:
    seen = {image.id}
    while (parent := by_id.get(image.settings.get("variant_of"))) is not None and parent.id not in seen:
        seen.add(parent.id)
        image = parent
    return image


def _base(prompt: str) -> str:
    return prompt.split("\n\nCharacters (", 1)[0].strip()


def variant_stack(images: list[ImageRecord], image_id: int) -> list[int]:
    """The ids of every picture in `image_id`'s family, oldest first (the picture itself included)."""
    by_id = {i.id: i for i in images}
    if image_id not in by_id:
        return []
    root = _root(by_id[image_id], by_id)
    prompt = _base(root.prompt)
    return [i.id for i in images
            if _root(i, by_id).id == root.id or (prompt and i.source != "imported" and _base(i.prompt) == prompt)]
