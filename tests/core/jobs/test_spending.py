"""Spending caps, enforced by the job runner for every front end, and the ledger a person can read back."""

import asyncio
import csv
import io
import threading

import pytest

from studio.backends.offline import OfflineBackend
from studio.core.assistant.assistant import Assistant
from studio.core.jobs.jobs import JobRunner
from studio.core.jobs.ledger import Entry, Ledger
from studio.core.jobs.spending import SPENDING_CAP, Budget, SpendingCapError, Terms
from studio.core.prices import default_prices, money
from studio.core.settings import ledger_path
from tests.fake_openai import backend_for

IMAGES = "/v1/images/generations"
MEDIUM = 0.042  # gpt-image-2, 1024x1024, medium (quality "auto") in the default table


def studio_runner(project, backend, concurrency=4, run_cap=0.0, **terms):
    terms = Terms(prices=default_prices(), **terms)
    budget = Budget(lambda: terms, Ledger(ledger_path()), book=str(project.path), run_cap=run_cap)
    return JobRunner(project, lambda: backend, concurrency, budget=budget)


def test_a_batch_whose_estimate_would_go_over_the_book_cap_is_not_started(fake_openai, project):
    backend = backend_for(fake_openai)
    assistant = Assistant(project, backend, studio_runner(project, backend, book_cap=0.10))

    with pytest.raises(SpendingCapError) as caught:
        asyncio.run(assistant.draw("Four kites", [f"a kite number {i}" for i in range(4)]))
    message = str(caught.value)
    assert "4 pictures, about $0.17" in message and "this book's spending cap of $0.10" in message
    assert "Raise the cap in Settings" in message
    assert fake_openai.requests_to(IMAGES) == [] and project.jobs.all() == []  # nothing asked for, nothing queued
    assert "spending cap" in project.messages()[-1].content  # the model is told why, too


def test_a_batch_over_todays_cap_is_not_started_whatever_book_spent_it(fake_openai, project, tmp_path):
    Ledger(ledger_path()).record(Entry("picture", 9.95, book=str(tmp_path / "Another.storybook")))
    backend = backend_for(fake_openai)
    assistant = Assistant(project, backend, studio_runner(project, backend, day_cap=10.0))

    with pytest.raises(SpendingCapError, match=r"today's spending cap of \$10.00 \(\$9.95 spent, \$0.05 left\)"):
        asyncio.run(assistant.draw("Two kites", ["a red kite", "a blue kite"]))
    assert fake_openai.requests_to(IMAGES) == []


def test_a_cap_reached_mid_batch_stops_the_rest_and_says_what_was_made_and_what_it_cost(fake_openai, project,
                                                                                           tmp_path):
    """Two pictures fit today's $0.10 when the batch starts; while the first is being drawn, another book (another
    window or command) spends $0.05. The second picture is then not asked for."""
    fake_openai.pace = threading.Semaphore(0)  # the server holds each picture after its first preview
    backend = backend_for(fake_openai, partial_images=1)
    runner = studio_runner(project, backend, concurrency=1, day_cap=0.10)
    drawing = asyncio.Event()
    runner.on_preview = lambda job_id, data: drawing.set()
    assistant = Assistant(project, backend, runner)

    async def scenario():
        turn = asyncio.ensure_future(assistant.draw("Two kites", ["a red kite", "a blue kite"]))
        await drawing.wait()  # the first picture is on its way; the second waits for its place
        Ledger(ledger_path()).record(Entry("picture", 0.05, book=str(tmp_path / "Another.storybook")))
        fake_openai.pace.release()
        return await turn

    result = asyncio.run(scenario())
    assert len(result.images) == 1 and len(fake_openai.requests_to(IMAGES)) == 1
    first, second = project.jobs.all()
    assert first.state == "done"
    assert second.state == "cancelled" and second.error_kind == SPENDING_CAP
    assert "today's spending cap of $0.10" in second.error
    assert "1 of 2 pictures were made, for $0.04" in second.error
    assert Ledger(ledger_path()).spent_on() == pytest.approx(0.05 + MEDIUM)


def test_pictures_made_at_once_never_overshoot_a_cap_together(fake_openai, project):
    """Four go out at the same moment under a cap that holds two: the other two are stopped, not all four drawn."""
    backend = backend_for(fake_openai)
    runner = studio_runner(project, backend, concurrency=4, run_cap=0.09)
    assistant = Assistant(project, backend, runner)

    async def scenario():
        # Four single pictures asked for together ("draw again" on four): each fits on its own when it is asked.
        return await asyncio.gather(*(assistant.draw(f"Kite {i}", [f"a kite number {i}"]) for i in range(4)))

    asyncio.run(scenario())
    states = sorted(j.state for j in project.jobs.all())
    assert states == ["cancelled", "cancelled", "done", "done"]
    assert all("this run's limit of $0.09" in j.error for j in project.jobs.all() if j.state == "cancelled")
    assert len(fake_openai.requests_to(IMAGES)) == 2
    assert runner.budget.run_spent == pytest.approx(2 * MEDIUM)


