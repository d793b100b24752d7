"""Edits to a book, each one named undo step in the book's history: what the storyboard's gestures, the
assistant and `studio place` / `studio write` / `studio undo` all call.

The rules of what an edit does live in core/layout/book.py; this module names the step, keeps one rule where
front ends used to keep their own (when the pages are laid out again), and finds pages by the labels
`studio pages` prints."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from studio.core.app.project import Project
from studio.core.document.history import Step
from studio.core.document.model import BookFormat, Frame, Page
from studio.core.i18n import _, ngettext
from studio.core.layout import book
from studio.core.layout.templates import TEMPLATES


class EditError(ValueError):
    """An edit that cannot be made as asked; the message is for the user."""


# -- finding pages and frames ------------------------------------------------------------

def page_labels(project: Project) -> list[tuple[str, Page]]:
    """Each page with the label `studio pages` prints for it: "cover", "1", "2", …, "back"."""
    return book.page_labels(project.pages())


def find_page(project: Project, label: str) -> Page:
    pages = project.pages()
    found = book.page_by_label(pages, label)
    if found is None:
        known = ", ".join(name for name, _page in book.page_labels(pages))
        raise EditError(_("there is no page “{label}”; the pages are: {known}").format(label=label, known=known))
    return found[1]


def find_frame(page: Page, kind: str, number: int | None, label: str) -> Frame:
    """The page's `number`th shown frame of a kind (1-based), or its first."""
    frames = [f for f in page.shown() if f.kind == kind]
    if not frames:
        raise EditError((_("page {label} has no picture frame") if kind == "image" else
                         _("page {label} has no text frame")).format(label=label))
    if number is None:
        return frames[0]
    if not 1 <= number <= len(frames):
        n = len(frames)
        said = (ngettext("page {label} has {n} picture frame, not {number}",
                         "page {label} has {n} picture frames, not {number}", n) if kind == "image" else
                ngettext("page {label} has {n} text frame, not {number}",
                         "page {label} has {n} text frames, not {number}", n))
        raise EditError(said.format(label=label, n=n, number=number))
    return frames[number - 1]


def _where(project: Project, page_id: int) -> str:
    """The page as a sentence names it: "page 3", "the cover"."""
    label = next((label for label, page in book.page_labels(project.page_outline()) if page.id == page_id), None)
    # Translators: a page the book no longer has, in a sentence such as "Put picture #3 on a page"
    return book.spoken_label(label) if label is not None else _("a page")


# -- what a person (or the assistant) does to a page ---------------------------------------

def place_picture(project: Project, frame_id: int, image_id: int | None) -> None:
    """Put a picture in a frame (None takes it out)."""
    frame = project.frame(frame_id)
    if image_id is not None:
        project.image(image_id)  # KeyError for a picture the book does not have
        name = put_picture_name(image_id, _where(project, frame.page_id))
    else:
        name = _("Take the picture off {where}").format(where=_where(project, frame.page_id))
    with project.history.step(name):
        project.set_frame_image(frame_id, image_id)


def put_picture_name(image_id: int, where: str) -> str:
    """The undo step that puts a picture on a page: "Put picture #3 on page 2"."""
    return _("Put picture #{id} on {where}").format(id=image_id, where=where)


def write_words(project: Project, frame_id: int, text: str) -> None:
    """A frame's words. Typing into one frame in a row is one step."""
    frame = project.frame(frame_id)
    if frame.text == text:
        return
    with project.history.step(lambda: _("Edit text on {where}").format(where=_where(project, frame.page_id)),
                              merge=f"text:{frame_id}"):
        project.set_frame_text(frame_id, text)


def change_frame(project: Project, frame: Frame, name: str, merge: str = "") -> None:
    """A frame moved, resized, re-cropped or restyled; steps with the same `merge` on the frame become one."""
    with project.history.step(name, merge=f"frame:{merge}:{frame.id}" if merge else ""):
        project.update_frame(frame)


# -- pages -----------------------------------------------------------------------------------

def add_page(project: Project, index: int | None = None) -> Page:
    with project.history.step(_("Add page")):
        return book.add_page(project, index)


