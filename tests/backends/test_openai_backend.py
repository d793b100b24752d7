import asyncio
import base64
import threading

import pytest

from studio.backends.base import (
    BackendError,
    ImageRequest,
    TextDelta,
    ToolCallDelta,
    TurnDone,
)
from studio.backends.openai_backend import OpenAIBackend, OpenAIConfig
from studio.core.assistant.assistant import Assistant
from studio.core.app.project import Project
from tests.fake_openai import backend_for, png_for

CHAT = "/v1/chat/completions"
IMAGES = "/v1/images/generations"


async def collect(backend, messages):
    return [e async for e in backend.stream_chat(messages, [])]


def test_a_chat_reply_streams_in_pieces_and_reports_usage(fake_openai):
    events = asyncio.run(collect(backend_for(fake_openai), [{"role": "user", "content": "hi"}]))
    deltas = [e.text for e in events if isinstance(e, TextDelta)]
    assert len(deltas) > 1 and "".join(deltas).strip() == "Hello from the fake model."
    done = events[-1]
    assert isinstance(done, TurnDone) and done.finish_reason == "stop"
    assert done.usage["total_tokens"] == 70
    body = fake_openai.requests_to(CHAT)[0]
    assert body["stream"] is True and body["model"] == "gpt-5.4-mini"
    headers = fake_openai.requests[0][2]
    assert headers.get("authorization") == "Bearer test-key"


def test_tool_call_arguments_arrive_in_fragments(fake_openai):
    events = asyncio.run(collect(backend_for(fake_openai), [{"role": "user", "content": "draw a hedgehog"}]))
    fragments = [e for e in events if isinstance(e, ToolCallDelta)]
    assert len(fragments) > 3
    assert fragments[0].name == "make_images" and fragments[0].id == "call_1"


def test_a_whole_turn_through_the_real_client_makes_four_pictures(fake_openai, tmp_path):
    project = Project.create(tmp_path / "Larry.storybook")
    result = asyncio.run(Assistant(project, backend_for(fake_openai)).send(
        "What does a super-duper sunflower hedgehog look like?"))
    assert len(project.images()) == 4
    image_requests = fake_openai.requests_to(IMAGES)
    assert len(image_requests) == 4
    assert {r["model"] for r in image_requests} == {"gpt-image-2"}
    assert all(r["n"] == 1 and "response_format" not in r for r in image_requests)
    assert sorted(r["prompt"] for r in image_requests) == sorted(result.prompts)
    stored = {project.image_data(i.id) for i in project.images()}
    assert stored == {png_for(p) for p in result.prompts}
    # The second model call saw the tool's answer, and its words end the reply.
    second = fake_openai.requests_to(CHAT)[1]["messages"]
    assert second[-1]["role"] == "tool" and '"images"' in second[-1]["content"]
    assert result.reply.endswith("Here they are!")


def test_images_are_requested_concurrently(fake_openai, tmp_path):
    # The server answers only once all four requests are in flight at once; one at a time would fail them.
    fake_openai.together = threading.Barrier(4, timeout=60)
    backend = backend_for(fake_openai)

    async def four():
        return await asyncio.gather(*(backend.generate_image(ImageRequest(f"p{i}")) for i in range(4)))

    images = asyncio.run(four())
    assert [i.data for i in images] == [png_for(f"p{i}", "1024x1024") for i in range(4)]


def test_the_model_list_comes_from_the_server(fake_openai):
    models = asyncio.run(backend_for(fake_openai).list_models())
    assert "gpt-image-2" in models and "tiny-local-model" in models


def test_rate_limit_says_when_to_retry(fake_openai):
    fake_openai.fault(IMAGES, status=429, retry_after=7, message="slow down")
    with pytest.raises(BackendError) as info:
        asyncio.run(backend_for(fake_openai).generate_image(ImageRequest("x")))
    assert info.value.kind == "rate_limit" and info.value.retry_after == 7
    assert "7 s" in str(info.value)


