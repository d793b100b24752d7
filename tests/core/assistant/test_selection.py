"""The person's pick steers the turn: the picture they selected wins over ids the model names, every picture is
sent and listed once, and a blank message is never sent."""

import asyncio

import pytest

from studio.core.assistant.assistant import Assistant, EmptyMessage
from studio.core.jobs.jobs import JobRunner
from tests.fake_openai import backend_for

CHAT, IMAGES, EDITS = "/v1/chat/completions", "/v1/images/generations", "/v1/images/edits"


@pytest.fixture
def assistant(fake_openai, project):
    backend = backend_for(fake_openai)
    return Assistant(project, backend, JobRunner(project, lambda: backend, 4))


def say(fake_openai, assistant, text, tool, arguments, **send):
    fake_openai.chat_script.append({"text": "Here.", "tool": tool, "arguments": arguments})
    fake_openai.chat_script.append({"text": "Done."})
    return asyncio.run(assistant.send(text, **send))


@pytest.fixture
def four(fake_openai, assistant):
    """Four pictures, each a different colour (so a request's reference shows which it was)."""
    made = say(fake_openai, assistant, "draw four kites", "make_images",
               {"prompts": [f"a kite, idea {i}" for i in range(1, 5)]})
    return sorted(i.id for i in made.images)


def test_more_like_this_after_selecting_3_sends_3_once_whatever_the_model_names(fake_openai, assistant, project, four):
    assert four == [1, 2, 3, 4]
    say(fake_openai, assistant, "more like this", "make_images",
        {"prompts": ["a kite, again", "a kite, once more"], "reference_image_ids": [4, 4, 4, 4]}, selected_image=3)
    sent = fake_openai.requests_to(EDITS)
    assert len(sent) == 2
    assert all(request["images"] == [project.image_data(3)] for request in sent)  # #3, once; never #4


def test_an_edit_changes_the_selected_picture_not_the_one_the_model_named(fake_openai, assistant, project, four):
    say(fake_openai, assistant, "make it red", "edit_image", {"image_id": 4, "instruction": "make it red"},
        selected_image=2)
    [request] = fake_openai.requests_to(EDITS)
    assert request["images"] == [project.image_data(2)]


def test_without_a_selection_the_models_ids_are_used_each_once(fake_openai, assistant, project, four):
    say(fake_openai, assistant, "like the fourth", "make_images",
        {"prompts": ["a kite, like #4"], "reference_image_ids": [4, 4, 2, 4]})
    [request] = fake_openai.requests_to(EDITS)
    assert request["images"] == [project.image_data(4), project.image_data(2)]


def test_a_character_lists_each_reference_picture_once(fake_openai, assistant, project, four):
    say(fake_openai, assistant, "her name is Kitty", "remember_character",
        {"name": "Kitty", "description": "a red kite", "image_ids": [4, 4, 4]})
    assert project.cast.find("Kitty").reference_ids == (4,)
    say(fake_openai, assistant, "this is Kitty too", "remember_character",
        {"name": "Kitty", "description": "", "image_ids": [2, 4, 2]})
    assert project.cast.find("Kitty").reference_ids == (2, 4)


@pytest.mark.parametrize("blank", ["", "   ", "\n\t \n"])
def test_a_blank_message_is_not_saved_or_sent(fake_openai, assistant, project, blank):
    with pytest.raises(EmptyMessage, match="nothing to send"):
        asyncio.run(assistant.send(blank))
    assert project.messages() == [] and fake_openai.requests_to(CHAT) == []

