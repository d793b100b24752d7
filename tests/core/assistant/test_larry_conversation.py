"""The whole "Larry" conversation, step by step: through the real openai client against the local fake server
(the model's turns scripted, tool calls streamed in fragments), and through the offline backend in English
and in Korean."""

import asyncio
import io
import json

import pytest
from PIL import Image

from studio.backends.offline import OfflineBackend
from studio.core.assistant.assistant import Assistant
from studio.core.jobs.jobs import JobRunner
from studio.core.layout.book import add_story_pages, story_pages
from tests.fake_openai import backend_for

IMAGES, EDITS = "/v1/images/generations", "/v1/images/edits"
LARRY = "a small hedgehog whose spines are golden sunflower petals, round glasses, a green scarf"


def online(server, project):
    backend = backend_for(server)
    return Assistant(project, backend, JobRunner(project, lambda: backend, 4))


def script(server, text, tool=None, **arguments):
    server.chat_script.append({"text": text, **({"tool": tool, "arguments": arguments} if tool else {})})
    server.chat_script.append({"text": "Done."})  # the model's comment after the tool result


def picture_requests(server):
    return server.requests_to(IMAGES) + server.requests_to(EDITS)


@pytest.fixture
def run():
    loop = asyncio.new_event_loop()  # one loop for a whole conversation, as in the app
    yield loop.run_until_complete
    loop.close()


