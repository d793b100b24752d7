import asyncio
import io

import pytest
from PIL import Image

from studio.backends import intent
from studio.backends.base import ImageRequest, TextDelta, ToolCallDelta
from studio.backends.offline import OfflineBackend
from studio.backends.sketch import draw_sketch
from studio.core.assistant.tools import TOOLS


@pytest.mark.parametrize("text, kind", [
    ("What does a super-duper sunflower hedgehog look like?", "images"),
    ("Show me Larry's house", "images"),
    ("Can I see Larry sleeping?", "images"),
    ("Design a sticker of Larry", "images"),
    ("해바라기 고슴도치를 그려줘", "images"),
    ("래리 집 보여줘", "images"),
    ("Make a story about Larry", "story"),
    ("래리 이야기 해줘", "story"),
    ("Her name is Larry", "chat"),
    ("안녕", "chat"),
])
def test_the_request_wording_picks_pictures_story_or_words(text, kind):
    assert intent.classify(text) == kind


def test_the_subject_is_what_was_asked_about():
    assert intent.subject_of("What does a super-duper sunflower hedgehog look like?") == "super-duper sunflower hedgehog"
    assert intent.subject_of("해바라기 고슴도치를 그려줘") == "해바라기 고슴도치"


def test_sketches_differ_by_prompt_and_are_labelled_pngs():
    a, b = draw_sketch("a red teapot", "512x512"), draw_sketch("a blue kite", "512x512")
    assert a != b
    img = Image.open(io.BytesIO(a))
    assert img.format == "PNG" and img.size == (512, 512)
    assert draw_sketch("a red teapot", "512x512") == a  # the same prompt draws the same sketch


def test_a_transparent_sketch_has_see_through_corners():
    img = Image.open(io.BytesIO(draw_sketch("sticker of Larry", "256x256", transparent=True)))
    assert img.mode == "RGBA" and img.getpixel((255, 120))[3] == 0


def test_offline_backend_offers_four_prompts_via_the_tool():
    async def run():
        return [e async for e in OfflineBackend().stream_chat(
            [{"role": "user", "content": "draw a teapot"}], TOOLS)]
    events = asyncio.run(run())
    assert any(isinstance(e, TextDelta) for e in events)
    args = "".join(e.arguments for e in events if isinstance(e, ToolCallDelta))
    import json
    assert len(json.loads(args)["prompts"]) == 4


def test_offline_chat_says_plainly_that_it_is_offline():
    async def run():
        return "".join([e.text async for e in OfflineBackend().stream_chat(
            [{"role": "user", "content": "How are you today?"}], TOOLS) if isinstance(e, TextDelta)])
    assert "offline" in asyncio.run(run()).lower()


def test_offline_image_is_the_requested_size():
    image = asyncio.run(OfflineBackend().generate_image(ImageRequest("teapot", size="1536x1024")))
    assert Image.open(io.BytesIO(image.data)).size == (1536, 1024)


@pytest.mark.parametrize("answer, says, never", [
    ({"images": [{"id": 5}], "failed": [], "offer": {"page_label": "4"}, "not_placed": "page 4 has #2"},
     "yours to decide", "Drag one"),
    ({"images": [{"id": 5}], "failed": [], "placed_on_page": "4"}, "I put it on page 4", "Drag one"),
    ({"images": [{"id": 5}, {"id": 6}], "failed": []}, "2 pictures are in the gallery", "put it"),
])
def test_after_drawing_the_offline_reply_says_what_happened_to_the_page(answer, says, never):
    import json

    async def run():
        messages = [{"role": "user", "content": "draw Larry for page 4"},
                    {"role": "assistant", "content": "", "tool_calls": [{"id": "c", "type": "function", "function": {
                        "name": "make_images", "arguments": "{}"}}]},
                    {"role": "tool", "tool_call_id": "c", "content": json.dumps(answer)}]
        return "".join([e.text async for e in OfflineBackend().stream_chat(messages, TOOLS)
                        if isinstance(e, TextDelta)])
    reply = asyncio.run(run())
    assert says in reply and never not in reply
    assert "1 sketches" not in reply


@pytest.mark.parametrize("pages, lang", [(8, "en"), (24, "en"), (24, "ko"), (5, "en")])
def test_an_offline_story_never_repeats_a_page(pages, lang):
    """Was: past five pages the middle three came round again, words and pictures alike (an 8-page offline book
    read pages 4–6 twice)."""
    import json

    request = f"Tell a {pages}-page story about Larry" if lang == "en" else f"래리 이야기 {pages}쪽 해줘"

    async def run():
        return [e async for e in OfflineBackend().stream_chat([{"role": "user", "content": request}], TOOLS)]
    story = json.loads("".join(e.arguments for e in asyncio.run(run()) if isinstance(e, ToolCallDelta)))
    texts = [p["text"] for p in story["pages"]]
    prompts = [p["illustration_prompt"] for p in story["pages"]]
    assert len(texts) == pages and len(set(texts)) == pages and len(set(prompts)) == pages
    assert "wakes up" in texts[0] or "일어나" in texts[0]  # it still begins in the morning
    assert "sleeps" in texts[-1] or "잠이 들어요" in texts[-1]  # and ends asleep


def test_an_offline_story_is_about_the_idea_it_was_given():
    """Was: "Larry serves tea in a thunderstorm" made a story that never spoke of tea or the storm."""
    import json

    request = ("Write a picture-book story in 8 pages about: Larry serves tea in a thunderstorm. Write it in English. "
               "List the main characters with a short visual description.")

    async def run():
        return [e async for e in OfflineBackend().stream_chat([{"role": "user", "content": request}], TOOLS)]
    story = json.loads("".join(e.arguments for e in asyncio.run(run()) if isinstance(e, ToolCallDelta)))
    assert len(story["pages"]) == 8
    assert story["pages"][1]["text"] == "Today is a special day: Larry serves tea in a thunderstorm."
    assert story["pages"][1]["illustration_prompt"] == "Larry serves tea in a thunderstorm"


def test_a_story_about_a_nameless_hero_reads_as_english():
    """Was "The Day of A sleepy dragon" and pages that began "a sleepy dragon wakes up…"."""
    story = OfflineBackend._story("a sleepy dragon", korean=False, count=5)
    assert story["title"] == "The Day of the Sleepy Dragon"
    texts = [p["text"] for p in story["pages"]]
    assert texts[0] == "The sleepy dragon wakes up early and finds the day full of surprises."
    assert all(t[0].isupper() for t in texts) and "but the sleepy dragon never gives up" in texts[3]
