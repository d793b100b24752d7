"""A chat's history told again as the turn events a live turn reports (turn_events.py), so that a view shows an
old turn through the same code that showed it live: one path to each bubble, not a second one that re-reads the
tool calls its own way.

What a turn did is read from what the book holds: the messages, the jobs each picture call made (a picture that
arrived, failed or was stopped) and the tool answers (who joined the cast, what was offered rather than done). Replayed events equal the ones the
live turn sent, except that the reply comes whole in AssistantMessageSaved (no ReplyDelta) and the pictures of a
call are told in prompt order rather than in the order they arrived. A job still queued or running is told as
requested only: its picture has not arrived yet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterator, Sequence

from studio.core.assistant.tools import (
    EDIT_IMAGE,
    MAKE_IMAGES,
    REMEMBER_CHARACTER,
    WRITE_STORY,
    arguments,
    picture_prompts,
    story_extras,
    story_pages,
)
from studio.core.assistant.turn_events import (
    AssistantMessageSaved,
    CastRemembered,
    ImageArrived,
    ImageFailed,
    ImagesRequested,
    Offer,
    PlacementOffered,
    StoryWritten,
    TurnEvent,
    UserMessageSaved,
)
from studio.core.document.model import CastMember, JobRecord, JobState, Message, ToolCall
from studio.core.i18n import _

if TYPE_CHECKING:
    from studio.core.app.project import Project

NOT_MADE = "not_made"  # ImageFailed.kind for a prompt the book holds no job for (a write the disk refused)


def replay(book: Project, messages: Sequence[Message]) -> Iterator[TurnEvent]:
    """The turn events for these messages (a page of the chat, oldest first), in the order a live turn sends
    them. Tool messages among them are skipped: what they say is told with the call they answer."""
    shown = [m for m in messages if m.role in ("user", "assistant")]
    calls = {c.id for m in shown for c in m.tool_calls}
    answers = book.tool_answers(shown[0].id, calls) if shown and calls else []
    for position, message in enumerate(shown):
        if message.role == "user":
            yield UserMessageSaved(message)
            continue
        yield AssistantMessageSaved(message)
        if not message.tool_calls:
            continue
        later = shown[position + 1:]
        jobs = (book.jobs.of_message(message.id)
                if any(c.name in (MAKE_IMAGES, EDIT_IMAGE) for c in message.tool_calls) else [])
        for call in message.tool_calls:
            args = arguments(call.arguments)
            if args is None:
                continue  # the live turn answered with an error and showed nothing
            if call.name in (MAKE_IMAGES, EDIT_IMAGE):
                yield from _pictures(book, message, call, args, [j for j in jobs if j.call_id == call.id])
                if call.name == MAKE_IMAGES and args.get("page") not in (None, "", 0):
                    offer = Offer.from_dict(_answer(answers, message, call, later).get("offer"))
                    if offer is not None:
                        yield PlacementOffered(message.id, offer)
            elif call.name == REMEMBER_CHARACTER:
                answer = _answer(answers, message, call, later)
                if isinstance(answer.get("cast"), dict) and answer["cast"].get("name"):
                    yield CastRemembered(_member(book, answer["cast"]), message.id)
            elif call.name == WRITE_STORY:
                pages = story_pages(args)
                if not pages:
                    continue
                joined = _answer(answers, message, call, later).get("joined_cast", [])
                for name in joined if isinstance(joined, list) else []:
                    yield CastRemembered(_member(book, {"name": str(name)}), message.id)
                yield StoryWritten(message.id, str(args.get("title") or "").strip(), pages,
                                   tuple(story_extras(args).items()))


def _pictures(book: Project, message: Message, call: ToolCall, args: dict[str, Any],
              jobs: list[JobRecord]) -> Iterator[TurnEvent]:
    """ImagesRequested for a picture call that made jobs, then how each one ended. A call that made none (the
    person said "Not now" to a big batch) showed nothing live, and shows nothing here."""
    if not jobs:
        return
    prompts = picture_prompts(call.name, args)
    latest = {j.index: j for j in jobs}  # a prompt drawn again keeps its place: its newest job counts
    job_ids = tuple(latest[i].id if i in latest else None for i in range(len(prompts)))
    yield ImagesRequested(message.id, call.id, tuple(prompts), job_ids)
    for index in range(len(prompts)):
        job = latest.get(index)
        if job is None:
            yield ImageFailed(message.id, call.id, index, _("Not made."), NOT_MADE)
        elif job.state == JobState.DONE and job.image_id is not None:
            try:
                yield ImageArrived(message.id, call.id, index, book.image(job.image_id))
            except KeyError:  # the picture is no longer in the book
                yield ImageFailed(message.id, call.id, index, _("The picture is no longer in the book."), NOT_MADE)
        elif job.state in (JobState.FAILED, JobState.CANCELLED):
            yield ImageFailed(message.id, call.id, index, job.error or _("Stopped."), job.error_kind or job.state)


def _answer(answers: list[Message], message: Message, call: ToolCall, later: Sequence[Message]) -> dict[str, Any]:
    """What the tool said back to this call: the first answer with its id after the message and before a later
    message that makes a call with the same id (models reuse ids across turns)."""
    bound = next((m.id for m in later if any(c.id == call.id for c in m.tool_calls)), None)
    for answer in answers:
        if answer.tool_call_id == call.id and answer.id > message.id and (bound is None or answer.id < bound):
            return arguments(answer.content) or {}
    return {}


def _member(book: Project, said: dict[str, Any]) -> CastMember:
    """The cast member by that name as the book keeps them now; if they were removed since, as the answer
    described them."""
    name = str(said["name"])
    found = book.cast.find(name)
    if found is not None:
        return found
    refs = said.get("reference_image_ids", [])
    return CastMember(0, name, str(said.get("description") or ""),
                      reference_ids=tuple(int(r) for r in refs if isinstance(r, int)) if isinstance(refs, list) else ())
