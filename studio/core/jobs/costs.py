"""The cost meter: usage the server reported, summed for the project and priced with the price table."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from studio.core.i18n import _, ngettext
from studio.core.prices import chat_price, image_price, money

if TYPE_CHECKING:
    from studio.core.app.project import Project


@dataclass
class CostSummary:
    currency: str = "USD"
    money: float = 0.0
    pictures: int = 0
    chat_tokens: int = 0
    image_tokens: int = 0
    unpriced: set[str] = field(default_factory=set)  # models missing from the price table

    def describe(self) -> str:
        tokens = self.chat_tokens + self.image_tokens
        if not (tokens or self.pictures or self.money or self.unpriced):  # offline sketches and words: all free
            return _("nothing spent")
        text = ngettext("≈ {cost} · {n} picture · {tokens} tokens", "≈ {cost} · {n} pictures · {tokens} tokens",
                        self.pictures).format(cost=money(self.money, self.currency), n=self.pictures,
                                              tokens=f"{tokens:,}")
        if self.unpriced:
            text += " " + _("(no price for {models})").format(models=", ".join(sorted(self.unpriced)))
        return text


def summarise(project: Project, prices: dict[str, Any]) -> CostSummary:
    """Summed in SQL, grouped by what sets the price, so a book of thousands of pictures costs a few milliseconds
    (the meter updates on every picture)."""
    summary = CostSummary(currency=str(prices.get("currency", "USD")))
    db = project.db
    chat = db.execute(
        "SELECT coalesce(json_extract(extra, '$.model'), ''), sum(coalesce(json_extract(extra, '$.usage.total_tokens'),"
        " 0)), sum(coalesce(json_extract(extra, '$.usage.prompt_tokens'), 0)),"
        " sum(coalesce(json_extract(extra, '$.usage.completion_tokens'), 0)) FROM messages"
        " WHERE role = 'assistant' AND json_type(extra, '$.usage') = 'object' GROUP BY 1")
    for model, total, prompt_tokens, completion_tokens in chat:
        summary.chat_tokens += int(total or 0)
        cost = chat_price(prices, model, {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens})
        if cost is None:
            if model and model != "offline":
                summary.unpriced.add(model)
        else:
            summary.money += cost
    pictures = db.execute(
        "SELECT model, coalesce(json_extract(settings, '$.size'), ''), coalesce(json_extract(settings, '$.quality'),"
        " 'auto'), count(*), sum(coalesce(json_extract(settings, '$.usage.total_tokens'), 0)),"
        " coalesce(json_extract(settings, '$.server'), '') IN ('comfyui', 'automatic1111') FROM images"
        " WHERE source IN ('generated', 'edited') AND NOT coalesce(json_extract(settings, '$.offline'), 0)"
        " AND json_type(settings, '$.upscaled') IS NULL"  # made larger on this computer: nothing was paid
        " GROUP BY 1, 2, 3, 6")
    for model, size, quality, count, tokens, drawn_here in pictures:
        summary.pictures += count
        summary.image_tokens += int(tokens or 0)
        if drawn_here:  # by a generator on this computer (ComfyUI, Automatic1111): nothing to pay, nothing to price
            continue
        cost = image_price(prices, model, str(size), str(quality))
        if cost is None:
            summary.unpriced.add(model)
        else:
            summary.money += cost * count
    return summary
