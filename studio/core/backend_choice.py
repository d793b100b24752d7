"""Building the backend the settings (or the command line) ask for: the words' server and the pictures' one,
the same or apart, falling back to offline without a key."""

from __future__ import annotations

from studio.backends import i18n as backend_words
from studio.backends.base import Backend, BackendError
from studio.backends.offline import OfflineBackend
from studio.core.i18n import _, ngettext
from studio.core.secrets import get_api_key
from studio.core.settings import (
    Settings,
    a1111_address,
    comfyui_address,
    server_address,
)

backend_words.use(_, ngettext)  # the backends' errors in the studio's language (they cannot import the core)


def make_backend(settings: Settings, override: str | None = None, strict: bool = False, *,
                 words: str | None = None, pictures: str | None = None) -> Backend:
    """The backend asked for. `override` (--backend) sets both; `words` and `pictures` (--words, --pictures)
    set one each, over Settings' `backend` and `pictures`. A server address that cannot work falls back to
    offline with the reason (the window says it and stays usable), or with `strict` (the command line) raises
    BackendError."""
    words_kind = words or override or settings.backend
    pictures_kind = pictures or (override if override and not words else "") or settings.pictures or words_kind
    # Translators: why the studio is offline, shown as "[Offline: chosen in Settings]"
    chosen_on = _("chosen on the command line") if (override or words or pictures) else _("chosen in Settings")
    talker = _one(settings, words_kind, strict, chosen_on)
    if pictures_kind == words_kind:
        return talker
    from studio.backends.split import SplitBackend

    return SplitBackend(talker, _one(settings, pictures_kind, strict, chosen_on))


def _one(settings: Settings, kind: str, strict: bool, chosen_on: str) -> Backend:
    if kind == "offline":
        return OfflineBackend(chosen_on)
    if kind == "comfyui":
        from studio.backends.comfyui import ComfyUIBackend, comfy_config

        try:
            return ComfyUIBackend(comfy_config(comfyui_address(settings), settings.comfyui_checkpoint,
                                               settings.comfyui_workflow, float(settings.network_timeout),
                                               steps=settings.comfyui_steps, cfg=settings.comfyui_cfg,
                                               draft=settings.comfyui_draft))
        except BackendError as exc:
            if strict or exc.kind != "config":
                raise
            return OfflineBackend(str(exc))
    if kind == "automatic1111":
        from studio.backends.automatic1111 import A1111Config, Automatic1111Backend

        try:
            return Automatic1111Backend(A1111Config(a1111_address(settings), settings.a1111_checkpoint,
                                                    settings.a1111_steps, settings.a1111_cfg,
                                                    timeout=float(settings.network_timeout),
                                                    draft=settings.a1111_draft))
        except BackendError as exc:
            if strict or exc.kind != "config":
                raise
            return OfflineBackend(str(exc))
    key = get_api_key(kind)
    if kind in ("openai", "azure") and not key:
        return OfflineBackend(_("no API key yet"))
    if kind == "compatible" and not server_address(settings)[0]:
        return OfflineBackend(_("no server address yet"))
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


def local_generator(kind: str, url: str, timeout: float = 15.0) -> Backend:
    """A ComfyUI or Automatic1111 backend at an address not saved yet, with the rest at its defaults (Settings'
    Refresh asks it for its checkpoints). Raises BackendError for an address that can never work."""
    if kind == "comfyui":
        from studio.backends.comfyui import ComfyConfig, ComfyUIBackend

        return ComfyUIBackend(ComfyConfig(url, timeout=timeout))
    if kind == "automatic1111":
        from studio.backends.automatic1111 import A1111Config, Automatic1111Backend

        return Automatic1111Backend(A1111Config(url, timeout=timeout))
    raise ValueError(f"{kind} is not a picture generator on one's own machine")
