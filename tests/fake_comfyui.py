"""A stand-in ComfyUI server that replays the formats measured against a real one (ComfyUI 0.3.64, CPU only; see
issue #26): `/prompt` validation errors (a checkpoint not in the list, a node type that does not exist), the
websocket's order of messages (status, execution_start, execution_cached, progress per sampler step with binary
JPEG/PNG preview frames, executing per node, executed with the SaveImage pictures, execution_success, then
executing with node null), the cache answering an unchanged graph with the old file names, `/upload/image`,
`/view`, `/interrupt` and `/queue {"delete"}`.

    with FakeComfyUI(checkpoints=["tiny.safetensors"]) as comfy:
        comfy.url  # http://127.0.0.1:PORT

Checked by hand against a real ComfyUI 0.3.64 (Comfy-Org/ComfyUI a125cd8, CPU only, `--preview-method latent2rgb`,
a tiny random-weights SD 1.5 checkpoint, 2026-11-26): the built-in text-to-image graph at 256×256, 4 steps, sent
status ×3, execution_start, execution_cached (nodes []), then per node executing and progress_state, per sampler
step progress {value, max} followed by one binary frame (type 1, format 1 = JPEG), executed (SaveImage), then
execution_success, status and executing with node null; this stand-in sends the same order (progress_state
included). Stop: /interrupt with the prompt id left the server idle 5.6 s later (one sampler step on that CPU).

Run as a program (`python -m tests.fake_comfyui [--checkpoint NAME] [--step-delay S]`) it prints its address
and serves until stdin closes: for trying the studio by hand without a real server.
"""

from __future__ import annotations

import asyncio
import io
import json
import struct
import sys
import threading
import uuid
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web
from PIL import Image

from tests.aio_server import AioServer

KNOWN_NODES = {"CheckpointLoaderSimple", "CLIPTextEncode", "EmptyLatentImage", "KSampler", "VAEDecode", "VAEEncode",
               "VAEEncodeForInpaint", "LoadImage", "SaveImage", "PrimitiveString", "PrimitiveInt", "EmptyImage",
               "ImageScale"}


@dataclass
class Faults:
    fail_node: str | None = None  # a class_type whose run ends in execution_error
    go_silent: bool = False  # accept the prompt, then say nothing more
    drop_mid_run: bool = False  # close the websocket in the middle of sampling


@dataclass
class Run:
    prompt_id: str
    graph: dict[str, Any]
    client_id: str
    interrupted: asyncio.Event = field(default_factory=asyncio.Event)


