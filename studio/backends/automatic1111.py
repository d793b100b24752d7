"""Pictures from Automatic1111's Stable Diffusion web UI (or Forge, which keeps its API) on the designer's own machine.

The API, as AUTOMATIC1111/stable-diffusion-webui defines it (modules/api/api.py and modules/api/models.py; the
wiki's "API" page): it is only there when the web UI is started with `--api`, otherwise /sdapi/v1/… is FastAPI's
404 `{"detail": "Not Found"}`.
- `POST /sdapi/v1/txt2img` {prompt, negative_prompt, seed, steps, cfg_scale, width, height, sampler_name,
  override_settings: {"sd_model_checkpoint": title}} → TextToImageResponse {images: [base64 PNG], parameters, info:
  a JSON string with "seed"}. It answers only when the picture is done: nothing arrives meanwhile.
- `POST /sdapi/v1/img2img` adds init_images: [base64], denoising_strength, and for inpainting mask (base64; white is
  drawn again with inpainting_mask_invert 0), mask_blur, inpainting_fill (1: start from the original's content).
- `GET /sdapi/v1/progress` → ProgressResponse {progress 0…1, eta_relative, state: {sampling_step, sampling_steps,
  job_count, interrupted, …}, current_image: base64 PNG or null}; polled while a picture is made.
- `GET /sdapi/v1/sd-models` → [SDModelItem {title, model_name, hash, sha256, filename, config}].
- `POST /sdapi/v1/interrupt` stops the picture being made (the txt2img call then answers with what it has).
- Errors: `{"error": type, "detail", "body", "errors"}` with the exception's status (500 for a failure while
  drawing; 404 "Model not found" for an unknown checkpoint in some versions).
The web UI draws one picture at a time (its queue lock) and /progress is about whichever it is drawing, so this
backend sends one request at a time: the progress it reads is its own picture's.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import io
import json
import logging
import random
import time
from dataclasses import dataclass
from typing import Any

from studio.backends.base import (
    BackendError,
    GeneratedImage,
    ImageRequest,
    PreviewCallback,
    ProgressCallback,
)
from studio.backends.capabilities import parse_size
from studio.backends.i18n import _
from studio.backends.local_generator import LocalGenerator

log = logging.getLogger(__name__)

MAX_SEED = 2**32 - 1
POLL = 0.5  # seconds between looks at /progress
NEGATIVE = "blurry, text, watermark, deformed"


@dataclass(frozen=True)
class A1111Config:
    url: str = "http://127.0.0.1:7860"
    checkpoint: str = ""  # a title from /sdapi/v1/sd-models; "" = the first it lists
    steps: int = 20
    cfg: float = 7.0
    sampler: str = "Euler a"
    seed: int | None = None  # None: a new seed for every picture
    denoise_edit: float = 0.6  # how far "more like this" may move from the picture it starts from
    timeout: float = 120.0  # the longest the server may say nothing (no answer, no step further)
    poll: float = POLL
    draft: int = 0  # a chat draft's side in pixels; 0: as the checkpoint's name suggests (512 for SD 1.5)


class Automatic1111Backend(LocalGenerator):
    """Draws through Automatic1111/Forge. Words need another backend (see backends/split.SplitBackend)."""

    name = "automatic1111"
    label = "Automatic1111"
    checkpoint_folder = "models/Stable-diffusion"

    def _no_checkpoint(self) -> str:
        return _("{server} at {address} has no checkpoint: put one (a .safetensors Stable Diffusion model) in its "
                 "{folder} folder, press the refresh button beside its checkpoint list, and try again.").format(
            server=self.label, address=self.base, folder=self.checkpoint_folder)

    def __init__(self, config: A1111Config) -> None:
        super().__init__(config.url, config.checkpoint, config.draft)
        self.config = config
        self._one_at_a_time: asyncio.Lock | None = None
        self._lock_loop: asyncio.AbstractEventLoop | None = None

    def _session_timeout(self) -> Any:
        import aiohttp

        # No read timeout on the session: a picture's POST says nothing until it is done; /progress is the sign of
        # life, and each look at it has its own limit.
        return aiohttp.ClientTimeout(sock_connect=15)

    async def _json(self, method: str, path: str, timeout: float | None = None, **kwargs: Any) -> Any:
        import aiohttp

        session = await self._http()
        limit = aiohttp.ClientTimeout(sock_read=timeout, sock_connect=15) if timeout else None
        try:
            async with session.request(method, self.base + path, timeout=limit, **kwargs) as response:
                text = await response.text()
                if response.status >= 400:
                    raise self._http_error(path, response.status, text)
                try:
                    return json.loads(text) if text else None
                except ValueError:
                    raise _not_a1111(self.base, f"{path} did not answer in JSON") from None
        except TimeoutError as exc:  # first: aiohttp's read timeout is a connection error too
            raise _silent(self.config.timeout) from exc
        except aiohttp.ClientConnectionError as exc:
            raise BackendError("network", _("Could not reach Automatic1111 at {address} ({reason}). Is it running? "
                                            "Start it (with --api), or check the address in Settings.").format(
                address=self.base, reason=exc)) from exc

    def _http_error(self, path: str, status: int, text: str) -> BackendError:
        try:
            body = json.loads(text)
        except ValueError:
            body = None
        detail = body.get("detail") if isinstance(body, dict) else None
        if status == 404 and (detail == "Not Found" or body is None):
            return BackendError("config", _("The server at {address} has no Automatic1111 API ({path} is not "
                                            "there). Start the web UI with --api (add it to COMMANDLINE_ARGS in "
                                            "webui-user), or check the address in Settings: it listens on port 7860."
                                            ).format(address=self.base, path=path))
        if status == 404 and detail == "Model not found":
            return BackendError("config", _("Automatic1111 has no checkpoint called “{name}”; choose one "
                                            "it has in Settings (Refresh lists them).").format(name=self._checkpoint))
        if status == 401:
            return BackendError("auth", _("Automatic1111 at {address} asks for a user name and password "
                                          "(--api-auth); the studio cannot send them yet: start it without.").format(
                address=self.base))
        why = ""
        if isinstance(body, dict):
            why = str(body.get("errors") or detail or body.get("error") or "").strip()
        why = why or text[:200].strip() or f"HTTP {status}"
        return BackendError("server" if status >= 500 else "refused", _("Automatic1111 could not draw it: {reason}").format(reason=why))

    async def checkpoints(self) -> list[str]:
        """The checkpoints the web UI has (models/Stable-diffusion), by the title it takes them by."""
        answer = await self._json("GET", "/sdapi/v1/sd-models", timeout=self.config.timeout)
        if not isinstance(answer, list):
            raise _not_a1111(self.base, "/sdapi/v1/sd-models is not a list")
        return [str(m.get("title") or m.get("model_name")) for m in answer if isinstance(m, dict)
                and (m.get("title") or m.get("model_name"))]

    # -- a picture --------------------------------------------------------------------------------------

    def _lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        if self._one_at_a_time is None or self._lock_loop is not loop:
            self._one_at_a_time, self._lock_loop = asyncio.Lock(), loop
        return self._one_at_a_time

    async def generate_image(self, request: ImageRequest, on_preview: PreviewCallback | None = None, *,
                             on_progress: ProgressCallback | None = None) -> GeneratedImage:
        width, height = parse_size(self.capabilities.valid_size(request.size)) or (1024, 1024)
        seed = request.seed if request.seed is not None else (
            self.config.seed if self.config.seed is not None else random.randint(0, MAX_SEED))
        checkpoint = request.checkpoint or await self._chosen_checkpoint()
        body: dict[str, Any] = {
            "prompt": request.prompt, "negative_prompt": NEGATIVE, "seed": seed, "steps": self.config.steps,
            "cfg_scale": self.config.cfg, "width": width, "height": height, "sampler_name": self.config.sampler,
            "batch_size": 1, "n_iter": 1, "send_images": True, "save_images": False,
            "override_settings": {"sd_model_checkpoint": checkpoint},
            # keep the checkpoint loaded: putting the old one back would reload a model (seconds) for every picture
            "override_settings_restore_afterwards": False,
        }
        path = "/sdapi/v1/txt2img"
        if request.references:
            path = "/sdapi/v1/img2img"
            start, mask = await asyncio.get_running_loop().run_in_executor(
                None, _start_picture, request.references[0], request.mask, width, height)
            body.update(init_images=[start], resize_mode=0,
                        denoising_strength=0.35 if request.fidelity == "high" else self.config.denoise_edit)
            if mask is not None:
                body.update(mask=mask, mask_blur=4, inpainting_fill=1, inpainting_mask_invert=0,
                            inpaint_full_res=False, denoising_strength=0.75)
        async with self._lock():
            answer = await self._draw(path, body, on_preview, on_progress)
        images = answer.get("images") if isinstance(answer, dict) else None
        if not images:
            raise BackendError("bad_response", _("Automatic1111 finished without a picture."))
        try:
            data = base64.b64decode(str(images[0]).split(",", 1)[-1], validate=False)
        except (binascii.Error, ValueError):
            raise BackendError("bad_response", _("Automatic1111 sent a picture that is not base64.")) from None
        used = _used_seed(answer.get("info"), seed)
        settings = {"server": "automatic1111", "seed": used, "size": f"{width}x{height}", "checkpoint": checkpoint,
                    "steps": self.config.steps, "cfg": self.config.cfg, "sampler": self.config.sampler}
        return GeneratedImage(data=data, model=checkpoint, settings=settings)

    async def _draw(self, path: str, body: dict[str, Any], on_preview: PreviewCallback | None,
                    on_progress: ProgressCallback | None) -> Any:
        """POST the picture and, until it answers, look at /progress: steps, previews, and whether it is alive."""
        drawing = asyncio.ensure_future(self._json("POST", path, json=body))
        last_change = time.monotonic()
        seen: tuple[Any, ...] = ()
        preview_seen = ""
        seen_steps = 0
        try:
            while True:
                done, _pending = await asyncio.wait({drawing}, timeout=self.config.poll)
                if done:
                    answer = drawing.result()
                    if on_progress is not None:  # done: the last look may have been a step or two before the end
                        on_progress(seen_steps or body["steps"], seen_steps or body["steps"])
                    return answer
                try:
                    progress = await self._json("GET", "/sdapi/v1/progress", timeout=self.config.timeout,
                                                params={"skip_current_image": "false" if on_preview else "true"})
                except BackendError as exc:
                    if drawing.done():
                        return drawing.result()
                    if exc.kind == "network":
                        raise BackendError("network", _("Automatic1111 went away while drawing the picture. Is it "
                                                        "still running?")) from exc
                    raise
                state = (progress or {}).get("state") or {} if isinstance(progress, dict) else {}
                step, steps = state.get("sampling_step"), state.get("sampling_steps")
                if isinstance(steps, int) and steps > 0:
                    seen_steps = steps
                now = (progress.get("progress") if isinstance(progress, dict) else None, step, state.get("job_no"))
                if now != seen:
                    seen, last_change = now, time.monotonic()
                    if on_progress is not None and isinstance(step, int) and isinstance(steps, int) and steps > 0:
                        on_progress(min(step, steps), steps)
                elif time.monotonic() - last_change > self.config.timeout:
                    raise _silent(self.config.timeout)
                current = progress.get("current_image") if isinstance(progress, dict) else None
                if on_preview is not None and isinstance(current, str) and current and current != preview_seen:
                    preview_seen = current
                    try:
                        on_preview(base64.b64decode(current))
                    except (binascii.Error, ValueError):
                        log.debug("an Automatic1111 preview that is not base64")
        except asyncio.CancelledError:
            await asyncio.shield(self._stop())
            raise
        except BaseException:
            # A failure while watching (a silent server) leaves the server drawing: stop it, and our POST.
            if not drawing.done():
                await asyncio.shield(self._stop())
            raise
        finally:
            if not drawing.done():
                drawing.cancel()

    async def _stop(self) -> None:
        try:
            await asyncio.wait_for(self._json("POST", "/sdapi/v1/interrupt"), 10)
        except (TimeoutError, BackendError) as exc:
            log.info("could not interrupt Automatic1111: %s", exc)


def _start_picture(reference: bytes, mask: bytes | None, width: int, height: int) -> tuple[str, str | None]:
    """The picture to start from at the size wanted, and the mask as A1111 takes it: white where the picture is
    drawn again (the studio's mask is transparent there), black where it is kept."""
    from PIL import Image, ImageOps

    def b64(picture: Image.Image) -> str:
        out = io.BytesIO()
        picture.save(out, "PNG")
        return base64.b64encode(out.getvalue()).decode()

    with Image.open(io.BytesIO(reference)) as picture:
        fitted = ImageOps.fit(picture.convert("RGB"), (width, height), Image.Resampling.LANCZOS)
    if mask is None:
        return b64(fitted), None
    with Image.open(io.BytesIO(mask)) as m:
        alpha = ImageOps.fit(m.convert("RGBA"), (width, height), Image.Resampling.LANCZOS).getchannel("A")
    return b64(fitted), b64(alpha.point(lambda a: 255 if a < 128 else 0).convert("L"))


def _used_seed(info: Any, asked: int) -> int:
    """The seed the picture was drawn with, from the answer's `info` (a JSON string); the one asked for otherwise."""
    try:
        seed = json.loads(info).get("seed") if isinstance(info, str) else None
    except (ValueError, AttributeError):
        seed = None
    return seed if isinstance(seed, int) and seed >= 0 else asked


def _not_a1111(base: str, why: str) -> BackendError:
    return BackendError("config", _("The server at {address} does not answer as Automatic1111 does ({reason}). Check the "
                                    "address in Settings: the web UI listens on port 7860, and its API needs --api."
                                    ).format(address=base, reason=why))


def _silent(seconds: float) -> BackendError:
    return BackendError("silent", _("Automatic1111 sent nothing and went no further for {seconds} s, so this was "
                                    "given up. Try again, or allow a longer wait in Settings.").format(
        seconds=f"{seconds:.0f}"))
