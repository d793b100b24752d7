"""The ComfyUI generator against a stand-in that replays a real server's formats (tests/fake_comfyui.py)."""

from __future__ import annotations

import asyncio
import io
import json

import pytest
from PIL import Image

from studio.backends.base import BackendError, ImageRequest
from studio.backends.comfy_graph import read_workflow
from studio.backends.comfyui import ComfyConfig, ComfyUIBackend
from tests.fake_comfyui import FakeComfyUI

WEIGHTLESS = {
    "1": {"class_type": "PrimitiveString", "inputs": {"value": "a hedgehog"}, "_meta": {"title": "Positive prompt"}},
    "2": {"class_type": "PrimitiveInt", "inputs": {"value": 1}, "_meta": {"title": "Seed"}},
    "3": {"class_type": "EmptyImage", "inputs": {"width": 1024, "height": 1024, "batch_size": 1, "color": ["2", 0]},
          "_meta": {"title": "Size"}},
    "4": {"class_type": "SaveImage", "inputs": {"images": ["3", 0], "filename_prefix": "studio"},
          "_meta": {"title": "Save"}},
}


def draw(backend: ComfyUIBackend, request: ImageRequest, previews: list[bytes] | None = None):
    async def go():
        try:
            return await backend.generate_image(request, previews.append if previews is not None else None)
        finally:
            await backend.aclose()
    return asyncio.run(go())


def size_of(data: bytes) -> tuple[int, int]:
    with Image.open(io.BytesIO(data)) as picture:
        return picture.size


def test_a_picture_at_the_asked_size_with_previews_and_its_seed_kept():
    with FakeComfyUI(["tiny.safetensors"]) as comfy:
        previews: list[bytes] = []
        made = draw(ComfyUIBackend(ComfyConfig(comfy.url, steps=4)), ImageRequest("a hedgehog", size="768x512"),
                    previews)
        graph = comfy.prompts[0]
    assert size_of(made.data) == (768, 512)
    assert len(previews) == 4 and all(size_of(p) for p in previews)  # a JPEG per sampler step
    assert made.model == "tiny.safetensors"
    sampler = next(n for n in graph.values() if n["class_type"] == "KSampler")
    assert made.settings["seed"] == sampler["inputs"]["seed"] and made.settings["checkpoint"] == "tiny.safetensors"
    assert next(n for n in graph.values() if n["class_type"] == "CLIPTextEncode")["inputs"]["text"] == "a hedgehog"


def test_each_picture_is_a_new_run_not_the_cache():
    with FakeComfyUI(["tiny.safetensors"]) as comfy:
        backend = ComfyUIBackend(ComfyConfig(comfy.url, steps=2))

        async def two():
            try:
                return [await backend.generate_image(ImageRequest("same prompt")) for _ in range(2)]
            finally:
                await backend.aclose()
        first, second = asyncio.run(two())
        assert len(comfy.files) == 2  # two files written: neither answer came from the cache
    assert first.settings["seed"] != second.settings["seed"]


def test_a_reference_goes_in_as_image_to_image_at_the_size_asked():
    start = io.BytesIO()
    Image.new("RGB", (300, 200), "orange").save(start, "PNG")
    with FakeComfyUI(["tiny.safetensors"]) as comfy:
        made = draw(ComfyUIBackend(ComfyConfig(comfy.url, steps=2)),
                    ImageRequest("more like this", size="512x512", references=(start.getvalue(),)))
        graph = comfy.prompts[0]
        (uploaded,) = comfy.uploads.values()
    assert size_of(uploaded) == (512, 512) and size_of(made.data) == (512, 512)
    assert {n["class_type"] for n in graph.values()} >= {"LoadImage", "VAEEncode", "KSampler"}
    assert next(n for n in graph.values() if n["class_type"] == "KSampler")["inputs"]["denoise"] < 1


def test_no_checkpoint_is_said_in_plain_words():
    with FakeComfyUI([]) as comfy, pytest.raises(BackendError) as error:
        draw(ComfyUIBackend(ComfyConfig(comfy.url)), ImageRequest("a hedgehog"))
    assert error.value.kind == "config" and "models/checkpoints" in str(error.value)


def test_a_checkpoint_it_does_not_have_lists_the_ones_it_has():
    with FakeComfyUI(["a.safetensors", "b.safetensors"]) as comfy, pytest.raises(BackendError) as error:
        draw(ComfyUIBackend(ComfyConfig(comfy.url, checkpoint="gone.safetensors")), ImageRequest("x"))
    assert "gone.safetensors" in str(error.value) and "a.safetensors, b.safetensors" in str(error.value)


