"""“Illustrate the book”: for every story page with words and an empty picture frame, one picture made from
the page (its illustration prompt, else its words) with the cast and the chosen style applied, and one for the
cover when its picture frame is empty. Each picture is asked for in its frame's shape at print size and lands in
its frame as it arrives; a page whose picture fails keeps the reason, and can be tried again."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Callable

from studio.backends.capabilities import ImageModel
from studio.core.app.project import Project
from studio.core.assistant.assistant import Assistant
from studio.core.assistant.turn_events import ImageArrived, ImageFailed, TurnEvent
from studio.core.document.model import Page
from studio.core.i18n import _
from studio.core.layout.print_size import frame_pixels


@dataclass
class IllustrateResult:
    placed: dict[int, int] = field(default_factory=dict)  # page id -> picture id
    failed: dict[int, str] = field(default_factory=dict)  # page id -> why


def illustrate_label(title: str) -> str:
    """The batch's name, as the chat and the jobs list show it."""
    return _("Illustrate “{title}”").format(title=title) if title else _("Illustrate the book")


def page_prompt(page: Page) -> str:
    picture, words = page.frame("image"), page.frame("text")
    prompt = str((picture.props or {}).get("prompt", "")).strip() if picture else ""
    return prompt or (words.text.strip() if words else "")


def pages_to_illustrate(project: Project) -> list[Page]:
    """Story pages with words and an empty picture frame, in book order; first the cover, when its picture frame
    is empty and the book has a story to make it from."""
    pages = project.pages()
    story = [p for p in pages if p.kind == "story" and _empty(p) and page_prompt(p)]
    cover = next((p for p in pages if p.kind == "cover" and _empty(p)), None)
    has_story = any(p.kind == "story" and page_prompt(p) for p in pages)
    return ([cover] if cover is not None and has_story else []) + story


def _empty(page: Page) -> bool:
    frame = page.frame("image")
    return frame is not None and frame.image_id is None


def cover_prompt(project: Project) -> str:
    """The cover's picture: the book's title and its main characters (their looks come with their names), with
    room for the title the page sets above it; no lettering in the picture itself."""
    title = project.book_format().title.strip()
    names = [m.name for m in project.cast.all()][:3]
    who = f", with {' and '.join(names)}" if names else ""
    about = f"the picture book “{title}”" if title else "a picture book"
    return (f"The front cover illustration for {about}{who}: one inviting scene that says what the story is about, "
            "with calm space at the top for the title. No words, letters or title lettering in the picture.")


def _prompt(project: Project, page: Page) -> str:
    return cover_prompt(project) if page.kind == "cover" else page_prompt(page)


async def illustrate(project: Project, assistant: Assistant, style: str | None = None,
                     page_ids: list[int] | None = None, listener: Callable[[TurnEvent], None] | None = None,
                     label: str = "", result: IllustrateResult | None = None) -> IllustrateResult:
    """Draw the pages (all that need it, or just `page_ids`: a retry). Cancelling the task cancels the
    pictures still being made; those already placed stay (and are in `result`, when one is given)."""
    pages = pages_to_illustrate(project)
    if page_ids is not None:
        pages = [p for p in pages if p.id in page_ids]
    result = result if result is not None else IllustrateResult()
    if not pages:
        return result

    def arrived(event: TurnEvent) -> None:
        if isinstance(event, ImageArrived) and 0 <= event.index < len(pages):
            page_id = pages[event.index].id
            frame = project.page(page_id).frame("image") if _exists(project, page_id) else None
            if frame is not None and frame.image_id is None:  # never over a picture someone put there meanwhile
                # Each picture is placed as it arrives; placements in a row are one step ("Undo" takes back the
                # whole illustration), unless the person changed something in between.
                with project.history.step(step_name, merge=turn):
                    project.set_frame_image(frame.id, event.image.id)
                result.placed[page_id] = event.image.id
        elif isinstance(event, ImageFailed) and 0 <= event.index < len(pages):
            result.failed[pages[event.index].id] = event.error
        if listener is not None:
            listener(event)

    label = label or illustrate_label(project.book_format().title)
    # Translators: an undo step, "Assistant: Illustrate “Larry's Tea”"
    step_name, turn = _("Assistant: {what}").format(what=label), f"illustrate:{uuid.uuid4().hex}"
    sizes = print_sizes(project, assistant.backend.capabilities, [p.id for p in pages])
    await assistant.draw(label, [_prompt(project, p) for p in pages], arrived, style, sizes=sizes)
    return result


def print_sizes(project: Project, model: ImageModel, page_ids: list[int] | None = None) -> list[str]:
    """The size each page to illustrate is asked for at, in book order: its picture frame's shape, at 300 DPI or
    more, as near as `model`'s rules allow."""
    fmt = project.book_format()
    return [model.size_for(*frame_pixels(fmt, p, p.frame("image")), at_least=True)
            for p in pages_to_illustrate(project) if page_ids is None or p.id in page_ids]


def _exists(project: Project, page_id: int) -> bool:
    try:
        project.page(page_id)
    except KeyError:
        return False
    return True
