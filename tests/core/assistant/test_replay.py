"""A chat's history, told again, is the events its live turns sent: the window shows old turns through the
handler that showed them live (qt/chat_pane.py), so they look the same."""

import asyncio

from studio.backends.base import BackendError, GeneratedImage, ImageRequest
from studio.backends.offline import OfflineBackend
from studio.core.app.studio import Studio
from studio.core.assistant.replay import replay
from studio.core.assistant.turn_events import (
    AssistantMessageSaved,
    CastRemembered,
    ImageArrived,
    ImageFailed,
    ImagesRequested,
    ReplyDelta,
    StoryWritten,
    UserMessageSaved,
)
from studio.core.settings import Settings


def live(project, *texts, studio=None):
    """The events the live turns sent, for these messages one after the other (offline)."""
    studio = studio or Studio(Settings(backend="offline"))
    events = []

    async def talk():
        assistant = studio.assistant(project)
        for text in texts:
            await assistant.send(text, events.append)

    asyncio.run(talk())
    return events


def comparable(events):
    """Without the reply's pieces (history has the whole reply in AssistantMessageSaved), and with each run of
    pictures in prompt order (live, they are told in the order they arrive)."""
    out, run = [], []
    for event in events:
        if isinstance(event, (ImageArrived, ImageFailed)):
            run.append(event)
            continue
        out.extend(sorted(run, key=lambda e: (e.message_id, e.call_id, e.index)))
        run = []
        if not isinstance(event, ReplyDelta):
            out.append(event)
    return out + sorted(run, key=lambda e: (e.message_id, e.call_id, e.index))


def whole_history(project):
    return list(replay(project, project.shown_messages_before(None, 10_000)))


def test_a_conversation_is_replayed_as_the_events_its_turns_sent(project):
    events = live(project, "hello", "draw a hedgehog with sunflowers", "her name is Larry",
                  "make her spines more golden", "tell a story about Pip the fox")
    kinds = {type(e) for e in events}
    assert {UserMessageSaved, AssistantMessageSaved, ImagesRequested, ImageArrived, CastRemembered,
            StoryWritten} <= kinds  # every kind of event the chat shows is in this conversation
    story_cast = [e for e in events if isinstance(e, CastRemembered) and e.member.name == "Pip"]
    assert story_cast and story_cast[0].message_id is not None  # the story's new character, told with its turn
    assert whole_history(project) == comparable(events)


def test_pictures_that_failed_are_replayed_with_their_reason(project):
    class HalfBroken(OfflineBackend):
        calls = 0

        async def generate_image(self, request: ImageRequest, on_preview=None) -> GeneratedImage:
            HalfBroken.calls += 1
            if HalfBroken.calls % 2 == 0:
                raise BackendError("refused", "The service would not draw this one.")
            return await super().generate_image(request, on_preview)

    studio = Studio(Settings(backend="offline"))
    studio.backend = HalfBroken()
    events = live(project, "draw a kite", studio=studio)
    failed = [e for e in events if isinstance(e, ImageFailed)]
    assert len(failed) == 2 and {e.kind for e in failed} == {"refused"}
    assert whole_history(project) == comparable(events)


def test_a_batch_the_person_declined_is_replayed_as_it_was_shown_without_pictures(project, fake_openai, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "test-key")  # offline sketches are free and never asked about
    studio = Studio(Settings(backend="compatible", base_url=fake_openai.base_url, ask_under=0))
    events = []

    async def decline(_estimate):
        return False

    async def draw():
        assistant = studio.assistant(project, approve_batch=decline)
        await assistant.draw("Six at once", [f"a kite number {i}" for i in range(6)], events.append)

    asyncio.run(draw())
    assert [type(e) for e in events] == [UserMessageSaved, AssistantMessageSaved]
    assert whole_history(project) == comparable(events)


def test_history_told_a_page_at_a_time_is_the_whole_history(project):
    """The chat loads its history a page at a time, newest first; the pages together tell every turn once, even
    when a page ends between a picture call and the answer that says who joined the cast."""
    live(project, "draw a hedgehog", "her name is Larry", "tell a story about Pip the fox", "draw a kite",
         "hello")
    pages, before = [], None
    while page := project.shown_messages_before(before, 3):
        pages.insert(0, list(replay(project, page)))
        before = page[0].id
    assert [e for page in pages for e in page] == whole_history(project)
    assert len(pages) > 2


def test_an_offer_to_replace_a_picture_is_replayed_with_its_turn(project):
    from studio.core.assistant.turn_events import PlacementOffered
    from studio.core.layout.book import add_story_pages, story_pages

    add_story_pages(project, {"title": "Tea", "pages": [{"text": "Larry pours tea."}, {"text": "Larry sleeps."}]})
    events = live(project, "draw a hedgehog")
    last = story_pages(project)[-1].frame("image")
    project.set_frame_image(last.id, 1)  # the person put a picture on the last page
    events += live(project, "Can I see Larry sleeping at the end?")
    offers = [e for e in events if isinstance(e, PlacementOffered)]
    assert len(offers) == 1 and offers[0].offer.replaces == 1 and offers[0].offer.page_label == "4"
    assert project.frame(last.id).image_id == 1
    assert whole_history(project) == comparable(events)
