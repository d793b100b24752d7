"""The window's loop runs what is scheduled and lets go of what is cancelled at once (a long session's HTTP
timeouts would otherwise keep a Qt timer each for ten minutes)."""

import asyncio


def test_cancelled_callbacks_never_run_and_leave_no_timer_behind(qtbot, qloop):
    ran = []
    handles = [qloop.call_later(600, ran.append, i) for i in range(1000)]
    assert qloop.pending_timers >= 1000
    for handle in handles:
        handle.cancel()
    assert qloop.pending_timers == 0
    qloop.call_later(0, ran.append, "soon")
    qloop.call_soon(ran.append, "sooner")
    qtbot.waitUntil(lambda: len(ran) == 2, timeout=60_000)
    assert sorted(map(str, ran)) == ["soon", "sooner"]


def test_timeouts_that_expire_still_fire(qtbot, qloop):
    async def too_slow():
        async with asyncio.timeout(0.01):
            await asyncio.Event().wait()

    task = asyncio.ensure_future(too_slow())
    qtbot.waitUntil(task.done, timeout=60_000)
    assert isinstance(task.exception(), TimeoutError)
    assert qloop.pending_timers == 0
