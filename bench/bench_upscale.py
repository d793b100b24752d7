"""Upscaling for print, printed (not asserted): 1024² → 2048² and 1536×1024 → 3072×2048, with the network
(Real-ESRGAN ×2 through ncnn on the CPU) and with the fallback (Lanczos + unsharp mask).

Each run is a fresh worker process, as in the app (`upscale_job.py`), so the figures include loading the model
and encoding the result but not starting Python. Figures per case: wall time, the worker's CPU time (user +
system: on a busy machine the wall time is mostly waiting for a core) and its peak memory (max RSS).
The load average is printed too: on a shared machine it says how far the wall times can be trusted.

Run: .venv/bin/python bench/bench_upscale.py        (BENCH_RUNS=3 for the median of three)
"""

from __future__ import annotations

import io
import multiprocessing
import os
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CASES = [((1024, 1024), (2048, 2048)), ((1536, 1024), (3072, 2048))]
METHODS = ["network", "lanczos"]


def picture(size: tuple[int, int]) -> bytes:
    """A drawn picture as a picture model makes it: flat colour, outlines, lettering, a textured ground."""
    from PIL import Image, ImageDraw, ImageFont

    w, h = size[0] * 2, size[1] * 2
    img = Image.effect_noise((w // 8, h // 8), 24).convert("RGB").resize((w, h))
    img = Image.blend(img, Image.new("RGB", (w, h), (250, 238, 210)), 0.8)
    d = ImageDraw.Draw(img)
    for i in range(6):
        x, y = (i * 397) % (w - 700), (i * 631) % (h - 700)
        d.ellipse((x, y, x + 600, y + 600), fill=(230 - 30 * i, 120 + 15 * i, 60 + 25 * i), outline=(40, 30, 20),
                  width=14)
    d.text((100, h - 300), "Larry's cafe", fill=(30, 30, 90), font=ImageFont.load_default(160))
    out = io.BytesIO()
    img.resize(size, Image.Resampling.LANCZOS).save(out, format="PNG")
    return out.getvalue()


def _run(conn, data: bytes, method: str) -> None:
    from studio.core.gallery import upscaler

    start = time.perf_counter()
    result = upscaler.upscale(data, 2, method=method)
    wall = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_SELF)
    conn.send({"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_mb": usage.ru_maxrss / 1024,
               "size": (result.picture.width, result.picture.height), "by": result.by})


def measure(data: bytes, method: str) -> dict:
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=_run, args=(send, data, method))
    process.start()
    figures = receive.recv()
    process.join()
    return figures


def main() -> None:
    runs = int(os.environ.get("BENCH_RUNS", "1"))
    print(f"Upscaling ×2 on {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at the start; "
          f"median of {runs} run(s)")
    for source, target in CASES:
        data = picture(source)
        for method in METHODS:
            results = [measure(data, method) for _ in range(runs)]
            assert results[0]["size"] == target, results[0]["size"]
            wall = statistics.median(r["wall"] for r in results)
            cpu = statistics.median(r["cpu"] for r in results)
            rss = max(r["rss_mb"] for r in results)
            print(f"  {source[0]}×{source[1]} → {target[0]}×{target[1]}  {results[0]['by']:<55} "
                  f"{wall:6.1f} s wall  {cpu:6.1f} s CPU  peak {rss:5.0f} MB")
    print(f"load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
