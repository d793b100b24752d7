"""The requests the studio sends, and its table of what each picture model takes, judged by OpenAI's published
API spec (tests/oracles)."""

import asyncio
import json
import re

import pytest

from studio.backends.base import ImageRequest
from studio.backends.capabilities import MODELS, FreeSizes, for_model, parse_size
from studio.core.app.project import Project
from studio.core.assistant.assistant import Assistant
from tests.fake_openai import backend_for, png_for
from tests.openai_spec import COPY, FULL, problems, schema

GENERATE, EDIT, CHAT = "/v1/images/generations", "/v1/images/edits", "/v1/chat/completions"


@pytest.mark.skipif(not FULL.exists(), reason="the full spec lives in ../shared/oracles (CI has it)")
def test_the_kept_copy_is_the_published_spec_unchanged():
    full = json.loads(FULL.read_text(encoding="utf-8"))["components"]["schemas"]
    kept = json.loads(COPY.read_text(encoding="utf-8"))["components"]["schemas"]
    assert {name: full[name] for name in kept} == kept


def _size_words() -> str:
    return schema("CreateImageRequest")["properties"]["size"]["description"]


def test_free_sizes_follow_the_specs_words():
    words, rules = _size_words(), FreeSizes()
    assert f"divisible by {rules.multiple}" in words
    assert f"between 1:{rules.max_ratio:.0f} and {rules.max_ratio:.0f}:1" in words
    w, h = map(int, re.search(r"maximum supported resolution is `(\d+)x(\d+)`", words).groups())
    assert (rules.max_pixels, rules.max_edge) == (w * h, max(w, h))
    w, h = map(int, re.search(r"above `(\d+)x(\d+)` are experimental", words).groups())
    assert rules.experimental_pixels == w * h
    free = re.search(r"For (.+?), arbitrary resolutions", words).group(1)
    assert {m.name for m in MODELS.values() if m.free} == set(re.findall(r"`([^`]+)`", free))


def test_fixed_sizes_follow_the_specs_words_and_enums():
    words = _size_words()
    standard = re.search(r"The standard sizes (.+?) are supported by the GPT image models", words).group(1)
    for model in MODELS.values():
        if model.name.startswith(("gpt-image", "chatgpt-image")):
            assert set(model.sizes) == set(re.findall(r"`(\d+x\d+)`", standard))
    for name in ("dall-e-2", "dall-e-3"):
        named = re.search(rf"For `{name}`, use one of (.+?)\.", words).group(1)
        assert set(MODELS[name].sizes) == set(re.findall(r"`(\d+x\d+)`", named))
    enum = schema("CreateImageRequest")["properties"]["size"]["anyOf"][1]["enum"]
    assert all(size in enum for model in MODELS.values() for size in model.sizes)


def test_qualities_transparency_fidelity_and_references_follow_the_spec():
    props = schema("CreateImageRequest")["properties"]
    for model in MODELS.values():
        assert set(model.qualities) <= set(props["quality"]["enum"])
    assert "For\n`gpt-image-2` and `gpt-image-2-2026-04-21`, this support is in preview" in props["background"]["description"]
    assert MODELS["gpt-image-2"].transparency == "preview" and MODELS["gpt-image-1.5"].transparency == "yes"
    fidelity = schema("InputFidelity")["description"]
    assert "unsupported for `gpt-image-1-mini`" in fidelity
    assert not MODELS["gpt-image-1-mini"].input_fidelity and MODELS["gpt-image-1.5"].input_fidelity
    images = schema("CreateImageEditRequest")["properties"]["image"]
    assert max(m.max_references for m in MODELS.values()) == images["anyOf"][1]["maxItems"]


@pytest.mark.parametrize("shape", [1.0, 4 / 3, 3 / 4, 2.0, 0.5, 3.0, 1 / 3, 16 / 9, 7.0, 0.1])
@pytest.mark.parametrize("pixels", [10_000, 500_000, 1_048_576, 6_890_625, 8_294_400, 40_000_000])
def test_every_size_asked_for_is_one_the_model_takes(shape, pixels):
    model = MODELS["gpt-image-2"]
    width, height = (pixels * shape) ** 0.5, (pixels / shape) ** 0.5
    for size in (model.size_for(width, height), model.size_for(width, height, at_least=True),
                 model.draft_size(width, height)):
        w, h = parse_size(size)
        assert model.accepts(size), size
        assert abs(w / h - min(max(shape, 1 / 3), 3)) / shape < 0.05, (size, shape)


