"""Pictures from a ComfyUI server on the designer's own machine: no cloud, no cost per picture.

The protocol, as measured against ComfyUI 0.3.64 (see issue #26 and tests/fake_comfyui.py):
- the websocket `ws://HOST/ws?clientId=ID` is opened first, so no message about our prompt is missed;
- `POST /prompt {"prompt": graph, "client_id": ID}` → `{"prompt_id", "number", "node_errors"}`, or HTTP 400 with
  `{"error": {type, message, details, extra_info}, "node_errors": {...}}` for a graph that does not validate;
- the run is over when `executing` arrives with `node: null` for our prompt id (`/history` is written after
  `execution_success` and can be missing when read at once); `executed` carries each SaveImage's pictures,
  fetched from `GET /view`; `execution_error` names the node and the reason; binary frames are previews (4 bytes
  event type 1, 4 bytes format 1 = JPEG / 2 = PNG, then the picture);
- an unchanged graph is answered from the cache with no new picture, so every picture gets a new seed;
- Stop: `POST /interrupt {"prompt_id"}` (between nodes) and `POST /queue {"delete": [id]}` for a waiting one.
"""

from __future__ import annotations

import asyncio
import io
import json
import logging
import random
import struct
import uuid
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
from studio.backends.comfy_graph import Sampling, Workflow, image_to_image, read_workflow, text_to_image
from studio.backends.i18n import _
from studio.backends.local_generator import LocalGenerator

log = logging.getLogger(__name__)

PREVIEW_IMAGE = 1  # the binary frame's event type for a preview (ComfyUI server.py BinaryEventTypes)
PREVIEW_FORMATS = {1: "JPEG", 2: "PNG"}
MAX_SEED = 2**32 - 1


@dataclass(frozen=True)
class ComfyConfig:
    url: str = "http://127.0.0.1:8188"
    checkpoint: str = ""  # "" = the first the server lists
    steps: int = 20
    cfg: float = 7.0
    sampler: str = "euler"
    scheduler: str = "normal"
    seed: int | None = None  # None: a new seed for every picture
    workflow: Workflow | None = None  # a person's own graph instead of the built-in ones
    timeout: float = 120.0  # the longest the server may say nothing
    draft: int = 0  # a chat draft's side in pixels; 0: as the checkpoint's name suggests (512 for SD 1.5)


