"""Book-level operations built from the project's page primitives: a new book's special pages, adding,
duplicating and laying out pages with templates, story pages, the cover, and reflowing after a trim change.

Each operation is one transaction-sized change the Qt side wraps in one undo step."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from studio.core.document.model import Frame, Page
from studio.core.i18n import _
from studio.core.layout.sides import needs_lead_in, page_numbers
from studio.core.layout.templates import (
    DEFAULT_TEMPLATE,
    KIND_TEMPLATES,
    TEMPLATES,
    apply_template,
    moved_to_side,
    new_page,
)

if TYPE_CHECKING:
    from studio.core.app.project import Project

# What a new book starts with: the cover, a title page, a dedication, the first story page, the back cover.
NEW_BOOK = ("cover", "title", "dedication", "story", "back_cover")


def _number_at(project: Project, index: int, kind: str = "story") -> int:
    """The page number a page of `kind` would have at `index`."""
    pages = project.pages()
    probe = pages[:index] + [Page(0, 0, (), kind)] + pages[index:]
    return page_numbers(probe)[index]


def start_book(project: Project) -> None:
    """A new book's pages."""
    fmt = project.book_format()
    pages = [new_page(KIND_TEMPLATES[kind], fmt, 1, kind) for kind in NEW_BOOK]
    numbered = page_numbers(pages)
    project.restore_pages([new_page(p.template, fmt, n, p.kind) for p, n in zip(pages, numbered)])


def add_page(project: Project, index: int | None = None, template: str = DEFAULT_TEMPLATE,
             kind: str = "story") -> Page:
    """A new page at `index` (default: after the last story page, before the back cover)."""
    if index is None:
        index = _story_end(project.pages())
    fmt = project.book_format()
    return project.insert_page(new_page(template, fmt, _number_at(project, index, kind), kind), index)


def _story_end(pages: list[Page]) -> int:
    """Where story pages are appended: before a back cover at the end."""
    return len(pages) - 1 if pages and pages[-1].kind == "back_cover" else len(pages)


def duplicate_page(project: Project, page_id: int) -> Page:
    """A copy of a page (its pictures, words and look) right after it."""
    pages = project.pages()
    index = next(i for i, p in enumerate(pages) if p.id == page_id)
    page = pages[index]
    kind = "story" if page.kind in ("cover", "back_cover", "title") else page.kind
    copy = Page(0, 0, tuple(f.moved(id=0, page_id=0) for f in page.frames), kind, page.template)
    return project.insert_page(copy, index + 1)


def set_template(project: Project, page_id: int, template_id: str) -> None:
    """Lay a page out with a template, keeping its pictures and words. "facing" moves the words onto a new
    text-only page so the picture (a left-hand page) and its words (the right-hand page after it) face each
    other; a page that was a right-hand one gets an empty picture page in front of it to make that so. Pages
    after it that change sides keep their template's margins for their new side."""
    if template_id not in TEMPLATES:
        raise KeyError(template_id)
    pages = project.pages()
    index = next(i for i, p in enumerate(pages) if p.id == page_id)
    fmt = project.book_format()
    number = page_numbers(pages)[index]
    page = apply_template(pages[index], template_id, fmt, number)
    if TEMPLATES[template_id].facing:
        words = [f for f in page.frames if f.kind == "text" and f.parked]
        page = Page(page.id, page.position, tuple(f for f in page.frames if f not in words), page.kind, page.template)
        project.replace_page(page)
        if words:
            if needs_lead_in(pages, index):
                project.insert_page(new_page("picture_only", fmt, number), index)
                index, number = index + 1, number + 1
            moved = tuple(f.moved(id=0, page_id=0, parked=False) for f in words)
            project.insert_page(apply_template(Page(0, 0, moved), "text_only", fmt, number + 1), index + 1)
            follow_sides(project, pages)
        return
    project.replace_page(page)


def follow_sides(project: Project, before: list[Page]) -> None:
    """Pages now on the other side of the spread keep their template's margins for that side (the gutter moves
    to the inside edge), so a page that moved does not end up outside its safe area."""
    fmt, was = project.book_format(), dict(zip((p.id for p in before), page_numbers(before)))
    after = project.pages()
    for page, number in zip(after, page_numbers(after)):
        if page.id in was and was[page.id] % 2 != number % 2:
            for frame in moved_to_side(page, fmt, was[page.id], number):
                project.update_frame(frame)


def reflow(project: Project) -> None:
    """Lay every page out again for the book's current size and margins (after a trim change): every frame
    keeps its picture or words and goes back to its template's place."""
    fmt = project.book_format()
    pages = project.pages()
    project.restore_pages([apply_template(page, page.template if page.template in TEMPLATES else DEFAULT_TEMPLATE,
                                          fmt, number)
                           for page, number in zip(pages, page_numbers(pages))])


def story_pages(project: Project) -> list[Page]:
    return [p for p in project.pages() if p.kind == "story"]


def _is_empty(page: Page) -> bool:
    return all(f.image_id is None and not f.text.strip() for f in page.frames)


