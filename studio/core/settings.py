"""App-wide settings in the platform's config dir. Never holds a secret."""

from __future__ import annotations

import json
import os
import logging
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, Callable, Iterable

import platformdirs

from studio import APP_ID
from studio.backends.capabilities import SIZE_CHOICES
from studio.core import atomic
from studio.core.i18n import LANGUAGES
from studio.core.prices import default_prices

log = logging.getLogger(__name__)

BACKENDS = ("offline", "openai", "azure", "compatible")
PICTURE_BACKENDS = ("", *BACKENDS, "comfyui", "automatic1111")  # "": the same server as the words
QUALITIES = ("auto", "low", "medium", "high")
MAX_RECENT = 10


def _text(value: Any) -> bool:
    return isinstance(value, str)


def _name(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _one_of(*choices: str) -> Callable[[Any], bool]:
    return lambda value: value in choices


def _whole(low: int, high: int) -> Callable[[Any], bool]:
    # JSON true/false are not numbers here, whatever Python thinks; 4.0 is 4.
    return lambda value: (isinstance(value, (int, float)) and not isinstance(value, bool)
                          and float(value).is_integer() and low <= value <= high)


def _draft_edge(value: Any) -> bool:
    return _whole(0, 1024)(value) and value in (0, 512, 768, 1024)


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0


def _prices(value: Any) -> bool:
    """The price table's shape: {"currency": str, "chat": {model: [in, out]}, "image": {model: {size/quality: n}}}."""
    if not isinstance(value, dict) or not isinstance(value.get("currency", ""), str):
        return False
    chat, image = value.get("chat", {}), value.get("image", {})
    return (isinstance(chat, dict) and isinstance(image, dict)
            and all(isinstance(r, list) and len(r) == 2 and all(map(_number, r)) for r in chat.values())
            and all(isinstance(t, dict) and all(map(_number, t.values())) for t in image.values()))


def _paths(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(p, str) and p for p in value)


def _rule(check: Callable[[Any], bool], what: str) -> dict[str, Any]:
    return {"check": check, "what": what}


@dataclass
class Settings:
    """Every field carries the rule its value must meet (`metadata`); `load_settings` holds a file to them."""
    backend: str = field(default="openai", metadata=_rule(_one_of(*BACKENDS), "one of " + ", ".join(BACKENDS)))
    # falls back to offline while there is no key
    pictures: str = field(default="", metadata=_rule(_one_of(*PICTURE_BACKENDS),
                                                     "one of " + ", ".join(b or '""' for b in PICTURE_BACKENDS)))
    # who draws: "" the words' server; "comfyui" a ComfyUI server (below); offline sketches…
    comfyui_url: str = field(default="http://127.0.0.1:8188", metadata=_rule(_text, "text"))  # COMFYUI_URL wins
    comfyui_checkpoint: str = field(default="", metadata=_rule(_text, "text"))  # "": the first it lists
    comfyui_workflow: str = field(default="", metadata=_rule(_text, "text"))  # an API-format graph of one's own
    comfyui_steps: int = field(default=20, metadata=_rule(_whole(1, 150), "a whole number from 1 to 150"))
    comfyui_cfg: float = field(default=7.0, metadata=_rule(_number, "a number, 0 or more"))
    comfyui_draft: int = field(default=0, metadata=_rule(_draft_edge, "0, 512, 768 or 1024"))
    # a chat draft's side: 0 as the checkpoint's name suggests (SD 1.5 draws 512, SDXL 1024)
    a1111_url: str = field(default="http://127.0.0.1:7860", metadata=_rule(_text, "text"))  # A1111_URL wins
    a1111_checkpoint: str = field(default="", metadata=_rule(_text, "text"))  # a title it lists; "": the first
    a1111_steps: int = field(default=20, metadata=_rule(_whole(1, 150), "a whole number from 1 to 150"))
    a1111_draft: int = field(default=0, metadata=_rule(_draft_edge, "0, 512, 768 or 1024"))
    a1111_cfg: float = field(default=7.0, metadata=_rule(_number, "a number, 0 or more"))
    base_url: str = field(default="", metadata=_rule(_text, "text"))  # "compatible" (and an override for "openai")
    azure_endpoint: str = field(default="", metadata=_rule(_text, "text"))
    azure_api_version: str = field(default="2025-04-01-preview", metadata=_rule(_name, "text"))
    chat_model: str = field(default="gpt-5.4-mini", metadata=_rule(_name, "a model name"))
    image_model: str = field(default="gpt-image-2", metadata=_rule(_name, "a model name"))
    concurrency: int = field(default=4, metadata=_rule(_whole(1, 16), "a whole number from 1 to 16"))
    # pictures made at the same time
    image_quality: str = field(default="auto", metadata=_rule(_one_of(*QUALITIES), "one of " + ", ".join(QUALITIES)))
    partial_images: int = field(default=2, metadata=_rule(_whole(0, 3), "a whole number from 0 to 3"))
    # previews that sharpen while a picture is made (OpenAI and Azure)
    # What picture sizes the server's model is asked for: "model" as the capability table knows it (an unknown
    # model on a compatible server: the three standard sizes), "standard", or "any" (gpt-image-2's rules).
    image_sizes: str = field(default="model", metadata=_rule(_one_of(*SIZE_CHOICES), "one of " + ", ".join(SIZE_CHOICES)))
    style: str = field(default="", metadata=_rule(_text, "text"))
    # the style preset last picked in the chat box; "" lets the assistant choose
    context_tokens: int = field(default=24_000, metadata=_rule(_whole(1_000, 2_000_000),
                                                                "a whole number from 1000 to 2000000"))
    # how much conversation is sent to the chat model each turn
    network_timeout: int = field(default=120, metadata=_rule(_whole(5, 3600), "a whole number of seconds, 5 to 3600"))
    # the longest a person waits on a server that sends nothing: a whole reply, or a whole picture with its retries
    prices: dict[str, Any] = field(default_factory=default_prices, metadata=_rule(_prices, "a price table"))
    # Money, in the price table's currency; 0 turns each one off.
    ask_under: float = field(default=0.25, metadata=_rule(_number, "an amount, 0 or more"))
    # a batch estimated under this is drawn without asking (four medium drafts are $0.17); 0: always ask
    book_cap: float = field(default=5.0, metadata=_rule(_number, "an amount, 0 or more"))
    # the most one book may cost, everything it was ever charged included
    day_cap: float = field(default=10.0, metadata=_rule(_number, "an amount, 0 or more"))
    # the most this computer spends in one day, across every book (the ledger in the data dir)
    recent_files: list[str] = field(default_factory=list, metadata=_rule(_paths, "a list of file paths"))
    language: str = field(default="", metadata=_rule(_one_of("", *LANGUAGES), "one of \"\", " + ", ".join(LANGUAGES)))
    # the interface's language: "" follows the system (LANGUAGE, LANG…), else "en" or "ko"
    lengths: str = field(default="", metadata=_rule(_one_of("", "in", "mm"), 'one of "", "in", "mm"'))
    # lengths as shown: "" as the language has them (mm in Korean, inches in English), else inches or millimetres
    sample_shown: bool = field(default=False, metadata=_rule(lambda value: isinstance(value, bool), "true or false"))
    # the sample book opens by itself once, on the first start; Help opens it again

    def add_recent(self, path: Path | str) -> None:
        entry = str(Path(path).resolve())
        self.recent_files = [entry] + [p for p in self.recent_files if p != entry][: MAX_RECENT - 1]


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


def unsaved_dir() -> Path:
    """Where books that have not been given a name yet live, so a crash or reboot does not lose them."""
    return data_dir() / "Unsaved"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def ledger_path() -> Path:
    """The spending ledger: one row per paid picture or chat reply, for every book on this computer."""
    return data_dir() / "spending.sqlite"


def settings_path() -> Path:
    return config_dir() / "settings.json"


def load_settings(path: Path | None = None) -> Settings:
    """The settings in the file, each value held to its field's rule: a value that breaks it (a hand edit, a
    file from another version) falls back to its default with one warning naming the field, and a file that is
    not a JSON object at all falls back wholly. Never raises for what the file holds."""
    path = path or settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("settings file %s unreadable (%s); using defaults", path, exc)
        return Settings()
    if not isinstance(raw, dict):
        log.warning("settings file %s holds %s, not the settings; using defaults", path, type(raw).__name__)
        return Settings()
    settings = Settings()
    for spec in fields(Settings):
        if spec.name not in raw:
            continue
        value = raw[spec.name]
        if not spec.metadata["check"](value):
            shown = json.dumps(value, ensure_ascii=False)
            log.warning("settings: %s is %s, which is not %s; using %s", spec.name,
                        shown if len(shown) <= 60 else shown[:57] + "...", spec.metadata["what"],
                        json.dumps(getattr(settings, spec.name)) if spec.name != "prices" else "the default prices")
            continue
        if isinstance(getattr(settings, spec.name), int) and isinstance(value, float):
            value = int(value)
        setattr(settings, spec.name, value)
    return settings


def language_setting(path: Path | None = None) -> str:
    """The language chosen in Settings ("" to follow the system), read on its own and quietly: the command line
    needs it before anything else, and `load_settings` speaks up about the rest of the file."""
    return _read_quietly("language", LANGUAGES, path)


def lengths_setting(path: Path | None = None) -> str:
    """The lengths chosen in Settings ("" as the language has them), read as quietly as the language."""
    return _read_quietly("lengths", ("in", "mm"), path)


def _read_quietly(key: str, allowed: Iterable[str], path: Path | None) -> str:
    try:
        raw = json.loads((path or settings_path()).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    value = raw.get(key, "") if isinstance(raw, dict) else ""
    return value if isinstance(value, str) and value in allowed else ""


def save_settings(settings: Settings, path: Path | None = None) -> None:
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic.write_bytes(path, json.dumps(asdict(settings), indent=2, ensure_ascii=False).encode("utf-8"))


def comfyui_address(settings: Settings) -> str:
    """The ComfyUI server: COMFYUI_URL in the environment wins, as OPENAI_BASE_URL does."""
    return os.environ.get("COMFYUI_URL", "").strip() or settings.comfyui_url.strip()


def a1111_address(settings: Settings) -> str:
    """The Automatic1111/Forge server: A1111_URL in the environment wins, as COMFYUI_URL does."""
    return os.environ.get("A1111_URL", "").strip() or settings.a1111_url.strip()


def server_address(settings: Settings) -> tuple[str, str]:
    """The server address in use and where it comes from. The environment wins, as it does for the API key:
    one rule for both, and Settings shows which one is in use."""
    env = os.environ.get("OPENAI_BASE_URL", "").strip()
    if env:
        return env, "environment"
    return settings.base_url.strip(), "settings" if settings.base_url.strip() else ""
