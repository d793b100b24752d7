"""Print export, printed (not asserted). Targets: the print-ready PDF of a 32-page book of 2048² JPEG pictures
takes <= 3x what img2pdf takes to put the same JPEGs in a PDF; the GUI thread never stalls over 50 ms while the
Export dialog opens and writes it; a sticker's outline takes <= 100 ms for a 1200² picture.

Figures:
- book PDF: `snapshot` + `render_pdf` of the interior (title, dedication, 32 full-bleed story pages with words),
  every picture passed through as it is; img2pdf on the 32 JPEG files for comparison, and the ratio;
- cropped pictures: the same book with the picture-above layout, where each picture is cropped and resampled
  to 300 DPI (no target: what it costs when passthrough is impossible);
- GUI stall: the longest gap between 5 ms heartbeats of the window's event loop from opening the Export dialog
  (snapshot and report on the GUI thread) until the PDF is written on the executor;
- sticker outline: tracing a 1200² subject's cut path (OpenCV contour, Shapely offset and smoothing), and
  the whole sticker (cut-out, resample, outline, white border) at 4 in and 300 DPI.
Median and worst of BENCH_RUNS runs (each a fresh process), in normal and starved mode (bench/starved.py).

Run: .venv/bin/python bench/bench_print.py
"""

from __future__ import annotations

import io
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.figures import print_figures  # noqa: E402
from bench.gui import Heartbeat, bench_window, wait_for  # noqa: E402
from bench.starved import measure_runs, mode, modes  # noqa: E402

PAGES = 32
EDGE = 2048