class ComfyUIBackend(LocalGenerator):
    """Draws through ComfyUI. Words need another backend (see core/backend_choice.SplitBackend)."""

    name = "comfyui"
    queues_pictures = True  # one prompt at a time, and it says when it begins ours (`execution_start`)
    label = "ComfyUI"
    checkpoint_folder = "models/checkpoints"

    def __init__(self, config: ComfyConfig) -> None:
        super().__init__(config.url, config.checkpoint, config.draft)
        self.config = config

    def _session_timeout(self) -> Any:
        import aiohttp

        return aiohttp.ClientTimeout(sock_read=self.config.timeout, sock_connect=15)

    def _draws_with_a_checkpoint(self) -> bool:
        return self.config.workflow is None

    async def _json(self, method: str, path: str, **kwargs: Any) -> Any:
        import aiohttp

        session = await self._http()
        try:
            async with session.request(method, self.base + path, **kwargs) as response:
                text = await response.text()
                if response.status == 400 and path == "/prompt":
                    raise _graph_error(text)
                if response.status >= 400:
                    raise BackendError("not_found" if response.status == 404 else "server",
                                       _("ComfyUI at {address} answered {path} with HTTP {status}: {reason}.").format(
                                           address=self.base, path=path, status=response.status,
                                           reason=text[:200].strip() or response.reason))
                try:
                    return json.loads(text) if text else None
                except ValueError:
                    raise _not_comfy(self.base, f"{path} did not answer in JSON") from None
        except aiohttp.ClientConnectionError as exc:
            raise BackendError("network", _("Could not reach ComfyUI at {address} ({reason}). Is it running? Start "
                                            "it, or check the address in Settings.").format(address=self.base,
                                                                                             reason=exc)) from exc
        except asyncio.TimeoutError as exc:
            raise _silent(self.config.timeout) from exc

    async def checkpoints(self) -> list[str]:
        """The checkpoints the server has (models/checkpoints), as its CheckpointLoaderSimple lists them."""
        info = await self._json("GET", "/object_info/CheckpointLoaderSimple")
        try:
            names = info["CheckpointLoaderSimple"]["input"]["required"]["ckpt_name"][0]
        except (KeyError, IndexError, TypeError):
            raise _not_comfy(self.base, "it has no CheckpointLoaderSimple node") from None
        return [str(n) for n in names] if isinstance(names, list) else []

    # -- a picture --------------------------------------------------------------------------------------

    async def generate_image(self, request: ImageRequest, on_preview: PreviewCallback | None = None, *,
                             on_progress: ProgressCallback | None = None) -> GeneratedImage:
        width, height = parse_size(self.capabilities.valid_size(request.size)) or (1024, 1024)
        seed = request.seed if request.seed is not None else (
            self.config.seed if self.config.seed is not None else random.randint(0, MAX_SEED))
        uploaded = await self._upload(request, width, height) if request.references else None
        workflow = self.config.workflow
        if workflow is not None:
            graph = workflow.filled(request.prompt, width, height, seed, uploaded=uploaded)
            checkpoint = ""
        else:
            checkpoint = request.checkpoint or await self._chosen_checkpoint()
            sampling = Sampling(checkpoint, seed, self.config.steps, self.config.cfg, self.config.sampler,
                                self.config.scheduler)
            graph = (image_to_image(request.prompt, uploaded, sampling, masked=request.mask is not None)
                     if uploaded else text_to_image(request.prompt, width, height, sampling))
        pictures = await self._run(graph, on_preview, on_progress)
        if not pictures:
            raise BackendError("bad_response", _("ComfyUI finished without a picture: the workflow's SaveImage made none."))
        settings = {"server": "comfyui", "seed": seed, "size": f"{width}x{height}"}
        if checkpoint:
            settings.update(checkpoint=checkpoint, steps=self.config.steps, cfg=self.config.cfg,
                            sampler=self.config.sampler, scheduler=self.config.scheduler)
        else:
            settings["workflow"] = "own"
        return GeneratedImage(data=pictures[0], model=checkpoint or "ComfyUI workflow", settings=settings)

    async def _upload(self, request: ImageRequest, width: int, height: int) -> str:
        """The picture to start from, at the size wanted (and with the mask as its transparency), uploaded."""
        import aiohttp

        png = await asyncio.get_running_loop().run_in_executor(None, _start_picture, request.references[0],
                                                                request.mask, width, height)
        form = aiohttp.FormData()
        form.add_field("image", png, filename=f"studio-{uuid.uuid4().hex}.png", content_type="image/png")
        form.add_field("overwrite", "true")
        form.add_field("type", "input")
        answer = await self._json("POST", "/upload/image", data=form)
        name = str(answer.get("name", "")) if isinstance(answer, dict) else ""
        if not name:
            raise _not_comfy(self.base, "/upload/image gave no name")
        folder = answer.get("subfolder") or ""
        return f"{folder}/{name}" if folder else name

    async def _run(self, graph: dict[str, Any], on_preview: PreviewCallback | None,
                   on_progress: ProgressCallback | None = None) -> list[bytes]:
        import aiohttp

        session = await self._http()
        client_id = uuid.uuid4().hex
        ws_url = self.base.replace("http", "ws", 1) + f"/ws?clientId={client_id}"
        try:
            socket = await session.ws_connect(ws_url, heartbeat=None, max_msg_size=64 * 1024 * 1024)
        except aiohttp.WSServerHandshakeError as exc:
            raise _not_comfy(self.base, "it has no /ws websocket") from exc
        except aiohttp.ClientConnectionError as exc:
            raise BackendError("network", _("Could not reach ComfyUI at {address} ({reason}). Is it running?").format(
                address=self.base, reason=exc)) from exc
        prompt_id = ""
        try:
            post = asyncio.ensure_future(self._json("POST", "/prompt", json={"prompt": graph, "client_id": client_id}))
            try:
                answer = await asyncio.shield(post)
            except asyncio.CancelledError:
                # Stopped while the server was taking the prompt: it is queued all the same, so learn its id
                # and take it off again (below), or it would run after the person stopped it.
                try:
                    answer = await asyncio.wait_for(post, 10)
                except Exception:  # noqa: BLE001 - nothing was queued, or the server is gone
                    answer = None
                prompt_id = str((answer or {}).get("prompt_id", ""))
                raise
            prompt_id = str((answer or {}).get("prompt_id", ""))
            if not prompt_id:
                raise _not_comfy(self.base, "/prompt gave no prompt_id")
            outputs = await self._follow(socket, prompt_id, on_preview, on_progress)
        except BaseException:
            # Stopped, or given up (a silent server): take our prompt off the server too, or it would still run
            # (and queue the person's next pictures behind it) after the studio has said it failed.
            if prompt_id:
                await asyncio.shield(self._stop(prompt_id))
            raise
        finally:
            await socket.close()
        return [await self._fetch(image) for image in outputs]

    async def _follow(self, socket: Any, prompt_id: str, on_preview: PreviewCallback | None,
                      on_progress: ProgressCallback | None = None) -> list[dict[str, Any]]:
        """Read the websocket until our prompt has run: the pictures its SaveImage nodes wrote."""
        import aiohttp

        images: list[dict[str, Any]] = []
        ours = False  # previews arrive without a prompt id: they are ours once our prompt has started
        while True:
            try:
                message = await socket.receive(timeout=self.config.timeout)
            except asyncio.TimeoutError:
                # ComfyUI draws one prompt at a time and says nothing to a prompt waiting its turn, nor between two
                # steps of a big picture on a CPU (minutes each at 2048 px): a server that still lists our prompt
                # in its queue is alive, and is waited on. One that does not answer, or has lost it, is given up.
                if await self._queued(prompt_id):
                    continue
                raise _silent(self.config.timeout) from None
            if message.type == aiohttp.WSMsgType.BINARY:
                if ours and on_preview is not None:
                    preview = _preview(message.data)
                    if preview is not None:
                        on_preview(preview)
                continue
            if message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.ERROR):
                raise BackendError("network", _("ComfyUI went away while drawing the picture (its connection closed). "
                                                "Is it still running?"))
            if message.type != aiohttp.WSMsgType.TEXT:
                continue
            try:
                event = json.loads(message.data)
            except ValueError:
                continue
            kind, data = event.get("type"), event.get("data") or {}
            if data.get("prompt_id") not in (None, prompt_id):
                continue  # another client's prompt on a shared server
            if kind == "execution_start":
                ours = True
                if on_progress is not None:  # it was waiting its turn until now
                    on_progress(0, 0)
            elif kind == "progress" and data.get("max"):
                log.debug("ComfyUI %s: step %s of %s", prompt_id, data.get("value"), data.get("max"))
                if on_progress is not None and isinstance(data.get("value"), int) and isinstance(data["max"], int):
                    on_progress(min(data["value"], data["max"]), data["max"])
            elif kind == "executed":
                images += [i for i in (data.get("output") or {}).get("images", []) if i.get("type") == "output"]
            elif kind == "execution_error":
                node = data.get("node_type") or data.get("node_id") or _("a node")
                reason = data.get("exception_message") or data.get("exception_type") or _("no reason given")
                raise BackendError("server", _("ComfyUI stopped at {node}: {reason}").format(
                    node=node, reason=str(reason).strip()))
            elif kind == "execution_interrupted":
                raise BackendError("cancelled", _("ComfyUI's run was interrupted."))
            elif kind == "executing" and data.get("node") is None and data.get("prompt_id") == prompt_id:
                return images

    async def _fetch(self, image: dict[str, Any]) -> bytes:
        import aiohttp

        session = await self._http()
        params = {"filename": image.get("filename", ""), "subfolder": image.get("subfolder", ""),
                  "type": image.get("type", "output")}
        try:
            async with session.get(self.base + "/view", params=params) as response:
                if response.status != 200:
                    raise BackendError("server", _("ComfyUI made the picture but would not send it (HTTP {status} "
                                                   "for {file}).").format(status=response.status,
                                                                          file=params["filename"]))
                return await response.read()
        except aiohttp.ClientConnectionError as exc:
            raise BackendError("network", _("ComfyUI went away before sending the picture ({reason}).").format(reason=exc)) from exc

    async def _queued(self, prompt_id: str) -> bool:
        """Whether the server still has our prompt, running or waiting (GET /queue: `queue_running` and
        `queue_pending` entries are [number, prompt_id, graph, extra, outputs])."""
        try:
            queue = await asyncio.wait_for(self._json("GET", "/queue"), self.config.timeout)
        except (BackendError, asyncio.TimeoutError):
            return False
        if not isinstance(queue, dict):
            return False
        entries = [*(queue.get("queue_running") or []), *(queue.get("queue_pending") or [])]
        return any(isinstance(item, list) and len(item) > 1 and item[1] == prompt_id for item in entries)

    async def _stop(self, prompt_id: str) -> None:
        """Stop our prompt: interrupt it if it is running, and take it off the queue if it is waiting."""
        for path, body in (("/interrupt", {"prompt_id": prompt_id}), ("/queue", {"delete": [prompt_id]})):
            try:
                await asyncio.wait_for(self._json("POST", path, json=body), 10)
            except (BackendError, asyncio.TimeoutError) as exc:
                log.info("could not stop ComfyUI prompt %s (%s): %s", prompt_id, path, exc)


