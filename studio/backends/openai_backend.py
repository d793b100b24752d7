"""The real backend: the official `openai` client (OpenAI, Azure OpenAI, or any compatible server)."""

from __future__ import annotations

import asyncio
import binascii
import logging
import time
import weakref
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, AsyncIterator

import httpx2
import pybase64


def _import_openai() -> Any:
    """`import openai`, without the aiohttp transport it loads whenever aiohttp is installed (for ComfyUI): this
    backend talks through httpx, and that transport costs every start-up 0.15 s."""
    import sys

    vendored = "openai._vendor.httpx_aiohttp"
    if vendored in sys.modules:
        import openai as module
        return module
    sys.modules[vendored] = None  # type: ignore[assignment]  # the SDK's `try: import` then takes its fallback
    try:
        import openai as module
    except ImportError:  # a release of the SDK that needs it after all
        del sys.modules[vendored]
        import openai as module
    else:
        del sys.modules[vendored]
    return module


if TYPE_CHECKING:
    import openai
else:
    openai = _import_openai()
from openai.types import ImagesResponse  # noqa: E402

from studio.backends import capabilities, sse
from studio.backends.address import check_address
from studio.backends.base import (
    BackendError,
    ChatEvent,
    GeneratedImage,
    ImageRequest,
    PreviewCallback,
    TextDelta,
    ToolCallDelta,
    TurnDone,
)
from studio.backends.i18n import _, ngettext
from studio.backends.previews import LatestPreview

log = logging.getLogger(__name__)

REFUSAL_CODES = {"content_policy_violation", "moderation_blocked", "content_filter"}


@dataclass(frozen=True)
class OpenAIConfig:
    kind: str = "openai"  # "openai" | "azure" | "compatible"
    api_key: str | None = None  # None: the client reads OPENAI_API_KEY itself
    base_url: str | None = None  # None: the client reads OPENAI_BASE_URL itself
    azure_endpoint: str | None = None
    azure_api_version: str = "2025-04-01-preview"
    chat_model: str = "gpt-5.4-mini"
    image_model: str = "gpt-image-2"
    max_retries: int = 2
    # The longest a person waits on a server that sends nothing (keep-alives do not count): a reply, or a
    # picture, is given up once the server has been silent this long, and a silence is not tried again. A
    # picture asked for without a stream says nothing until it is finished, so this bounds that whole picture.
    timeout: float = 120.0
    partial_images: int = 2  # previews that sharpen in place; 0 for servers that cannot stream pictures
    image_sizes: str = "model"  # capabilities.SIZE_CHOICES: what sizes the picture model is asked for


def _is_refusal(code: str, message: str) -> bool:
    return code in REFUSAL_CODES or "safety" in message.lower()


def _refused() -> BackendError:
    return BackendError("refused", _("The picture service said no to this request because of its safety rules. "
                                     "Try describing it differently."))


def _not_an_api(response: httpx2.Response | None, status: str) -> BackendError:
    where = str(response.request.url) if response is not None else _("the server address")
    if "/v1/" not in where:
        return BackendError("config", _("{where} answered {status}, but not as an OpenAI-compatible API. Check the "
                                        "server address in Settings (OpenAI-compatible servers usually end in /v1)."
                                        ).format(where=where, status=status))
    return BackendError("config", _("{where} answered {status}, but not as an OpenAI-compatible API. Check the "
                                    "server address in Settings.").format(where=where, status=status))


def _speaks_json(response: httpx2.Response | None) -> bool:
    return response is not None and "json" in response.headers.get("content-type", "")