def test_the_whole_conversation_through_the_real_client(fake_openai, project, run):
    assistant = online(fake_openai, project)

    # 1. Four distinct, detailed prompts, then four pictures.
    prompts = [f"A super-duper sunflower hedgehog, idea {i}: {d}" for i, d in
               enumerate(("in a meadow", "close-up smile", "jumping", "under the stars"), 1)]
    script(fake_openai, "Here are four ideas.", "make_images", prompts=prompts)
    first = run(assistant.send("What does a super-duper sunflower hedgehog look like?"))
    assert first.prompts == prompts and len(first.images) == 4
    assert sorted(r["prompt"] for r in fake_openai.requests_to(IMAGES)) == sorted(prompts)

    # 2. "More like this" on one picture: four remixes of its prompt, each an edit with it as the reference.
    chosen = first.images[2]
    more = run(assistant.more_like_this(chosen.id))
    assert len(more.images) == 4
    edits = fake_openai.requests_to(EDITS)
    assert len(edits) == 4 and all(e["images"][0] == project.image_data(chosen.id) for e in edits)
    assert all(chosen.prompt in e["prompt"] for e in edits) and len({e["prompt"] for e in edits}) == 4

    # 3. "Her name is Larry": the model remembers the selected picture as Larry.
    script(fake_openai, "Hello Larry!", "remember_character", name="Larry", description=LARRY)
    named = run(assistant.send("Her name is Larry", selected_image=chosen.id))
    assert named.cast == ["Larry"]
    larry = project.cast.find("larry")
    assert larry.description == LARRY and larry.reference_ids == (chosen.id,)
    sent = fake_openai.requests_to("/v1/chat/completions")[-2]
    assert "picture #%d selected" % chosen.id in sent["messages"][-1]["content"]

    # 4. "Show me Larry's house": his description and his picture go with every prompt.
    before = len(picture_requests(fake_openai))
    script(fake_openai, "Larry's house!", "make_images", prompts=["Larry's round house under a sunflower", "Larry at his door"])
    run(assistant.send("Show me Larry's house"))
    new = picture_requests(fake_openai)[before:]
    assert len(new) == 2 and all(LARRY in r["prompt"] for r in new)
    assert all(r["images"][0] == project.image_data(chosen.id) for r in new)  # the reference picture went along
    # ...and the cast is always in what the model reads.
    system = fake_openai.requests_to("/v1/chat/completions")[-1]["messages"][0]["content"]
    assert "Larry" in system and LARRY in system

    # 5. A sticker: a transparent background is asked for, the picture gets a die-cut border.
    script(fake_openai, "A sticker!", "make_images", prompts=["Larry waving"], style="sticker")
    sticker = run(assistant.send("Design a sticker of Larry"))
    request = picture_requests(fake_openai)[-1]
    assert request["background"] == "transparent" and "die-cut sticker" in request["prompt"]
    with Image.open(io.BytesIO(project.image_data(sticker.images[0].id))) as img:
        assert img.mode == "RGBA" and img.getpixel((0, 0))[3] == 0  # transparent outside the border

    # 6. A story: text only, no picture request at all.
    before = len(picture_requests(fake_openai))
    pages = [{"text": f"Page {i} text.", "illustration_prompt": f"Larry on page {i}"} for i in range(1, 5)]
    script(fake_openai, "A story.", "write_story", title="Larry's Tea Party", pages=pages)
    story = run(assistant.send("Make a story about Larry"))
    assert story.story["title"] == "Larry's Tea Party" and len(story.story["pages"]) == 4
    assert len(picture_requests(fake_openai)) == before and story.images == []
    add_story_pages(project, story.story)

    # 7. One picture for the last page, in the same turn as a sentence; consistent with the cast.
    script(fake_openai, "Here he is, fast asleep.", "make_images", prompts=["Larry asleep in a teacup"], page=-1)
    asleep = run(assistant.send("Can I see Larry sleeping at the end?"))
    assert asleep.reply.startswith("Here he is") and len(asleep.images) == 1
    assert LARRY in picture_requests(fake_openai)[-1]["prompt"]
    assert story_pages(project)[-1].frame("image").image_id == asleep.images[0].id

    # 8. An instruction edit of the selected picture, then a region edit with a painted mask.
    script(fake_openai, "More golden!", "edit_image", image_id=chosen.id, instruction="make his spines more golden")
    edited = run(assistant.send("Make his spines more golden", selected_image=chosen.id))
    request = picture_requests(fake_openai)[-1]
    assert request["images"][0] == project.image_data(chosen.id) and "more golden" in request["prompt"]
    assert "mask" not in request and edited.images[0].source == "edited"
    mask = io.BytesIO()
    Image.new("RGBA", (64, 64), (0, 0, 0, 255)).save(mask, "PNG")
    run(assistant.edit(chosen.id, "give him a red hat", mask=mask.getvalue()))
    request = picture_requests(fake_openai)[-1]
    assert request["mask"] == mask.getvalue() and "Only change the masked area" in request["prompt"]

    # Every tool call the model made was answered, so the conversation can go on.
    chat = fake_openai.requests_to("/v1/chat/completions")[-1]["messages"]
    calls = {c["id"] for m in chat if m.get("tool_calls") for c in m["tool_calls"]}
    assert calls <= {m["tool_call_id"] for m in chat if m["role"] == "tool"}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_whole_conversation_offline(project, lang, run):
    said = {
        "en": ["What does a super-duper sunflower hedgehog look like?", "Her name is Larry", "Show me Larry's house",
               "Design a sticker of Larry", "Make a story about Larry", "Can I see Larry sleeping at the end?",
               "Make his spines more golden"],
        "ko": ["해바라기 고슴도치는 어떻게 생겼어? 그려줘", "얘 이름은 래리야", "래리의 집을 보여줘", "래리 스티커 만들어줘",
               "래리 이야기 만들어줘", "마지막에 래리가 자는 모습 보여줄래?", "가시를 더 금빛으로 바꿔줘"],
    }[lang]
    name = "Larry" if lang == "en" else "래리"
    assistant = Assistant(project, OfflineBackend())

    first = run(assistant.send(said[0]))
    assert len(first.images) == 4 and len(set(first.prompts)) == 4
    chosen = first.images[1]
    more = run(assistant.more_like_this(chosen.id))
    assert len(more.images) == 4 and all(i.settings["reference_ids"] == [chosen.id] for i in more.images)

    named = run(assistant.send(said[1], selected_image=chosen.id))
    assert named.cast == [name] and project.cast.find(name).reference_ids == (chosen.id,)
    assert project.cast.find(name).description  # taken from the picture's prompt when the model gives none
    if lang == "ko":
        assert "래리" in named.reply

    house = run(assistant.send(said[2]))
    larry = project.cast.find(name)
    assert len(house.images) == 4
    assert all(larry.description in i.prompt and i.settings["reference_ids"] == [chosen.id] for i in house.images)

    sticker = run(assistant.send(said[3]))
    assert all(i.settings.get("background") == "transparent" and i.settings.get("sticker") for i in sticker.images)

    count = len(project.images())
    story = run(assistant.send(said[4]))
    assert story.story and len(project.images()) == count  # text only
    add_story_pages(project, story.story)

    asleep = run(assistant.send(said[5]))
    assert len(asleep.images) == 1 and story_pages(project)[-1].frame("image").image_id == asleep.images[0].id

    edited = run(assistant.send(said[6], selected_image=chosen.id))
    assert len(edited.images) == 1 and edited.images[0].source == "edited"
    assert edited.images[0].settings["reference_ids"][0] == chosen.id
    tool_results = [json.loads(m.content) for m in project.messages() if m.role == "tool"]
    assert not any("error" in r for r in tool_results)
