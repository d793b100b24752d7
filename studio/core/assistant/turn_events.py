"""What the assistant reports while a turn runs, for a chat view or the CLI to show."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from studio.core.document.model import CastMember, ImageRecord, Message


@dataclass(frozen=True)
class UserMessageSaved:
    message: Message


@dataclass(frozen=True)
class ReplyDelta:
    text: str


@dataclass(frozen=True)
class AssistantMessageSaved:
    message: Message


@dataclass(frozen=True)
class ImagesRequested:
    message_id: int
    call_id: str
    prompts: tuple[str, ...]
    job_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class ImageArrived:
    message_id: int
    call_id: str
    index: int
    image: ImageRecord


@dataclass(frozen=True)
class ImageFailed:
    message_id: int
    call_id: str
    index: int
    error: str
    kind: str


@dataclass(frozen=True)
class CastRemembered:
    member: CastMember


@dataclass(frozen=True)
class StoryWritten:
    message_id: int
    title: str
    pages: tuple[dict[str, Any], ...]


TurnEvent = (UserMessageSaved | ReplyDelta | AssistantMessageSaved | ImagesRequested | ImageArrived
             | ImageFailed | StoryWritten | CastRemembered)
Listener = Callable[[TurnEvent], None]


def ignore(_event: TurnEvent) -> None:
    return None