def _status_error(exc: openai.APIStatusError) -> BackendError:
    if exc.status_code in (404, 405, 501) and not _speaks_json(exc.response):
        # A web server, a proxy or a missing /v1: the route is not there at all (a model the server does not
        # have is a JSON error from the API itself).
        reason = exc.response.reason_phrase if exc.response is not None else ""
        return _not_an_api(exc.response, f"{exc.status_code} {reason}".strip())
    body = exc.body if isinstance(exc.body, dict) else {}
    err = body.get("error", body) if isinstance(body, dict) else {}
    code = (err.get("code") if isinstance(err, dict) else None) or ""
    server_message = (err.get("message") if isinstance(err, dict) else None) or str(exc)
    if isinstance(exc, openai.AuthenticationError):
        return BackendError("auth", _("The server did not accept the API key. Check it in Settings."))
    if isinstance(exc, openai.PermissionDeniedError):
        return BackendError("auth", _("This key may not use that: {reason}").format(reason=server_message))
    if isinstance(exc, openai.RateLimitError):
        retry = exc.response.headers.get("retry-after") if exc.response is not None else None
        try:
            seconds = float(retry) if retry else None
        except ValueError:
            seconds = None
        if code == "insufficient_quota":
            return BackendError("rate_limit", _("The account has run out of credit. Add credit, then try again."))
        busy = (_("The server is busy (rate limit). Try again {when}.").format(when=_in_words(seconds)) if seconds
                else _("The server is busy (rate limit). Try again in a little while."))
        return BackendError("rate_limit", busy, retry_after=seconds)
    if _is_refusal(code, server_message):
        return _refused()
    if isinstance(exc, openai.NotFoundError):
        return BackendError("not_found", _("The model is not available on this server: {reason}").format(reason=server_message))
    if isinstance(exc, openai.InternalServerError):
        return BackendError("server", _("The server had a problem ({status}). Try again.").format(status=exc.status_code))
    return BackendError("server", _("The server refused the request ({status}): {reason}").format(
        status=exc.status_code, reason=server_message))


def _stream_error(error: Any) -> BackendError:
    """An error the server sent inside a stream, after a 200 answer."""
    code = str(error.get("code") or "") if isinstance(error, dict) else ""
    message = str(error.get("message") or "") if isinstance(error, dict) else str(error)
    if _is_refusal(code, message):
        return _refused()
    return BackendError("server", _("The server stopped with an error: {reason}").format(
        reason=message or code or _("no details")))


def _b64(text: str) -> bytes:
    # pybase64 (SIMD) decodes a 4 MB picture in ~0.3 ms; the standard library takes ~17 ms holding the GIL,
    # which the window feels whichever thread does it.
    try:
        return pybase64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise BackendError("bad_response", _("The server sent a picture that is not valid data.")) from exc


def translate_error(exc: BaseException) -> BackendError:
    if isinstance(exc, BackendError):
        return exc
    if isinstance(exc, BaseExceptionGroup) and len(exc.exceptions) == 1:
        return translate_error(exc.exceptions[0])  # the HTTP layer's task group wraps a single failure
    if isinstance(exc, (OverflowError, httpx2.InvalidURL, httpx2.UnsupportedProtocol)):
        return BackendError("config", _("The server address is not valid: {reason}. Check it in Settings.").format(reason=exc))
    if isinstance(exc, openai.APITimeoutError):
        return BackendError("network", _("The server took too long to answer. Check the connection and try again."))
    if isinstance(exc, openai.APIConnectionError):
        return BackendError("network", _("Could not reach the server. Check the network connection and the server "
                                              "address."))
    if isinstance(exc, openai.APIStatusError):
        return _status_error(exc)
    if isinstance(exc, httpx2.HTTPError):
        return BackendError("cut_off", _("The connection dropped while the reply was arriving. Try again."))
    if isinstance(exc, openai.OpenAIError):
        return BackendError("server", str(exc))
    raise exc


def _in_words(seconds: float) -> str:
    """A wait the server asks for, as a person would say it ("in 50 minutes", not "in 3000 s")."""
    # Translators: each fills {when} in "Try again {when}."
    if seconds < 90:
        return _("in {n} s").format(n=f"{seconds:.0f}")
    if seconds < 90 * 60:
        minutes = round(seconds / 60)
        return ngettext("in {n} minute", "in {n} minutes", minutes).format(n=minutes)
    if seconds <= 24 * 3600:
        hours = round(seconds / 3600)
        return ngettext("in about {n} hour", "in about {n} hours", hours).format(n=hours)
    return _("tomorrow or later (the server asks for a wait of more than a day)")


def _silent(seconds: float) -> BackendError:
    # Its own kind: a silence is not tried again (the job queue retries "network"), so the setting bounds the
    # whole wait rather than one try of several.
    return BackendError("silent", _("The server sent nothing for {seconds} s, so this was given up. Try again, "
                                    "or allow a longer wait in Settings.").format(seconds=f"{seconds:.0f}"))


