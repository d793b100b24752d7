"""Pictures arriving in the real window from the fake server with 1 s latency: wall time and GUI-thread stalls.

Shared by the benches. The server sends noisy 1024x1024 PNGs (about 3 MB, as costly to decode as real ones)
and, as OpenAI does, two streamed previews per picture at full size (soft, about 2 MB each). A picture server
sends its previews while it is still drawing, so the second of latency is spread over the three events: the
previews come at 1/3 and 2/3 of it, the picture at the end. The server encodes each reply once, before the
clock starts: its own base64 and JSON work is not the latency it stands for.

The window is built as the app builds it (network thread, picture writer, frozen start-up heap).
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.starved import free_from_starvation, mode, modes  # noqa: E402


def previews() -> int:
    return int(os.environ.get("BENCH_PARTIALS", "2"))


def start_server(script: list[dict[str, object]]) -> tuple[subprocess.Popen[str], str]:
    """The fake server in its own process (in ours, its work would compete for the GIL); stop it by closing
    its stdin."""
    server = subprocess.Popen(
        [sys.executable, "-m", "tests.fake_openai", "--latency", "1", "--max-edge", "1024", "--noisy",
         "--warm", str(previews()), "--script", json.dumps(script)],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    free_from_starvation(server.pid)
    assert server.stdout is not None
    return server, server.stdout.readline().strip()


def measure_floor(count: int, concurrency: int = 4) -> float:
    """The same pictures through the same backend with no window: plain asyncio, previews thrown away.
    What the machine and the client library cost on their own; the window cannot beat it."""
    from studio.backends.base import ImageRequest
    from studio.backends.openai_backend import OpenAIBackend, OpenAIConfig

    server, base_url = start_server([])
    backend = OpenAIBackend(OpenAIConfig(api_key="bench-key", base_url=base_url, partial_images=previews()))

    async def run() -> float:
        await backend.prepare()
        gate = asyncio.Semaphore(concurrency)

        async def one(i: int) -> None:
            async with gate:
                await backend.generate_image(ImageRequest(f"Larry, idea {i + 1}"), lambda _data: None)

        start = time.perf_counter()
        await asyncio.gather(*(one(i) for i in range(count)))
        return time.perf_counter() - start

    try:
        return asyncio.run(run())
    finally:
        assert server.stdin is not None
        server.stdin.close()
        server.wait(timeout=10)


def measure_headless(count: int, concurrency: int = 4) -> float:
    """The same pictures as the same jobs into a book, with no window (what `studio chat` does): fetched on a
    network thread, decoded and thumbnailed, stored by the writer thread; previews decoded too, as the window
    would. The window's own cost is what it takes beyond this."""
    from studio.backends.openai_backend import OpenAIBackend, OpenAIConfig
    from studio.core.app.project import Project
    from studio.core.jobs.jobs import JobRunner, image_request_spec
    from studio.core.jobs.loop_thread import LoopThread

    server, base_url = start_server([])
    backend = OpenAIBackend(OpenAIConfig(api_key="bench-key", base_url=base_url, partial_images=previews()))
    project = Project.create(Path(tempfile.mkdtemp()) / "headless.storybook")
    network = LoopThread("pictures")
    runner = JobRunner(project, lambda: backend, concurrency, network=network)

    def decode_preview(_job_id: int, data: bytes) -> None:
        import io

        from PIL import Image

        with Image.open(io.BytesIO(data)) as image:
            image.thumbnail((150, 150))

    runner.on_preview = decode_preview

    async def run() -> float:
        await runner.prepare()
        jobs = [project.jobs.create("generate", image_request_spec(f"Larry, idea {i + 1}")) for i in range(count)]
        start = time.perf_counter()
        await asyncio.gather(*(runner.submit(job) for job in jobs))
        return time.perf_counter() - start

    try:
        return asyncio.run(run())
    finally:
        network.stop()
        project.close()
        assert server.stdin is not None
        server.stdin.close()
        server.wait(timeout=10)


