"""Chat studio figures, printed (not asserted): 8 images at concurrency 4 against a 1 s-latency server
(target <= 2.4 s) and the longest GUI-thread stall while they arrive (target <= 50 ms).

Each figure is the median and the worst of BENCH_RUNS runs (default 5), next to the same pictures fetched by the
same backend with no window, which is as fast as this machine and the client library allow.

Run: .venv/bin/python bench/bench_chat_studio.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if __name__ == "__main__":
    from bench.picture_timing import repeat

    repeat(int(os.environ.get("BENCH_RUNS", "5")), 8, target=2.4, label="Chat studio:")
