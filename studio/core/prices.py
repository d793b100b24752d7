"""The editable price table, and what a picture or a chat turn costs by it."""

from __future__ import annotations

import copy
from typing import Any

from studio.core.i18n import ngettext

# Defaults only: the price list changes and differs per account. Settings → Prices edits them.
DEFAULT_PRICES: dict[str, Any] = {
    "currency": "USD",
    "chat": {  # per million tokens: [input, output]
        "gpt-5.4-mini": [0.25, 2.00],
        "gpt-5.4": [1.25, 10.00],
    },
    "image": {  # per picture, by "size/quality"
        "gpt-image-2": {
            "1024x1024/low": 0.011, "1024x1024/medium": 0.042, "1024x1024/high": 0.167,
            "1536x1024/low": 0.016, "1536x1024/medium": 0.063, "1536x1024/high": 0.25,
            "1024x1536/low": 0.016, "1024x1536/medium": 0.063, "1024x1536/high": 0.25,
        },
    },
}


def image_price(prices: dict[str, Any], model: str, size: str, quality: str = "auto") -> float | None:
    """A picture's price by the table. A size the table does not list (gpt-image-2 takes any WIDTHxHEIGHT) is
    priced by its area from the square price: GPT image models bill output tokens, which grow with the area, as
    the table's own 1536x1024 = 1.5 × 1024x1024 shows."""
    table = prices.get("image", {}).get(model)
    if not isinstance(table, dict):
        return None
    quality = "medium" if quality in ("", "auto", None) else quality
    value = table.get(f"{size}/{quality}")
    if isinstance(value, (int, float)):
        return float(value)
    square, area = table.get(f"1024x1024/{quality}"), _area(size)
    if isinstance(square, (int, float)) and area:
        return float(square) * area / (1024 * 1024)
    return None


def _area(size: str) -> int | None:
    try:
        width, height = (int(part) for part in str(size).lower().split("x"))
    except ValueError:
        return None
    return width * height if width > 0 and height > 0 else None


def chat_price(prices: dict[str, Any], model: str, usage: dict[str, Any]) -> float | None:
    rates = prices.get("chat", {}).get(model)
    if not (isinstance(rates, list) and len(rates) == 2):
        return None
    tokens_in = int(usage.get("prompt_tokens", 0) or 0)
    tokens_out = int(usage.get("completion_tokens", 0) or 0)
    return (tokens_in * float(rates[0]) + tokens_out * float(rates[1])) / 1_000_000


def estimate(prices: dict[str, Any], model: str, size: str, quality: str, count: int) -> float | None:
    each = image_price(prices, model, size, quality)
    return None if each is None else each * count


def default_prices() -> dict[str, Any]:
    return copy.deepcopy(DEFAULT_PRICES)


SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "KRW": "₩", "JPY": "¥"}


def money(amount: float, currency: str = "USD") -> str:
    """$0.34, €1.20, ₩450; a currency without a symbol is written after the amount (0.34 CHF)."""
    symbol = SYMBOLS.get(currency.upper())
    places = 0 if currency.upper() in ("KRW", "JPY") else 2
    if symbol:
        return f"{symbol}{amount:,.{places}f}"
    return f"{amount:,.{places}f} {currency}"


def describe_estimate(count: int, cost: float | None, currency: str = "USD") -> str:
    """"8 pictures, about $0.34"; a model missing from the price table says so rather than guess."""
    if cost is None:
        return ngettext("{n} picture, cost unknown (no price for this model in Settings)",
                        "{n} pictures, cost unknown (no price for this model in Settings)", count).format(n=count)
    return ngettext("{n} picture, about {cost}", "{n} pictures, about {cost}", count).format(
        n=count, cost=money(cost, currency))
