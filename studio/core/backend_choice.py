"""Building the backend the settings (or a CLI flag) ask for, falling back to offline without a key."""

from __future__ import annotations

from studio.backends.base import Backend, BackendError
from studio.backends.offline import OfflineBackend
from studio.core.secrets import get_api_key
from studio.core.settings import Settings, server_address


def make_backend(settings: Settings, override: str | None = None, strict: bool = False) -> Backend:
    """The backend asked for. A server address that cannot work falls back to offline with the reason (the
    window says it and stays usable), or with `strict` (the command line) raises BackendError."""
    kind = override or settings.backend
    if kind == "offline":
        return OfflineBackend("chosen in Settings" if not override else "chosen on the command line")
    key = get_api_key(kind)
    if kind in ("openai", "azure") and not key:
        return OfflineBackend("no API key yet")
    if kind == "compatible" and not server_address(settings)[0]:
        return OfflineBackend("no server address yet")
    # Imported here: the openai package takes most of a second to import, and offline needs none of it.
    from studio.backends.openai_backend import OpenAIBackend, OpenAIConfig

    config = OpenAIConfig(
        kind=kind,
        api_key=key,
        base_url=server_address(settings)[0] or None,
        azure_endpoint=settings.azure_endpoint or None,
        azure_api_version=settings.azure_api_version,
        chat_model=settings.chat_model,
        image_model=settings.image_model,
        partial_images=settings.partial_images if kind in ("openai", "azure") else 0,
        timeout=float(settings.network_timeout),
        image_sizes=settings.image_sizes,
    )
    try:
        return OpenAIBackend(config)
    except BackendError as exc:
        if strict or exc.kind != "config":
            raise
        return OfflineBackend(str(exc))
