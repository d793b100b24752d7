"""A stand-in Automatic1111 web UI API, built from its documented schema.

Checked against AUTOMATIC1111/stable-diffusion-webui (read through the library's stored copy of the repository,
modules/api/models.py and modules/api/api.py; the wiki's "API" page says the same routes):
- routes: `POST /sdapi/v1/txt2img`, `POST /sdapi/v1/img2img`, `GET /sdapi/v1/progress`, `POST /sdapi/v1/interrupt`,
  `GET /sdapi/v1/sd-models` (api.py `add_api_route` calls); without `--api` none of them exists, and FastAPI answers
  404 `{"detail": "Not Found"}` (`api=False` here);
- request fields read here: prompt, negative_prompt, seed (-1: a random one), steps, cfg_scale, width, height,
  sampler_name, override_settings.sd_model_checkpoint (StableDiffusionProcessingTxt2Img's __init__ parameters, which
  models.py turns into the request model); img2img adds init_images (list of base64), mask (base64; white is drawn
  again), denoising_strength (default 0.75), inpainting_fill, mask_blur (the additional fields in models.py);
- TextToImageResponse / ImageToImageResponse: `images` (base64 PNG list), `parameters` (the request), `info` (a JSON
  string: processed.js(), which holds "seed", "all_seeds", "width", "height", "sd_model_name", …);
- ProgressResponse: `progress` (0…1, 0 with `state.job_count` 0 when idle), `eta_relative`, `state`
  (shared.state.dict(): skipped, interrupted, job, job_count, job_timestamp, job_no, sampling_step, sampling_steps),
  `current_image` (base64 PNG or null; null with skip_current_image), `textinfo`;
- SDModelItem: title ("name.safetensors [hash]"), model_name, hash, sha256, filename, config;
- errors: api_middleware's `{"error": type, "detail", "body", "errors"}` with the exception's status: 404
  "Model not found" for an unknown sd_model_checkpoint (validate_model in img2imgapi/text2imgapi), 500 otherwise;
- `/sdapi/v1/interrupt` answers `{}` and the running picture ends early, answered with what it has.
Not checked against a running web UI (none was available here): the timing (one picture at a time, under its
queue lock) follows api.py's `with self.queue_lock`.

    with FakeA1111(checkpoints=["tiny.safetensors"]) as a1111:
        a1111.url  # http://127.0.0.1:PORT
"""

from __future__ import annotations

import asyncio
import base64
import io
import json
import random
from dataclasses import dataclass
from typing import Any

from aiohttp import web
from PIL import Image

from tests.aio_server import AioServer


@dataclass
class Faults:
    fail: str | None = None  # a failure while drawing: HTTP 500 with this as the exception's text
    go_silent: bool = False  # take the picture, then never answer (and /progress never moves)
    die_mid_run: bool = False  # drop the connection halfway through the picture


