"""A long afternoon in the real window, printed (not asserted): SOAK_TURNS turns (default 200) against the fake
OpenAI server in its own process, each a long streamed reply (300-900 words in paragraphs), with four 512x512
noisy pictures every fourth turn. Prints resident memory, Python's `None` reference count, live Python objects
and chat bubbles at the start (after the first turns) and as it goes, then whether it finished without a crash.

A binding that leaks references to `None` (PySide6 6.12.0 on Python 3.11) shows as a falling `None` count and
ends in "Fatal Python error: none_dealloc"; a leak of widgets or documents shows as memory that keeps climbing
after the chat has reached its bubble limit.

Run: .venv/bin/python bench/bench_soak.py            (SOAK_TURNS=1000 for a longer one)
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.starved import free_from_starvation, mode  # noqa: E402

PICTURES_EVERY = 4
PICTURES = 4


def script(turns: int, seed: int = 3) -> list[dict[str, object]]:
    rng = random.Random(seed)
    words = "Larry poured tea as the thunder rolled and the rain sang on his sunflower spines".split()
    replies: list[dict[str, object]] = []
    for turn in range(turns):
        if turn % PICTURES_EVERY == PICTURES_EVERY - 1:
            replies.append({"text": "Here are some pictures.", "tool": "make_images",
                            "arguments": {"prompts": [f"Larry, turn {turn}, idea {i}" for i in range(PICTURES)]}})
            replies.append({"text": "There they are."})
            continue
        paragraphs = []
        total = rng.randint(300, 900)
        while total > 0:
            n = min(total, rng.randint(40, 90))
            paragraphs.append(" ".join(rng.choice(words) for _ in range(n)))
            total -= n
        replies.append({"text": "\n\n".join(paragraphs)})
    return replies


def soak(turns: int) -> None:
    import asyncio
    import gc

    import psutil

    from studio.core.app.project import Project
    from studio.core.settings import Settings
    from studio.qt.app import install_asyncgen_hooks, make_application
    from studio.qt.event_loop import StudioEventLoop
    from studio.qt.main_window import MainWindow

    folder = Path(tempfile.mkdtemp())
    script_file = folder / "script.json"
    script_file.write_text(json.dumps(script(turns)), encoding="utf-8")
    server = subprocess.Popen([sys.executable, "-m", "tests.fake_openai", "--max-edge", "512", "--noisy",
                               "--script-file", str(script_file)], cwd=ROOT, stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    free_from_starvation(server.pid)
    assert server.stdout is not None
    base_url = server.stdout.readline().strip()
    os.environ["OPENAI_API_KEY"] = "soak-key"
    app = make_application([])
    loop = StudioEventLoop(app)
    asyncio.set_event_loop(loop)
    install_asyncgen_hooks(loop)
    window = MainWindow(Settings(backend="openai", base_url=base_url, concurrency=4, partial_images=1),
                        persist_settings=False)
    window.set_project(Project.create(folder / "soak.storybook"))
    window.show()
    me = psutil.Process()

    def report(label: str, turn: int, started: float) -> None:
        gc.collect()
        print(f"  {label:>6} turn {turn:4d}: resident {me.memory_info().rss / 2**20:7.1f} MiB, None refs "
              f"{sys.getrefcount(None):7d}, Python objects {len(gc.get_objects()):8d}, bubbles "
              f"{len(window.chat.bubbles()):3d}, Qt timers {loop.pending_timers:4d}, pictures {len(window.project.images()):4d}, "
              f"{time.perf_counter() - started:6.1f} s", flush=True)

    async def run() -> None:
        started = time.perf_counter()
        for turn in range(1, turns + 1):
            window.chat.send(f"Tell me more, part {turn}")
            while window.chat.busy:
                await asyncio.sleep(0.01)
            if turn == 10:
                report("start", turn, started)
            elif turn % 50 == 0 or turn == turns:
                report("end" if turn == turns else "", turn, started)

    with loop:
        loop.run_until_complete(run())
    window.close()
    assert server.stdin is not None
    server.stdin.close()
    server.wait(timeout=30)
    print("SOAK FINISHED", flush=True)


def main() -> None:
    turns = int(os.environ.get("SOAK_TURNS", "200"))
    name = "starved" if os.environ.get("BENCH_STARVED") == "1" else "normal"
    print(f"Soak [{name}]: {turns} turns, long streamed replies, {PICTURES} pictures every {PICTURES_EVERY}th turn",
          flush=True)
    with mode(name):
        done = subprocess.run([sys.executable, "-c", f"from bench.bench_soak import soak; soak({turns})"], cwd=ROOT,
                              capture_output=True, text=True)
    print(done.stdout, end="")
    if done.returncode != 0 or "SOAK FINISHED" not in done.stdout:
        print(f"  CRASHED: exit {done.returncode}\n" + "\n".join(done.stderr.splitlines()[-15:]))
    else:
        print("  finished without a crash")


if __name__ == "__main__":
    main()
