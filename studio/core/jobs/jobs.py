"""Running picture jobs: a shared limit on how many run at once, retries with a visible wait, cancel and retry.

Every state change is written to the project (`project.jobs`), which tells its observers; nothing else is
needed to follow a job. Partial previews are not stored; they go to `on_preview` only.
"""

from __future__ import annotations

import asyncio
import base64
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Coroutine, TypeVar

from studio.backends.base import Backend, BackendError, GeneratedImage, ImageRequest
from studio.core.document.model import ImageRecord, JobKind, JobRecord, JobState
from studio.core.document.schema import ProjectError
from studio.core.gallery import imaging
from studio.core.jobs.loop_thread import LoopThread

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
                       mask: bytes | None = None, variant_of: int | None = None) -> dict[str, Any]:
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
    return spec


class JobRunner:
    def __init__(self, project: Project, backend: Callable[[], Backend], concurrency: int = 4,
                 policy: RetryPolicy = RetryPolicy(), network: LoopThread | None = None) -> None:
        """With `network`, the requests themselves run on that thread's loop (the window's choice); results,
        previews and every change to the project stay on the loop that submitted the job."""
        self.project = project
        self._backend = backend
        self._network = network
        self._concurrency = max(1, concurrency)
        self._gate: asyncio.Semaphore | None = None
        self._gate_loop: asyncio.AbstractEventLoop | None = None
        self.policy = policy
        self.on_preview: Callable[[int, bytes], None] | None = None  # (job id, partial picture bytes)
        self._tasks: dict[int, asyncio.Task[ImageRecord | None]] = {}

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
                except BackendError as exc:
                    wait = self._wait_before_retry(exc, attempts)
                    if wait is None:
                        jobs.update(job_id, JobState.FAILED, error=str(exc), error_kind=exc.kind)
                        return None
                    jobs.update(job_id, JobState.QUEUED, error_kind=exc.kind,
                                error=f"{exc} Trying again in {wait:.0f} s (attempt {attempts + 1} of "
                                      f"{self.policy.attempts}).")
                await asyncio.sleep(wait)  # a waiting job does not hold a place
            record = await self._store(job, generated, decoded)
            jobs.update(job_id, JobState.DONE, image_id=record.id, usage=generated.usage)
            return record
        except imaging.ImageDecodeError as exc:
            jobs.update(job_id, JobState.FAILED, error=f"The picture that came back could not be read: {exc}.",
                        error_kind="bad_response")
            return None
        except asyncio.CancelledError:
            jobs.update(job_id, JobState.CANCELLED, error="Stopped.")
            raise
        except ProjectError as exc:  # the book could not take the picture: a full disk, a read-only file
            jobs.update(job_id, JobState.FAILED, error=str(exc), error_kind="storage")
            return None
        except Exception as exc:  # a bug must not leave the job "running" forever
            log.exception("picture job %s failed unexpectedly", job_id)
            jobs.update(job_id, JobState.FAILED, error=f"Something went wrong inside the app: {exc}", error_kind="internal")
            return None
        finally:
            over = True

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
        work = self._fetch(backend, request, bool(job.request.get("sticker")), lambda: hand_back(started), preview)
        return await self._here_or_there(work)

    async def _here_or_there(self, work: Coroutine[Any, Any, T]) -> T:
        """Run backend work on the network thread if there is one, else on this loop."""
        return await (work if self._network is None else self._network.run(work))

    async def _fetch(self, backend: Backend, request: ImageRequest, make_sticker: bool, started: Callable[[], None],
                     preview: Callable[[bytes], None] | None) -> tuple[GeneratedImage, imaging.DecodedImage]:
        async with self._gate_here():  # the limit is on requests to the server, not on decoding
            started()
            generated = await backend.generate_image(request, preview)
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
                            references=tuple(references), mask=mask if references else None)

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
