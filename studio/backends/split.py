"""Words from one server, pictures from another: a local chat model (Ollama, LM Studio) with ComfyUI, or OpenAI's
chat with offline sketches. To the rest of the studio it is one backend."""

from __future__ import annotations

from typing import Any, AsyncIterator

from studio.backends.base import (
    Backend,
    ChatEvent,
    GeneratedImage,
    ImageRequest,
    PreviewCallback,
    ProgressCallback,
    takes_progress,
)
from studio.backends.capabilities import ImageModel


def draws_free(backend: Backend) -> bool:
    """Pictures cost nothing: offline sketches, or a generator on this machine (ComfyUI, Automatic1111)."""
    return bool(backend.offline or getattr(backend, "draws_free", False))


class SplitBackend:
    def __init__(self, words: Backend, pictures: Backend) -> None:
        self.words, self.pictures = words, pictures
        self.name = f"{words.name} + {pictures.name}"
        self.offline = words.offline and pictures.offline
        self.reason = getattr(words, "reason", "") or getattr(pictures, "reason", "")
        self.chat_model = words.chat_model

    @property
    def draws_free(self) -> bool:
        return draws_free(self.pictures)

    @property
    def image_model(self) -> str:
        return self.pictures.image_model

    @property
    def capabilities(self) -> ImageModel:
        return self.pictures.capabilities

    @property
    def supports_transparency(self) -> bool:
        return self.pictures.supports_transparency

    def stream_chat(self, messages: list[dict[str, Any]], tools: list[dict[str, Any]]) -> AsyncIterator[ChatEvent]:
        return self.words.stream_chat(messages, tools)

    @property
    def queues_pictures(self) -> bool:
        return bool(getattr(self.pictures, "queues_pictures", False))

    async def generate_image(self, request: ImageRequest, on_preview: PreviewCallback | None = None, *,
                             on_progress: ProgressCallback | None = None) -> GeneratedImage:
        if on_progress is not None and takes_progress(self.pictures):
            return await self.pictures.generate_image(request, on_preview, on_progress=on_progress)
        return await self.pictures.generate_image(request, on_preview)

    async def list_models(self) -> list[str]:
        return await self.words.list_models()

    async def prepare(self) -> None:
        await self.words.prepare()
        await self.pictures.prepare()

    async def aclose(self) -> None:
        try:
            await self.words.aclose()
        finally:
            await self.pictures.aclose()
