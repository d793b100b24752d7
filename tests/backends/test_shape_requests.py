"""Pictures asked for in a shape (chat box, the model's words, a page frame, an exact size) reach the server as a
size the picture model takes, valid by OpenAI's published spec, and are priced at that size before anything is
spent."""

import asyncio
import math

import pytest

from studio.backends.capabilities import for_model, parse_size
from studio.core.app.project import Project
from studio.core.assistant import shapes
from studio.core.assistant.assistant import Assistant
from studio.core.jobs.jobs import JobRunner
from studio.core.jobs.spending import Budget, Terms
from studio.core.prices import default_prices
from tests.fake_openai import backend_for
from tests.openai_spec import problems

GENERATE = "/v1/images/generations"
MODELS = ["gpt-image-2", "gpt-image-1.5", "gpt-image-1-mini", "dall-e-3"]


@pytest.fixture
def project(tmp_path):
    book = Project.create(tmp_path / "Shapes.storybook")
    yield book
    book.close()


def _sent_sizes(fake_openai, model):
    bodies = fake_openai.requests_to(GENERATE)
    assert bodies
    for body in bodies:
        assert problems("CreateImageRequest", body) == []
        assert for_model(model).accepts(body["size"]), body["size"]
    return [parse_size(body["size"]) for body in bodies]


@pytest.mark.parametrize("model", MODELS)
def test_a_landscape_request_from_the_chat_box_sends_a_landscape_size_valid_for_the_model(fake_openai, project,
                                                                                          model):
    assistant = Assistant(project, backend_for(fake_openai, image_model=model))
    asyncio.run(assistant.send("draw a castle by the sea", shape=shapes.named("landscape")))

    sizes = _sent_sizes(fake_openai, model)
    assert len(sizes) == 4 and all(w > h for w, h in sizes)
    if model.startswith("gpt-image-1"):
        assert sizes[0] == (1536, 1024)  # the fixed-size models' landscape size
    assert project.messages()[0].extra["shape"]["kind"] == "landscape"  # the history says what was asked


@pytest.mark.parametrize("model", ["gpt-image-2", "gpt-image-1.5"])
def test_make_it_landscape_in_words_reaches_the_request(fake_openai, project, model):
    fake_openai.chat_script.append({"text": "Here.", "tool": "make_images",
                                    "arguments": {"prompts": ["a wide meadow"], "shape": "landscape"}})
    asyncio.run(Assistant(project, backend_for(fake_openai, image_model=model)).send("make it landscape"))

    (width, height), = _sent_sizes(fake_openai, model)
    assert width / height == pytest.approx(1.5)


def test_the_chat_box_shape_wins_over_the_shape_the_model_names(fake_openai, project):
    fake_openai.chat_script.append({"text": "Here.", "tool": "make_images",
                                    "arguments": {"prompts": ["a tall tower"], "shape": "landscape"}})
    asyncio.run(Assistant(project, backend_for(fake_openai)).send("a tower", shape=shapes.named("portrait")))

    (width, height), = _sent_sizes(fake_openai, "gpt-image-2")
    assert width < height


@pytest.mark.parametrize("model", ["gpt-image-2", "gpt-image-1.5", "dall-e-3"])
def test_a_frame_shaped_request_matches_the_frames_aspect_within_the_models_rounding(fake_openai, project, model):
    frame = shapes.frame_shape(project, "3")
    assert frame is not None and frame.width != frame.height  # page 3's picture frame is wider than tall
    fake_openai.chat_script.append({"text": "Here.", "tool": "make_images",
                                    "arguments": {"prompts": ["a fox for page 3"], "shape_of_page": "3"}})
    asyncio.run(Assistant(project, backend_for(fake_openai, image_model=model)).send("one for page 3's shape"))

    (width, height), = _sent_sizes(fake_openai, model)
    want = frame.width / frame.height
    rules = for_model(model)
    if rules.free is not None:
        step = rules.free.multiple  # each edge is rounded to this many pixels, no more
        assert abs(math.log(width / height / want)) <= math.log((width + step) / width) + math.log((height + step) / height)
    else:  # fixed sizes: the one nearest the frame's shape
        nearest = min(rules.sizes, key=lambda s: abs(math.log(parse_size(s)[0] / parse_size(s)[1] / want)))
        assert f"{width}x{height}" == nearest
    assert project.pages()[3].frame("image").image_id is None  # drawn in its shape, not put there


def test_an_exact_size_in_words_is_sent_as_the_nearest_size_the_model_takes(fake_openai, project):
    fake_openai.chat_script.append({"text": "Here.", "tool": "make_images",
                                    "arguments": {"prompts": ["a banner"], "size": "2000x700"}})
    asyncio.run(Assistant(project, backend_for(fake_openai)).send("a banner 2000 by 700"))

    (width, height), = _sent_sizes(fake_openai, "gpt-image-2")
    assert width / height == pytest.approx(2000 / 700, rel=0.03)


def test_the_estimate_shown_before_spending_is_priced_at_the_real_size(fake_openai, project):
    backend = backend_for(fake_openai)
    terms = Terms(prices=default_prices())
    runner = JobRunner(project, lambda: backend, budget=Budget(lambda: terms, None))
    shown = []

    async def decline(guess):
        shown.append(guess)
        return False
    assistant = Assistant(project, backend, runner, approve_batch=decline)
    asyncio.run(assistant.send("draw four kites", shape=shapes.named("landscape")))

    landscape = default_prices()["image"]["gpt-image-2"]["1536x1024/medium"]
    assert shown[0].count == 4 and shown[0].cost == pytest.approx(4 * landscape)
    assert fake_openai.requests_to(GENERATE) == []  # declined: nothing spent