def add_story_pages(project: Project, story: dict[str, Any]) -> list[int]:
    """The story's pages, each with its text: empty story pages are filled first (a new book's first page),
    then pages are added after the last story page. The title goes on the cover and title page, the dedication
    line on the dedication page and the blurb on the back cover, where they have none. Returns the story pages'
    ids in story order."""
    story_pages_in = [p for p in story.get("pages", []) if isinstance(p, dict)]
    dedication = str(story.get("dedication") or "").strip()
    for page in [p for p in project.pages() if p.kind == "dedication"] if dedication else []:
        frame = page.frame("text")
        if frame is not None and not frame.text.strip():  # what a person wrote stays
            project.set_frame_text(frame.id, dedication)
    empty = [p for p in story_pages(project) if _is_empty(p)]
    ids: list[int] = []
    for story_page in story_pages_in:
        text = str(story_page.get("text", ""))
        page = empty.pop(0) if empty else add_page(project)
        frame = page.frame("text")
        if frame is None:
            set_template(project, page.id, DEFAULT_TEMPLATE)
            frame = project.page(page.id).frame("text")
        assert frame is not None
        project.set_frame_text(frame.id, text)
        picture = project.page(page.id).frame("image")
        prompt = str(story_page.get("illustration_prompt") or "").strip()
        if picture is not None and prompt:  # what "Illustrate the book" draws for this page
            project.update_frame(picture.moved(props={**(picture.props or {}), "prompt": prompt}))
        ids.append(page.id)
    title = str(story.get("title", "")).strip()
    if title:
        set_title(project, title, only_if_empty=True)
    blurb_text = str(story.get("blurb") or "").strip()
    if blurb_text:
        set_blurb(project, blurb_text, only_if_empty=True)
    return ids


def leave_out_empty_dedication(project: Project) -> bool:
    """A made book has no empty page: a dedication page with no words and no picture is taken out (the pages after
    it keep their margins for their new side). True when one was."""
    empty = [p for p in project.pages() if p.kind == "dedication" and _is_empty(p)]
    for page in empty:
        before = project.pages()
        project.remove_page(page.id)
        follow_sides(project, before)
    return bool(empty)


def blurb(pages: list[Page]) -> str:
    """The back cover's words: what the cover wrap prints beside the barcode area."""
    back = next((p for p in pages if p.kind == "back_cover"), None)
    frame = back.frame("text") if back is not None else None
    return frame.text if frame is not None else ""


def set_blurb(project: Project, text: str, only_if_empty: bool = False) -> Page:
    """The back cover's words (a back cover is added at the end of a book that has none)."""
    pages = project.pages()
    back = next((p for p in pages if p.kind == "back_cover"), None)
    if back is None:
        number = _number_at(project, len(pages), "back_cover")
        back = project.insert_page(new_page("back_cover", project.book_format(), number, "back_cover"), len(pages))
    if back.frame("text") is None:  # laid out with a template that has no words: back to the back cover's own
        set_template(project, back.id, "back_cover")
        back = project.page(back.id)
    frame = back.frame("text")
    assert frame is not None
    if not (only_if_empty and frame.text.strip()):
        project.set_frame_text(frame.id, text)
    return project.page(back.id)


def _slot(page: Page, name: str) -> Frame | None:
    return next((f for f in page.frames if f.slot == name and not f.parked), None)


def set_title(project: Project, title: str, only_if_empty: bool = False) -> None:
    for page in project.pages():
        if page.kind in ("cover", "title"):
            frame = _slot(page, "title")
            if frame is not None and (not only_if_empty or not frame.text.strip()):
                project.set_frame_text(frame.id, title)


def make_cover(project: Project, title: str, picture_id: int | None, byline: str = "") -> Page:
    """The cover with the title and a picture (the hero) where it has none, made if the book has none."""
    pages = project.pages()
    cover = next((p for p in pages if p.kind == "cover"), None)
    if cover is None:
        cover = project.insert_page(new_page("cover", project.book_format(), 1, "cover"), 0)
    title_frame, picture = _slot(cover, "title"), cover.frame("image")
    # Only what is empty is filled: a title someone typed or a picture someone placed stays.
    if title_frame is not None and title and not title_frame.text.strip():
        project.set_frame_text(title_frame.id, title)
    if picture is not None and picture_id is not None and picture.image_id is None:
        project.set_frame_image(picture.id, picture_id)
    byline_frame = _slot(cover, "byline")
    if byline_frame is not None and byline and not byline_frame.text.strip():
        project.set_frame_text(byline_frame.id, byline)
    return project.page(cover.id)


# Other names a person (or the assistant) gives the covers, in the languages the studio speaks.
SPOKEN_NAMES = {"back cover": "back", "front cover": "cover", "표지": "cover", "앞표지": "cover", "뒤표지": "back"}


def page_labels(pages: list[Page]) -> list[tuple[str, Page]]:
    """Each page with the label the person sees and `studio pages` prints: "cover", "1", "2", …, "back". The
    assistant is told these and names pages by them, so "page 6" means the same page to everyone."""
    return [({"cover": "cover", "back_cover": "back"}.get(page.kind, str(number)), page)
            for page, number in zip(pages, page_numbers(pages))]


def page_by_label(pages: list[Page], label: str | int) -> tuple[str, Page] | None:
    """The page a label names ("6", "page 6", "cover", "back cover"); "last" (or a negative number, counting
    back) names the story pages from the end, as models that learnt "-1 = the last page" still say."""
    if isinstance(label, int) and label < 0 or str(label).strip().lower() == "last":
        story = [(name, page) for name, page in page_labels(pages) if page.kind == "story"]
        back = -1 if str(label).strip().lower() == "last" else int(label)
        return story[back] if story and -len(story) <= back else None
    wanted = " ".join(str(label).strip().lower().split()).removeprefix("page ")
    wanted = wanted.removeprefix("페이지").removesuffix("페이지").strip()  # "페이지 6", "6페이지"
    wanted = SPOKEN_NAMES.get(wanted, wanted)
    return next(((name, page) for name, page in page_labels(pages) if name == wanted), None)


def spoken_label(label: str) -> str:
    """How a sentence names a page by its label: "page 6", "the cover", "the back cover"."""
    if label == "cover":
        return _("the cover")
    if label == "back":
        return _("the back cover")
    # Translators: a story page in a sentence, by its number: "Put picture #3 on page 6"
    return _("page {number}").format(number=label)
