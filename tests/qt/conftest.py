from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

import pytest

qasync = pytest.importorskip("qasync")


@pytest.fixture
def qloop(qapp):
    """A qasync loop marked as running, so tasks advance whenever qtbot spins Qt's event loop."""
    loop = qasync.QEventLoop(qapp, already_running=True)
    executor = ThreadPoolExecutor(4)
    loop.set_default_executor(executor)
    asyncio.set_event_loop(loop)
    yield loop
    for task in asyncio.all_tasks(loop):
        task.cancel()
    executor.shutdown(wait=True)
    asyncio.events._set_running_loop(None)
    asyncio.set_event_loop(None)
