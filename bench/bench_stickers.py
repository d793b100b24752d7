"""A sheet of 8 stickers from 2048 px pictures, printed (not asserted): four drawn on a flat, slightly noisy
background (the background is removed) and four on a transparent one with a soft drop shadow. Figures: the art
(cut-out, outline, border) and each file written (PDF, SVG, DXF where this version has it, Cricut PNG), wall
time and this process's CPU time. The load average is printed: on a shared machine it says how far the wall
times can be trusted.

Run: .venv/bin/python bench/bench_stickers.py        (BENCH_RUNS=3 for the median of three)
"""

from __future__ import annotations

import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

EDGE = 2048


def picture(index: int, transparent: bool) -> bytes:
    from PIL import Image, ImageDraw, ImageFilter

    w = h = EDGE
    if transparent:
        img = Image.new("RGBA", (w, h), (0, 0, 0, 0))
        shadow = Image.new("L", (w, h), 0)
        ImageDraw.Draw(shadow).ellipse((520, 560, 1620, 1660), fill=140)
        shadow = shadow.filter(ImageFilter.GaussianBlur(40))
        img.putalpha(shadow)
    else:
        noise = Image.effect_noise((w, h), 6).convert("RGB")
        img = Image.blend(Image.new("RGB", (w, h), (246, 236, 222)), noise, 0.04).convert("RGBA")
    d = ImageDraw.Draw(img)
    d.ellipse((400 + 20 * index, 420, 1560, 1560), fill=(230 - 20 * index, 140, 50 + 20 * index, 255),
              outline=(40, 30, 20, 255), width=18)
    d.ellipse((820, 820, 1120, 1120), fill=(250, 245, 235, 255))  # a pale face inside, near the background
    d.polygon([(1600, 300), (1680, 420), (1800, 430), (1700, 520), (1740, 640), (1600, 570)],
              fill=(250, 210, 40, 255))  # a star apart from the body
    out = io.BytesIO()
    (img if transparent else img.convert("RGB")).save(out, format="PNG")
    return out.getvalue()


def run_once(pictures: list[bytes], folder: Path) -> dict[str, float]:
    import dataclasses

    from studio.core.stickers import cut_files
    from studio.core.stickers.make import StickerPick, StickerRequest, make_art, sheets

    picks = tuple(StickerPick(i, f"Sticker {i}", data) for i, data in enumerate(pictures))
    request = StickerRequest(picks, size_in=2.5)
    figures: dict[str, float] = {}
    cpu0, wall0 = time.process_time(), time.perf_counter()
    arts = make_art(request)
    figures["art_s"] = time.perf_counter() - wall0
    figures["art_cpu_s"] = time.process_time() - cpu0
    pages = sheets(arts, request.spec)
    t = time.perf_counter()
    cut_files.sheet_pdf(arts, pages, request.spec, folder / "s.pdf")
    figures["pdf_s"] = time.perf_counter() - t
    t = time.perf_counter()
    cut_files.cut_svg(arts, pages, request.spec, folder / "s.svg")
    figures["svg_s"] = time.perf_counter() - t
    if hasattr(cut_files, "cut_dxf"):
        t = time.perf_counter()
        cut_files.cut_dxf(arts, pages, request.spec, folder / "s.dxf")
        figures["dxf_s"] = time.perf_counter() - t
    t = time.perf_counter()
    cricut = sheets(arts, dataclasses.replace(request.spec, paper="cricut"))
    cut_files.cricut_pngs(arts, cricut, folder / "c.png")
    figures["cricut_s"] = time.perf_counter() - t
    figures["total_s"] = time.perf_counter() - wall0
    figures["total_cpu_s"] = time.process_time() - cpu0
    return figures


def main() -> None:
    runs = int(os.environ.get("BENCH_RUNS", "1"))
    pictures = [picture(i, transparent=i >= 4) for i in range(8)]
    results: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(runs):
            for key, value in run_once(pictures, Path(folder)).items():
                results.setdefault(key, []).append(value)
    print(f"8 stickers of 2.5 in from {EDGE} px pictures, {runs} run(s), load average {os.getloadavg()[0]:.1f}")
    for key, values in results.items():
        print(f"  {key.removesuffix('_s')}: {statistics.median(values):.2f} s (worst {max(values):.2f} s)")


if __name__ == "__main__":
    main()
