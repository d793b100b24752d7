"""What the assistant reports while a turn runs, for a chat view or the CLI to show. A chat's history is told
again as the same events (replay.py), so a view shows a past turn the way it showed it live."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from studio.core.document.model import CastMember, ImageRecord, Message
from studio.core.i18n import _


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
    # what they cost, when they cost money and the person was not asked (under the amount Settings ask above):
    # shown as they start, so no money goes without an estimate in sight ("" when free, asked, or from history)
    estimate: str = ""


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

    @property
    def notice(self) -> str:
        """The line the chat shows under the turn, in the studio's language ("래리가 등장인물이 되었어요.")."""
        return _("{name} joined the cast.").format(name=self.member.name)


@dataclass(frozen=True)
class StoryWritten:
    message_id: int
    title: str
    pages: tuple[dict[str, Any], ...]
    extras: tuple[tuple[str, str], ...] = ()  # ("dedication", …), ("blurb", …) when the story came with them

    def story(self) -> dict[str, Any]:
        """The story as "Make these pages in the book" takes it (core/layout/book.add_story_pages)."""
        return {"title": self.title, "pages": list(self.pages), **dict(self.extras)}


@dataclass(frozen=True)
class Offer:
    """What the assistant would have done to the book but left to the person: put a picture in a frame that
    holds one already. Accepting it is core/app/offers.py's `accept_offer`."""
    image_id: int
    page_id: int
    frame_id: int
    page_label: str  # the book's own label: "cover", "1", "2", …, "back"
    replaces: int | None  # the picture in the frame when the offer was made
    sentence: str  # "Replace the picture on page 6 with #12?"

    def as_dict(self) -> dict[str, Any]:
        return {"image_id": self.image_id, "page_id": self.page_id, "frame_id": self.frame_id,
                "page_label": self.page_label, "replaces": self.replaces, "sentence": self.sentence}

    @classmethod
    def from_dict(cls, data: Any) -> Offer | None:
        """An offer as a tool answer recorded it, or None when it is not one (an older or damaged answer)."""
        try:
            replaces = data.get("replaces")
            return cls(int(data["image_id"]), int(data["page_id"]), int(data["frame_id"]), str(data["page_label"]),
                       None if replaces is None else int(replaces), str(data["sentence"]))
        except (AttributeError, KeyError, TypeError, ValueError):
            return None


@dataclass(frozen=True)
class PlacementOffered:
    message_id: int  # the assistant message whose tool call made the offer
    offer: Offer


TurnEvent = (UserMessageSaved | ReplyDelta | AssistantMessageSaved | ImagesRequested | ImageArrived
             | ImageFailed | StoryWritten | CastRemembered | PlacementOffered)
Listener = Callable[[TurnEvent], None]


def ignore(_event: TurnEvent) -> None:
    return None
