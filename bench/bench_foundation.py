"""Foundation figures, printed (not asserted):

(a) cold start to window shown, as a ratio to a bare PySide6 window started in the same run;
(b) wall time for 4 images against the fake server with 1 s latency per request (target <= 1.3 s),
    and the longest GUI-thread stall while they arrive (target <= 50 ms).

Run: .venv/bin/python bench/bench_foundation.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1500, 900); w.show()
QTimer.singleShot(0, lambda: (print("SHOWN", flush=True), app.quit()))
app.exec()
"""

STUDIO = """
import asyncio, sys
from pathlib import Path
import qasync
from PySide6.QtCore import QTimer
from studio.qt.app import build_window, install_asyncgen_hooks, make_application
app = make_application()
loop = qasync.QEventLoop(app); asyncio.set_event_loop(loop); install_asyncgen_hooks(loop)
w = build_window(Path(sys.argv[1]), "offline"); w.show()
QTimer.singleShot(0, lambda: (print("SHOWN", flush=True), app.quit()))
with loop:
    app.exec()
"""


def time_to_shown(code: str, *args: str) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    for line in proc.stdout:  # type: ignore[union-attr]
        if line.strip() == "SHOWN":
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError("the window never showed")
    proc.wait(timeout=30)
    return elapsed


def cold_start(runs: int = 5) -> None:
    bare, studio = [], []
    with tempfile.TemporaryDirectory() as folder:
        for i in range(runs):
            bare.append(time_to_shown(BARE))
            studio.append(time_to_shown(STUDIO, str(Path(folder) / f"b{i}.storybook")))
    b, s = statistics.median(bare), statistics.median(studio)
    print(f"(a) cold start to window shown: studio {s * 1000:.0f} ms, bare PySide6 {b * 1000:.0f} ms, "
          f"ratio {s / b:.2f} (median of {runs})")


def four_images() -> None:
    import asyncio

    import qasync
    from PySide6.QtCore import QElapsedTimer, QTimer

    from studio.core.project import Project
    from studio.core.settings import Settings
    from studio.core.turn_events import ImageArrived, ImagesRequested
    from studio.qt.app import install_asyncgen_hooks, make_application
    from studio.qt.main_window import MainWindow
    from tests.fake_openai import FakeOpenAI

    os.environ["OPENAI_API_KEY"] = "bench-key"
    server = FakeOpenAI(latency=1.0, max_edge=1024).start()
    app = make_application([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    install_asyncgen_hooks(loop)
    folder = tempfile.mkdtemp()
    window = MainWindow(Settings(backend="compatible", base_url=server.base_url), persist_settings=False)
    window.set_project(Project.create(Path(folder) / "bench.storybook"))
    window.show()

    marks: dict[str, float] = {}
    original = window.chat._on_event

    def watch(event: object) -> None:
        if isinstance(event, ImagesRequested):
            marks["requested"] = time.perf_counter()
            stall.restart()
            marks["max_gap"] = 0.0
        if isinstance(event, ImageArrived):
            marks["last"] = time.perf_counter()
        original(event)  # type: ignore[arg-type]

    window.chat._on_event = watch  # type: ignore[method-assign]
    stall = QElapsedTimer()
    stall.start()

    def tick() -> None:
        gap = stall.restart()
        if "requested" in marks and "last" not in marks:
            marks["max_gap"] = max(marks.get("max_gap", 0.0), gap)

    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(tick)
    ticker.start()

    async def run() -> None:
        window.chat.send("What does a super-duper sunflower hedgehog look like?")
        while window.chat.busy:
            await asyncio.sleep(0.02)

    with loop:
        loop.run_until_complete(run())
    server.stop()
    wall = marks["last"] - marks["requested"]
    print(f"(b) 4 images, 1 s latency each, 1024x1024 PNGs: {wall:.2f} s wall (target <= 1.3 s); "
          f"longest GUI-thread stall while they arrived: {marks['max_gap']:.0f} ms (target <= 50 ms); "
          f"gallery has {window.gallery.model.rowCount()} pictures")


if __name__ == "__main__":
    cold_start()
    four_images()
