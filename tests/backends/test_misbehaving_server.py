"""Servers that are not quite OpenAI: each one gets a reason a person can act on, never a traceback or a wait
without end."""

from __future__ import annotations

import asyncio

import pytest

from studio.backends.base import BackendError, ImageRequest, TextDelta, TurnDone
from studio.backends.openai_backend import OpenAIBackend, OpenAIConfig
from tests.fake_openai import backend_for

CHAT = "/v1/chat/completions"
IMAGES = "/v1/images/generations"
HELLO = [{"role": "user", "content": "hi"}]


async def chat(backend) -> list:
    try:
        return [e async for e in backend.stream_chat(HELLO, [])]
    finally:
        await backend.aclose()


def refused(backend) -> BackendError:
    with pytest.raises(BackendError) as caught:
        asyncio.run(chat(backend))
    return caught.value


def test_a_chunk_without_choices_is_skipped(fake_openai):
    fake_openai.fault(CHAT, no_choices=True)
    events = asyncio.run(chat(backend_for(fake_openai)))  # was: TypeError: 'NoneType' object is not iterable
    assert "".join(e.text for e in events if isinstance(e, TextDelta)).strip() == "Hello from the fake model."
    assert isinstance(events[-1], TurnDone)


@pytest.mark.parametrize("fault", [{"silent": True}, {"keepalive": True}])
def test_a_server_that_says_nothing_useful_is_given_up_after_the_set_wait(fake_openai, fault):
    fake_openai.fault(CHAT, **fault)
    error = refused(backend_for(fake_openai, retries=2, timeout=1))  # was: forever, or 375 s with retries
    assert error.kind == "silent" and "sent nothing for 1 s" in str(error)


def test_a_silent_picture_server_is_given_up_too(fake_openai):
    fake_openai.fault(IMAGES, silent=True)
    backend = backend_for(fake_openai, timeout=1)

    async def draw():
        try:
            return await backend.generate_image(ImageRequest("a kite"))
        finally:
            await backend.aclose()

    with pytest.raises(BackendError, match="sent nothing for 1 s"):  # was 3 s: three times the setting
        asyncio.run(draw())


@pytest.mark.parametrize("status", [200, 501])
def test_a_web_page_where_the_api_should_be_is_called_that(fake_openai, status):
    fake_openai.fault(CHAT, html=status)
    error = refused(backend_for(fake_openai))
    assert error.kind == "config"  # was: "the reply was cut off" (200) or "the server had a problem (501)"
    assert "not as an OpenAI-compatible API" in str(error) and "server address" in str(error)


def test_an_address_without_v1_gets_a_hint_not_a_missing_model(fake_openai):
    backend = OpenAIBackend(OpenAIConfig(kind="compatible", base_url=fake_openai.origin, max_retries=0))
    error = refused(backend)
    assert "model is not available" not in str(error)
    assert "/v1" in str(error) and "server address" in str(error)


@pytest.mark.parametrize("address", ["http://127.0.0.1:99999/v1", "localhost:11434", "ftp://example.com/v1"])
def test_an_address_that_can_never_work_is_refused_before_anything_is_sent(address):
    with pytest.raises(BackendError) as caught:  # was: ExceptionGroup … OverflowError
        OpenAIBackend(OpenAIConfig(kind="compatible", base_url=address))
    assert caught.value.kind == "config" and address in str(caught.value)


def test_a_server_that_does_not_stream_pictures_still_delivers_them(fake_openai):
    fake_openai.streams_pictures = False  # answers stream=True with one JSON body, as some compatible servers do
    backend = backend_for(fake_openai, partial_images=2)
    previews = []

    async def draw_three():
        try:
            return [await backend.generate_image(ImageRequest(f"kite {i}"), previews.append) for i in range(3)]
        finally:
            await backend.aclose()

    pictures = asyncio.run(draw_three())  # was: "stopped arriving before it was finished", every one
    assert all(p.data.startswith(b"\x89PNG") for p in pictures)
    sent = fake_openai.requests_to(IMAGES)
    assert sent[0].get("stream") is True and all("stream" not in body for body in sent[1:])  # asked plainly after


@pytest.mark.parametrize("seconds, words", [(3000, "Try again in 50 minutes."), (7200, "Try again in about 2 hours."),
                                            (200_000, "Try again tomorrow or later"), (45, "Try again in 45 s.")])
def test_a_long_rate_limit_wait_is_said_in_minutes_or_hours(fake_openai, seconds, words):
    fake_openai.fault(IMAGES, status=429, retry_after=seconds, message="slow down")
    backend = backend_for(fake_openai)

    async def draw():
        try:
            return await backend.generate_image(ImageRequest("x"))
        finally:
            await backend.aclose()

    with pytest.raises(BackendError) as caught:
        asyncio.run(draw())
    assert words in str(caught.value)  # was: "Try again in 3000 s."
    assert f"{seconds} s" not in str(caught.value) or seconds < 90


def test_a_silent_picture_is_not_tried_again_and_the_turns_other_pictures_go_with_it(fake_openai):
    fake_openai.fault(IMAGES, silent=True)
    backend = backend_for(fake_openai, timeout=1)

    async def draw_two() -> tuple[BaseException, BaseException]:
        try:
            first = await asyncio.gather(backend.generate_image(ImageRequest("a kite")), return_exceptions=True)
            second = await asyncio.gather(backend.generate_image(ImageRequest("a boat")), return_exceptions=True)
            return first[0], second[0]
        finally:
            await backend.aclose()

    first, second = asyncio.run(draw_two())
    assert isinstance(first, BackendError) and first.kind == "silent"  # not "network", which the job queue retries
    assert isinstance(second, BackendError) and second.kind == "silent"
    assert len(fake_openai.requests_to(IMAGES)) == 1  # the second, right after, was not sent into the silence
