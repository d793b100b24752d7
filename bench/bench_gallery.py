"""The gallery at scale, printed (not asserted). Targets: a book of 5,000 pictures (from a chat of 1,250 turns;
BENCH_PICTURES=50000 makes the big one) shows its first screen of thumbnails in <= 1 s after opening, in the whole window; resident memory stays under
500 MB after scrolling the grid end to end; a search updates the grid in <= 50 ms as each letter is typed; the
GUI never stalls over 50 ms while scrolling or while 1,000 photos are imported.

Figures:
- first screen: from `open_path` on the 5,000-picture book until every thumbnail visible in the grid is painted
  from the stored thumbnails (chat history, storyboard, cast and cost meter included);
- scrolling: the grid scrolled a page at a time from top to bottom, waiting at each page for its thumbnails;
  the longest GUI stall (5 ms heartbeats) and the resident memory (VmRSS) at the end;
- search: "hedgehog tea" typed a letter at a time; for each, the search in the document and the grid's update;
- import: 1,000 JPEG photos (1600×1200) dropped on the window's gallery: seconds until all are in, pictures a
  second, and the longest GUI stall meanwhile (decoding and thumbnailing run in a process pool on every core).
Median and worst of BENCH_RUNS runs (each a fresh process), in normal and starved mode (bench/starved.py).

Run: .venv/bin/python bench/bench_gallery.py
"""

from __future__ import annotations

import io
import json
import os
import random
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

PICTURES = int(os.environ.get("BENCH_PICTURES", "5000"))  # the size of the book: 50000 for the big one
IMPORTS = 1000
WORDS = ("hedgehog sunflower teapot thunderstorm garden moon quilt kite river castle dragon picnic umbrella "
         "lantern owl fox meadow rainbow snow boat").split()
CACHE = Path(tempfile.gettempdir()) / "studio-bench-gallery"


