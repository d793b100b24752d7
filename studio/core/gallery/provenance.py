"""Where a picture came from: what was sent to make it, what the person said, what it cost, where it is used."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from studio.core.document.model import ImageRecord
from studio.core.prices import image_price

if TYPE_CHECKING:
    from studio.core.app.project import Project

# IPTC's digital source types (https://cv.iptc.org/newscodes/digitalsourcetype/), which other tools read to tell
# an AI-made picture from a photograph.
IPTC_SOURCE_TYPE = {
    "generated": "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia",
    "edited": "http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia",
}


@dataclass(frozen=True)
class Provenance:
    image: ImageRecord
    prompt_sent: str  # after the cast and style were applied: exactly what the server got
    user_words: str  # the person's message that led to it ("" for an imported picture)
    size: str  # what was asked for ("1024x1024"), else the picture's own size
    quality: str
    style: str
    seed: int | None
    cost: float | None  # by the price table; None when unpriced, imported or made offline
    currency: str
    message_id: int | None  # the chat turn that made it
    parent_id: int | None  # the picture this is a variant or edit of
    pages: list[int] = field(default_factory=list)  # the book's pages that show it
    boards: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    references: list[int] = field(default_factory=list)  # the other pictures it was drawn from (a concept round's)
    note: str = ""  # the designer's comment on it; never embedded in exported files

    @property
    def digital_source_type(self) -> str | None:
        if self.image.settings.get("offline"):
            return None  # the offline sketches are drawn by the app, not a trained model
        return IPTC_SOURCE_TYPE.get(self.image.source)

    def embedded(self) -> dict[str, Any]:
        """What goes into an exported file: the making of the picture and nothing personal (no key, no folder,
        no chat beyond the words that asked for it)."""
        values: dict[str, Any] = {
            "source": self.image.source, "created": self.image.created, "prompt": self.prompt_sent,
            "model": self.image.model, "size": self.size, "quality": self.quality, "style": self.style,
            "seed": self.seed, "file_name": self.image.file_name, "width": self.image.width,
            "height": self.image.height,
        }
        return {k: v for k, v in values.items() if v not in ("", None)}


def provenance(project: "Project", image_id: int, prices: dict[str, Any] | None = None) -> Provenance:
    image = project.image(image_id)
    db = project.db
    user_words = ""
    if image.message_id is not None:
        row = db.execute("SELECT content FROM messages WHERE role = 'user' AND id <= ? ORDER BY id DESC LIMIT 1",
                         (image.message_id,)).fetchone()
        user_words = row[0] if row else ""
    settings = image.settings
    size = str(settings.get("size") or f"{image.width}x{image.height}")
    quality = str(settings.get("quality") or "")
    cost = None
    if prices is not None and image.source != "imported" and not settings.get("offline"):
        cost = image_price(prices, image.model, size, quality or "auto")
    seed = settings.get("seed")
    parent = settings.get("variant_of")
    refs = settings.get("reference_ids")
    references = [int(r) for r in refs if isinstance(r, int) and r != parent] if isinstance(refs, list) else []
    return Provenance(
        image=image, prompt_sent=image.prompt, user_words=user_words, size=size, quality=quality,
        style=str(settings.get("style") or ""), seed=int(seed) if isinstance(seed, int) else None, cost=cost,
        currency=str((prices or {}).get("currency", "USD")), message_id=image.message_id,
        parent_id=int(parent) if isinstance(parent, int) else None,
        pages=project.gallery.pages_using([image_id]).get(image_id, []),
        boards=project.gallery.boards_of(image_id), tags=project.gallery.tags_of(image_id), references=references,
        note=project.gallery.note_of(image_id))
