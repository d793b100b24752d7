"""Plain records for what a project holds. The store hands these out; nobody mutates them."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any


@dataclass(frozen=True)
class ImageRecord:
    id: int
    created: float
    source: str  # "generated" | "edited" | "imported"
    prompt: str
    model: str
    width: int
    height: int
    mime: str
    message_id: int | None = None
    settings: dict[str, Any] = field(default_factory=dict)
    favourite: bool = False
    trashed: float | None = None  # when it went to the trash; None while it is in the gallery
    file_name: str = ""  # the name an imported picture came with (never its folder)


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
    # How the frame shows what it holds (core/layout/frames.py reads it): fit, pan and zoom for a picture;
    # font, size, colour, alignment, spacing and backing for text.
    props: dict[str, Any] = field(default_factory=dict, compare=True)
    # A frame the page's template has no place for: kept with its picture or words, not shown or printed,
    # and put back when a template with room for it is chosen.
    parked: bool = False
    slot: str = ""  # the template slot it fills ("picture", "text", "title", …)

    def moved(self, **changes: Any) -> "Frame":
        return replace(self, **changes)


PAGE_KINDS = ("cover", "title", "dedication", "story", "back_cover")


@dataclass(frozen=True)
class Page:
    id: int
    position: int
    frames: tuple[Frame, ...] = ()
    kind: str = "story"  # one of PAGE_KINDS
    template: str = "picture_above"  # an id in core/layout/templates.py

    def frame(self, kind: str) -> Frame | None:
        """The first shown frame of a kind ("image" or "text")."""
        return next((f for f in self.frames if f.kind == kind and not f.parked), None)

    def shown(self) -> tuple[Frame, ...]:
        return tuple(f for f in self.frames if not f.parked)

    @property
    def is_cover(self) -> bool:
        return self.kind in ("cover", "back_cover")


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
    author: str = ""
    paper: str = "white"  # the interior paper, which sets the spine width (output/cover.py PAPERS)
    target: str = ""  # where the book is printed (output/targets.py TARGETS); "" = as made, no service chosen


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


class JobState(StrEnum):
    """Where a job is. The members are strings, so the jobs table holds the same words as before."""
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


class JobKind(StrEnum):
    GENERATE = "generate"
    EDIT = "edit"


JOB_STATES = tuple(JobState)
ENDED_STATES = (JobState.DONE, JobState.FAILED, JobState.CANCELLED)
ACTIVE_STATES = (JobState.QUEUED, JobState.RUNNING)


@dataclass(frozen=True)
class JobRecord:
    """One picture being made (or edited): its request, where it belongs in the chat, and how it went."""
    id: int
    kind: JobKind
    state: JobState
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
        return self.state in ENDED_STATES