def measure_pictures(count: int, target: float, label: str, concurrency: int = 4) -> dict[str, float]:
    from PySide6.QtCore import QElapsedTimer, QTimer

    from studio.core.assistant.turn_events import ImageArrived, ImagesRequested
    from studio.core.app.project import Project
    from studio.core.settings import Settings
    from studio.qt.app import install_asyncgen_hooks, make_application
    from studio.qt.event_loop import StudioEventLoop
    from studio.qt.main_window import MainWindow

    os.environ["OPENAI_API_KEY"] = "bench-key"
    # Its own spending ledger: the machine's would reach its daily cap after a few runs, and nothing be drawn.
    home = tempfile.mkdtemp()
    os.environ["XDG_DATA_HOME"], os.environ["XDG_CONFIG_HOME"] = f"{home}/data", f"{home}/config"
    partials = previews()
    script = [{"text": "Here they are.", "tool": "make_images",
               "arguments": {"prompts": [f"Larry, idea {i + 1}" for i in range(count)]}}, {"text": "Done."}]
    server, base_url = start_server(script)
    app = make_application([])
    loop = StudioEventLoop(app)
    asyncio.set_event_loop(loop)
    install_asyncgen_hooks(loop)
    folder = tempfile.mkdtemp()
    settings = Settings(backend="openai", base_url=base_url, concurrency=concurrency, partial_images=partials)
    window = MainWindow(settings, persist_settings=False)
    window.set_project(Project.create(Path(folder) / "bench.storybook"))
    window.show()

    async def approve(_estimate: object) -> bool:
        return True  # the bench measures the pictures, not the person reading the estimate

    window.chat.approve_batch = approve  # type: ignore[method-assign]
    marks: dict[str, float] = {"arrived": 0}
    original = window.chat._on_event

    def watch(event: object) -> None:
        if isinstance(event, ImagesRequested):
            marks["requested"] = time.perf_counter()
            stall.restart()
            marks["max_gap"] = 0.0
        if isinstance(event, ImageArrived):
            marks["arrived"] += 1
            marks["last"] = time.perf_counter()
        original(event)  # type: ignore[arg-type]

    window.chat._on_event = watch  # type: ignore[method-assign]
    stall = QElapsedTimer()
    stall.start()

    def tick() -> None:
        gap = stall.restart()
        if "requested" in marks and marks["arrived"] < count:
            marks["max_gap"] = max(marks.get("max_gap", 0.0), gap)

    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(tick)
    ticker.start()

    async def run() -> None:
        window.chat.send("Show me Larry, lots of him")
        while window.chat.busy:
            await asyncio.sleep(0.02)

    with loop:
        loop.run_until_complete(run())
    server.stdin.close()
    server.wait(timeout=10)
    wall = marks["last"] - marks["requested"]
    print(f"{label} {count} images at concurrency {concurrency}, 1 s latency each, noisy 1024x1024 PNGs with "
          f"{partials} previews: {wall:.2f} s wall (target <= {target} s); longest GUI-thread stall while they "
          f"arrived: {marks['max_gap']:.0f} ms (target <= 50 ms); gallery has {window.gallery.model.rowCount()} pictures")
    return {"wall": wall, "stall_ms": marks["max_gap"]}


def repeat(runs: int, count: int, target: float, label: str) -> None:
    """In each mode (normal, starved): `runs` window runs, each in a fresh process, and as many floor runs,
    alternating (the machine's load drifts); prints the median and the worst of each."""
    for name in modes():
        with mode(name):
            _repeat(runs, count, target, f"{label} [{name}]")


def _repeat(runs: int, count: int, target: float, label: str) -> None:
    walls, stalls, floors, headless = [], [], [], []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", f"from bench.picture_timing import measure_pictures; "
                              f"import json; print('RESULT', json.dumps(measure_pictures({count}, {target}, {label!r})))"],
                             cwd=ROOT, capture_output=True, text=True, check=True).stdout
        result = json.loads(out.split("RESULT", 1)[1])
        walls.append(result["wall"])
        stalls.append(result["stall_ms"])
        floors.append(measure_floor(count))
        headless.append(measure_headless(count))
    med = statistics.median
    stall_target = 150 if "starved" in label else 50
    print(f"{label} {count} pictures at concurrency 4, 1 s latency, {previews()} full-size previews each, {runs} runs:")
    print(f"  wall in the window: median {med(walls):.2f} s, worst {max(walls):.2f} s (target <= {target} s)")
    print(f"  same pictures, same backend, no window: median {med(floors):.2f} s, worst {max(floors):.2f} s")
    print(f"  same pictures as jobs into a book, no window (fetch, decode, thumbnail, store): median "
          f"{med(headless):.2f} s, worst {max(headless):.2f} s")
    print(f"  window / no-window floor: median {med(walls) / med(floors):.2f}x (target <= 1.1x); "
          f"window / headless studio: median {med(walls) / med(headless):.2f}x")
    print(f"  longest GUI-thread stall: median {med(stalls):.0f} ms, worst {max(stalls):.0f} ms "
          f"(target <= {stall_target} ms)", flush=True)