def _jpeg(seed: int, size: tuple[int, int], quality: int = 85) -> bytes:
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    img = Image.new("RGB", size, tuple(rng.randrange(60, 230) for _ in range(3)))
    draw = ImageDraw.Draw(img)
    for _ in range(30):
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        r = rng.randrange(20, size[0] // 4)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=tuple(rng.randrange(256) for _ in range(3)))
    out = io.BytesIO()
    img.save(out, format="JPEG", quality=quality)
    return out.getvalue()


def build_book(path: Path) -> None:
    """5,000 pictures made four at a time over 1,250 turns, as the chat stores them (messages, tool calls, jobs)."""
    from studio.core.assistant.tools import MAKE_IMAGES
    from studio.core.app.project import Project
    from studio.core.gallery.imaging import decode

    pictures = [decode(_jpeg(seed, (1024, 1024))) for seed in range(24)]
    rng = random.Random(1)
    project = Project.create(path)
    db = project.db
    with project.transaction():
        for turn in range(PICTURES // 4):
            created = 1.7e9 + turn * 60
            db.execute("INSERT INTO messages(created, role, content) VALUES (?, 'user', ?)",
                       (created, f"draw {rng.choice(WORDS)} number {turn}"))
            prompts = [" ".join(rng.sample(WORDS, 5)) + f", picture {turn * 4 + i}" for i in range(4)]
            call = {"id": f"call{turn}", "name": MAKE_IMAGES, "arguments": json.dumps({"prompts": prompts})}
            message_id = db.execute("INSERT INTO messages(created, role, content, tool_calls) VALUES (?, 'assistant',"
                                    " '', ?)", (created + 1, json.dumps([call]))).lastrowid
            for i, prompt in enumerate(prompts):
                pic = pictures[(turn * 4 + i) % len(pictures)]
                image_id = db.execute(
                    "INSERT INTO images(created, source, prompt, model, settings, width, height, mime, message_id,"
                    " data, thumb) VALUES (?, 'generated', ?, 'gpt-image-2', ?, ?, ?, ?, ?, ?, ?)",
                    (created + 2 + i, prompt, json.dumps({"size": "1024x1024", "quality": "medium"}), pic.width,
                     pic.height, pic.mime, message_id, pic.data, pic.thumb)).lastrowid
                db.execute("INSERT INTO jobs(created, updated, kind, state, message_id, call_id, idx, request, image_id)"
                           " VALUES (?, ?, 'generate', 'done', ?, ?, ?, ?, ?)",
                           (created, created, message_id, call["id"], i, json.dumps({"prompt": prompt}), image_id))
            db.execute("INSERT INTO messages(created, role, content, tool_call_id) VALUES (?, 'tool', '{}', ?)",
                       (created + 3, call["id"]))
    project.close()


def make_photos(folder: Path) -> None:
    """1,000 different photos (the import skips a picture the book already has): ten scenes, each saved with
    its own number in a JPEG comment, so they cost the same to decode as ten would."""
    from PIL import Image

    folder.mkdir(parents=True, exist_ok=True)
    scenes = [Image.open(io.BytesIO(_jpeg(100 + seed, (1600, 1200), 90))) for seed in range(10)]
    for n in range(IMPORTS):
        scenes[n % len(scenes)].save(folder / f"IMG_{n:04d}.jpg", format="JPEG", quality=90, comment=f"photo {n}")


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _visible_rows(view, model) -> list[int]:
    """The rows whose cells show in the viewport (rows are laid out in order, so a binary search finds the first)."""
    height = view.viewport().height()
    lo, hi = 0, model.rowCount()
    while lo < hi:
        mid = (lo + hi) // 2
        if view.visualRect(model.index(mid)).bottom() < 0:
            lo = mid + 1
        else:
            hi = mid
    rows = []
    for r in range(lo, model.rowCount()):
        if view.visualRect(model.index(r)).top() >= height:
            break
        rows.append(r)
    return rows


def _visible_loaded(window) -> bool:
    model = window.gallery.model
    rows = _visible_rows(window.gallery.view, model)
    return bool(rows) and all(model.has_thumbnail(model.image_id(r)) for r in rows)


def measure() -> dict[str, list[float]]:
    from studio.core.gallery.search import Filter

    book = CACHE / f"gallery-{PICTURES}.storybook"
    figures: dict[str, list[float]] = {}
    with bench_window() as (app, window):
        started = time.perf_counter()
        assert window.open_path(book)
        wait_for(app, lambda: _visible_loaded(window))
        figures["first screen"] = [(time.perf_counter() - started) * 1000]
        figures["rows"] = [float(window.gallery.model.rowCount())]

        bar = window.gallery.view.verticalScrollBar()
        beat = Heartbeat()
        beat.start()
        while bar.value() < bar.maximum():
            bar.setValue(bar.value() + bar.pageStep())
            wait_for(app, lambda: _visible_loaded(window))
        figures["scroll stall"] = [beat.longest()]
        figures["rss after scroll"] = [_rss_mb()]
        figures["thumbnails kept"] = [float(window.gallery.model.cached_thumbnails())]

        core, grid = [], []
        text = ""
        for letter in "hedgehog tea":
            text += letter
            t = time.perf_counter()
            window.project.gallery.find(Filter(text=text))
            core.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            window.gallery.model.set_filter(Filter(text=text))
            grid.append((time.perf_counter() - t) * 1000)
            app.processEvents()
        figures["search"] = core
        figures["search with grid"] = grid
        window.gallery.model.set_filter(Filter())

        beat.start()
        t = time.perf_counter()
        task = window.gallery.import_paths([CACHE / "photos"])
        wait_for(app, task.done, limit=1200)
        figures["import seconds"] = [time.perf_counter() - t]
        figures["import stall"] = [beat.longest()]
        result = task.result()
        assert len(result.imported) == IMPORTS, result.skipped[:3]
        figures["pictures a second"] = [IMPORTS / figures["import seconds"][0]]
        figures["rss after import"] = [_rss_mb()]
        window.project.gallery.trash(result.imported)  # leave the book as it was for the next run
        window.project.gallery.empty_trash()
    return figures


LINES = [
    ("rows", "pictures in the grid", "", None),
    ("first screen", "first screen of thumbnails after opening the book", "ms", 1000),
    ("scroll stall", "longest GUI stall scrolling the grid end to end", "ms", 50),
    ("rss after scroll", "resident memory after scrolling end to end", "MB", 500),
    ("thumbnails kept", "thumbnails kept in memory after scrolling", "", None),
    ("search", "search in the document per letter typed", "ms", None),
    ("search with grid", "search and grid update per letter typed", "ms", 50),
    ("import seconds", f"importing {IMPORTS} JPEG photos (1600×1200) in the window", "s", None),
    ("pictures a second", "pictures imported a second", "", None),
    ("import stall", "longest GUI stall while importing", "ms", 50),
    ("rss after import", "resident memory after the import", "MB", 500),
]


def main() -> None:
    CACHE.mkdir(exist_ok=True)
    book = CACHE / f"gallery-{PICTURES}.storybook"
    if not book.exists():
        t = time.perf_counter()
        build_book(book)
        print(f"built {book} ({book.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - t:.1f} s")
    if not (CACHE / "photos").exists():
        make_photos(CACHE / "photos")
    runs = int(os.environ.get("BENCH_RUNS", "2"))
    for name in modes():
        with mode(name):
            results = measure_runs("bench.bench_gallery", runs)
            print_figures(f"Gallery [{name}]: {PICTURES} pictures, {runs} runs (median, worst):", results, LINES)


if __name__ == "__main__":
    main()