def test_a_failed_node_and_a_server_that_goes_away_are_explained():
    with FakeComfyUI(["tiny.safetensors"]) as comfy:
        comfy.faults.fail_node = "KSampler"
        with pytest.raises(BackendError) as failed:
            draw(ComfyUIBackend(ComfyConfig(comfy.url, steps=2)), ImageRequest("x"))
        comfy.faults.fail_node = None
        comfy.faults.drop_mid_run = True
        with pytest.raises(BackendError) as dropped:
            draw(ComfyUIBackend(ComfyConfig(comfy.url, steps=4)), ImageRequest("x"))
    assert "KSampler" in str(failed.value) and "out of memory" in str(failed.value)
    assert dropped.value.kind == "network" and "went away" in str(dropped.value)


def test_a_silent_server_is_given_up_not_waited_on_forever():
    with FakeComfyUI(["tiny.safetensors"]) as comfy:
        comfy.faults.go_silent = True
        with pytest.raises(BackendError) as error:
            draw(ComfyUIBackend(ComfyConfig(comfy.url, timeout=1)), ImageRequest("x"))
    assert error.value.kind == "silent"


def test_not_comfyui_at_that_address():
    """A web server that is something else (here one answering every path with a web page)."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Page(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<html>a router's setup page</html>")

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Page)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with pytest.raises(BackendError) as error:
            draw(ComfyUIBackend(ComfyConfig(f"http://127.0.0.1:{server.server_address[1]}")), ImageRequest("x"))
    finally:
        server.shutdown()
    assert error.value.kind == "config" and "does not answer as ComfyUI" in str(error.value)


def test_stop_interrupts_the_run_and_takes_it_off_the_queue():
    with FakeComfyUI(["tiny.safetensors"], steps_delay=0.2) as comfy:
        backend = ComfyUIBackend(ComfyConfig(comfy.url, steps=50))
        async def go():
            started = asyncio.Event()  # the first preview: the run is under way
            task = asyncio.ensure_future(backend.generate_image(ImageRequest("x"), lambda _data: started.set()))
            await asyncio.wait_for(started.wait(), 60)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            await backend.aclose()
        asyncio.run(go())
        assert comfy.interrupts and comfy.interrupts == comfy.deleted


def test_own_workflow_gets_prompt_size_and_seed_in_their_nodes(tmp_path):
    path = tmp_path / "weightless.json"
    path.write_text(json.dumps(WEIGHTLESS))
    workflow = read_workflow(path)
    assert workflow.prompt.node == "1" and workflow.size[0].node == "3" and [s.node for s in workflow.seeds] == ["2"]
    with FakeComfyUI([]) as comfy:  # no checkpoint needed: the graph has no model
        backend = ComfyUIBackend(ComfyConfig(comfy.url, workflow=workflow))

        async def two():
            try:
                return [await backend.generate_image(ImageRequest("Larry", size="640x480")) for _ in range(2)]
            finally:
                await backend.aclose()
        made = asyncio.run(two())
        sent = comfy.prompts
    assert [size_of(m.data) for m in made] == [(640, 480), (640, 480)]
    assert sent[0]["1"]["inputs"]["value"] == "Larry"
    assert sent[0]["3"]["inputs"]["width"] == 640 and sent[0]["3"]["inputs"]["height"] == 480
    assert sent[0]["2"]["inputs"]["value"] != sent[1]["2"]["inputs"]["value"]  # a new run each time


def test_workflows_that_cannot_work_are_explained(tmp_path):
    editor = tmp_path / "editor.json"
    editor.write_text(json.dumps({"nodes": [], "links": []}))
    with pytest.raises(BackendError, match="Export \\(API\\)"):
        read_workflow(editor)
    no_prompt = {k: v for k, v in WEIGHTLESS.items() if k != "1"}
    no_prompt["3"] = {**WEIGHTLESS["3"], "inputs": {**WEIGHTLESS["3"]["inputs"], "color": 0}}
    with pytest.raises(BackendError, match="Positive prompt"):
        read_workflow(no_prompt)
    with FakeComfyUI([]) as comfy, pytest.raises(BackendError, match="does not have a node"):
        graph = {**WEIGHTLESS, "5": {"class_type": "SomeCustomNode", "inputs": {}}}
        draw(ComfyUIBackend(ComfyConfig(comfy.url, workflow=read_workflow(graph))), ImageRequest("x"))


@pytest.mark.parametrize("checkpoint, setting, draft", [
    ("v1-5-pruned-emaonly.safetensors", 0, "512x512"),
    ("tiny_random_sd15.safetensors", 0, "512x512"),
    ("v2-1_768-ema-pruned.safetensors", 0, "768x768"),
    ("sd_xl_base_1.0.safetensors", 0, "1024x1024"),
    ("dreamshaper_8.safetensors", 0, "1024x1024"),  # the name does not say: SDXL's size, unless Settings say
    ("dreamshaper_8.safetensors", 512, "512x512"),
])
def test_drafts_are_drawn_at_the_checkpoints_own_size(checkpoint, setting, draft):
    with FakeComfyUI([checkpoint]) as comfy:
        backend = ComfyUIBackend(ComfyConfig(comfy.url, draft=setting))

        async def ready():
            try:
                await backend.prepare()  # learns the checkpoint the server draws with
            finally:
                await backend.aclose()
        asyncio.run(ready())
    assert backend.capabilities.draft_size() == draft
    wide = backend.capabilities.draft_size(3, 2)
    w, h = (int(x) for x in wide.split("x"))
    assert w % 8 == 0 and h % 8 == 0 and abs(w / h - 1.5) < 0.02
    assert abs(w * h - int(draft.split("x")[0]) ** 2) / w / h < 0.05


def test_a_picture_waiting_its_turn_in_comfyuis_queue_is_not_given_up():
    """ComfyUI draws one prompt at a time and says nothing to the ones waiting: four pictures sent together must
    not fail as a silent server while the first is drawn (seen against a real ComfyUI on a CPU)."""
    with FakeComfyUI(["tiny.safetensors"], steps_delay=0.15, previews=False) as comfy:
        backend = ComfyUIBackend(ComfyConfig(comfy.url, steps=20, timeout=1.5))  # a run takes 3 s: twice the wait
        heard: list[tuple[int, int, int]] = []  # (picture, step, of steps), in the order they came

        async def both():
            try:
                return await asyncio.gather(*(backend.generate_image(
                    ImageRequest(f"picture {i}", size="512x512"),
                    on_progress=lambda step, of, i=i: heard.append((i, step, of))) for i in range(2)))
            finally:
                await backend.aclose()
        made = asyncio.run(both())
    assert [size_of(m.data) for m in made] == [(512, 512), (512, 512)]
    for i in (0, 1):  # "begun" (steps not known yet), then every step
        assert [(step, of) for p, step, of in heard if p == i] == [(0, 0)] + [(n, 20) for n in range(1, 21)]
    first = heard[0][0]
    begun_second = heard.index((1 - first, 0, 0))
    assert heard[begun_second - 1] == (first, 20, 20)  # the second was waiting its turn until the first was drawn


def test_stop_while_waiting_in_the_queue_takes_it_off_and_it_never_runs():
    with FakeComfyUI(["tiny.safetensors"], steps_delay=0.1, previews=False) as comfy:
        backend = ComfyUIBackend(ComfyConfig(comfy.url, steps=20))

        async def go():
            first = asyncio.ensure_future(backend.generate_image(ImageRequest("first")))
            second = asyncio.ensure_future(backend.generate_image(ImageRequest("second")))
            # until the second is sent and waiting behind the first
            assert await asyncio.get_running_loop().run_in_executor(None, comfy.waiting.wait, 60)
            second.cancel()
            with pytest.raises(asyncio.CancelledError):
                await second
            made = await first
            await backend.aclose()
            return made
        made = asyncio.run(go())
        assert size_of(made.data) and len(comfy.files) == 1  # the second was never drawn
        assert len(comfy.deleted) == 1


def test_a_workflow_of_ones_own_is_not_sized_by_the_servers_first_checkpoint(tmp_path):
    path = tmp_path / "weightless.json"
    path.write_text(json.dumps(WEIGHTLESS))
    with FakeComfyUI(["v1-5-pruned-emaonly.safetensors"]) as comfy:  # a checkpoint the workflow does not use
        backend = ComfyUIBackend(ComfyConfig(comfy.url, workflow=read_workflow(path)))

        async def ready():
            try:
                await backend.prepare()
            finally:
                await backend.aclose()
        asyncio.run(ready())
    assert backend.capabilities.draft_size() == "1024x1024"


def test_a_slow_step_on_a_server_that_still_runs_the_picture_is_waited_on():
    """A CPU takes minutes for one step of a page-sized picture and says nothing meanwhile; the server still lists
    the prompt as running, so it is alive (seen with `studio book` on a real ComfyUI: a page was given up)."""
    with FakeComfyUI(["tiny.safetensors"], steps_delay=2.0, previews=False) as comfy:
        backend = ComfyUIBackend(ComfyConfig(comfy.url, steps=2, timeout=0.8))  # each step is silent 2.5× as long
        made = draw(backend, ImageRequest("a page", size="768x512"))
    assert size_of(made.data) == (768, 512)


def test_pages_from_a_512_checkpoint_are_drawn_at_most_twice_its_size():
    """SD 1.5 repeats its subject far beyond 512 px and takes minutes a step on a CPU: a full-bleed page is drawn
    about 1024 px in the frame's shape, then made print-ready on this computer."""
    from studio.backends.local_generator import sd_capabilities

    small, xl = sd_capabilities("v1-5-pruned-emaonly.safetensors"), sd_capabilities("sd_xl_base_1.0.safetensors")
    page = small.size_for(2625, 1969, at_least=True)
    assert page == "1024x768" and small.accepts(page)
    assert max(int(n) for n in small.size_for(2625, 2625, at_least=True).split("x")) <= 1024
    assert xl.size_for(2625, 1969, at_least=True) == "2048x1536"
