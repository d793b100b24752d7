"""Pictures arriving in the real window from the fake server with 1 s latency: wall time and GUI-thread stalls.

Shared by the benches. The server sends noisy 1024x1024 PNGs (about 3 MB, as costly to decode as real ones)
and two streamed partial previews per picture, so decoding and previews are part of what is measured.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def measure_pictures(count: int, target: float, label: str, concurrency: int = 4) -> dict[str, float]:
    import qasync
    from PySide6.QtCore import QElapsedTimer, QTimer

    from studio.core.project import Project
    from studio.core.settings import Settings
    from studio.core.turn_events import ImageArrived, ImagesRequested
    from studio.qt.app import install_asyncgen_hooks, make_application
    from studio.qt.main_window import MainWindow

    os.environ["OPENAI_API_KEY"] = "bench-key"
    partials = int(os.environ.get("BENCH_PARTIALS", "2"))
    script = [{"text": "Here they are.", "tool": "make_images",
               "arguments": {"prompts": [f"Larry, idea {i + 1}" for i in range(count)]}}, {"text": "Done."}]
    # The server runs in its own process: in ours, its base64 and JSON work would compete for the GIL.
    server = subprocess.Popen(
        [sys.executable, "-m", "tests.fake_openai", "--latency", "1", "--max-edge", "1024", "--noisy",
         "--warm", str(partials), "--script", json.dumps(script)], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    base_url = server.stdout.readline().strip()
    app = make_application([])
    loop = qasync.QEventLoop(app)
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
    print(f"{label} {count} images at concurrency {concurrency}, 1 s latency each, noisy 1024x1024 PNGs with 2 "
          f"previews: {wall:.2f} s wall (target <= {target} s); longest GUI-thread stall while they arrived: "
          f"{marks['max_gap']:.0f} ms (target <= 50 ms); gallery has {window.gallery.model.rowCount()} pictures")
    return {"wall": wall, "stall_ms": marks["max_gap"]}
