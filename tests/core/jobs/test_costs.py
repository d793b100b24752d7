"""The cost meter: usage the server reported, priced with the editable table; a batch estimated before it is made."""

import io

import pytest
from PIL import Image

from studio.core.jobs.costs import summarise
from studio.core.prices import default_prices, estimate


def _png(img):
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def test_cost_meter_prices_reported_usage_and_estimates_a_batch(project):
    prices = default_prices()
    project.add_message("assistant", "hi", extra={"model": "gpt-5.4-mini", "usage": {
        "prompt_tokens": 1_000_000, "completion_tokens": 0, "total_tokens": 1_000_000}})
    thumb = _png(Image.new("RGB", (8, 8)))
    for quality in ("low", "high"):
        project.add_image(thumb, thumb, 1024, 1024, "image/png", prompt="x", model="gpt-image-2",
                          settings={"size": "1024x1024", "quality": quality, "usage": {"total_tokens": 400}})
    summary = summarise(project, prices)
    assert summary.money == pytest.approx(0.25 + 0.011 + 0.167)
    assert summary.pictures == 2 and summary.chat_tokens == 1_000_000 and summary.image_tokens == 800
    prices["image"]["gpt-image-2"]["1024x1024/low"] = 0.5  # the table is editable
    assert summarise(project, prices).money == pytest.approx(0.25 + 0.5 + 0.167)
    assert estimate(prices, "gpt-image-2", "1536x1024", "auto", 8) == pytest.approx(8 * 0.063)
    assert estimate(prices, "unknown-model", "1024x1024", "auto", 8) is None


def test_a_book_made_offline_says_nothing_was_spent(project):
    """Was "≈ $0.00 · 0 pictures · 0 tokens" under a book with ten offline sketches: the count read as wrong."""
    sketch = _png(Image.new("RGB", (8, 8)))
    project.add_message("assistant", "Here is a story.", extra={"model": "offline"})
    project.add_image(sketch, sketch, 8, 8, "image/png", prompt="Larry", model="offline sketch",
                      settings={"size": "1024x1024", "offline": True})
    assert summarise(project, default_prices()).describe() == "nothing spent"