def _start_picture(reference: bytes, mask: bytes | None, width: int, height: int) -> bytes:
    from PIL import Image, ImageOps

    with Image.open(io.BytesIO(reference)) as picture:
        fitted = ImageOps.fit(picture.convert("RGB"), (width, height), Image.Resampling.LANCZOS)
    if mask is not None:
        with Image.open(io.BytesIO(mask)) as m:
            alpha = ImageOps.fit(m.convert("RGBA"), (width, height), Image.Resampling.LANCZOS).getchannel("A")
        fitted.putalpha(alpha)  # transparent where the picture is drawn again: LoadImage's mask
    out = io.BytesIO()
    fitted.save(out, "PNG")
    return out.getvalue()


def _preview(frame: bytes) -> bytes | None:
    if len(frame) < 8:
        return None
    event, fmt = struct.unpack(">II", frame[:8])
    return frame[8:] if event == PREVIEW_IMAGE and fmt in PREVIEW_FORMATS else None


def _graph_error(text: str) -> BackendError:
    """HTTP 400 from /prompt, in plain words: no checkpoint, a node type missing, a bad value."""
    try:
        body = json.loads(text)
    except ValueError:
        return BackendError("refused", _("ComfyUI refused the picture's graph: {reason}").format(reason=text[:200]))
    error = body.get("error") or {}
    for node_id, found in (body.get("node_errors") or {}).items():
        for problem in found.get("errors", []):
            details = str(problem.get("details", ""))
            info = problem.get("extra_info") or {}
            if problem.get("type") == "value_not_in_list" and info.get("input_name") == "ckpt_name":
                have = info.get("input_config", [[]])[0] if isinstance(info.get("input_config"), list) else []
                listed = ", ".join(map(str, have)) if have else _("none")
                return BackendError("config", _("ComfyUI has no checkpoint called “{name}”; put one in its "
                                                "models/checkpoints folder, or choose one it has in Settings. These "
                                                "are the ones it has: {listed}.").format(
                    name=info.get("received_value"), listed=listed))
            return BackendError("refused", _("ComfyUI refused node {node} ({kind}): {reason}").format(
                node=node_id, kind=found.get("class_type", "?"),
                reason=f"{problem.get('message', '')} {details}".strip()))
    if error.get("type") == "invalid_prompt" and "does not exist" in str(error.get("message", "")):
        return BackendError("config", _("ComfyUI does not have a node this workflow needs: {reason}. Install the "
                                        "custom node in ComfyUI, or use another workflow.").format(
            reason=error.get("message")))
    return BackendError("refused", _("ComfyUI refused the picture's graph: {reason}").format(
        reason=error.get("message") or text[:200]))


def _not_comfy(base: str, why: str) -> BackendError:
    return BackendError("config", _("The server at {address} does not answer as ComfyUI does ({reason}). Check the "
                                    "address in Settings: ComfyUI listens on port 8188 by default.").format(
        address=base, reason=why))


def _silent(seconds: float) -> BackendError:
    return BackendError("silent", _("ComfyUI sent nothing for {seconds} s, so this was given up. Try again, or "
                                    "allow a longer wait in Settings.").format(seconds=f"{seconds:.0f}"))


def comfy_config(url: str, checkpoint: str = "", workflow_file: str = "", timeout: float = 120.0,
                 **sampling: Any) -> ComfyConfig:
    workflow = read_workflow(workflow_file) if workflow_file else None
    return ComfyConfig(url=url, checkpoint=checkpoint, workflow=workflow, timeout=timeout, **sampling)
