"""The offline backend: no network, no model. Honest placeholders so a book can be made before a key exists."""

from __future__ import annotations

import asyncio
import json
from typing import Any, AsyncIterator

from studio.backends import intent
from studio.backends.base import ChatEvent, GeneratedImage, ImageRequest, TextDelta, ToolCallDelta, TurnDone
from studio.backends.sketch import draw_sketch

VARIANTS_EN = (
    "full-body view in a sunny meadow, soft watercolor, warm morning light",
    "close-up portrait with a big friendly smile, bright colored pencils",
    "playful action pose mid-jump, bold cartoon outlines, flat colors",
    "cozy night scene under the stars, gentle pastel tones, storybook style",
)
VARIANTS_KO = (
    "햇살 가득한 들판에 선 전신 모습, 부드러운 수채화, 따뜻한 아침 빛",
    "활짝 웃는 얼굴 클로즈업, 밝은 색연필 그림",
    "신나게 뛰어오르는 모습, 굵은 만화 윤곽선, 단색 채색",
    "별빛 아래 포근한 밤 장면, 은은한 파스텔 톤, 동화책 그림체",
)
STORY_EN = (
    ("{s} wakes up early and finds the day full of surprises.", "{s} waking up in a cozy bed at sunrise"),
    ("A friend knocks on the door and asks for help.", "{s} opening a round front door to a worried friend"),
    ("Together they set off, brave and a little bit nervous.", "{s} and a friend walking down a winding path"),
    ("It is hard at first, but {s} never gives up.", "{s} trying again with a determined face"),
    ("In the end everyone laughs, and {s} sleeps soundly.", "{s} asleep under a patchwork quilt, moon at the window"),
)
STORY_KO = (
    ("{s}는 아침 일찍 일어나 놀라운 하루를 맞이해요.", "해 뜰 무렵 포근한 침대에서 깨어나는 {s}"),
    ("친구가 문을 두드리며 도움을 청해요.", "걱정스러운 친구에게 동그란 문을 열어 주는 {s}"),
    ("둘은 씩씩하게, 조금은 떨리는 마음으로 길을 나서요.", "구불구불한 길을 함께 걷는 {s}와 친구"),
    ("처음엔 어렵지만 {s}는 포기하지 않아요.", "굳은 얼굴로 다시 도전하는 {s}"),
    ("모두가 웃고, {s}는 새근새근 잠이 들어요.", "창밖에 달이 뜬 밤, 조각 이불 아래 잠든 {s}"),
)
WORD_DELAY = 0.012  # seconds between streamed words, so the reply visibly streams


def _last_user_text(messages: list[dict[str, Any]]) -> str:
    for m in reversed(messages):
        if m.get("role") == "user":
            content = m.get("content")
            return content if isinstance(content, str) else ""
    return ""


async def _stream_words(text: str) -> AsyncIterator[ChatEvent]:
    words = text.split(" ")
    for i, word in enumerate(words):
        yield TextDelta(word + (" " if i < len(words) - 1 else ""))
        await asyncio.sleep(WORD_DELAY)


async def _stream_tool_call(name: str, arguments: dict[str, Any]) -> AsyncIterator[ChatEvent]:
    # Sent in fragments, as real models do, so the offline path exercises the same assembly code.
    text = json.dumps(arguments, ensure_ascii=False)
    yield ToolCallDelta(0, id=f"offline-{name}", name=name)
    for start in range(0, len(text), 40):
        yield ToolCallDelta(0, arguments=text[start:start + 40])


class OfflineBackend:
    name = "Offline"
    offline = True
    chat_model = "offline"
    image_model = "offline-sketch"

    def __init__(self, reason: str = "") -> None:
        self.reason = reason  # why we are offline, for the status line

    async def stream_chat(self, messages: list[dict[str, Any]], tools: list[dict[str, Any]]) -> AsyncIterator[ChatEvent]:
        offered = {t["function"]["name"] for t in tools if t.get("type") == "function"}
        last = messages[-1] if messages else {}
        korean = intent.has_hangul(_last_user_text(messages))
        if last.get("role") == "tool":
            async for event in _stream_words(self._after_tool(messages, korean)):
                yield event
            yield TurnDone("stop")
            return
        text = _last_user_text(messages)
        kind = intent.classify(text)
        subject = intent.subject_of(text)
        if kind == "images" and "make_images" in offered:
            intro = (f"오프라인 스케치 네 장을 그려 볼게요: {subject}." if korean
                     else f"Here are four ideas for {subject}, sketched offline.")
            async for event in _stream_words(intro):
                yield event
            variants = VARIANTS_KO if korean else VARIANTS_EN
            prompts = [f"{subject}, {v}" for v in variants]
            async for event in _stream_tool_call("make_images", {"prompts": prompts}):
                yield event
            yield TurnDone("tool_calls")
            return
        if kind == "story" and "write_story" in offered:
            async for event in _stream_words("이야기를 써 볼게요." if korean else "Here is a story."):
                yield event
            async for event in _stream_tool_call("write_story", self._story(subject, korean)):
                yield event
            yield TurnDone("tool_calls")
            return
        reply = (
            "지금은 오프라인 모드라서 자유롭게 대화할 수는 없어요. 대신 \"…를 그려줘\"라고 하면 스케치를, "
            "\"…이야기 해줘\"라고 하면 이야기 초안을 만들 수 있어요. 설정에서 API 키를 넣으면 진짜 모델과 이야기할 수 있어요."
            if korean else
            "I'm in offline mode, so I can't chat freely. I can still sketch placeholder pictures "
            "(try \"draw a …\" or \"what does … look like?\") and draft a story (try \"tell a story about …\"). "
            "Add an API key in Settings to talk to a real model."
        )
        async for event in _stream_words(reply):
            yield event
        yield TurnDone("stop")

    @staticmethod
    def _story(subject: str, korean: bool) -> dict[str, Any]:
        template = STORY_KO if korean else STORY_EN
        title = f"{subject}의 하루" if korean else f"The Day of {subject[:1].upper()}{subject[1:]}"
        pages = [{"text": t.format(s=subject), "illustration_prompt": p.format(s=subject)} for t, p in template]
        return {"title": title, "pages": pages}

    @staticmethod
    def _after_tool(messages: list[dict[str, Any]], korean: bool) -> str:
        result = messages[-1].get("content") or ""
        try:
            data = json.loads(result)
        except json.JSONDecodeError:
            data = {}
        made = len(data.get("images", []))
        failed = len(data.get("failed", []))
        if "images" in data:
            if korean:
                return f"스케치 {made}장이 갤러리에 있어요." + (f" {failed}장은 실패했어요." if failed else "")
            return f"{made} sketches are in the gallery." + (f" {failed} could not be made." if failed else "") + \
                " Drag one onto a page of the book."
        if "pages" in data:
            return "이야기를 채팅에 적어 두었어요." if korean else "The story is in the chat; each page has its text and a picture idea."
        return "다 됐어요." if korean else "Done."

    async def generate_image(self, request: ImageRequest) -> GeneratedImage:
        loop = asyncio.get_running_loop()
        transparent = request.background == "transparent"
        data = await loop.run_in_executor(None, draw_sketch, request.prompt, request.size, transparent)
        return GeneratedImage(data=data, model=self.image_model, settings={"size": request.size, "offline": True})

    async def list_models(self) -> list[str]:
        return [self.chat_model, self.image_model]

    async def aclose(self) -> None:
        return None
