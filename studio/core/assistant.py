"""The assistant loop: stream a model turn, carry out its tool calls, feed results back, record it all."""

from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass, field
from typing import Any

from studio.backends.base import Backend, BackendError, ImageRequest, TextDelta, ToolCallDelta, TurnDone
from studio.core import imaging
from studio.core.conversation import to_chat_messages
from studio.core.model import ImageRecord, Message, ToolCall
from studio.core.project import Project
from studio.core.tools import IMAGE_SIZES, MAKE_IMAGES, TOOLS, WRITE_STORY
from studio.core.turn_events import (AssistantMessageSaved, ImageArrived, ImageFailed, ImagesRequested, Listener,
                                     ReplyDelta, StoryWritten, UserMessageSaved, ignore)

log = logging.getLogger(__name__)

MAX_ROUNDS = 4  # model calls per user message: enough for "call tools, then comment"


@dataclass
class TurnResult:
    reply: str = ""
    images: list[ImageRecord] = field(default_factory=list)
    prompts: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    story: dict[str, Any] | None = None


@dataclass
class _PendingCall:
    id: str = ""
    name: str = ""
    arguments: list[str] = field(default_factory=list)


class Assistant:
    def __init__(self, project: Project, backend: Backend, concurrency: int = 4) -> None:
        self.project = project
        self.backend = backend
        self.concurrency = max(1, concurrency)

    async def send(self, text: str, listener: Listener = ignore) -> TurnResult:
        """Run one user turn to the end. The user's message is saved before anything can fail."""
        user = self.project.add_message("user", text)
        listener(UserMessageSaved(user))
        result = TurnResult()
        for _ in range(MAX_ROUNDS):
            message = await self._model_round(listener)
            if message.content:
                result.reply = f"{result.reply}\n\n{message.content}" if result.reply else message.content
            if not message.tool_calls:
                break
            for call in message.tool_calls:
                await self._run_tool(message, call, listener, result)
        return result

    async def _model_round(self, listener: Listener) -> Message:
        chat = to_chat_messages(self.project.messages())
        text: list[str] = []
        calls: dict[int, _PendingCall] = {}
        usage: dict[str, Any] | None = None
        async for event in self.backend.stream_chat(chat, TOOLS):
            if isinstance(event, TextDelta):
                text.append(event.text)
                listener(ReplyDelta(event.text))
            elif isinstance(event, ToolCallDelta):
                pending = calls.setdefault(event.index, _PendingCall())
                pending.id = pending.id or (event.id or "")
                pending.name = pending.name or (event.name or "")
                pending.arguments.append(event.arguments)
            elif isinstance(event, TurnDone):
                usage = event.usage
        tool_calls = tuple(
            ToolCall(id=p.id or f"call_{i}", name=p.name, arguments="".join(p.arguments) or "{}")
            for i, p in sorted(calls.items())
        )
        extra = {"model": self.backend.chat_model, "backend": self.backend.name}
        if usage:
            extra["usage"] = usage
        message = self.project.add_message("assistant", "".join(text).strip(), tool_calls=tool_calls, extra=extra)
        listener(AssistantMessageSaved(message))
        return message

    async def _run_tool(self, message: Message, call: ToolCall, listener: Listener, result: TurnResult) -> None:
        try:
            args = json.loads(call.arguments)
            if not isinstance(args, dict):
                raise ValueError("arguments are not an object")
        except ValueError as exc:
            self._answer(call, {"error": f"arguments were not valid JSON: {exc}"})
            return
        if call.name == MAKE_IMAGES:
            await self._make_images(message, call, args, listener, result)
        elif call.name == WRITE_STORY:
            self._write_story(message, call, args, listener, result)
        else:
            self._answer(call, {"error": f"there is no tool called {call.name!r}"})

    def _answer(self, call: ToolCall, content: dict[str, Any]) -> None:
        self.project.add_message("tool", json.dumps(content, ensure_ascii=False), tool_call_id=call.id)

    async def _make_images(self, message: Message, call: ToolCall, args: dict[str, Any], listener: Listener,
                           result: TurnResult) -> None:
        prompts = [p.strip() for p in args.get("prompts", []) if isinstance(p, str) and p.strip()][:8]
        size = args.get("size") if args.get("size") in IMAGE_SIZES else IMAGE_SIZES[0]
        if not prompts:
            self._answer(call, {"error": "no prompts were given"})
            return
        result.prompts.extend(prompts)
        listener(ImagesRequested(message.id, call.id, tuple(prompts)))
        made: list[dict[str, Any]] = []
        failed: list[dict[str, Any]] = []
        gate = asyncio.Semaphore(self.concurrency)
        loop = asyncio.get_running_loop()

        async def one(index: int, prompt: str) -> None:
            async with gate:
                try:
                    generated = await self.backend.generate_image(ImageRequest(prompt=prompt, size=size))
                    decoded = await loop.run_in_executor(None, imaging.decode, generated.data)
                except BackendError as exc:
                    failed.append({"prompt": prompt, "error": str(exc)})
                    listener(ImageFailed(message.id, call.id, index, str(exc), exc.kind))
                    return
                except imaging.ImageDecodeError as exc:
                    failed.append({"prompt": prompt, "error": str(exc)})
                    listener(ImageFailed(message.id, call.id, index, str(exc), "bad_response"))
                    return
            settings = {**generated.settings, "call_id": call.id, "index": index}
            if generated.usage:
                settings["usage"] = generated.usage
            record = self.project.add_image(
                decoded.data, decoded.thumb_png, decoded.width, decoded.height, decoded.mime,
                prompt=prompt, model=generated.model, message_id=message.id, settings=settings,
            )
            made.append({"id": record.id, "prompt": prompt})
            result.images.append(record)
            listener(ImageArrived(message.id, call.id, index, record))

        try:
            await asyncio.gather(*(one(i, p) for i, p in enumerate(prompts)))
        except asyncio.CancelledError:
            self._answer(call, {"images": made, "failed": failed, "cancelled": True})
            raise
        result.failures.extend(f["error"] for f in failed)
        self._answer(call, {"images": made, "failed": failed})

    def _write_story(self, message: Message, call: ToolCall, args: dict[str, Any], listener: Listener,
                     result: TurnResult) -> None:
        title = str(args.get("title") or "").strip()
        pages = tuple(
            {"text": str(p.get("text", "")), "illustration_prompt": str(p.get("illustration_prompt", ""))}
            for p in args.get("pages", []) if isinstance(p, dict)
        )
        if not pages:
            self._answer(call, {"error": "the story had no pages"})
            return
        result.story = {"title": title, "pages": list(pages)}
        listener(StoryWritten(message.id, title, pages))
        self._answer(call, {"title": title, "pages": len(pages)})
