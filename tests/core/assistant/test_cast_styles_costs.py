import io
import json
import sqlite3

import pytest
from PIL import Image, ImageDraw

from studio.core.assistant import cast, styles
from studio.core.assistant.conversation import estimate_tokens, to_chat_messages
from studio.core.document import schema
from studio.core.app.project import Project
from studio.core.jobs.costs import summarise
from studio.core.prices import default_prices, estimate
from studio.core.stickers import art as sticker


def test_a_character_is_found_by_any_of_its_names_in_english_and_korean(project):
    larry = project.cast.remember("Larry", "a sunflower hedgehog", [], aliases=["래리"])
    members = project.cast.all()
    assert cast.mentioned("Show me Larry's house", members) == [larry]
    assert cast.mentioned("래리가 자는 모습", members) == [larry]
    assert cast.mentioned("Welcome to Larryland", members) == []
    prompt = cast.with_cast("Larry's house", [larry])
    assert prompt.startswith("Larry's house") and "- Larry: a sunflower hedgehog" in prompt


def test_naming_a_character_again_updates_it_and_keeps_its_pictures(project):
    first = project.cast.remember("Larry", "a hedgehog", [3])
    again = project.cast.remember("larry", "", [7], aliases=["래리"])
    assert again.id == first.id and again.description == "a hedgehog"
    assert again.reference_ids == (7, 3) and again.aliases == ("래리",)
    assert len(project.cast.all()) == 1


def test_a_version_1_file_is_upgraded_and_keeps_its_conversation(tmp_path):
    path = tmp_path / "old.storybook"
    conn = sqlite3.connect(path, isolation_level=None)
    schema.initialise(conn, version=1)
    conn.execute("INSERT INTO messages(created, role, content) VALUES (0, 'user', 'hello Larry')")
    conn.close()
    project = Project.open(path)
    assert project.messages()[0].content == "hello Larry"
    assert project.cast.all() == [] and project.jobs.all() == []
    project.cast.remember("Larry", "a hedgehog")
    project.close()
    assert schema.check_file(path) == schema.SCHEMA_VERSION


def test_style_presets_cover_the_asked_for_looks_and_sticker_is_transparent():
    assert {"watercolor", "crayon", "sticker", "coloring", "clay", "pixel", "photo"} <= set(styles.STYLE_IDS)
    assert styles.get("sticker").transparent and styles.get("sticker").sticker
    styled = styles.apply("Larry waving", styles.get("coloring"))
    assert "line art" in styled and styles.apply(styled, styles.get("coloring")) == styled


def _png(img):
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def test_a_sticker_loses_its_background_and_gains_a_white_border():
    img = Image.new("RGB", (400, 400), (230, 240, 250))
    ImageDraw.Draw(img).ellipse((120, 120, 280, 280), fill=(200, 120, 20))
    with Image.open(io.BytesIO(sticker.make_sticker(_png(img)))) as out:
        out.load()
    assert out.mode == "RGBA" and out.getpixel((0, 0))[3] == 0
    cx, cy = out.width // 2, out.height // 2
    assert out.getpixel((cx, cy))[:3] == (200, 120, 20)
    # Walking out from the centre: the orange shape, then a white border, then transparency.
    row = [out.getpixel((x, cy)) for x in range(cx, out.width)]
    first_white = next(i for i, p in enumerate(row) if p[:3] == (255, 255, 255) and p[3] == 255)
    assert first_white > 60 and row[-1][:3] == sticker.CUT_LINE[:3]  # the grey cut line is the outer edge


def test_conversation_is_trimmed_to_the_budget_but_keeps_the_cast_and_the_latest_turn(project):
    project.cast.remember("Larry", "a sunflower hedgehog")
    for i in range(60):
        project.add_message("user", f"message number {i} " + "words " * 80)
        project.add_message("assistant", f"reply {i} " + "more " * 80)
    chat = to_chat_messages(project.messages(), project.cast.all(), budget=2000)
    assert "Larry: a sunflower hedgehog" in chat[0]["content"]
    summary = chat[1]["content"]
    assert summary.startswith("Earlier in this conversation") and "earlier messages" in summary
    kept_first = int(chat[2]["content"].split()[2])
    assert f"message number {kept_first - 1} " in summary  # the turn just before the kept ones is summarised
    assert chat[-2]["content"].startswith("message number 59")
    assert sum(estimate_tokens(json.dumps(m, ensure_ascii=False)) for m in chat) <= 2000
    assert len(chat) < 40


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