class FakeComfyUI(AioServer):
    def __init__(self, checkpoints: list[str] | None = None, steps_delay: float = 0.0, previews: bool = True) -> None:
        self.checkpoints = list(checkpoints if checkpoints is not None else ["tiny_random_sd15.safetensors"])
        self.steps_delay = steps_delay
        self.previews = previews
        self.faults = Faults()
        self.prompts: list[dict[str, Any]] = []  # every graph accepted, in order
        self.uploads: dict[str, bytes] = {}
        self.interrupts: list[str] = []
        self.deleted: list[str] = []
        self.files: dict[str, bytes] = {}
        self._sockets: dict[str, web.WebSocketResponse] = {}
        self._cache: dict[str, list[dict[str, str]]] = {}  # graph → the pictures it made
        self._running: Run | None = None
        self._pending: list[Run] = []  # waiting their turn: the real server runs one prompt at a time
        self.waiting = threading.Event()  # set once a prompt has had to wait behind another
        self._turns: asyncio.Lock | None = None

    # -- lifetime ----------------------------------------------------------------------------------------

    def routes(self, app: web.Application) -> None:
        app.router.add_get("/system_stats", self._stats)
        app.router.add_get("/object_info/{node}", self._object_info)
        app.router.add_post("/prompt", self._prompt)
        app.router.add_get("/ws", self._ws)
        app.router.add_get("/view", self._view)
        app.router.add_post("/upload/image", self._upload)
        app.router.add_post("/interrupt", self._interrupt)
        app.router.add_post("/queue", self._queue)
        app.router.add_get("/queue", self._queue_list)

    async def on_stop(self) -> None:
        for socket in list(self._sockets.values()):
            await socket.close()

    # -- HTTP --------------------------------------------------------------------------------------------

    async def _stats(self, request: web.Request) -> web.Response:
        return web.json_response({"system": {"comfyui_version": "0.3.64", "python_version": sys.version},
                                  "devices": [{"name": "cpu", "type": "cpu"}]})

    async def _object_info(self, request: web.Request) -> web.Response:
        if request.match_info["node"] != "CheckpointLoaderSimple":
            return web.json_response({})
        return web.json_response({"CheckpointLoaderSimple": {"input": {"required": {
            "ckpt_name": [list(self.checkpoints), {"tooltip": "The name of the checkpoint (model) to load."}]}},
            "output": ["MODEL", "CLIP", "VAE"], "name": "CheckpointLoaderSimple"}})

    async def _prompt(self, request: web.Request) -> web.Response:
        body = await request.json()
        graph, client_id = body.get("prompt") or {}, str(body.get("client_id", ""))
        for node_id, node in graph.items():
            if node.get("class_type") not in KNOWN_NODES:
                return web.json_response({"error": {
                    "type": "invalid_prompt", "message": f"Cannot execute because node {node.get('class_type')} does "
                                                         "not exist.", "details": f"Node ID '#{node_id}'",
                    "extra_info": {}}, "node_errors": {}}, status=400)
        for node_id, node in graph.items():
            name = node["inputs"].get("ckpt_name")
            if node["class_type"] == "CheckpointLoaderSimple" and name not in self.checkpoints:
                return web.json_response({
                    "error": {"type": "prompt_outputs_failed_validation", "message": "Prompt outputs failed validation",
                              "details": "", "extra_info": {}},
                    "node_errors": {node_id: {"errors": [{
                        "type": "value_not_in_list", "message": "Value not in list",
                        "details": f"ckpt_name: '{name}' not in {self.checkpoints}",
                        "extra_info": {"input_name": "ckpt_name", "input_config": [list(self.checkpoints), {}],
                                       "received_value": name}}],
                        "dependent_outputs": [k for k, n in graph.items() if n["class_type"] == "SaveImage"],
                        "class_type": "CheckpointLoaderSimple"}}}, status=400)
        run = Run(str(uuid.uuid4()), graph, client_id)
        self.prompts.append(graph)
        self._pending.append(run)
        if self._running is not None or len(self._pending) > 1:
            self.waiting.set()
        asyncio.ensure_future(self._execute(run))
        return web.json_response({"prompt_id": run.prompt_id, "number": len(self.prompts) - 1, "node_errors": {}})

    async def _view(self, request: web.Request) -> web.Response:
        data = self.files.get(request.query.get("filename", ""))
        if data is None or request.query.get("type") != "output":
            return web.Response(status=404)
        return web.Response(body=data, content_type="image/png")

    async def _upload(self, request: web.Request) -> web.Response:
        form = await request.post()
        image = form["image"]
        name = getattr(image, "filename", "upload.png")
        self.uploads[name] = image.file.read()  # type: ignore[union-attr]
        return web.json_response({"name": name, "subfolder": "", "type": "input"})

    async def _interrupt(self, request: web.Request) -> web.Response:
        body = await request.json() if request.can_read_body else {}
        prompt_id = str(body.get("prompt_id", ""))
        self.interrupts.append(prompt_id)
        if self._running is not None and self._running.prompt_id == prompt_id:
            self._running.interrupted.set()
        return web.Response(status=200)

    async def _queue(self, request: web.Request) -> web.Response:
        body = await request.json()
        gone = [str(i) for i in body.get("delete", [])]
        self.deleted += gone
        self._pending = [run for run in self._pending if run.prompt_id not in gone]
        return web.Response(status=200)

    async def _queue_list(self, request: web.Request) -> web.Response:
        def entry(number: int, run: Run) -> list[Any]:
            return [number, run.prompt_id, run.graph, {"client_id": run.client_id}, []]
        running = [entry(0, self._running)] if self._running is not None else []
        return web.json_response({"queue_running": running,
                                  "queue_pending": [entry(i + 1, run) for i, run in enumerate(self._pending)]})

    async def _ws(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        client_id = request.query.get("clientId", "")
        self._sockets[client_id] = socket
        await socket.send_json({"type": "status", "data": {"status": {"exec_info": {"queue_remaining": 0}},
                                                           "sid": client_id}})
        async for message in socket:
            if message.type == WSMsgType.ERROR:
                break
        self._sockets.pop(client_id, None)
        return socket

    # -- running a graph ---------------------------------------------------------------------------------

    async def _send(self, run: Run, kind: str, data: dict[str, Any]) -> None:
        socket = self._sockets.get(run.client_id)
        if socket is not None and not socket.closed:
            await socket.send_json({"type": kind, "data": data})

    async def _execute(self, run: Run) -> None:
        if self._turns is None:
            self._turns = asyncio.Lock()
        async with self._turns:  # one prompt at a time, in the order sent, as the real server runs them
            if run not in self._pending:  # taken off the queue while it waited
                return
            self._pending.remove(run)
            self._running = run
            try:
                await self._execute_inner(run)
            finally:
                self._running = None

    async def _execute_inner(self, run: Run) -> None:
        pid = run.prompt_id
        if self.faults.go_silent:
            return
        for _ in range(3):  # the real server's queue announcements before the run
            await self._send(run, "status", {"status": {"exec_info": {"queue_remaining": 1}}})
        await self._send(run, "execution_start", {"prompt_id": pid, "timestamp": 0})
        key = json.dumps(run.graph, sort_keys=True)
        if key in self._cache:  # unchanged graph: every node cached, the old files, nothing new written
            await self._send(run, "execution_cached", {"nodes": list(run.graph), "prompt_id": pid})
            for node_id, node in run.graph.items():
                if node["class_type"] == "SaveImage":
                    await self._send(run, "executed", {"node": node_id, "display_node": node_id, "prompt_id": pid,
                                                       "output": {"images": self._cache[key]}})
            await self._send(run, "execution_success", {"prompt_id": pid})
            await self._send(run, "executing", {"node": None, "prompt_id": pid})
            return
        await self._send(run, "execution_cached", {"nodes": [], "prompt_id": pid})
        width, height, colour = self._picture_of(run.graph)
        await self._send(run, "progress_state", {"prompt_id": pid, "nodes": {}})
        for node_id, node in run.graph.items():
            await self._send(run, "executing", {"node": node_id, "display_node": node_id, "prompt_id": pid})
            await self._send(run, "progress_state", {"prompt_id": pid, "nodes": {node_id: {"state": "running"}}})
            if node["class_type"] == self.faults.fail_node:
                await self._send(run, "execution_error", {
                    "prompt_id": pid, "node_id": node_id, "node_type": node["class_type"], "executed": [],
                    "exception_message": "Sampling failed: out of memory", "exception_type": "RuntimeError",
                    "traceback": ["..."]})
                return
            if node["class_type"] == "KSampler":
                steps = int(node["inputs"].get("steps", 20))
                for step in range(1, steps + 1):
                    if run.interrupted.is_set():
                        await self._send(run, "execution_interrupted", {"prompt_id": pid, "node_id": node_id,
                                                                       "node_type": "KSampler", "executed": []})
                        return
                    await self._send(run, "progress", {"value": step, "max": steps, "prompt_id": pid,
                                                       "node": node_id})
                    if self.previews:
                        await self._preview(run, width, height, colour, step / steps)
                    if self.faults.drop_mid_run and step == steps // 2:
                        await self._sockets[run.client_id].close()
                        return
                    await asyncio.sleep(self.steps_delay)
            if node["class_type"] == "SaveImage":
                name = f"studio_{len(self.files) + 1:05d}_.png"
                self.files[name] = _png(width, height, colour)
                images = [{"filename": name, "subfolder": "", "type": "output"}]
                self._cache[key] = images
                await self._send(run, "executed", {"node": node_id, "display_node": node_id, "prompt_id": pid,
                                                   "output": {"images": images}})
        await self._send(run, "execution_success", {"prompt_id": pid, "timestamp": 0})
        await self._send(run, "status", {"status": {"exec_info": {"queue_remaining": 0}}})
        await self._send(run, "executing", {"node": None, "prompt_id": pid})

    async def _preview(self, run: Run, width: int, height: int, colour: tuple[int, int, int], done: float) -> None:
        socket = self._sockets.get(run.client_id)
        if socket is None or socket.closed:
            return
        picture = Image.new("RGB", (max(8, width // 8), max(8, height // 8)), tuple(int(c * done) for c in colour))
        out = io.BytesIO()
        picture.save(out, "JPEG")
        await socket.send_bytes(struct.pack(">II", 1, 1) + out.getvalue())

    def _picture_of(self, graph: dict[str, Any]) -> tuple[int, int, tuple[int, int, int]]:
        width = height = 512
        seed = 0
        for node in graph.values():
            inputs = node["inputs"]
            if node["class_type"] in ("EmptyLatentImage", "EmptyImage"):
                width, height = int(inputs["width"]), int(inputs["height"])
            if node["class_type"] == "LoadImage" and inputs.get("image") in self.uploads:
                with Image.open(io.BytesIO(self.uploads[inputs["image"]])) as start:
                    width, height = start.size
            for key in ("seed", "noise_seed"):
                if isinstance(inputs.get(key), int):
                    seed = inputs[key]
            if node["class_type"] == "PrimitiveInt":
                seed = int(inputs.get("value", 0))
        return width, height, (seed * 37 % 256, seed * 91 % 256, seed * 53 % 256)


def _png(width: int, height: int, colour: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "PNG")
    return out.getvalue()


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--checkpoint", action="append", help="a checkpoint it lists (repeatable; none: empty list)")
    parser.add_argument("--step-delay", type=float, default=0.05)
    args = parser.parse_args()
    with FakeComfyUI(args.checkpoint or [], args.step_delay) as comfy:
        print(comfy.url, flush=True)
        sys.stdin.read()


if __name__ == "__main__":
    main()