class Silence:
    """What this backend has heard from its server, across every request at once. Once one request has been
    given up because the server sent nothing for the whole wait, a picture that starts before the server says
    anything again (the rest of the turn's pictures, waiting for a place) is given up at once: the turn does
    not wait the same silence out again for each of them. A new wait starts once the server speaks, or after
    one whole wait has passed since the last give-up (so trying again later is a real try)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._gave_up_at: float | None = None  # time.monotonic(); read and written from the network thread too

    def heard(self) -> None:
        self._gave_up_at = None

    def gave_up(self) -> None:
        self._gave_up_at = time.monotonic()

    def known_silent(self) -> bool:
        at = self._gave_up_at
        return at is not None and time.monotonic() - at < self.seconds

    @asynccontextmanager
    async def within(self) -> AsyncIterator[None]:
        try:
            async with _within(self.seconds):
                yield
        except BackendError as exc:
            if exc.kind == "silent":
                self.gave_up()
            raise


async def _each(items: AsyncIterator[Any], seconds: float) -> AsyncIterator[Any]:
    """`items`, giving up once the server has sent nothing useful for `seconds`: keep-alive comments do not
    count, so a server that only says it is alive cannot hold a turn open forever."""
    iterator = aiter(items)
    while True:
        try:
            async with _within(seconds):
                item = await anext(iterator)
        except StopAsyncIteration:
            return
        yield item


def _picture_of(response: Any) -> tuple[str | None, str | None, dict[str, Any] | None]:
    item = (response.data or [None])[0]
    if item is None:
        raise BackendError("bad_response", _("The server answered without a picture."))
    usage = response.usage.model_dump(exclude_none=True) if getattr(response, "usage", None) else None
    return item.b64_json, item.url, usage


def _client_timeout(seconds: float) -> httpx2.Timeout:
    # A little longer than our own limits (`_each`, `_within`), which say how long the server was silent.
    return httpx2.Timeout(seconds + 5, connect=min(seconds, 15.0))


@asynccontextmanager
async def _within(seconds: float) -> AsyncIterator[None]:
    try:
        async with asyncio.timeout(seconds):
            yield
    except TimeoutError as exc:
        raise _silent(seconds) from exc


class OpenAIBackend:
    offline = False

    def __init__(self, config: OpenAIConfig) -> None:
        self.config = config
        self.name = {"azure": "Azure OpenAI", "compatible": "OpenAI-compatible"}.get(config.kind, "OpenAI")
        self.chat_model = config.chat_model
        self.image_model = config.image_model
        self.capabilities = capabilities.for_model(config.image_model, config.kind, config.image_sizes)
        # OpenAI and Azure GPT image models honour background="transparent"; other servers may reject it.
        self.supports_transparency = config.kind in ("openai", "azure") and self.capabilities.transparency != "no"
        self._streams_pictures = True  # until a server answers a streamed request with a plain one
        self.silence = Silence(config.timeout)
        check_address(config.base_url if config.kind != "azure" else config.azure_endpoint)
        try:
            spare = self._make_client()
        except openai.OpenAIError as exc:
            raise BackendError("auth", _("The {name} backend cannot start: {reason}").format(name=self.name, reason=exc)) from exc
        # A client's connections belong to the event loop that opened them, and pictures may be fetched on
        # another loop (a network thread) than the chat: one client per loop. The first is made here, so a
        # bad configuration shows at once.
        self._spare: openai.AsyncOpenAI | None = spare
        self._clients: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, openai.AsyncOpenAI] = weakref.WeakKeyDictionary()

    def _make_client(self) -> openai.AsyncOpenAI:
        config = self.config
        # The client's read timeout catches a silent connection; `_each` and `_within` also catch a server that
        # keeps the line busy (keep-alives) without ever answering, and the client's own retries with it.
        common: dict[str, Any] = {"max_retries": config.max_retries, "timeout": _client_timeout(config.timeout)}
        if config.kind == "azure":
            return openai.AsyncAzureOpenAI(api_key=config.api_key, azure_endpoint=config.azure_endpoint,
                                           api_version=config.azure_api_version, **common)
        if config.base_url:
            common["base_url"] = config.base_url
        api_key = config.api_key
        if config.kind == "compatible" and not api_key:
            api_key = "no-key"  # local servers (Ollama, LM Studio) ignore it, the client insists on one
        return openai.AsyncOpenAI(api_key=api_key, **common)

    @property
    def _client(self) -> openai.AsyncOpenAI:
        loop = asyncio.get_running_loop()
        client = self._clients.get(loop)
        if client is None:
            client, self._spare = (self._spare or self._make_client()), None
            self._clients[loop] = client
        return client

    async def stream_chat(self, messages: list[dict[str, Any]], tools: list[dict[str, Any]]) -> AsyncIterator[ChatEvent]:
        finish: str | None = None
        usage: dict[str, Any] | None = None
        idle = self.config.timeout
        try:
            async with self.silence.within():
                stream = await self._client.chat.completions.create(
                    model=self.chat_model, messages=messages, tools=tools or openai.omit,
                    stream=True, stream_options={"include_usage": True},
                )
            self.silence.heard()
            async with stream:
                if "event-stream" not in stream.response.headers.get("content-type", "event-stream"):
                    kind = stream.response.headers.get("content-type", "").split(";")[0] or "no content type"
                    raise _not_an_api(stream.response, f"200 with {kind}")
                async for chunk in _each(stream, idle):
                    self.silence.heard()
                    if getattr(chunk, "usage", None) is not None:
                        usage = chunk.usage.model_dump(exclude_none=True)
                    for choice in getattr(chunk, "choices", None) or ():  # some servers send chunks without any
                        delta = choice.delta
                        if delta is None:
                            continue
                        if delta.content:
                            yield TextDelta(delta.content)
                        if getattr(delta, "refusal", None):
                            yield TextDelta(delta.refusal)
                        for call in delta.tool_calls or ():
                            fn = call.function
                            yield ToolCallDelta(call.index, call.id, fn.name if fn else None, (fn.arguments or "") if fn else "")
                        if choice.finish_reason:
                            finish = choice.finish_reason
        except BackendError as exc:
            if exc.kind == "silent":
                self.silence.gave_up()
            raise
        except (openai.OpenAIError, httpx2.HTTPError, OverflowError, BaseExceptionGroup) as exc:
            raise translate_error(exc) from exc
        if finish is None:
            raise BackendError("cut_off", _("The reply was cut off before it finished. Try again."))
        if finish == "content_filter":
            raise BackendError("refused", _("The assistant's safety rules stopped this reply. Try asking differently."))
        yield TurnDone(finish, usage)

    async def generate_image(self, request: ImageRequest, on_preview: PreviewCallback | None = None) -> GeneratedImage:
        model = self.capabilities
        # Never a size the model refuses: an edit of an imported 800×600 drawing asks for the nearest it takes.
        params: dict[str, Any] = {"model": self.image_model, "prompt": request.prompt, "n": 1,
                                  "size": model.valid_size(request.size)}
        if request.background and self.supports_transparency:
            params["background"] = request.background
        if request.quality and request.quality != "auto" and request.quality in model.qualities:
            params["quality"] = request.quality
        stream = on_preview is not None and self.config.partial_images > 0 and self._streams_pictures
        if stream:
            params.update(stream=True, partial_images=self.config.partial_images)
        # The job queue retries with a visible countdown, so the client itself does not retry pictures.
        if self.silence.known_silent():  # the rest of a turn whose server has gone quiet
            raise _silent(self.silence.seconds)
        images = self._client.with_options(max_retries=0, timeout=_client_timeout(self.config.timeout)).images
        try:
            if request.is_edit:
                references = request.references[:max(1, model.max_references)]
                params["image"] = [(f"reference-{i}.png", data, "image/png") for i, data in enumerate(references)]
                if request.mask is not None:
                    params["mask"] = ("mask.png", request.mask, "image/png")
                if request.fidelity and model.input_fidelity:
                    params["input_fidelity"] = request.fidelity
            if stream:
                assert on_preview is not None
                call = images.with_streaming_response.edit if request.is_edit else images.with_streaming_response.generate
                async with AsyncExitStack() as opened:
                    async with self.silence.within():
                        response = await opened.enter_async_context(call(**params))
                    self.silence.heard()
                    if "event-stream" in response.headers.get("content-type", ""):
                        b64, usage = await self._read_stream(self._heard_events(response.iter_lines()), on_preview)
                        url = None
                    else:  # the server ignored stream=True and sent the whole picture: ask plainly from now on
                        self._streams_pictures = False
                        log.info("%s does not stream pictures; asking without previews", self.name)
                        async with self.silence.within():
                            body = await response.json()
                        b64, url, usage = _picture_of(ImagesResponse.model_validate(body))
            else:
                async with self.silence.within():  # the server says nothing until the picture is finished
                    response = await (images.edit(**params) if request.is_edit else images.generate(**params))
                b64, url, usage = _picture_of(response)
            self.silence.heard()
        except (openai.OpenAIError, httpx2.HTTPError, OverflowError, BaseExceptionGroup) as exc:
            raise translate_error(exc) from exc
        except ValueError as exc:  # a plain answer to a streamed request that is not the API's JSON either
            raise BackendError("bad_response", _("The server answered with something that is not a picture.")) from exc
        if b64:
            data = _b64(b64)
        elif url:
            data = await self._download(url)
        else:
            raise BackendError("bad_response", _("The server answered without a picture."))
        settings = {k: v for k, v in params.items() if k in ("size", "quality", "background", "input_fidelity")}
        settings.setdefault("quality", request.quality)
        if request.is_edit:
            settings["edit"] = {"references": len(params["image"]), "mask": request.mask is not None}
        return GeneratedImage(data=data, model=self.image_model, usage=usage, settings=settings)

    async def _heard_events(self, lines: AsyncIterator[str]) -> AsyncIterator[sse.Event]:
        """A picture stream's events, each one news from the server; keep-alive comments between them are not,
        so a server that only says it is alive is given up after the wait like a silent one."""
        try:
            async for event in _each(sse.events(lines), self.silence.seconds):
                self.silence.heard()
                yield event
        except BackendError as exc:
            if exc.kind == "silent":
                self.silence.gave_up()
            raise

    @staticmethod
    async def _read_stream(events: AsyncIterator[sse.Event], on_preview: PreviewCallback) -> tuple[str, dict[str, Any] | None]:
        """The finished picture's base64 and usage from a picture stream; previews go to `on_preview` on the way."""
        previews = LatestPreview(on_preview)
        try:
            async for event in events:
                if event.data.startswith("[DONE]"):
                    break
                try:
                    payload = event.json()
                except ValueError as exc:
                    raise BackendError("bad_response", _("The server sent a picture stream that could not be read.")) from exc
                if not isinstance(payload, dict):
                    continue
                if event.name == "error" or payload.get("error"):
                    raise _stream_error(payload.get("error", payload))
                kind = str(payload.get("type", ""))
                if kind.endswith("partial_image") and isinstance(payload.get("b64_json"), str):
                    previews.offer(payload["b64_json"])
                elif kind.endswith("completed") and isinstance(payload.get("b64_json"), str):
                    return payload["b64_json"], payload.get("usage") if isinstance(payload.get("usage"), dict) else None
        finally:
            previews.close()
        raise BackendError("cut_off", _("The picture stopped arriving before it was finished. Try again."))

    async def _download(self, url: str) -> bytes:
        # Some compatible servers still answer with a URL; GPT image models never do.
        try:
            async with httpx2.AsyncClient(timeout=self.config.timeout) as client:
                response = await client.get(url)
                response.raise_for_status()
                return response.content
        except httpx2.HTTPError as exc:
            raise BackendError("network", _("Could not download the picture the server made: {reason}").format(reason=exc)) from exc

    async def list_models(self) -> list[str]:
        try:
            return sorted([m.id async for m in self._client.models.list()])
        except (openai.OpenAIError, httpx2.HTTPError) as exc:
            raise translate_error(exc) from exc

    async def prepare(self) -> None:
        client = self._client
        _unused = client.images.with_streaming_response, client.chat.completions  # the SDK imports these on first use

    async def aclose(self) -> None:
        here = asyncio.get_running_loop()
        for loop, client in list(self._clients.items()):
            if loop is here:
                await client.close()
            elif loop.is_running():  # e.g. the network thread's loop: the client must close on its own loop
                await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(client.close(), loop))
        self._clients.clear()
