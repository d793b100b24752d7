"""From one idea to a laid-out book, headless: story, cast, a reference picture per character,
one consistent illustration per page, pages filled in. The CLI's `studio book` runs this."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from studio.core.app.illustrate import (
    illustrate,
    illustrate_label,
    pages_to_illustrate,
    print_sizes,
)
from studio.core.app.project import Project
from studio.core.assistant import styles
from studio.core.assistant.assistant import Approver, Assistant
from studio.core.assistant.tools import WRITE_STORY
from studio.core.assistant.turn_events import ImageArrived, ImageFailed, TurnEvent
from studio.core.document.model import BookFormat
from studio.core.i18n import _, language, ngettext
from studio.core.jobs.spending import SpendingCapError
from studio.core.layout import book

Progress = Callable[[str], None]


class BookError(Exception):
    """The run could not go on; the message is for the user."""


@dataclass
class BookResult:
    title: str = ""
    page_ids: list[int] = field(default_factory=list)
    pictures: int = 0
    failures: list[str] = field(default_factory=list)


def _story_request(idea: str, pages: int, lang: str) -> str:
    language = "Write it in Korean. [language: ko]" if lang == "ko" else "Write it in English."
    return (f"Write a picture-book story in {pages} pages about: {idea}. {language} "
            "List the main characters with a short visual description.")


async def make_book(assistant: Assistant, idea: str, pages: int = 8, style: str = "watercolor",
                    lang: str | None = None, progress: Progress = print, template: str | None = None,
                    title: str | None = None, approve: Approver | None = None) -> BookResult:
    """`title`, when the person gave one, wins over the one the story came with. The story is written in `lang`,
    else in the language the studio speaks now. The assistant comes from the composition root
    (core/app/studio.py), with the quality, context and prices Settings hold.

    Once the story is written (a chat reply: a cent or so) the pictures are counted and priced, and nothing is drawn
    when they would go over a spending cap or `approve` says no: the pages are laid out without pictures then,
    and the reason is raised (SpendingCapError, BookError)."""
    if styles.get(style) is None:
        raise BookError(_("There is no style called “{style}”. Choose one of: {known}.").format(
            style=style, known=", ".join(styles.STYLE_IDS)))
    project = assistant.project
    result = BookResult()

    def report(event: TurnEvent) -> None:
        if isinstance(event, ImageArrived):
            result.pictures += 1
            progress("  " + _("picture #{id} ready ({n})").format(id=event.image.id, n=event.index + 1))
        elif isinstance(event, ImageFailed):
            progress("  " + _("picture {n} not made: {error}").format(n=event.index + 1, error=event.error))

    progress(ngettext("1/4 story: asking for {n} page", "1/4 story: asking for {n} pages", pages).format(n=pages))
    turn = await assistant.send(_story_request(idea, pages, lang or language()), stop_after=(WRITE_STORY,))
    if turn.story is None:
        raise BookError(_("The assistant did not write a story: {reply}").format(reply=turn.reply) if turn.reply
                        else _("The assistant did not write a story."))
    story = turn.story
    result.title = (title or "").strip() or story["title"]
    count = len(story["pages"])
    progress("    " + ngettext("“{title}”, {n} page", "“{title}”, {n} pages", count).format(title=result.title, n=count))
    # The words around the story, so no page of the made book is empty: without a line the dedication page goes.
    progress("    " + (_("dedication: {text}").format(text=story["dedication"]) if story.get("dedication") else
                       _("no dedication line: an empty dedication page is left out")))
    if story.get("blurb"):
        progress("    " + _("back cover: {text}").format(text=story["blurb"]))

    members = project.cast.all()
    to_sketch = [m for m in members if not m.reference_ids]
    progress(_("2/4 cast: {names}").format(names=", ".join(m.name for m in members) or _("no named characters")))
    # The pages are laid out first (that costs nothing): each picture is then asked for in its own frame's
    # shape at print size, and the estimate prices exactly those sizes.
    progress(_("3/4 pages: laying out the text"))
    _lay_out(project, story, result, title, template)
    draft = assistant.backend.capabilities.draft_size()
    # the story's pages, and the cover when its picture frame is empty (drawn at its own print size: a character
    # sheet stretched over a cover printed at 117 DPI)
    todo = [p.id for p in pages_to_illustrate(project) if p.kind == "cover" or p.id in result.page_ids]
    sizes = print_sizes(project, assistant.backend.capabilities, todo)
    guess = assistant.runner.estimate(len(to_sketch) + len(sizes), [draft] * len(to_sketch) + sizes,
                                      assistant.quality)
    what = []  # every picture of the estimate named: "10 pictures" is 1 character sheet and 9 pages
    if to_sketch:
        what.append(ngettext("{n} character sheet at {size} px", "{n} character sheets at {size} px",
                             len(to_sketch)).format(n=len(to_sketch), size=draft))
    if sizes:
        what.append(_("pages at {sizes} px").format(sizes=_listed(sizes)))
    progress("    " + _("to draw: {estimate}").format(estimate=guess.describe())
             + (f" ({'; '.join(what)})" if what else ""))
    stop: Exception | None = None
    try:
        assistant.runner.check_batch(guess)
    except SpendingCapError as exc:
        stop = exc
    if stop is None and approve is not None and assistant.runner.needs_approval(guess) and not await approve(guess):
        stop = BookError(_("Nothing was drawn: {estimate} was not approved.").format(estimate=guess.describe()))
    if stop is not None:
        laid = len(result.page_ids)
        progress("    " + ngettext("{n} page laid out without pictures", "{n} pages laid out without pictures",
                                   laid).format(n=laid))
        raise type(stop)(_("{reason} The pages are laid out without pictures; “studio book BOOK --illustrate” draws "
                           "them later.").format(reason=stop))

    if to_sketch:  # every character's reference at once: they are drawn side by side, not one after another
        sheets: dict[int, int] = {}

        def sketched(event: TurnEvent) -> None:
            if isinstance(event, ImageArrived):
                sheets[event.index] = event.image.id
            report(event)
        sheet = await assistant.draw(
            _("Character references for {names}").format(names=", ".join(m.name for m in to_sketch)),
            [f"Character design of {m.name}: {m.description}. Full body, friendly, plain background."
             for m in to_sketch], sketched, style)
        with project.history.step(_("Assistant: reference pictures for the cast")):
            for index, member in enumerate(to_sketch):
                if index in sheets:
                    project.cast.update(member.id, reference_ids=[sheets[index]])
        for index, member in enumerate(to_sketch):
            if index in sheets:
                progress("    " + _("{name}: reference picture #{id}").format(name=member.name, id=sheets[index]))
        result.failures.extend(sheet.failures)

    progress(ngettext("4/4 illustrations: {n} picture, {at_once} at a time",
                      "4/4 illustrations: {n} pictures, {at_once} at a time", len(todo)).format(
        n=len(todo), at_once=assistant.runner.concurrency))
    drawn = await illustrate(project, assistant, style, page_ids=todo, listener=report,
                             label=illustrate_label(result.title))
    result.failures.extend(drawn.failed.values())
    hero = next((m.reference_ids[0] for m in project.cast.all() if m.reference_ids), None)
    first = next((drawn.placed[i] for i in result.page_ids if i in drawn.placed), None)
    with project.history.step(_("Assistant: the cover")):
        book.make_cover(project, result.title, hero or first)
    made = (ngettext("{n} page", "{n} pages", len(result.page_ids)).format(n=len(result.page_ids)),
            ngettext("{n} picture", "{n} pictures", result.pictures).format(n=result.pictures))
    progress(_("done: {pages}, {pictures}, {failed} not made").format(
        pages=made[0], pictures=made[1], failed=len(result.failures)) if result.failures else
        _("done: {pages}, {pictures}").format(pages=made[0], pictures=made[1]))
    return result


def _listed(sizes: list[str]) -> str:
    """"2640x2640" or "2640x2640 (20), 2592x1296 (4)"."""
    counts: dict[str, int] = {}
    for size in sizes:
        counts[size] = counts.get(size, 0) + 1
    if len(counts) == 1:
        return next(iter(counts))
    return ", ".join(f"{size} ({n})" for size, n in counts.items())


def _lay_out(project: Project, story: dict, result: BookResult, title: str | None, template: str | None) -> None:
    count = len(story["pages"])
    with project.history.step(ngettext("Assistant: {n} page from the story", "Assistant: {n} pages from the story",
                                       count).format(n=count)):
        if title:
            book.set_title(project, result.title)  # before the story's own title can fill the empty title frames
        result.page_ids = book.add_story_pages(project, story)
        book.leave_out_empty_dedication(project)
        if template:
            for page_id in list(result.page_ids):
                book.set_template(project, page_id, template)
        project.set_book_format(BookFormat(**{**project.book_format().__dict__, "title": result.title}))
