"""The benches' starved mode: the same measurement on one core shared with a CPU burner, with slow writes.

An older laptop, or a machine busy with something else, is what the studio meets in the wild. Starved mode
reproduces that here:
- the measured process (and every process it starts, such as a fresh window) is pinned to core 0;
- a process on core 0 burns CPU the whole time;
- another process writes to a file on the same disk and syncs after every write, so the project's own
  writes and syncs queue behind it, as on a slow or busy disk.
The fake picture server stands for a remote service and keeps the other core.

BENCH_STARVED=1 runs only the starved mode, BENCH_STARVED=0 only the normal one; unset, the benches run both
and print the same lines for each.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
from typing import Iterator

STARVED_CORE = 0

BURN = "while True: pass"
SLOW_WRITES = """
import os, sys
block = os.urandom(256 * 1024)
with open(sys.argv[1], "wb") as f:
    while True:
        f.write(block)
        f.flush()
        os.fsync(f.fileno())
        if f.tell() > 64 * 1024 * 1024:
            f.seek(0)
"""


def modes() -> list[str]:
    chosen = os.environ.get("BENCH_STARVED")
    if chosen == "1":
        return ["starved"]
    if chosen == "0":
        return ["normal"]
    return ["normal", "starved"]


def is_starved() -> bool:
    return os.environ.get("BENCH_MODE") == "starved"


def all_cores() -> set[int]:
    return set(range(os.cpu_count() or 1))


def free_from_starvation(pid: int) -> None:
    """A process that stands for another machine (the picture server) is not starved with us."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(pid, all_cores())


@contextlib.contextmanager
def mode(name: str) -> Iterator[None]:
    """Run the body in `name` mode ("normal" or "starved"); children started inside inherit it."""
    previous_mode = os.environ.get("BENCH_MODE")
    os.environ["BENCH_MODE"] = name
    if name != "starved":
        try:
            yield
        finally:
            _restore(previous_mode)
        return
    before = os.sched_getaffinity(0)
    helpers: list[subprocess.Popen[bytes]] = []
    with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_DISK_DIR")) as folder:
        try:
            os.sched_setaffinity(0, {STARVED_CORE})
            helpers.append(subprocess.Popen([sys.executable, "-c", BURN]))
            helpers.append(subprocess.Popen([sys.executable, "-c", SLOW_WRITES, os.path.join(folder, "busy.bin")]))
            for helper in helpers:
                os.sched_setaffinity(helper.pid, {STARVED_CORE})
            yield
        finally:
            for helper in helpers:
                helper.kill()
                helper.wait()
            os.sched_setaffinity(0, before)
            _restore(previous_mode)


def _restore(previous: str | None) -> None:
    if previous is None:
        os.environ.pop("BENCH_MODE", None)
    else:
        os.environ["BENCH_MODE"] = previous


def measure_runs(module: str, runs: int) -> list[dict]:
    """`module.measure()` in `runs` fresh processes (in the current mode), each returning a dict of figures."""
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    results = []
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-c", f"from {module} import measure; import json; "
                               "print('RESULT', json.dumps(measure()))"], cwd=root, capture_output=True, text=True)
        if done.returncode != 0 or "RESULT" not in done.stdout:
            raise SystemExit(f"{module} failed:\n{done.stderr[-3000:]}")
        results.append(json.loads(done.stdout.split("RESULT", 1)[1]))
    return results
