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
    from bench.picture_timing import measure_pictures

    measure_pictures(4, target=1.3, label="(b)")


if __name__ == "__main__":
    cold_start()
    four_images()