def test_every_paid_picture_is_a_ledger_row_and_the_ledger_adds_up_per_day_and_book(fake_openai, project):
    backend = backend_for(fake_openai)
    assistant = Assistant(project, backend, studio_runner(project, backend))
    asyncio.run(assistant.draw("Two kites", ["a red kite", "a blue kite"]))

    ledger = Ledger(ledger_path())
    rows = ledger.rows()
    assert [(r["what"], r["model"], r["size"], r["quality"], r["book"]) for r in rows] == \
        [("picture", "gpt-image-2", "1024x1024", "auto", str(project.path))] * 2
    assert ledger.by_book()[0].key == str(project.path) and ledger.by_book()[0].count == 2
    assert ledger.by_day()[0].cost == pytest.approx(2 * MEDIUM)
    out = project.path.parent / "spending.csv"
    assert ledger.export_csv(out) == 2
    table = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [float(r["cost"]) for r in table] == [MEDIUM, MEDIUM] and table[0]["book"] == str(project.path)


def test_offline_sketches_are_free_never_asked_about_and_never_capped(project):
    backend = OfflineBackend()
    asked = []

    async def ask(guess):
        asked.append(guess)
        return False

    runner = studio_runner(project, backend, run_cap=0.01, book_cap=0.01, day_cap=0.01, ask_under=0)
    result = asyncio.run(Assistant(project, backend, runner, approve_batch=ask).draw(
        "Six kites", [f"a kite number {i}" for i in range(6)]))
    assert len(result.images) == 6 and asked == []
    assert Ledger(ledger_path()).rows() == []


def test_the_dont_ask_amount_decides_when_the_estimate_is_shown(project):
    terms = Terms(prices=default_prices(), ask_under=0.25)
    budget = Budget(lambda: terms, None)
    four = budget.estimate(4, "gpt-image-2", "1024x1024", "auto")
    eight = budget.estimate(8, "gpt-image-2", "1024x1024", "auto")
    assert eight.describe() == "8 pictures, about $0.34"
    assert not budget.needs_approval(four) and budget.needs_approval(eight)
    assert not budget.needs_approval(budget.estimate(1, "gpt-image-2", "1536x1024", "high"))  # one picture
    assert budget.needs_approval(budget.estimate(2, "a-local-model", "1024x1024", "auto"))  # price unknown: ask
    terms = Terms(prices=default_prices(), ask_under=0)
    assert budget.needs_approval(four)  # 0: always ask
    assert money(1234.4, "KRW") == "₩1,234" and money(0.5, "CHF") == "0.50 CHF"


def test_a_ledger_that_cannot_be_written_never_loses_the_picture(fake_openai, project, tmp_path):
    blocked = tmp_path / "not-a-dir"
    blocked.write_text("a file where the data folder should be")
    backend = backend_for(fake_openai)
    terms = Terms(prices=default_prices())
    runner = JobRunner(project, lambda: backend, budget=Budget(lambda: terms, Ledger(blocked / "spending.sqlite")))
    result = asyncio.run(Assistant(project, backend, runner).draw("A kite", ["a kite"]))
    assert len(result.images) == 1 and project.jobs.all()[0].state == "done"


def test_caps_in_the_settings_file_are_held_to_their_rule(tmp_path):
    import json

    from studio.core.settings import load_settings

    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"book_cap": -3, "day_cap": "lots", "ask_under": 0}))
    settings = load_settings(path)
    assert (settings.book_cap, settings.day_cap, settings.ask_under) == (5.0, 10.0, 0)  # bad ones: the defaults


def test_an_estimate_for_pictures_drawn_free_says_free():
    """Was "10 pictures, about $0.00" before an offline book: as if something were paid for."""
    from studio.core.jobs.spending import Estimate

    assert Estimate(10, 0.0, free=True).describe() == "10 pictures, free"
    assert Estimate(1, 0.0, free=True).describe() == "1 picture, free"


def _requested(assistant, prompts, ask=None):
    seen = []
    assistant.approve_batch = ask
    asyncio.run(assistant.draw("Kites", prompts, seen.append))
    return [e for e in seen if type(e).__name__ == "ImagesRequested"]


def test_pictures_drawn_without_a_question_carry_their_estimate_to_show(fake_openai, project):
    """Was: under the "don't ask" amount four pictures ($0.17) were drawn with no estimate in sight; the cost
    showed up afterwards in the status bar."""
    backend = backend_for(fake_openai)
    assistant = Assistant(project, backend, studio_runner(project, backend, ask_under=0.25))

    async def yes(_guess):
        return True

    (quiet,) = _requested(assistant, [f"a kite number {i}" for i in range(4)], yes)
    assert quiet.estimate == "4 pictures, about $0.17"  # not asked (under $0.25): said as they start
    assistant.runner.budget._terms = lambda: Terms(prices=default_prices(), ask_under=0)  # ask about everything
    (asked,) = _requested(assistant, ["a kite", "a second kite"], yes)
    assert asked.estimate == ""  # the person saw it when they said yes
    offline = Assistant(project, OfflineBackend(), studio_runner(project, OfflineBackend()))
    (free,) = _requested(offline, ["a kite", "a second kite"])
    assert free.estimate == ""
