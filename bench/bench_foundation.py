"""Foundation figures, printed (not asserted):

(a) cold start to window shown (the frame painted), as a ratio to a bare PySide6 window started in the same run,
    and to ready (the studio built inside it and the book open);
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

from bench.starved import mode, modes  # noqa: E402

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
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from studio.qt.app import start
app, loop, w = start(Path(sys.argv[1]), "offline", shown=lambda: print("SHOWN", flush=True))
QTimer.singleShot(0, lambda: (print("READY", flush=True), app.quit()))
with loop:
    app.exec()
"""


def time_to(code: str, *args: str) -> dict[str, float]:
    """Seconds from starting the process to each mark it prints (SHOWN, READY)."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    marks = {}
    for line in proc.stdout:  # type: ignore[union-attr]
        marks[line.strip()] = time.perf_counter() - start
    proc.wait(timeout=60)
    if "SHOWN" not in marks:
        raise RuntimeError("the window never showed")
    return marks


def cold_start(runs: int = 5) -> None:
    for name in modes():
        with mode(name):
            bare, shown, ready = [], [], []
            with tempfile.TemporaryDirectory() as folder:
                for i in range(runs):
                    bare.append(time_to(BARE)["SHOWN"])
                    marks = time_to(STUDIO, str(Path(folder) / f"b{i}.storybook"))
                    shown.append(marks["SHOWN"])
                    ready.append(marks["READY"])
            med = statistics.median
            ratios = [s / b for s, b in zip(shown, bare)]
            print(f"(a) [{name}] cold start to window shown: studio median {med(shown) * 1000:.0f} ms, bare PySide6 "
                  f"{med(bare) * 1000:.0f} ms; ratio median {med(ratios):.2f}, worst {max(ratios):.2f} "
                  f"(target <= 2.0; {runs} runs)")
            print(f"    to ready (studio built, book open, offline): median {med(ready) * 1000:.0f} ms, "
                  f"worst {max(ready) * 1000:.0f} ms", flush=True)


def four_images() -> None:
    from bench.picture_timing import repeat

    repeat(int(os.environ.get("BENCH_RUNS", "5")), 4, target=1.3, label="(b)")


if __name__ == "__main__":
    cold_start()
    four_images()
