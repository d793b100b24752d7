"""A long reply streaming into the chat, printed (not asserted): targets at 3,000 words are <= 50 ms from a
piece's arrival to the screen and <= 16 ms of GUI work per frame.

The reply (about 3,500 words in paragraphs of 40-90 words, with bold words and lists, as a story comes) arrives
one word per piece every 5 ms through the chat pane's own event handler, in the real window. Figures:
- arrival to screen: from a piece's arrival to the first paint of the reply's text after it was rendered;
- render per frame: the view's own work (appending finished paragraphs, re-parsing the last one, fitting);
- longest GUI-thread stall: the longest gap between 2 ms ticks of a timer on the GUI thread, which is all the
  work of one pass of the event loop (render, layout, paint).
Each is given for the whole reply and for the part after 3,000 words; median and worst of BENCH_RUNS runs.

Run: .venv/bin/python bench/bench_streaming.py
"""

from __future__ import annotations

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

from bench.starved import measure_runs, mode, modes  # noqa: E402

WORDS = 3500
LATE = 3000
PIECE_MS = 5


def reply_pieces(seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    vocabulary = ("Larry the sunflower hedgehog poured tea while thunder rolled over the hill and his friends "
                  "laughed under the big leaf umbrella").split()
    pieces: list[str] = []
    words = 0
    while words < WORDS:
        length = rng.randint(40, 90)
        if rng.random() < 0.15:
            for item in range(rng.randint(2, 4)):
                pieces.append(f"- item {item} ")
                pieces.extend(f"{rng.choice(vocabulary)} " for _ in range(5))
                pieces[-1] = pieces[-1].rstrip() + "\n"
                words += 7
            pieces[-1] += "\n"
            continue
        for i in range(length):
            word = rng.choice(vocabulary)
            pieces.append(f"**{word}** " if rng.random() < 0.05 else f"{word} ")
        pieces[-1] = pieces[-1].rstrip() + "\n\n"
        words += length
    return pieces


def measure() -> dict[str, list[float]]:
    import asyncio

    from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer

    from studio.core.assistant.turn_events import ReplyDelta
    from studio.core.app.project import Project
    from studio.core.settings import Settings
    from studio.qt.app import install_asyncgen_hooks, make_application
    from studio.qt.event_loop import StudioEventLoop
    from studio.qt.main_window import MainWindow
    from studio.qt.markdown_view import MarkdownView

    app = make_application([])
    loop = StudioEventLoop(app)
    asyncio.set_event_loop(loop)
    install_asyncgen_hooks(loop)
    window = MainWindow(Settings(backend="offline"), persist_settings=False)
    window.set_project(Project.create(Path(tempfile.mkdtemp()) / "stream.storybook"))
    window.show()
    pieces = reply_pieces()
    state = {"next": 0, "words": 0, "rendered_upto": -1}
    arrivals: list[tuple[float, int]] = []  # (time, words so far)
    waiting: list[tuple[float, int]] = []  # arrived, rendered, not yet painted
    latency: list[tuple[float, int]] = []  # (ms, words)
    renders: list[tuple[float, int]] = []
    gaps: list[tuple[float, int]] = []
    done = asyncio.Event()
    original_flush = MarkdownView.flush

    def timed_flush(view: MarkdownView) -> None:
        start = time.perf_counter()
        original_flush(view)
        renders.append(((time.perf_counter() - start) * 1000, state["words"]))
        waiting.extend(arrivals[state["rendered_upto"] + 1:])
        state["rendered_upto"] = len(arrivals) - 1

    MarkdownView.flush = timed_flush  # type: ignore[method-assign]

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and waiting:
                now = time.perf_counter()
                latency.extend(((now - t) * 1000, words) for t, words in waiting)
                waiting.clear()
            return False

    watch = PaintWatch()
    watched: set[int] = set()

    def feed() -> None:
        if state["next"] >= len(pieces):
            feeder.stop()
            QTimer.singleShot(200, done.set)
            return
        piece = pieces[state["next"]]
        state["next"] += 1
        state["words"] += len(piece.split())
        arrivals.append((time.perf_counter(), state["words"]))
        window.chat._on_event(ReplyDelta(piece))
        live = window.chat._live
        if live is not None and id(live) not in watched:
            watched.add(id(live))
            live.text.viewport().installEventFilter(watch)

    ticker_clock = QElapsedTimer()
    ticker_clock.start()

    def tick() -> None:
        gaps.append((float(ticker_clock.restart()), state["words"]))

    ticker = QTimer()
    ticker.setInterval(2)
    ticker.timeout.connect(tick)
    feeder = QTimer()
    feeder.setInterval(PIECE_MS)
    feeder.timeout.connect(feed)

    async def run() -> None:
        ticker.start()
        feeder.start()
        await done.wait()

    with loop:
        loop.run_until_complete(run())
    return {"latency": [ms for ms, _ in latency], "latency_late": [ms for ms, w in latency if w >= LATE],
            "render": [ms for ms, _ in renders], "render_late": [ms for ms, w in renders if w >= LATE],
            "gap": [ms for ms, _ in gaps[5:]], "gap_late": [ms for ms, w in gaps if w >= LATE],
            "words": [float(state["words"])], "frames": [float(len(renders))], "pieces": [float(len(pieces))]}


def main() -> None:
    runs = int(os.environ.get("BENCH_RUNS", "5"))
    for name in modes():
        with mode(name):
            results = measure_runs("bench.bench_streaming", runs)
            first = results[0]
            print(f"Streaming [{name}]: a {first['words'][0]:.0f}-word reply in {first['pieces'][0]:.0f} pieces, "
                  f"one every {PIECE_MS} ms, rendered in {first['frames'][0]:.0f} frames; {runs} runs "
                  f"(median of the runs' figures, worst of any run):")
            for key, what, target in (("latency", "arrival to screen", 50), ("render", "render per frame", 16),
                                      ("gap", "longest GUI-thread stall", 16)):
                for suffix, part in (("", "whole reply"), ("_late", f"after {LATE} words")):
                    per_run = [r[key + suffix] for r in results if r[key + suffix]]
                    typical = statistics.median(statistics.median(v) for v in per_run)
                    worst_med = statistics.median(max(v) for v in per_run)
                    worst = max(max(v) for v in per_run)
                    print(f"  {what}, {part}: typical {typical:.1f} ms, longest median {worst_med:.1f} ms, "
                          f"longest of all {worst:.1f} ms (target <= {target} ms)")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
