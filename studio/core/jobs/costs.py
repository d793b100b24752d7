"""The cost meter: usage the server reported, summed for the project and priced with the price table."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from studio.core.document.project import Project
from studio.core.jobs.prices import chat_price, image_price


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
        text = f"≈ {self.money:.2f} {self.currency} · {self.pictures} pictures · {tokens:,} tokens"
        if self.unpriced:
            text += f" (no price for {', '.join(sorted(self.unpriced))})"
        return text


def summarise(project: Project, prices: dict[str, Any]) -> CostSummary:
    summary = CostSummary(currency=str(prices.get("currency", "USD")))
    for message in project.messages():
        usage = message.extra.get("usage")
        if message.role != "assistant" or not isinstance(usage, dict):
            continue
        summary.chat_tokens += int(usage.get("total_tokens", 0) or 0)
        model = str(message.extra.get("model", ""))
        cost = chat_price(prices, model, usage)
        if cost is None:
            if model and model != "offline":
                summary.unpriced.add(model)
        else:
            summary.money += cost
    for image in project.images():
        if image.source not in ("generated", "edited") or image.settings.get("offline"):
            continue
        summary.pictures += 1
        usage = image.settings.get("usage") or {}
        summary.image_tokens += int(usage.get("total_tokens", 0) or 0)
        cost = image_price(prices, image.model, str(image.settings.get("size", "")),
                           str(image.settings.get("quality", "auto")))
        if cost is None:
            summary.unpriced.add(image.model)
        else:
            summary.money += cost
    return summary
