"""Picture jobs: visible waits and retries, failures a person can act on, cancel and retry, crash recovery."""

import asyncio
import sqlite3
import threading

import pytest

from studio.backends.base import BackendError, GeneratedImage
from studio.backends.offline import OfflineBackend
from studio.core.assistant.assistant import Assistant
from studio.core.document.model import ENDED_STATES, JOB_STATES, JobKind, JobState
from studio.core.app.project import Project
from studio.core.jobs.jobs import JobRunner, RetryPolicy, image_request_spec
from studio.core.jobs.loop_thread import LoopThread
from tests.fake_openai import backend_for, png_for

IMAGES = "/v1/images/generations"


def online(server, project, **policy):
    backend = backend_for(server)
    return JobRunner(project, lambda: backend, 4, RetryPolicy(backoff=0.05, **policy))


def run_job(runner, job):
    async def go():
        return await runner.submit(job)
    return asyncio.run(go())


def states_of(project, job_id):
    seen = []
    project.changes.subscribe(lambda c: job_id in c.jobs and seen.append(
        (project.jobs.get(job_id).state, project.jobs.get(job_id).error)))
    return seen


def test_a_rate_limited_picture_waits_as_told_and_says_so(fake_openai, project):
    fake_openai.fault(IMAGES, status=429, retry_after=1)
    runner = online(fake_openai, project)
    job = project.jobs.create("generate", image_request_spec("a hedgehog"))
    seen = states_of(project, job.id)
    record = run_job(runner, job)
    assert record is not None and project.jobs.get(job.id).state == "done"
    waiting = [error for state, error in seen if state == "queued"]
    assert waiting and "Trying again in 1 s" in waiting[0] and "rate limit" in waiting[0]
    assert len(fake_openai.requests_to(IMAGES)) == 2


@pytest.mark.parametrize("fault", [{"status": 500}, {"drop": True}])
def test_a_server_error_or_dropped_connection_is_retried(fake_openai, project, fault):
    fake_openai.fault(IMAGES, **fault)
    runner = online(fake_openai, project)
    job = project.jobs.create("generate", image_request_spec("a teapot"))
    assert run_job(runner, job) is not None
    assert project.jobs.get(job.id).attempts == 2


def test_a_picture_that_keeps_failing_fails_with_the_reason_and_can_be_retried(fake_openai, project):
    for _ in range(3):
        fake_openai.fault(IMAGES, status=500)
    runner = online(fake_openai, project)
    job = project.jobs.create("generate", image_request_spec("a storm"))

    async def scenario():
        assert await runner.submit(job) is None
        failed = project.jobs.get(job.id)
        assert failed.state == "failed" and failed.error_kind == "server" and "500" in failed.error
        return await runner.retry(job.id)  # one click: the same request again

    record = asyncio.run(scenario())
    assert record is not None and record.prompt == "a storm" and project.jobs.get(job.id).state == "done"


def test_a_refused_picture_is_explained_and_not_retried(fake_openai, project):
    fake_openai.fault(IMAGES, status=400, code="moderation_blocked", message="rejected by the safety system")
    runner = online(fake_openai, project)
    job = project.jobs.create("generate", image_request_spec("something scary"))
    assert run_job(runner, job) is None
    failed = project.jobs.get(job.id)
    assert failed.error_kind == "refused" and "safety rules" in failed.error
    assert len(fake_openai.requests_to(IMAGES)) == 1


class GatedBackend(OfflineBackend):
    def __init__(self):
        super().__init__()
        self.running = 0
        self.most = 0
        self.slow_started = threading.Event()  # set from whichever thread draws

    async def generate_image(self, request, on_preview=None):
        self.running += 1
        self.most = max(self.most, self.running)
        try:
            if "slow" in request.prompt:
                self.slow_started.set()
                await asyncio.sleep(3600)
            else:
                await asyncio.sleep(0)  # drawn at once; the slow one keeps a second place busy
        finally:
            self.running -= 1
        return GeneratedImage(png_for(request.prompt), "gated")


def test_one_job_can_be_stopped_while_the_others_finish(project):
    backend = GatedBackend()
    runner = JobRunner(project, lambda: backend, 2)

    async def scenario():
        jobs = [project.jobs.create("generate", image_request_spec(p)) for p in ("a", "slow b", "c", "d")]
        tasks = [runner.submit(j) for j in jobs]
        assert await asyncio.to_thread(backend.slow_started.wait, 60)
        assert runner.cancel(jobs[1].id)
        return jobs, await asyncio.gather(*tasks, return_exceptions=True)

    jobs, results = asyncio.run(scenario())
    assert [project.jobs.get(j.id).state for j in jobs] == ["done", "cancelled", "done", "done"]
    assert backend.most == 2  # the concurrency setting holds
    assert len(project.images()) == 3


def test_jobs_a_crash_left_running_are_marked_stopped_on_open(tmp_path):
    path = tmp_path / "crash.storybook"
    project = Project.create(path)
    job = project.jobs.create("generate", image_request_spec("x"))
    project.jobs.update(job.id, "running")
    project.close()  # as if the app had been killed mid-picture
    reopened = Project.open(path)
    settled = reopened.jobs.get(job.id)
    assert settled.state == "cancelled" and "closed before" in settled.error
    reopened.close()


