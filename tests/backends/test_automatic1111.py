"""The Automatic1111/Forge generator against a stand-in built from its API schema (tests/fake_a1111.py)."""

from __future__ import annotations

import asyncio
import io

import pytest
from PIL import Image

from studio.backends.automatic1111 import A1111Config, Automatic1111Backend
from studio.backends.base import BackendError, ImageRequest
from tests.fake_a1111 import FakeA1111, decode


def draw(backend: Automatic1111Backend, request: ImageRequest, previews: list[bytes] | None = None,
         steps: list[tuple[int, int]] | None = None):
    async def go():
        try:
            return await backend.generate_image(request, previews.append if previews is not None else None,
                                                on_progress=(lambda a, b: steps.append((a, b)))
                                                if steps is not None else None)
        finally:
            await backend.aclose()
    return asyncio.run(go())


def png(width: int, height: int, colour=(200, 100, 50), mode: str = "RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, (width, height), colour).save(out, "PNG")
    return out.getvalue()


def size_of(data: bytes) -> tuple[int, int]:
    with Image.open(io.BytesIO(data)) as picture:
        return picture.size


def fast(url: str, **kw) -> A1111Config:
    return A1111Config(url, poll=0.02, **kw)


def test_txt2img_at_the_asked_size_with_progress_previews_seed_and_checkpoint():
    with FakeA1111(["tiny.safetensors"], steps_delay=0.05) as a1111:
        previews: list[bytes] = []
        steps: list[tuple[int, int]] = []
        made = draw(Automatic1111Backend(fast(a1111.url, steps=8)), ImageRequest("a hedgehog", size="768x512"),
                    previews, steps)
        route, body = a1111.requests[0]
    assert route == "txt2img" and body["prompt"] == "a hedgehog"
    assert (body["width"], body["height"]) == (768, 512) and size_of(made.data) == (768, 512)
    assert body["override_settings"] == {"sd_model_checkpoint": "tiny.safetensors [0123abcd]"}
    assert made.model == "tiny.safetensors [0123abcd]" and made.settings["checkpoint"] == made.model
    assert made.settings["seed"] == body["seed"] and made.settings["size"] == "768x512"
    assert steps and all(of == 8 for _, of in steps) and steps == sorted(steps)  # steps only go forward
    assert previews and all(size_of(p) for p in previews)  # each preview is a picture


def test_the_seed_and_checkpoint_asked_for_are_the_ones_sent():
    with FakeA1111(["a.safetensors", "b.safetensors"]) as a1111:
        made = draw(Automatic1111Backend(fast(a1111.url, steps=2)),
                    ImageRequest("a hedgehog", size="512x512", seed=1234, checkpoint="b.safetensors [0123abcd]"))
        body = a1111.requests[0][1]
    assert body["seed"] == 1234 and made.settings["seed"] == 1234
    assert body["override_settings"]["sd_model_checkpoint"] == "b.safetensors [0123abcd]"


def test_img2img_with_a_reference_and_a_mask():
    with FakeA1111(["tiny.safetensors"]) as a1111:
        mask = Image.new("RGBA", (100, 100), (0, 0, 0, 255))
        mask.paste((0, 0, 0, 0), (0, 0, 50, 100))  # the left half is drawn again
        out = io.BytesIO()
        mask.save(out, "PNG")
        made = draw(Automatic1111Backend(fast(a1111.url, steps=2)),
                    ImageRequest("make it blue", size="512x512", references=(png(300, 300),), mask=out.getvalue()))
        route, body = a1111.requests[0]
    assert route == "img2img" and size_of(made.data) == (512, 512)
    start = decode(body["init_images"][0])
    assert start.size == (512, 512)
    sent_mask = decode(body["mask"]).convert("L")
    assert sent_mask.size == (512, 512)
    assert sent_mask.getpixel((10, 256)) == 255 and sent_mask.getpixel((500, 256)) == 0  # white: drawn again
    assert body["inpainting_fill"] == 1 and 0 < body["denoising_strength"] <= 1


def test_more_like_this_is_img2img_without_a_mask():
    with FakeA1111(["tiny.safetensors"]) as a1111:
        draw(Automatic1111Backend(fast(a1111.url, steps=2)),
             ImageRequest("like this", size="512x512", references=(png(64, 64),)))
        route, body = a1111.requests[0]
    assert route == "img2img" and "mask" not in body and body["denoising_strength"] < 1


def test_stop_interrupts_the_picture():
    with FakeA1111(["tiny.safetensors"], steps_delay=0.2) as a1111:
        backend = Automatic1111Backend(fast(a1111.url, steps=200))

        async def go():
            steps: list[tuple[int, int]] = []
            seen = asyncio.Event()
            task = asyncio.ensure_future(backend.generate_image(ImageRequest("slow"), on_progress=lambda a, b: (
                steps.append((a, b)), seen.set())))
            await asyncio.wait_for(seen.wait(), 30)  # it is drawing
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            await backend.aclose()

        asyncio.run(go())
        assert a1111.interrupts == 1


def test_no_checkpoint_is_explained():
    with FakeA1111([]) as a1111:
        with pytest.raises(BackendError) as caught:
            draw(Automatic1111Backend(fast(a1111.url)), ImageRequest("x"))
    assert caught.value.kind == "config" and "no checkpoint" in str(caught.value)
    assert "models/Stable-diffusion" in str(caught.value)


def test_an_unknown_checkpoint_is_explained():
    with FakeA1111(["tiny.safetensors"]) as a1111:
        with pytest.raises(BackendError) as caught:
            draw(Automatic1111Backend(fast(a1111.url, checkpoint="gone.safetensors")), ImageRequest("x"))
    assert caught.value.kind == "config" and "gone.safetensors" in str(caught.value)


def test_a_web_ui_started_without_api_is_told_to_use_api():
    with FakeA1111(api=False) as a1111:
        with pytest.raises(BackendError) as caught:
            draw(Automatic1111Backend(fast(a1111.url)), ImageRequest("x"))
    assert caught.value.kind == "config" and "--api" in str(caught.value)


def test_a_server_that_is_gone_is_explained():
    with FakeA1111() as a1111:
        url = a1111.url
    with pytest.raises(BackendError) as caught:
        draw(Automatic1111Backend(fast(url)), ImageRequest("x"))
    assert caught.value.kind == "network" and "Is it running?" in str(caught.value)


def test_a_server_that_goes_away_mid_picture_is_explained():
    with FakeA1111(["tiny.safetensors"], steps_delay=0.02) as a1111:
        a1111.faults.die_mid_run = True
        with pytest.raises(BackendError) as caught:
            draw(Automatic1111Backend(fast(a1111.url, steps=10)), ImageRequest("x"))
    assert caught.value.kind == "network"


def test_a_failure_while_drawing_says_why():
    with FakeA1111(["tiny.safetensors"], steps_delay=0.01) as a1111:
        a1111.faults.fail = "CUDA out of memory"
        with pytest.raises(BackendError) as caught:
            draw(Automatic1111Backend(fast(a1111.url, steps=4)), ImageRequest("x"))
    assert caught.value.kind == "server" and "CUDA out of memory" in str(caught.value)


def test_a_silent_server_is_given_up_and_stopped():
    with FakeA1111(["tiny.safetensors"]) as a1111:
        a1111.faults.go_silent = True
        with pytest.raises(BackendError) as caught:
            draw(Automatic1111Backend(fast(a1111.url, timeout=1.0)), ImageRequest("x"))
        assert a1111.interrupts == 1
    assert caught.value.kind == "silent" and "1 s" in str(caught.value)


def test_the_checkpoint_list_is_the_servers():
    with FakeA1111(["a.safetensors", "b.safetensors"]) as a1111:
        backend = Automatic1111Backend(fast(a1111.url))

        async def go():
            try:
                return await backend.checkpoints()
            finally:
                await backend.aclose()
        assert asyncio.run(go()) == ["a.safetensors [0123abcd]", "b.safetensors [0123abcd]"]
