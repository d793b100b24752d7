"""ComfyUI's steps reach the caller, and a picture given up is taken off the server too."""

from __future__ import annotations

import asyncio

import pytest

from studio.backends.base import BackendError, ImageRequest
from studio.backends.comfyui import ComfyConfig, ComfyUIBackend
from tests.fake_comfyui import FakeComfyUI


def test_each_sampler_step_is_reported():
    with FakeComfyUI(["tiny.safetensors"]) as comfy:
        backend = ComfyUIBackend(ComfyConfig(comfy.url, steps=5))
        steps: list[tuple[int, int]] = []

        async def go():
            try:
                return await backend.generate_image(ImageRequest("a hedgehog", size="512x512"),
                                                    on_progress=lambda a, b: steps.append((a, b)))
            finally:
                await backend.aclose()
        asyncio.run(go())
    assert steps == [(0, 0), (1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]  # begun (steps not known yet), then each step


def test_a_picture_given_up_on_a_silent_server_is_taken_off_its_queue():
    """Was: the prompt stayed queued, ran after the studio had said it failed, and held up the next pictures."""
    with FakeComfyUI(["tiny.safetensors"]) as comfy:
        comfy.faults.go_silent = True
        with pytest.raises(BackendError) as error:
            async def go():
                backend = ComfyUIBackend(ComfyConfig(comfy.url, timeout=1))
                try:
                    return await backend.generate_image(ImageRequest("x"))
                finally:
                    await backend.aclose()
            asyncio.run(go())
        [prompt_id] = [p for p in comfy.interrupts]
        assert comfy.deleted == [prompt_id]
    assert error.value.kind == "silent"