def test_job_states_and_kinds_are_enums_and_the_book_keeps_the_same_words(tmp_path):
    path = tmp_path / "words.storybook"
    project = Project.create(path)
    job = project.jobs.create(JobKind.EDIT, image_request_spec("x"))
    assert project.jobs.update(job.id, "running").state is JobState.RUNNING  # a plain word still works
    with pytest.raises(ValueError):
        project.jobs.update(job.id, "finished")
    project.close()
    reopened = Project.open(path)  # settles the running job as cancelled
    read = reopened.jobs.get(job.id)
    reopened.close()
    assert type(read.kind) is JobKind and type(read.state) is JobState and read.state is JobState.CANCELLED
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT kind, typeof(kind), state, typeof(state) FROM jobs").fetchone() == (
        "edit", "text", "cancelled", "text")
    conn.close()
    assert JOB_STATES == tuple(JobState) and set(ENDED_STATES) == {"done", "failed", "cancelled"}


def test_a_story_turn_makes_no_picture_request(fake_openai, project):
    fake_openai.chat_script.append({"text": "A story.", "tool": "write_story", "arguments": {
        "title": "T", "pages": [{"text": "one", "illustration_prompt": "p"}]}})
    asyncio.run(Assistant(project, backend_for(fake_openai)).send("Tell a story about Larry"))
    assert fake_openai.requests_to(IMAGES) == [] and project.jobs.all() == []


def test_a_broken_backend_fails_the_job_instead_of_leaving_it_running(project):
    class Broken(OfflineBackend):
        async def generate_image(self, request, on_preview=None):
            raise BackendError("network", "Could not reach the server.")

    runner = JobRunner(project, lambda: Broken(), 1, RetryPolicy(attempts=2, backoff=0.01))
    job = project.jobs.create("generate", image_request_spec("x"))
    assert run_job(runner, job) is None
    failed = project.jobs.get(job.id)
    assert failed.state == "failed" and failed.attempts == 2 and "reach the server" in failed.error


def test_a_batch_over_the_dont_ask_amount_waits_for_the_estimate_to_be_accepted(fake_openai, project):
    from studio.core.jobs.spending import Budget, Terms
    from studio.core.prices import default_prices

    fake_openai.chat_script.append({"text": "Eight!", "tool": "make_images",
                                    "arguments": {"prompts": [f"kite {i}" for i in range(8)]}})
    fake_openai.chat_script.append({"text": "Maybe later."})
    backend = backend_for(fake_openai)
    asked = []

    async def decline(guess):
        asked.append(guess)
        return False

    terms = Terms(prices=default_prices(), ask_under=0.25)  # eight medium pictures: $0.34
    runner = JobRunner(project, lambda: backend, budget=Budget(lambda: terms, None))
    assistant = Assistant(project, backend, runner, prices=default_prices(), approve_batch=decline)
    asyncio.run(assistant.send("draw eight kites"))
    assert asked[0].count == 8 and asked[0].cost == pytest.approx(8 * 0.042) and asked[0].currency == "USD"
    assert fake_openai.requests_to(IMAGES) == [] and project.jobs.all() == []
    assert "decided not to" in project.messages()[-2].content  # the model is told, the conversation goes on


class PreviewingBackend(GatedBackend):
    """Sends one preview from wherever it runs, and notes which thread that was."""

    def __init__(self):
        super().__init__()
        self.threads = set()

    async def generate_image(self, request, on_preview=None):
        self.threads.add(threading.current_thread().name)
        if on_preview is not None:
            on_preview(png_for("preview"))
        return await super().generate_image(request, on_preview)


def test_with_a_network_thread_requests_run_there_and_everything_else_stays_here(project):
    backend, network = PreviewingBackend(), LoopThread("pictures-test")
    runner = JobRunner(project, lambda: backend, 2, network=network)
    previews = []
    runner.on_preview = lambda job_id, data: previews.append((job_id, data, threading.current_thread().name))
    changes = []
    project.changes.subscribe(lambda c: changes.append(threading.current_thread().name))

    async def scenario():
        jobs = [project.jobs.create("generate", image_request_spec(p)) for p in ("a", "slow b", "c")]
        tasks = [runner.submit(j) for j in jobs]
        assert await asyncio.to_thread(backend.slow_started.wait, 60)
        assert runner.cancel(jobs[1].id)
        await asyncio.gather(*tasks, return_exceptions=True)
        return jobs

    try:
        jobs = asyncio.run(scenario())
    finally:
        network.stop()
    assert backend.threads == {"pictures-test"}
    assert [project.jobs.get(j.id).state for j in jobs] == ["done", "cancelled", "done"]
    assert backend.running == 0  # the stopped picture's request was stopped on the network thread too
    assert backend.most == 2
    main = threading.main_thread().name
    assert {p[2] for p in previews} == {main} and {p[0] for p in previews} == {j.id for j in jobs}
    assert set(changes) == {main}  # the project is only ever touched on the loop that owns it
    # stored in the order they arrived, which two requests running side by side do not promise
    assert sorted(project.image_data(i.id) for i in project.images()) == sorted([png_for("a"), png_for("c")])


def test_a_job_with_a_kind_or_state_this_version_does_not_know_still_opens(tmp_path):
    book = tmp_path / "edited.storybook"
    project = Project.create(book)
    job = project.jobs.create("generate", image_request_spec("a hedgehog"))
    project.close()
    conn = sqlite3.connect(book)
    conn.execute("UPDATE jobs SET kind = 'image', state = 'paused' WHERE id = ?", (job.id,))  # a hand-edited file
    conn.commit()
    conn.close()
    project = Project.open(book, read_only=True)
    try:
        [read] = project.jobs.all()
        assert (read.kind, read.state) == ("generate", "failed")  # can be tried again; nothing else is lost
    finally:
        project.close()