def test_a_rate_limited_chat_request_is_retried_by_the_client(fake_openai):
    fake_openai.fault(CHAT, status=429, retry_after=0)
    events = asyncio.run(collect(backend_for(fake_openai, retries=2), [{"role": "user", "content": "hi"}]))
    assert any(isinstance(e, TextDelta) for e in events)
    assert len(fake_openai.requests_to(CHAT)) == 2


def test_a_rate_limited_picture_is_handed_to_the_job_queue_with_its_wait(fake_openai):
    # The job queue retries pictures itself, so the person sees the countdown instead of a silent pause.
    fake_openai.fault(IMAGES, status=429, retry_after=3)
    with pytest.raises(BackendError) as info:
        asyncio.run(backend_for(fake_openai, retries=2).generate_image(ImageRequest("x")))
    assert info.value.kind == "rate_limit" and info.value.retry_after == 3
    assert len(fake_openai.requests_to(IMAGES)) == 1


def test_server_error_is_reported_plainly(fake_openai):
    fake_openai.fault(CHAT, status=500)
    with pytest.raises(BackendError) as info:
        asyncio.run(collect(backend_for(fake_openai), [{"role": "user", "content": "hi"}]))
    assert info.value.kind == "server" and "500" in str(info.value)


def test_a_dropped_connection_is_a_network_error(fake_openai):
    fake_openai.fault(IMAGES, drop=True)
    with pytest.raises(BackendError) as info:
        asyncio.run(backend_for(fake_openai).generate_image(ImageRequest("x")))
    assert info.value.kind == "network"


def test_a_stream_cut_midway_is_reported_not_half_recorded(fake_openai, tmp_path):
    fake_openai.fault(CHAT, cut_after=3)
    project = Project.create(tmp_path / "cut.storybook")
    with pytest.raises(BackendError) as info:
        asyncio.run(Assistant(project, backend_for(fake_openai)).send("draw a hedgehog"))
    assert info.value.kind == "cut_off"
    assert [m.role for m in project.messages()] == ["user"]  # the user's words are kept, nothing half-written


def test_a_content_policy_refusal_is_explained_for_people(fake_openai):
    fake_openai.fault(IMAGES, status=400, code="moderation_blocked", message="Your request was rejected by the safety system.")
    with pytest.raises(BackendError) as info:
        asyncio.run(backend_for(fake_openai).generate_image(ImageRequest("x")))
    assert info.value.kind == "refused" and "safety rules" in str(info.value)


def test_a_wrong_key_is_reported_as_such(fake_openai):
    fake_openai.fault(CHAT, status=401, message="Incorrect API key provided")
    with pytest.raises(BackendError) as info:
        asyncio.run(collect(backend_for(fake_openai), [{"role": "user", "content": "hi"}]))
    assert info.value.kind == "auth" and "API key" in str(info.value)


def test_nobody_listening_is_a_network_error():
    backend = OpenAIBackend(OpenAIConfig(api_key="k", base_url="http://127.0.0.1:9/v1", max_retries=0, timeout=3))
    with pytest.raises(BackendError) as info:
        asyncio.run(backend.generate_image(ImageRequest("x")))
    assert info.value.kind == "network"


def test_failed_pictures_are_reported_and_the_rest_still_arrive(fake_openai, tmp_path):
    fake_openai.fault(IMAGES, status=400, code="moderation_blocked", message="blocked")
    project = Project.create(tmp_path / "partial.storybook")
    result = asyncio.run(Assistant(project, backend_for(fake_openai)).send("draw a hedgehog"))
    assert len(project.images()) == 3
    assert len(result.failures) == 1 and "safety rules" in result.failures[0]


def test_base64_is_decoded_even_from_a_compatible_server(fake_openai):
    backend = OpenAIBackend(OpenAIConfig(kind="compatible", base_url=fake_openai.base_url, max_retries=0))
    image = asyncio.run(backend.generate_image(ImageRequest("compat")))
    assert image.data == png_for("compat") and base64.b64encode(image.data)


