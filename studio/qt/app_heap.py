"""Keeping Python's cycle collector from stalling the window.

A full collection walks every object the process holds. After start-up that is ~100,000 objects (Qt
wrappers, the openai client and its pydantic models), and walking them holds the GIL for 70–90 ms: a
visible stall, measured in `bench/bench_chat_studio.py`, whichever thread triggers it. Objects made during
start-up live as long as the app, so they are moved out of the collector's sight (`gc.freeze`); what is made
later is still collected as usual.
"""

from __future__ import annotations

import gc


def freeze_heap() -> None:
    """Exempt everything alive now from future collections. Cheap (no walk); call after start-up work."""
    gc.freeze()
