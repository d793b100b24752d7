"""What the assistant reports while a turn runs, for a chat view or the CLI to show. A chat's history is told
again as the same events (replay.py), so a view shows a past turn the way it showed it live."""

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
    job_ids: tuple[int | None, ...] = ()  # one per prompt; None only in history that lost a prompt's job


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
    message_id: int | None = None  # the assistant message whose tool call remembered them


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
