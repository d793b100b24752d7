"""The network thread: work runs there, results and failures come back, stopping one side stops the other."""

import asyncio
import threading

import pytest

from studio.core.jobs.loop_thread import LoopThread


@pytest.fixture
def network():
    thread = LoopThread("test-network")
    yield thread
    thread.stop()


def test_work_runs_on_the_thread_and_its_result_comes_back(network):
    async def where():
        await asyncio.sleep(0)
        return threading.current_thread().name

    assert asyncio.run(network.run(where())) == "test-network"


def test_a_failure_there_is_raised_here(network):
    async def broken():
        raise ValueError("no picture")

    with pytest.raises(ValueError, match="no picture"):
        asyncio.run(network.run(broken()))


def test_stopping_the_caller_stops_the_work(network):
    started, stopped = threading.Event(), threading.Event()

    async def slow():
        started.set()
        try:
            await asyncio.sleep(30)
        except asyncio.CancelledError:
            stopped.set()
            raise

    async def caller():
        task = asyncio.ensure_future(network.run(slow()))
        assert await asyncio.to_thread(started.wait, 60)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(caller())
    assert stopped.wait(2)


def test_stopping_the_thread_stops_what_runs_there_and_refuses_more(network):
    stopped = threading.Event()

    async def slow():
        try:
            await asyncio.sleep(30)
        except asyncio.CancelledError:
            stopped.set()
            raise

    asyncio.run_coroutine_threadsafe(slow(), network.loop)
    network.stop()
    assert stopped.is_set() and not network.running

    async def more():
        return 1

    with pytest.raises(RuntimeError, match="stopped"):
        asyncio.run(network.run(more()))
