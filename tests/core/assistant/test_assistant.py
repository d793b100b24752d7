import asyncio
import json

import pytest

from studio.backends.base import GeneratedImage, ImageRequest
from studio.backends.offline import OfflineBackend
from studio.core.assistant.assistant import Assistant
from studio.core.assistant.conversation import to_chat_messages
from studio.core.assistant.turn_events import (
    ImageArrived,
    ImagesRequested,
    ReplyDelta,
    StoryWritten,
)


def test_asking_to_see_something_makes_four_prompts_and_four_pictures(project):
    events = []
    result = asyncio.run(Assistant(project, OfflineBackend()).send(
        "What does a super-duper sunflower hedgehog look like?", events.append))
    assert len(result.prompts) == 4 and len(set(result.prompts)) == 4
    assert all("sunflower hedgehog" in p for p in result.prompts)
    images = project.images()
    assert len(images) == 4
    assert sorted(i.prompt for i in images) == sorted(result.prompts)
    assert all(i.model == "offline-sketch" and i.width == 1024 for i in images)
    # The reply streamed in pieces, prompts were announced before pictures arrived.
    assert sum(isinstance(e, ReplyDelta) for e in events) > 3
    kinds = [type(e) for e in events]
    assert kinds.index(ImagesRequested) < kinds.index(ImageArrived)
    # Each picture records which chat turn made it.
    tool_turn = next(m for m in project.messages() if m.tool_calls)
    assert {i.message_id for i in images} == {tool_turn.id}


def test_a_story_request_writes_pages_and_makes_no_pictures(project):
    events = []
    result = asyncio.run(Assistant(project, OfflineBackend()).send("Tell a story about Larry", events.append))
    assert result.story and len(result.story["pages"]) >= 4
    assert all(p["text"] and p["illustration_prompt"] for p in result.story["pages"])
    assert project.images() == []
    assert any(isinstance(e, StoryWritten) for e in events)


def test_a_korean_conversation_gets_korean_prompts_and_pictures(project):
    result = asyncio.run(Assistant(project, OfflineBackend()).send("해바라기 고슴도치를 그려줘"))
    assert len(project.images()) == 4
    assert all("해바라기 고슴도치" in p for p in result.prompts)
    assert "스케치" in result.reply


class SlowBackend(OfflineBackend):
    def __init__(self):
        super().__init__()
        self.drawing = asyncio.Event()

    async def generate_image(self, request: ImageRequest, on_preview=None) -> GeneratedImage:
        self.drawing.set()
        await asyncio.sleep(3600)
        raise AssertionError("should have been cancelled")


def test_cancelling_a_turn_keeps_the_conversation_valid(project):
    async def run():
        backend = SlowBackend()
        task = asyncio.create_task(Assistant(project, backend).send("draw a teapot"))
        await asyncio.wait_for(backend.drawing.wait(), 60)  # the turn has reached its pictures
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(run())
    messages = project.messages()
    assert messages[0].content == "draw a teapot"
    tool_result = json.loads(messages[-1].content)
    assert tool_result["cancelled"] is True and tool_result["images"] == []
    chat = to_chat_messages(messages)
    calls = {c["id"] for m in chat if m.get("tool_calls") for c in m["tool_calls"]}
    answers = {m["tool_call_id"] for m in chat if m["role"] == "tool"}
    assert calls == answers


def test_a_tool_call_left_unanswered_is_answered_when_the_conversation_is_sent(project):
    from studio.core.document.model import ToolCall
    project.add_message("user", "draw a cat")
    project.add_message("assistant", "", tool_calls=[ToolCall("call_9", "make_images", '{"prompts": ["cat"]}')])
    chat = to_chat_messages(project.messages())
    assert chat[-1] == {"role": "tool", "tool_call_id": "call_9", "content": json.dumps(
        {"error": "not completed (the turn was stopped)"})}
