"""App-wide settings in the platform's config dir. Never holds a secret."""

from __future__ import annotations

import json
import os
import logging
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

from studio import APP_ID
from studio.core import atomic
from studio.core.prices import default_prices

log = logging.getLogger(__name__)

BACKENDS = ("offline", "openai", "azure", "compatible")
MAX_RECENT = 10


@dataclass
class Settings:
    backend: str = "openai"  # falls back to offline while there is no key
    base_url: str = ""  # for "compatible" (and an optional override for "openai")
    azure_endpoint: str = ""
    azure_api_version: str = "2025-04-01-preview"
    chat_model: str = "gpt-5.4-mini"
    image_model: str = "gpt-image-2"
    concurrency: int = 4  # pictures made at the same time
    image_quality: str = "auto"
    partial_images: int = 2  # previews that sharpen while a picture is made (OpenAI and Azure)
    style: str = ""  # the style preset last picked in the chat box; "" lets the assistant choose
    context_tokens: int = 24_000  # how much conversation is sent to the chat model each turn
    network_timeout: int = 120  # seconds a server may send nothing before a request is given up
    prices: dict[str, Any] = field(default_factory=default_prices)
    recent_files: list[str] = field(default_factory=list)

    def add_recent(self, path: Path | str) -> None:
        entry = str(Path(path).resolve())
        self.recent_files = [entry] + [p for p in self.recent_files if p != entry][: MAX_RECENT - 1]


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


def unsaved_dir() -> Path:
    """Where books that have not been given a name yet live, so a crash or reboot does not lose them."""
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False)) / "Unsaved"


def settings_path() -> Path:
    return config_dir() / "settings.json"


def load_settings(path: Path | None = None) -> Settings:
    path = path or settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("settings file %s unreadable (%s); using defaults", path, exc)
        return Settings()
    known = {f.name for f in fields(Settings)}
    settings = Settings(**{k: v for k, v in raw.items() if k in known})
    if settings.backend not in BACKENDS:
        settings.backend = "openai"
    if not isinstance(settings.network_timeout, (int, float)) or not 5 <= settings.network_timeout <= 3600:
        settings.network_timeout = Settings.network_timeout
    return settings


def save_settings(settings: Settings, path: Path | None = None) -> None:
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic.write_bytes(path, json.dumps(asdict(settings), indent=2, ensure_ascii=False).encode("utf-8"))


def server_address(settings: Settings) -> tuple[str, str]:
    """The server address in use and where it comes from. The environment wins, as it does for the API key:
    one rule for both, and Settings shows which one is in use."""
    env = os.environ.get("OPENAI_BASE_URL", "").strip()
    if env:
        return env, "environment"
    return settings.base_url.strip(), "settings" if settings.base_url.strip() else ""