def picture(seed: int) -> bytes:
    """A 2048² JPEG with the detail of a painted picture (so it is as large as a real one, ~0.5-1 MB)."""
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(seed)
    img = Image.effect_noise((EDGE // 4, EDGE // 4), 60).convert("RGB").resize((EDGE, EDGE))
    draw = ImageDraw.Draw(img)
    for _ in range(40):
        x, y, r = rng.randrange(EDGE), rng.randrange(EDGE), rng.randrange(40, 400)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=tuple(rng.randrange(256) for _ in range(3)))
    img = img.filter(ImageFilter.GaussianBlur(1.5))
    out = io.BytesIO()
    img.save(out, format="JPEG", quality=88)
    return out.getvalue()


def build_book(folder: Path, template: str, jpegs: list[bytes]) -> Path:
    from studio.core.document.model import BookFormat
    from studio.core.app.project import Project
    from studio.core.gallery.imaging import decode
    from studio.core.layout import book

    path = folder / f"Print-{template}.storybook"
    project = Project.create(path)
    project.set_book_format(BookFormat(8.5, 8.5, title="Larry's Thunderstorm Tea", author="Mia"))
    story = {"title": "Larry's Thunderstorm Tea", "pages": [
        {"text": f"Page {n + 1}: Larry pours tea while the thunder rolls. 래리가 차를 따라요."} for n in range(PAGES)]}
    ids = book.add_story_pages(project, story)
    for n, page_id in enumerate(ids):
        book.set_template(project, page_id, template)
        decoded = decode(jpegs[n])
        image = project.add_image(decoded.data, decoded.thumb, decoded.width, decoded.height, decoded.mime)
        project.set_frame_image(project.page(page_id).frame("image").id, image.id)
    project.close()
    return path


def _export_seconds(path: Path, out: Path) -> float:
    from studio.core.app.project import Project
    from studio.core.output.book_pdf import render_pdf
    from studio.core.output.snapshot import snapshot

    started = time.perf_counter()
    project = Project.open(path)
    book = snapshot(project)
    project.close()
    render_pdf(book, out)
    return time.perf_counter() - started


def _img2pdf_ms(files: list[Path], folder: Path) -> float:
    import img2pdf

    started = time.perf_counter()
    (folder / "img2pdf.pdf").write_bytes(img2pdf.convert([str(f) for f in files]))
    return (time.perf_counter() - started) * 1000


def measure() -> dict[str, list[float]]:
    folder = Path(tempfile.mkdtemp(prefix="bench-print-"))
    jpegs = [picture(n) for n in range(PAGES)]
    files = []
    for n, data in enumerate(jpegs):
        files.append(folder / f"{n:02d}.jpg")
        files[-1].write_bytes(data)
    full = build_book(folder, "full_bleed", jpegs)
    cropped = build_book(folder, "picture_above", jpegs)
    out: dict[str, list[float]] = {}

    out["img2pdf"] = [_img2pdf_ms(files, folder)]
    from studio.core.layout.fonts import ALL_FACES, register

    started = time.perf_counter()
    for face in ALL_FACES:  # the window reads these on a thread at start; a CLI export pays it once
        register(face.name)
    out["fonts"] = [(time.perf_counter() - started) * 1000]
    out["book pdf"] = [_export_seconds(full, folder / "book.pdf") * 1000 for _ in range(3)]
    out["img2pdf"] += [_img2pdf_ms(files, folder) for _ in range(2)]
    out["ratio"] = [statistics.median(out["book pdf"]) / statistics.median(out["img2pdf"])]
    out["cropped book pdf"] = [_export_seconds(cropped, folder / "cropped.pdf") * 1000]
    opening, writing = _gui_stall(full, folder / "dialog.pdf")
    out["gui stall opening"] = [opening]
    out["gui stall writing"] = [writing]
    out.update(_stickers())
    return out


def _gui_stall(path: Path, target: Path) -> tuple[float, float]:
    with bench_window() as (app, window):
        assert window.open_path(path)
        for _ in range(20):
            app.processEvents()
        beat = Heartbeat()
        beat.start()
        dialog = window.open_export()
        for _ in range(5):
            app.processEvents()
            time.sleep(0.006)
        opening = beat.longest()
        beat.start()
        task = dialog.export_to(target)
        wait_for(app, task.done)
        writing = beat.longest()
        assert task.exception() is None and target.exists(), dialog.status.text()
        dialog.close()
    return opening, writing


def _stickers() -> dict[str, list[float]]:
    from PIL import Image, ImageDraw

    from studio.core.stickers.art import sticker_art
    from studio.core.stickers.outline import trace

    img = Image.new("RGBA", (1200, 1200), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    rng = random.Random(5)
    draw.ellipse((200, 250, 950, 1050), fill=(230, 170, 30, 255))
    for _ in range(60):  # spines and sparkles: a ragged edge and separate bits to join
        x, y = rng.randrange(150, 1050), rng.randrange(150, 1100)
        draw.polygon([(x, y), (x + rng.randrange(-90, 90), y - rng.randrange(30, 120)), (x + 25, y)],
                     fill=(120, 80, 20, 255))
    data = io.BytesIO()
    img.save(data, format="PNG")
    outline, whole = [], []
    for _ in range(5):
        started = time.perf_counter()
        trace(img.getchannel("A"), 37.5)
        outline.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        sticker_art(data.getvalue(), 4.0, 0.125, 300)
        whole.append((time.perf_counter() - started) * 1000)
    return {"sticker outline": outline, "whole sticker": whole}


LINES = [
    ("fonts", "bundled fonts read (once per process, on a thread in the window)", "ms", None),
    ("img2pdf", "img2pdf, the same 32 JPEGs", "ms", None),
    ("book pdf", "book PDF, pictures passed through", "ms", None),
    ("ratio", "book PDF / img2pdf", "x", 3),
    ("cropped book pdf", "book PDF, every picture cropped and resampled", "ms", None),
    ("gui stall opening", "longest GUI stall opening the Export dialog (snapshot, report)", "ms", 50),
    ("gui stall writing", "longest GUI stall while the PDF is written", "ms", 50),
    ("sticker outline", "sticker outline, 1200² subject", "ms", 100),
    ("whole sticker", "whole sticker, 4 in at 300 DPI", "ms", None),
]


def main() -> None:
    runs = int(os.environ.get("BENCH_RUNS", "3"))
    for name in modes():
        with mode(name):
            results = measure_runs("bench.bench_print", runs)
            print_figures(f"Print [{name}]: {PAGES} story pages of {EDGE}² JPEG pictures; {runs} runs (median, worst):", results, LINES)


if __name__ == "__main__":
    main()