def duplicate_page(project: Project, page_id: int) -> Page:
    with project.history.step(_("Duplicate page")):
        return book.duplicate_page(project, page_id)


def delete_page(project: Project, page_id: int) -> None:
    with project.history.step(_("Delete page")):
        project.remove_page(page_id)


def move_page(project: Project, page_id: int, index: int) -> None:
    with project.history.step(_("Move page")):
        before = project.pages()
        project.move_page(page_id, index)
        _follow_sides(project, before)


def _follow_sides(project: Project, before: list[Page]) -> None:
    """Pages now on the other side of the spread keep their template's margins for that side (the gutter moves
    to the inside edge), so a reordered page does not end up outside its safe area."""
    book.follow_sides(project, before)


def place_between(kinds: Sequence[str], before: int) -> int:
    """The nearest place pages may be put, as a gap between pages (0: before the first): after a cover that opens
    the book and before a back cover that ends it — the covers keep their places."""
    low = 1 if kinds and kinds[0] == "cover" else 0
    high = len(kinds) - 1 if kinds and kinds[-1] == "back_cover" else len(kinds)
    return max(low, min(before, high))


def move_pages(project: Project, page_ids: Sequence[int], before: int) -> bool:
    """Move pages, in their book order, to the gap `before` the page now at that index (as a drag drops them):
    one step. The covers never move and nothing goes outside them. False when the order would not change."""
    pages = project.pages()
    moving = [p.id for p in pages if p.id in set(page_ids)]
    if any(p.is_cover for p in pages if p.id in moving):
        raise EditError(_("the cover and the back cover stay where they are"))
    if not moving:
        return False
    gap = place_between([p.kind for p in pages], before)
    staying = [p.id for p in pages if p.id not in moving]
    at = sum(1 for p in pages[:gap] if p.id not in moving)
    order = staying[:at] + moving + staying[at:]
    current = [p.id for p in pages]
    if order == current:
        return False
    with project.history.step(_("Move pages") if len(moving) > 1 else _("Move page")):
        for index, page_id in enumerate(order):
            if current[index] != page_id:
                project.move_page(page_id, index)
                current.remove(page_id)
                current.insert(index, page_id)
        _follow_sides(project, pages)
    return True


def set_template(project: Project, page_id: int, template_id: str) -> None:
    if template_id not in TEMPLATES:
        raise EditError(_("there is no layout called “{name}”").format(name=template_id))
    # Translators: an undo step, "Layout: Picture above text"
    with project.history.step(_("Layout: {layout}").format(layout=TEMPLATES[template_id].label)):
        book.set_template(project, page_id, template_id)


def needs_reflow(old: BookFormat, new: BookFormat) -> bool:
    """The one rule for when every page is laid out again: the page's size or its margins changed (a title,
    an author or the paper do not move a frame)."""
    def shape(f: BookFormat) -> tuple[Any, ...]:
        return f.trim_width_in, f.trim_height_in, f.bleed_in, f.bleed_model, f.safe_margin_in, f.gutter_in
    return shape(old) != shape(new)


def set_book_format(project: Project, fmt: BookFormat) -> bool:
    """New book settings, and the pages laid out again when the rule says so, as one step. False when
    nothing changed."""
    old = project.book_format()
    if fmt == old:
        return False
    with project.history.step(_("Book settings")):
        project.set_book_format(fmt)
        if needs_reflow(old, fmt):
            book.reflow(project)
    return True


def make_story_pages(project: Project, story: dict[str, Any]) -> list[int]:
    """A story's pages with their words (and what to draw), its dedication line and blurb, as one step; an empty
    dedication page the story has no line for is left out."""
    count = len([p for p in story.get("pages", []) if isinstance(p, dict)])
    with project.history.step(ngettext("{n} page from the story", "{n} pages from the story", count).format(n=count)):
        made = book.add_story_pages(project, story)
        book.leave_out_empty_dedication(project)
        return made


# -- the history -------------------------------------------------------------------------------

def undo(project: Project) -> Step | None:
    return project.history.undo()