def test_azure_uses_the_deployment_path_api_version_and_api_key_header(fake_openai, tmp_path):
    backend = OpenAIBackend(OpenAIConfig(kind="azure", api_key="azure-key", azure_endpoint=fake_openai.origin,
                                         azure_api_version="2025-04-01-preview", chat_model="my-chat",
                                         image_model="my-images", max_retries=0, timeout=10))
    project = Project.create(tmp_path / "azure.storybook")
    asyncio.run(Assistant(project, backend).send("draw a hedgehog"))
    assert len(project.images()) == 4
    chat = fake_openai.requests_to(CHAT)[0]
    assert chat["_deployment"] == "my-chat" and "api-version=2025-04-01-preview" in chat["_query"]
    assert {r["_deployment"] for r in fake_openai.requests_to(IMAGES)} == {"my-images"}
    headers = fake_openai.requests[0][2]
    assert headers.get("api-key") == "azure-key"


def test_a_broken_picture_from_the_server_is_reported_and_not_stored(fake_openai, tmp_path):
    fake_openai.fault(IMAGES, not_an_image=True)
    project = Project.create(tmp_path / "broken.storybook")
    result = asyncio.run(Assistant(project, backend_for(fake_openai)).send("draw a hedgehog"))
    assert len(project.images()) == 3
    assert len(result.failures) == 1 and "could not be read" in result.failures[0]


def streamed(fake_openai, prompt: str = "hedgehog"):
    """A picture from the real client over a stream with two previews; returns (picture, previews, leftover):
    `leftover` is whatever work is still pending once the picture is back and could still show a preview."""
    backend = backend_for(fake_openai, partial_images=2)
    previews: list[bytes] = []

    def shown(data: bytes) -> None:
        previews.append(data)
        if fake_openai.pace is not None:
            fake_openai.pace.release()  # the server sends its next event only once this preview was shown

    async def run():
        image = await backend.generate_image(ImageRequest(prompt), shown)
        leftover = [t for t in asyncio.all_tasks() if not t.done()
                    and "LatestPreview" in getattr(t.get_coro(), "__qualname__", "")]
        return image, leftover

    image, leftover = asyncio.run(run())
    return image, previews, leftover


def test_streamed_previews_arrive_before_the_picture(fake_openai):
    fake_openai.pace = threading.Semaphore(0)  # a server still working between previews
    image, previews, leftover = streamed(fake_openai)
    assert image.data == png_for("hedgehog", "1024x1024")
    assert previews == [png_for(f"hedgehog partial {i}", "16x16", 16) for i in range(2)]
    assert not leftover
    request = fake_openai.requests_to(IMAGES)[0]
    assert request["stream"] is True and request["partial_images"] == 2


def test_previews_overtaken_by_the_picture_are_never_shown_after_it(fake_openai):
    image, previews, leftover = streamed(fake_openai)  # everything arrives at once
    assert image.data == png_for("hedgehog", "1024x1024")
    assert not leftover and len(previews) <= 2  # nothing is left that could show a preview over the picture


def test_a_picture_stream_cut_midway_is_cut_off(fake_openai):
    fake_openai.fault(IMAGES, cut_after=1)  # one preview, then half of the next event
    with pytest.raises(BackendError) as info:
        streamed(fake_openai)
    assert info.value.kind == "cut_off"


def test_a_refusal_inside_a_picture_stream_is_explained(fake_openai):
    fake_openai.fault(IMAGES, stream_error="moderation_blocked")
    with pytest.raises(BackendError) as info:
        streamed(fake_openai)
    assert info.value.kind == "refused" and "safety rules" in str(info.value)


def test_an_error_inside_a_picture_stream_is_a_server_error(fake_openai):
    fake_openai.fault(IMAGES, stream_error="server_error")
    with pytest.raises(BackendError) as info:
        streamed(fake_openai)
    assert info.value.kind == "server" and "stopped" in str(info.value)