def test_a_print_size_is_never_smaller_than_asked_where_the_limits_allow():
    model = MODELS["gpt-image-2"]
    # An 8.5 in square page with 0.125 in bleed at 300 DPI, and a 2:1 spread frame.
    assert model.size_for(2625, 2625, at_least=True) == "2640x2640"
    w, h = parse_size(model.size_for(2587.5, 1293.75, at_least=True))
    assert w >= 2587.5 and h >= 1293.75 and w == 2 * h
    # A model with fixed sizes gets the standard size nearest the frame's shape.
    assert MODELS["gpt-image-1.5"].size_for(2587.5, 1293.75) == "1536x1024"
    assert MODELS["dall-e-3"].size_for(1000, 2000) == "1024x1792"


def test_models_the_table_does_not_name():
    assert for_model("gpt-image-1.5-2025-12-16").name == "gpt-image-1.5"
    assert for_model("gpt-image-2-2026-04-21").free is not None
    local = for_model("sdxl-turbo", "compatible")
    assert local.transparency == "no" and local.free is None and local.accepts("1024x1024")


def _as_json(body: dict) -> dict:
    """A multipart edit request as the JSON the schema describes: numbers and flags typed, files as strings."""
    typed = {k: v for k, v in body.items() if not k.startswith("_")}
    for key in ("n", "partial_images", "output_compression"):
        if key in typed:
            typed[key] = int(typed[key])
    if "stream" in typed:
        typed["stream"] = typed["stream"] == "true"
    typed["image"] = ["<binary>" for _ in typed.pop("images", [])]
    if "mask" in typed:
        typed["mask"] = "<binary>"
    return typed


@pytest.mark.parametrize("model", ["gpt-image-2", "gpt-image-1.5", "gpt-image-1-mini"])
def test_picture_requests_are_valid_by_the_spec_and_carry_sizes_the_model_takes(fake_openai, model):
    backend = backend_for(fake_openai, image_model=model)
    reference = png_for("Larry", "800x600", max_edge=800)
    requests = [ImageRequest("Larry on a full-bleed page", size="2640x2640", quality="high"),
                ImageRequest("Larry on a spread", size="2592x1296", background="transparent"),
                ImageRequest("an old drawing, redrawn", size="800x600", references=(reference,) * 20),
                ImageRequest("only his hat", size="1024x1536", references=(reference,), mask=reference),
                ImageRequest("the same picture, print size", size="2640x2640", references=(reference,),
                             fidelity="high")]

    async def send() -> None:
        for request in requests:
            await backend.generate_image(request)
    asyncio.run(send())

    sent = [(GENERATE, b) for b in fake_openai.requests_to(GENERATE)] + [(EDIT, b) for b in fake_openai.requests_to(EDIT)]
    assert len(sent) == len(requests)
    for path, body in sent:
        typed = body if path == GENERATE else _as_json(body)
        assert problems("CreateImageRequest" if path == GENERATE else "CreateImageEditRequest", typed) == []
        assert for_model(model).accepts(typed["size"]), (model, typed["size"])
        if path == EDIT:
            assert len(typed["image"]) <= 16
            # input_fidelity only where the spec allows it ("unsupported for gpt-image-1-mini")
            assert ("input_fidelity" in typed) == (for_model(model).input_fidelity and "print size" in typed["prompt"])
    if model == "gpt-image-2":
        assert sent[0][1]["size"] == "2640x2640"  # print size kept as asked
    else:
        assert {b["size"] for _, b in sent} <= {"1024x1024", "1536x1024", "1024x1536"}


def test_the_chat_request_with_the_assistants_tools_is_valid_by_the_spec(fake_openai, tmp_path):
    project = Project.create(tmp_path / "Larry.storybook")
    try:
        asyncio.run(Assistant(project, backend_for(fake_openai)).send("What does Larry look like?"))
    finally:
        project.close()
    bodies = fake_openai.requests_to(CHAT)
    assert bodies
    for body in bodies:
        assert problems("CreateChatCompletionRequest", body) == []