def redo(project: Project) -> Step | None:
    return project.history.redo()


# -- print targets and preflight fixes (core/output/targets.py, preflight.py) -------------------------------

def set_print_target(project: Project, target_id: str) -> bool:
    """Remember where the book is printed ("" for none): the Export dialog's and Book settings' choice."""
    from studio.core.output.targets import TARGETS

    if target_id and target_id not in TARGETS:
        raise EditError(_("there is no print target “{name}”; use one of {known}").format(
            name=target_id, known=", ".join(TARGETS)))
    fmt = project.book_format()
    if fmt.target == target_id:
        return False
    name = _("Print with {printer}").format(printer=TARGETS[target_id].name) if target_id else _("No print target")
    with project.history.step(name):
        project.set_book_format(replace(fmt, target=target_id))
    return True


def remember_print_target(project: Project, target_id: str) -> None:
    """The printer last exported for, kept with the book so the next export starts with it: a choice like the
    folder it went to, not an edit, so it is no undo step (Undo after an export undid the printer)."""
    from studio.core.output.targets import TARGETS

    fmt = project.book_format()
    if target_id in TARGETS and fmt.target != target_id:
        project.set_book_format(replace(fmt, target=target_id))


def add_blank_pages(project: Project, count: int) -> list[Page]:
    """Empty pages at the end of the story (before the back cover), for a printer's page count: one step."""
    if count < 1:
        return []
    with project.history.step(ngettext("Add {n} blank page", "Add {n} blank pages", count).format(n=count)):
        return [book.add_page(project) for _i in range(count)]


def remove_empty_pages(project: Project, interior_numbers: Sequence[int]) -> int:
    """Take out the interior pages with these numbers (1 = the first page after the cover) that hold nothing:
    one step. Pages with a picture or words are kept. Returns how many went."""
    interior = [p for p in project.pages() if not p.is_cover]
    chosen = [interior[n - 1] for n in interior_numbers if 1 <= n <= len(interior)]
    empty = [p for p in chosen if all(f.image_id is None and not f.text.strip() for f in p.frames)]
    if not empty:
        return 0
    with project.history.step(ngettext("Take out {n} empty page", "Take out {n} empty pages", len(empty)).format(
            n=len(empty))):
        for page in empty:
            project.remove_page(page.id)
    return len(empty)


def move_into_safe_area(project: Project, interior_numbers: Sequence[int], margin_in: float,
                        inside_in: float) -> int:
    """Move (and if need be shrink) the text frames on these interior pages so they lie `margin_in` inside the
    trim and `inside_in` from the bound edge: one step. Returns how many frames moved."""
    fmt = project.book_format()
    interior = [p for p in project.pages() if not p.is_cover]
    moved: list[Frame] = []
    for number in interior_numbers:
        if not 1 <= number <= len(interior):
            continue
        mx, my = margin_in / fmt.trim_width_in, margin_in / fmt.trim_height_in
        ix = inside_in / fmt.trim_width_in
        left, right = (ix, mx) if number % 2 == 1 else (mx, ix)  # odd pages are bound on the left
        for frame in interior[number - 1].shown():
            if frame.kind != "text" or not frame.text.strip():
                continue
            w, h = min(frame.w, 1 - left - right), min(frame.h, 1 - 2 * my)
            x, y = min(max(frame.x, left), 1 - right - w), min(max(frame.y, my), 1 - my - h)
            if (x, y, w, h) != (frame.x, frame.y, frame.w, frame.h):
                moved.append(frame.moved(x=x, y=y, w=w, h=h))
    if moved:
        with project.history.step(_("Move text inside the safe area")):
            for frame in moved:
                project.update_frame(frame)
    return len(moved)
# -- the back cover's words (issue #23) -------------------------------------------------------------

def set_blurb(project: Project, text: str) -> Page:
    """The back cover's words, the blurb the cover wrap prints beside the barcode area: one step. A book without a
    back cover gets one."""
    if book.blurb(project.pages()) == text:
        return next(p for p in project.pages() if p.kind == "back_cover")
    with project.history.step(_("Back cover words")):
        return book.set_blurb(project, text)
