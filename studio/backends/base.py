"""The protocol every backend speaks, and the events and errors it produces."""

from __future__ import annotations

import inspect
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, AsyncIterator, Callable, Protocol

if TYPE_CHECKING:
    from studio.backends.capabilities import ImageModel


@dataclass(frozen=True)
class TextDelta:
    text: str


@dataclass(frozen=True)
class ToolCallDelta:
    """One fragment of a tool call; fragments with the same index belong together."""
    index: int
    id: str | None = None
    name: str | None = None
    arguments: str = ""


@dataclass(frozen=True)
class TurnDone:
    finish_reason: str
    usage: dict[str, Any] | None = None


ChatEvent = TextDelta | ToolCallDelta | TurnDone


@dataclass(frozen=True)
class ImageRequest:
    """One picture. With references it is an edit: the first reference is the picture to change
    (or the look to keep), the rest are characters to keep consistent. A mask limits the change to
    its transparent area."""
    prompt: str
    size: str = "1024x1024"
    quality: str = "auto"
    background: str | None = None  # "transparent" for stickers
    references: tuple[bytes, ...] = ()
    mask: bytes | None = None
    fidelity: str | None = None  # "high": an edit keeps its first picture's look closely (where the model can)
    # A local generator (ComfyUI, Automatic1111) draws the same picture again from the same seed and checkpoint:
    # Draw Again sends the recorded ones; None is a new seed / the checkpoint chosen in Settings.
    seed: int | None = None
    checkpoint: str | None = None

    @property
    def is_edit(self) -> bool:
        return bool(self.references)


PreviewCallback = Callable[[bytes], None]  # a partial picture, sharper each time
# (step, of steps) where the server says how far it is; (0, 0): it has begun the picture, its steps not known yet
ProgressCallback = Callable[[int, int], None]


@dataclass(frozen=True)
class GeneratedImage:
    data: bytes
    model: str
    usage: dict[str, Any] | None = None
    settings: dict[str, Any] = field(default_factory=dict)


class BackendError(Exception):
    """A failure the user can act on. `kind` lets callers react; the message is for people."""

    def __init__(self, kind: str, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.kind = kind  # auth | config | rate_limit | network | refused | not_found | server | cut_off | bad_response
        self.retry_after = retry_after


class Backend(Protocol):
    name: str
    offline: bool
    chat_model: str
    image_model: str
    supports_transparency: bool  # honours background="transparent"; otherwise stickers are cut out locally
    capabilities: ImageModel  # the sizes, qualities and edits its picture model takes

    def stream_chat(self, messages: list[dict[str, Any]], tools: list[dict[str, Any]]) -> AsyncIterator[ChatEvent]:
        """Stream one model turn: text deltas, tool-call fragments, then exactly one TurnDone."""
        ...

    async def generate_image(self, request: ImageRequest, on_preview: PreviewCallback | None = None, *,
                             on_progress: ProgressCallback | None = None) -> GeneratedImage:
        """Make (or, with references, edit) one picture; partial pictures go to `on_preview` and the steps done to
        `on_progress` where the server tells them."""
        ...

    async def list_models(self) -> list[str]: ...

    async def prepare(self) -> None:
        """Set up, on the running loop, what the first request there would otherwise set up (a client, its
        TLS context, lazily imported modules), so the first picture does not pay for it."""
        ...

    async def aclose(self) -> None: ...


def takes_progress(backend: Any) -> bool:
    """Whether this backend's generate_image takes `on_progress` (a backend written before it existed does not)."""
    try:
        return "on_progress" in inspect.signature(backend.generate_image).parameters
    except (TypeError, ValueError, AttributeError):
        return False