class FakeA1111(AioServer):
    def __init__(self, checkpoints: list[str] | None = None, steps_delay: float = 0.0, api: bool = True) -> None:
        names = checkpoints if checkpoints is not None else ["tiny_random_sd15.safetensors"]
        self.models = [{"title": f"{n} [0123abcd]", "model_name": n.rsplit(".", 1)[0], "hash": "0123abcd",
                        "sha256": "0123abcd" * 8, "filename": f"/sd/models/Stable-diffusion/{n}", "config": None}
                       for n in names]
        self.steps_delay = steps_delay
        self.api = api
        self.faults = Faults()
        self.requests: list[tuple[str, dict[str, Any]]] = []  # (route, body) of every picture asked for
        self.interrupts = 0
        self.progress_polls = 0
        self._state = {"skipped": False, "interrupted": False, "job": "", "job_count": 0, "job_timestamp": "0",
                       "job_no": 0, "sampling_step": 0, "sampling_steps": 0}
        self._current: Image.Image | None = None
        self._interrupt = asyncio.Event()
        self._queue: asyncio.Lock | None = None

    def on_loop(self) -> None:
        self._interrupt = asyncio.Event()
        self._queue = asyncio.Lock()

    def routes(self, app: web.Application) -> None:
        app.router.add_get("/", self._page)
        if self.api:
            app.router.add_post("/sdapi/v1/txt2img", self._txt2img)
            app.router.add_post("/sdapi/v1/img2img", self._img2img)
            app.router.add_get("/sdapi/v1/progress", self._progress)
            app.router.add_post("/sdapi/v1/interrupt", self._interrupt_now)
            app.router.add_get("/sdapi/v1/sd-models", self._sd_models)
        app.router.add_route("*", "/{tail:.*}", self._not_found)

    # -- HTTP --------------------------------------------------------------------------------------------

    async def _page(self, request: web.Request) -> web.Response:
        return web.Response(text="<html><title>Stable Diffusion</title></html>", content_type="text/html")

    async def _not_found(self, request: web.Request) -> web.Response:
        return web.json_response({"detail": "Not Found"}, status=404)

    async def _sd_models(self, request: web.Request) -> web.Response:
        return web.json_response(self.models)

    async def _interrupt_now(self, request: web.Request) -> web.Response:
        self.interrupts += 1
        self._interrupt.set()
        self._state["interrupted"] = True
        return web.json_response({})

    async def _progress(self, request: web.Request) -> web.Response:
        self.progress_polls += 1
        if self.faults.go_silent and self._state["job_count"]:
            await asyncio.sleep(3600)
        state = dict(self._state)
        if not state["job_count"]:
            return web.json_response({"progress": 0, "eta_relative": 0, "state": state, "current_image": None,
                                      "textinfo": None})
        progress = 0.01 + (state["sampling_step"] / state["sampling_steps"] if state["sampling_steps"] else 0)
        current = None
        if self._current is not None and request.query.get("skip_current_image", "false") != "true":
            current = _b64(self._current)
        return web.json_response({"progress": min(progress, 1), "eta_relative": 1.0, "state": state,
                                  "current_image": current, "textinfo": None})

    async def _txt2img(self, request: web.Request) -> web.Response:
        return await self._draw("txt2img", await request.json(), request)

    async def _img2img(self, request: web.Request) -> web.Response:
        body = await request.json()
        if not body.get("init_images"):
            return _error(404, "HTTPException", "Init image not found")
        return await self._draw("img2img", body, request)

    async def _draw(self, route: str, body: dict[str, Any], request: web.Request) -> web.StreamResponse:
        self.requests.append((route, body))
        wanted = (body.get("override_settings") or {}).get("sd_model_checkpoint")
        if not self.models:
            # the web UI starts with no model loaded and fails inside processing
            return _error(500, "AttributeError", "'NoneType' object has no attribute 'sd_checkpoint_info'")
        if wanted and wanted not in {m["title"] for m in self.models} | {m["model_name"] for m in self.models}:
            return _error(404, "HTTPException", "Model not found")
        width, height = int(body.get("width", 512)), int(body.get("height", 512))
        steps = int(body.get("steps", 20))
        seed = int(body.get("seed", -1))
        if seed == -1:
            seed = random.randint(0, 2**32 - 1)
        assert self._queue is not None
        async with self._queue:
            self._interrupt.clear()
            self._state.update(job=route, job_count=1, job_no=0, sampling_step=0, sampling_steps=steps,
                               interrupted=False)
            try:
                if self.faults.go_silent:
                    await asyncio.sleep(3600)
                colour = (seed * 37 % 256, seed * 91 % 256, seed * 53 % 256)
                for step in range(1, steps + 1):
                    if self._interrupt.is_set():
                        break
                    await asyncio.sleep(self.steps_delay)
                    self._state["sampling_step"] = step
                    self._current = Image.new("RGB", (max(8, width // 8), max(8, height // 8)),
                                              tuple(c * step // steps for c in colour))
                    if self.faults.die_mid_run and step * 2 >= steps:
                        assert request.transport is not None
                        request.transport.close()
                        return web.Response(status=500)
                    if self.faults.fail and step * 2 >= steps:
                        return _error(500, "RuntimeError", self.faults.fail)
            finally:
                self._state.update(job="", job_count=0, sampling_step=0, sampling_steps=0)
                self._current = None
        picture = Image.new("RGB", (width, height), colour)
        info = {"prompt": body.get("prompt", ""), "seed": seed, "all_seeds": [seed], "width": width, "height": height,
                "sd_model_name": wanted or self.models[0]["model_name"], "steps": steps}
        return web.json_response({"images": [_b64(picture)], "parameters": body, "info": json.dumps(info)})


def _b64(picture: Image.Image) -> str:
    out = io.BytesIO()
    picture.save(out, "PNG")
    return base64.b64encode(out.getvalue()).decode()


def _error(status: int, kind: str, text: str) -> web.Response:
    detail = text if kind == "HTTPException" else ""
    return web.json_response({"error": kind, "detail": detail, "body": "", "errors": text if not detail else
                              f"{status}: {text}"}, status=status)


def decode(b64: str) -> Image.Image:
    return Image.open(io.BytesIO(base64.b64decode(b64)))


def main() -> None:
    """`python -m tests.fake_a1111 [--checkpoint NAME] [--step-delay S]`: prints its address and serves until stdin
    closes, for trying the studio by hand without a real web UI."""
    import argparse
    import sys

    parser = argparse.ArgumentParser()
    parser.add_argument("--checkpoint", action="append", help="a checkpoint it lists (repeatable; none: empty list)")
    parser.add_argument("--step-delay", type=float, default=0.1)
    args = parser.parse_args()
    with FakeA1111(args.checkpoint or [], args.step_delay) as a1111:
        print(a1111.url, flush=True)
        sys.stdin.read()


if __name__ == "__main__":
    main()
