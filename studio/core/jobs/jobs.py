"""Running picture jobs: a shared limit on how many run at once, retries with a visible wait, cancel and retry.

Every state change is written to the project (`project.jobs`), which tells its observers; nothing else is
needed to follow a job. Partial previews are not stored; they go to `on_preview` only. How far a running picture
is (a local generator's steps) is kept here, not stored: `progress(job_id)`, told to observers as a change of the
job and to `on_progress`.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Coroutine, Sequence, TypeVar

from studio.backends.base import (
    Backend,
    BackendError,
    GeneratedImage,
    ImageRequest,
    takes_progress,
)
from studio.backends.split import draws_free
from studio.core.document.changes import ChangeSet
from studio.core.document.model import ImageRecord, JobKind, JobRecord, JobState
from studio.core.document.schema import ProjectError
from studio.core.gallery import imaging
from studio.core.i18n import _
from studio.core.jobs.loop_thread import LoopThread
from studio.core.jobs.spending import SPENDING_CAP, Budget, Estimate, SpendingCapError
from studio.core.prices import money

if TYPE_CHECKING:
    from studio.core.app.project import Project

log = logging.getLogger(__name__)
T = TypeVar("T")

RETRYABLE = {"rate_limit", "server", "network", "cut_off"}


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 3
    backoff: float = 2.0  # seconds before the 2nd try; doubles after
    longest_wait: float = 120.0  # a longer retry-after fails the job rather than hang for minutes


def image_request_spec(prompt: str, *, size: str = "1024x1024", quality: str = "auto", style: str | None = None,
                       transparent: bool = False, make_sticker: bool = False, reference_ids: list[int] | None = None,
                       mask: bytes | None = None, variant_of: int | None = None,
                       fidelity: str | None = None, seed: int | None = None,
                       checkpoint: str | None = None) -> dict[str, Any]:
    """What a job stores: enough to run it again exactly (a retry), as plain JSON."""
    spec: dict[str, Any] = {"prompt": prompt, "size": size, "quality": quality}
    if style:
        spec["style"] = style
    if transparent:
        spec["background"] = "transparent"
    if make_sticker:
        spec["sticker"] = True
    if reference_ids:
        spec["reference_ids"] = list(reference_ids)
    if variant_of is not None:  # "more like this" or an edit: the picture it is an alternative to
        spec["variant_of"] = variant_of
    if mask is not None:
        spec["mask_png"] = base64.b64encode(mask).decode()
    if fidelity:
        spec["input_fidelity"] = fidelity
    if seed is not None:  # Draw Again on a local generator's picture: the same seed and checkpoint draw it again
        spec["seed"] = seed
    if checkpoint:
        spec["checkpoint"] = checkpoint
    return spec


class JobRunner:
    def __init__(self, project: Project, backend: Callable[[], Backend], concurrency: int = 4,
                 policy: RetryPolicy = RetryPolicy(), network: LoopThread | None = None,
                 budget: Budget | None = None) -> None:
        """With `network`, the requests themselves run on that thread's loop (the window's choice); results,
        previews and every change to the project stay on the loop that submitted the job. With `budget`, its caps
        hold for every job run here and each paid picture is written to its ledger."""
        self.project = project
        self.budget = budget
        self._backend = backend
        self._network = network
        self._concurrency = max(1, concurrency)
        self._gate: asyncio.Semaphore | None = None
        self._gate_loop: asyncio.AbstractEventLoop | None = None
        self.policy = policy
        self.on_preview: Callable[[int, bytes], None] | None = None  # (job id, partial picture bytes)
        self.on_progress: Callable[[int, int, int], None] | None = None  # (job id, step, of steps)
        self._progress: dict[int, tuple[int, int]] = {}
        self._tasks: dict[int, asyncio.Task[ImageRecord | None]] = {}
        self._paid: dict[tuple[int | None, str], tuple[int, float]] = {}  # batch -> pictures paid for, cost
        self._paid_lock = threading.Lock()
        self._warm = False

    @property
    def concurrency(self) -> int:
        return self._concurrency

    def set_concurrency(self, concurrency: int) -> None:
        """Applies to jobs that start from now on; running ones finish under the old limit."""
        self._concurrency = max(1, concurrency)
        self._gate = None

    def _gate_here(self) -> asyncio.Semaphore:
        # A semaphore belongs to one event loop; the CLI and tests may run several loops one after another.
        loop = asyncio.get_running_loop()
        if self._gate is None or self._gate_loop is not loop:
            self._gate, self._gate_loop = asyncio.Semaphore(self._concurrency), loop
        return self._gate

    # -- money --------------------------------------------------------------------------------

    def estimate(self, count: int, size: str | Sequence[str], quality: str) -> Estimate:
        """What `count` pictures cost at the current backend's model, by the price table (`size`: one for all,
        or each picture's own)."""
        backend = self._backend()
        free = draws_free(backend)
        if self.budget is None:
            return Estimate(count, 0.0 if free else None, free=free)
        return self.budget.estimate(count, backend.image_model, size, quality, offline=free)

    def check_batch(self, guess: Estimate) -> None:
        """Raises SpendingCapError when the batch would go over a cap: the caller starts none of it."""
        if self.budget is not None:
            self.budget.check_batch(guess)

    def standing(self) -> str:
        """What was spent today and on this book, against the caps ("" without a budget)."""
        return self.budget.standing() if self.budget is not None else ""

    def needs_approval(self, guess: Estimate) -> bool:
        return self.budget.needs_approval(guess) if self.budget is not None else False

    def _price(self, backend: Backend, request: ImageRequest) -> float | None:
        if self.budget is None or draws_free(backend):
            return None
        return self.budget.price(backend.image_model, request.size, request.quality)

    def _stopped_by_cap(self, job: JobRecord, why: str) -> str:
        """The reason a job did not start, with what its batch made and what that cost."""
        batch = [j for j in self.project.jobs.of_message(job.message_id) if j.call_id == job.call_id] \
            if job.message_id is not None else [job]
        with self._paid_lock:
            made, cost = self._paid.get(self._batch_key(job), (0, 0.0))
        text = _("Stopped: {reason}.").format(reason=why)
        if len(batch) > 1:
            currency = self.budget.currency if self.budget else "USD"
            text += " " + (_("{made} of {n} pictures were made, for {cost}.").format(
                made=made, n=len(batch), cost=money(cost, currency)) if made else
                _("None of the {n} pictures was made; nothing was spent on them.").format(n=len(batch)))
        return text

    @staticmethod
    def _batch_key(job: JobRecord) -> tuple[int | None, str]:
        """The pictures of one request (one tool call) are a batch."""
        return (job.message_id, job.call_id) if job.message_id is not None else (None, f"job-{job.id}")

    def _paid_for(self, key: tuple[int | None, str], cost: float) -> None:
        with self._paid_lock:  # from the network thread
            made, spent = self._paid.get(key, (0, 0.0))
            self._paid[key] = (made + 1, spent + cost)

    def submit(self, job: JobRecord) -> asyncio.Task[ImageRecord | None]:
        task = asyncio.ensure_future(self._execute(job.id))
        self._tasks[job.id] = task
        task.add_done_callback(lambda _t, job_id=job.id: self._tasks.pop(job_id, None))
        return task

    async def prepare(self) -> None:
        """Ready the backend where the requests will run, before the first picture is asked for."""
        try:
            await self._here_or_there(self._backend().prepare())
        except Exception:  # noqa: BLE001 - the first real request will report the problem properly
            log.info("could not prepare the backend ahead of time", exc_info=True)

    def warm_up(self) -> None:
        """Load the picture decoders on a worker thread, once: call it when the network keeps the loop waiting
        anyway (the model is writing), so the first pictures back are stored at once."""
        if not self._warm:
            self._warm = True
            asyncio.get_running_loop().run_in_executor(None, imaging.warm_up)

    def progress(self, job_id: int) -> tuple[int, int] | None:
        """(step, of steps) of a running picture whose server tells it; None otherwise."""
        return self._progress.get(job_id)

    def waiting_at_server(self, job_id: int) -> bool:
        """Sent, but not begun: a generator that draws one picture at a time (ComfyUI) has others to draw first.
        It says when it begins one; a cloud service never does, and its pictures count as being drawn."""
        return (job_id in self._tasks and job_id not in self._progress
                and bool(getattr(self._backend(), "queues_pictures", False))
                and self.project.jobs.get(job_id).state == JobState.RUNNING)

    def _progressed(self, job_id: int, step: int, steps: int) -> None:
        if job_id not in self._tasks or self.project.jobs.get(job_id).state != JobState.RUNNING:
            return  # a late word from the network thread about a job that has ended
        self._progress[job_id] = (step, steps)
        self.project.changes.emit(ChangeSet(jobs=frozenset({job_id})))
        if self.on_progress is not None:
            self.on_progress(job_id, step, steps)

    def running(self) -> list[int]:
        return list(self._tasks)

    def cancel(self, job_id: int) -> bool:
        task = self._tasks.get(job_id)
        if task is None or task.done():
            return False
        task.cancel()
        return True

    def cancel_all(self) -> list[asyncio.Task[ImageRecord | None]]:
        tasks = list(self._tasks.values())
        for task in tasks:
            task.cancel()
        return tasks

    def retry(self, job_id: int) -> asyncio.Task[ImageRecord | None] | None:
        job = self.project.jobs.get(job_id)
        if job.state not in (JobState.FAILED, JobState.CANCELLED) or job_id in self._tasks:
            return None
        return self.submit(self.project.jobs.update(job_id, JobState.QUEUED, error="", error_kind=""))

    async def _execute(self, job_id: int) -> ImageRecord | None:
        jobs = self.project.jobs
        job = jobs.get(job_id)
        over = False  # once the job has ended here, a late "it started" from the network thread is ignored

        def started(attempt: int) -> None:
            if not over:
                jobs.update(job_id, JobState.RUNNING, attempts=attempt, error="", error_kind="")

        try:
            request = self._request(job)
            attempts = job.attempts
            while True:
                attempts += 1
                try:
                    generated, decoded = await self._attempt(job, request, lambda n=attempts: started(n))
                    break
                except SpendingCapError as exc:
                    jobs.update(job_id, JobState.CANCELLED, error=self._stopped_by_cap(job, str(exc)),
                                error_kind=SPENDING_CAP)
                    return None
                except BackendError as exc:
                    wait = self._wait_before_retry(exc, attempts)
                    if wait is None:
                        jobs.update(job_id, JobState.FAILED, error=str(exc), error_kind=exc.kind)
                        return None
                    jobs.update(job_id, JobState.QUEUED, error_kind=exc.kind,
                                error=_("{reason} Trying again in {seconds} s (attempt {attempt} of {attempts})."
                                        ).format(reason=exc, seconds=f"{wait:.0f}", attempt=attempts + 1,
                                                 attempts=self.policy.attempts))
                await asyncio.sleep(wait)  # a waiting job does not hold a place
            record = await self._store(job, generated, decoded)
            jobs.update(job_id, JobState.DONE, image_id=record.id, usage=generated.usage)
            return record
        except imaging.ImageDecodeError as exc:
            jobs.update(job_id, JobState.FAILED, error=_("The picture that came back could not be read: {reason}.").format(reason=exc),
                        error_kind="bad_response")
            return None
        except asyncio.CancelledError:
            jobs.update(job_id, JobState.CANCELLED, error=_("Stopped."))
            raise
        except ProjectError as exc:  # the book could not take the picture: a full disk, a read-only file
            jobs.update(job_id, JobState.FAILED, error=str(exc), error_kind="storage")
            return None
        except Exception as exc:  # a bug must not leave the job "running" forever
            log.exception("picture job %s failed unexpectedly", job_id)
            jobs.update(job_id, JobState.FAILED, error=_("Something went wrong inside the app: {reason}").format(reason=exc),
                        error_kind="internal")
            return None
        finally:
            over = True
            self._progress.pop(job_id, None)

    async def _attempt(self, job: JobRecord, request: ImageRequest,
                       started: Callable[[], None]) -> tuple[GeneratedImage, imaging.DecodedImage]:
        """One try: wait for a place under the limit, ask the server, decode the answer. With a network thread
        all of it runs there, so a freed place is taken at once and the window only receives finished work;
        `started` and the previews are handed back to this loop."""
        backend, sink, job_id = self._backend(), self.on_preview, job.id
        here = asyncio.get_running_loop()

        def hand_back(fn: Callable[..., None], *args: Any) -> None:
            if self._network is None:
                fn(*args)
            else:
                here.call_soon_threadsafe(fn, *args)

        preview = None if sink is None else lambda data: hand_back(sink, job_id, data)

        def progress(step: int, steps: int) -> None:
            hand_back(self._progressed, job_id, step, steps)

        work = self._fetch(backend, request, bool(job.request.get("sticker")), lambda: hand_back(started), preview,
                           self._batch_key(job), progress)
        return await self._here_or_there(work)

    async def _here_or_there(self, work: Coroutine[Any, Any, T]) -> T:
        """Run backend work on the network thread if there is one, else on this loop."""
        return await (work if self._network is None else self._network.run(work))

    async def _fetch(self, backend: Backend, request: ImageRequest, make_sticker: bool, started: Callable[[], None],
                     preview: Callable[[bytes], None] | None,
                     batch: tuple[int | None, str] = (None, ""),
                     progress: Callable[[int, int], None] | None = None) -> tuple[GeneratedImage, imaging.DecodedImage]:
        async with self._gate_here():  # the limit is on requests to the server, not on decoding
            cost = self._price(backend, request)
            if cost is not None and self.budget is not None:
                why = self.budget.reserve(cost)
                if why is not None:
                    raise SpendingCapError(why)
            started()
            try:
                if progress is not None and takes_progress(backend):
                    generated = await backend.generate_image(request, preview, on_progress=progress)
                else:
                    generated = await backend.generate_image(request, preview)
            except BaseException:
                if cost is not None and self.budget is not None:
                    self.budget.release(cost)
                raise
            if cost is not None and self.budget is not None:  # paid for once it is back, whatever happens next
                self.budget.charge(cost, "picture", generated.model or backend.image_model, request.size,
                                   request.quality)
                self._paid_for(batch, cost)
        loop = asyncio.get_running_loop()
        data = generated.data
        if make_sticker:
            from studio.core.stickers import (
                art,  # OpenCV and Shapely load the first time a sticker is made
            )

            data = await loop.run_in_executor(None, art.make_sticker, data)
        return generated, await loop.run_in_executor(None, imaging.decode, data)

    def _wait_before_retry(self, exc: BackendError, attempts: int) -> float | None:
        if exc.kind not in RETRYABLE or attempts >= self.policy.attempts:
            return None
        wait = exc.retry_after if exc.retry_after is not None else self.policy.backoff * 2 ** (attempts - 1)
        return None if wait > self.policy.longest_wait else wait

    def _request(self, job: JobRecord) -> ImageRequest:
        spec = job.request
        references: list[bytes] = []
        for image_id in spec.get("reference_ids", []):
            try:
                references.append(self.project.image_data(int(image_id)))
            except KeyError:
                log.info("reference picture %s is gone; job %s continues without it", image_id, job.id)
        mask = base64.b64decode(spec["mask_png"]) if spec.get("mask_png") else None
        return ImageRequest(prompt=spec["prompt"], size=spec.get("size", "1024x1024"),
                            quality=spec.get("quality", "auto"), background=spec.get("background"),
                            references=tuple(references), mask=mask if references else None,
                            fidelity=spec.get("input_fidelity"),
                            seed=spec["seed"] if isinstance(spec.get("seed"), int) else None,
                            checkpoint=spec.get("checkpoint") or None)

    async def _store(self, job: JobRecord, generated: GeneratedImage, decoded: imaging.DecodedImage) -> ImageRecord:
        settings = {**generated.settings, "job_id": job.id, "call_id": job.call_id, "index": job.index}
        for key in ("style", "reference_ids", "sticker", "variant_of"):
            if key in job.request:
                settings[key] = job.request[key]
        if generated.usage:
            settings["usage"] = generated.usage
        return await self.project.add_image_async(
            decoded.data, decoded.thumb, decoded.width, decoded.height, decoded.mime,
            source="edited" if job.kind == JobKind.EDIT else "generated", prompt=job.request["prompt"],
            model=generated.model, message_id=job.message_id, settings=settings,
        )
