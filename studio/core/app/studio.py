"""The composition root: Settings (plus command-line overrides) turned into the backend, the job runner, the
assistant and the price table. The window and every `studio` command get the studio from here; nothing else
builds a backend or an assistant."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from studio.backends.base import Backend
from studio.core.backend_choice import make_backend
from studio.core.document.changes import ChangeSet
from studio.core.i18n import _
from studio.core.settings import Settings, ledger_path

if TYPE_CHECKING:
    from studio.core.app.project import Project
    from studio.core.assistant.assistant import Approver, Assistant
    from studio.core.jobs.jobs import JobRunner
    from studio.core.jobs.loop_thread import LoopThread
    from studio.core.jobs.spending import Budget, Terms


class Studio:
    """One per window or command run. `backend` can be replaced (new Settings) while runners made here keep
    working: they ask for the current one each time."""

    def __init__(self, settings: Settings, backend_override: str | None = None, *, strict: bool = False,
                 max_cost: float = 0.0, words: str | None = None, pictures: str | None = None) -> None:
        """`max_cost`: the most this run may spend (the command line's --max-cost), on top of the caps in Settings.
        `words` and `pictures` (--words, --pictures) choose the chat's server and the picture generator apart."""
        self.settings = settings
        self.max_cost = max_cost
        self._override = backend_override
        self._strict = strict  # the command line: a server address that cannot work is an error, not offline
        self.backend: Backend = make_backend(settings, backend_override, strict=strict, words=words,
                                             pictures=pictures)

    @property
    def prices(self) -> dict[str, Any]:
        return self.settings.prices

    def apply_settings(self, settings: Settings) -> Backend:
        """New settings (the Settings dialog): the backend is made again; returns the old one, to be closed."""
        old = self.backend
        self.settings, self._override = settings, None
        self.backend = make_backend(settings, strict=self._strict)
        return old

    def runner(self, project: "Project", network: "LoopThread | None" = None) -> "JobRunner":
        """The one runner for this book: every picture job goes through it, under the spending caps."""
        from studio.core.jobs.jobs import JobRunner

        budget = self.budget(project)
        self._charge_chat(project, budget)
        return JobRunner(project, lambda: self.backend, self.settings.concurrency, network=network, budget=budget)

    def terms(self) -> "Terms":
        from studio.core.jobs.spending import Terms

        s = self.settings
        return Terms(prices=s.prices, book_cap=s.book_cap, day_cap=s.day_cap, ask_under=s.ask_under)

    def budget(self, project: "Project") -> "Budget":
        from studio.core.jobs import costs
        from studio.core.jobs.ledger import Ledger
        from studio.core.jobs.spending import Budget

        return Budget(self.terms, Ledger(ledger_path()), book=str(Path(project.path).resolve()),
                      book_spent=lambda: costs.summarise(project, self.settings.prices).money, run_cap=self.max_cost)

    def _charge_chat(self, project: "Project", budget: "Budget") -> None:
        """A paid chat reply is a ledger row too (and counts towards the caps)."""
        from studio.core.prices import chat_price

        def heard(change: ChangeSet) -> None:
            if self.backend.offline:
                return
            for message_id in change.messages_added:
                try:
                    message = project.message(message_id)
                except KeyError:
                    continue
                usage = (message.extra or {}).get("usage") if message.role == "assistant" else None
                model = str((message.extra or {}).get("model", ""))
                cost = chat_price(self.settings.prices, model, usage) if isinstance(usage, dict) else None
                if cost:
                    budget.charge(cost, "chat", model, reserved=False)

        project.changes.subscribe(heard)

    def assistant(self, project: "Project", runner: "JobRunner | None" = None,
                  approve_batch: "Approver | None" = None) -> "Assistant":
        from studio.core.assistant.assistant import Assistant

        return Assistant(project, self.backend, runner or self.runner(project), prices=self.settings.prices,
                         approve_batch=approve_batch, context_tokens=self.settings.context_tokens,
                         quality=self.settings.image_quality)

    def offline_notice(self) -> str:
        """One line saying the studio is offline and why, or "" when it is not."""
        b = self.backend
        return _("[Offline: {reason}]").format(reason=getattr(b, "reason", "")) if b.offline else ""

    async def aclose(self) -> None:
        await self.backend.aclose()


async def list_models(settings: Settings, api_key: str, base_url: str) -> list[str]:
    """The models a server offers, asked with settings not saved yet (the Settings dialog's "List models")."""
    from studio.backends.openai_backend import OpenAIBackend, OpenAIConfig

    config = OpenAIConfig(kind=settings.backend, api_key=api_key, base_url=base_url or None,
                          azure_endpoint=settings.azure_endpoint or None, azure_api_version=settings.azure_api_version,
                          max_retries=0, timeout=15)
    backend = OpenAIBackend(config)
    try:
        return await backend.list_models()
    finally:
        await backend.aclose()


async def list_checkpoints(kind: str, url: str, timeout: float = 15.0) -> list[str]:
    """The checkpoints a ComfyUI or Automatic1111 server has, asked at an address not saved yet (Settings' Refresh)."""
    from studio.core.backend_choice import local_generator

    backend = local_generator(kind, url, timeout)
    try:
        return await backend.list_models()
    finally:
        await backend.aclose()
