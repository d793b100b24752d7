"""Plain records for what a project holds. The store hands these out; nobody mutates them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class ImageRecord:
    id: int
    created: float
    source: str  # "generated" | "imported"
    prompt: str
    model: str
    width: int
    height: int
    mime: str
    message_id: int | None = None
    settings: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ToolCall:
    id: str
    name: str
    arguments: str  # JSON text exactly as the model sent it


@dataclass(frozen=True)
class Message:
    id: int
    created: float
    role: str  # "user" | "assistant" | "tool"
    content: str
    tool_calls: tuple[ToolCall, ...] = ()
    tool_call_id: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Frame:
    id: int
    page_id: int
    kind: str  # "image" | "text"
    # Position and size as fractions of the trimmed page, origin top-left.
    x: float
    y: float
    w: float
    h: float
    image_id: int | None = None
    text: str = ""


@dataclass(frozen=True)
class Page:
    id: int
    position: int
    frames: tuple[Frame, ...] = ()

    def frame(self, kind: str) -> Frame | None:
        return next((f for f in self.frames if f.kind == kind), None)


@dataclass(frozen=True)
class BookFormat:
    trim_width_in: float = 8.0
    trim_height_in: float = 8.0
    bleed_in: float = 0.125
    title: str = ""
    # "all": bleed on every side. "pod": print-on-demand interiors (KDP/Lulu), bleed on top, bottom and the
    # outside edge only, so the inside edge alternates between right-hand and left-hand pages.
    bleed_model: str = "all"
    safe_margin_in: float = 0.5  # from the trim edge: text and faces stay inside it
    gutter_in: float = 0.125  # added to the safe margin on the inside (bound) edge


# Where the frames of a fresh page go: a picture above, a line of text below.
DEFAULT_PAGE_LAYOUT: tuple[tuple[str, float, float, float, float], ...] = (
    ("image", 0.08, 0.06, 0.84, 0.68),
    ("text", 0.08, 0.76, 0.84, 0.16),
)


@dataclass(frozen=True)
class CastMember:
    """A character the book keeps consistent: added to every prompt and edit that mentions one of its names."""
    id: int
    name: str
    description: str = ""
    aliases: tuple[str, ...] = ()
    reference_ids: tuple[int, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


JOB_STATES = ("queued", "running", "done", "failed", "cancelled")


@dataclass(frozen=True)
class JobRecord:
    """One picture being made (or edited): its request, where it belongs in the chat, and how it went."""
    id: int
    kind: str  # "generate" | "edit"
    state: str  # one of JOB_STATES
    request: dict[str, Any]
    message_id: int | None = None
    call_id: str = ""
    index: int = 0
    image_id: int | None = None
    error: str = ""
    error_kind: str = ""
    usage: dict[str, Any] | None = None
    attempts: int = 0
    updated: float = 0.0

    @property
    def finished(self) -> bool:
        return self.state in ("done", "failed", "cancelled")
