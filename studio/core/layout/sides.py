"""Which page is which in a bound book: interior pages are numbered from 1 (a right-hand page) in order, the
cover stands alone as a right-hand page and the back cover as a left-hand one; spreads pair each left-hand
page with the right-hand page after it."""

from __future__ import annotations

from studio.core.document.model import Page
from studio.core.i18n import _, pgettext


def page_numbers(pages: list[Page] | tuple[Page, ...]) -> list[int]:
    """For each page, the number its geometry and side come from (odd = right-hand)."""
    numbers, interior = [], 0
    for page in pages:
        if page.kind == "cover":
            numbers.append(1)
        elif page.kind == "back_cover":
            numbers.append(2)
        else:
            interior += 1
            numbers.append(interior)
    return numbers


def page_label(page: Page, number: int) -> str:
    """The page's name as a heading shows it: "Cover", "Page 3", "Back cover"."""
    if page.kind == "cover":
        return _("Cover")
    if page.kind == "back_cover":
        return _("Back cover")
    return _("Page {number}").format(number=number)


def kind_name(kind: str) -> str:
    """What kind of page it is, in words: "cover", "story", "back cover"."""
    names = {"cover": pgettext("page kind", "cover"), "title": pgettext("page kind", "title"),
             "dedication": pgettext("page kind", "dedication"), "story": pgettext("page kind", "story"),
             "back_cover": pgettext("page kind", "back cover")}
    return names.get(kind, kind)


def side_name(side: str) -> str:
    """"right" or "left" (a page's side of the spread), in words."""
    return pgettext("page side", "right") if side == "right" else pgettext("page side", "left")


def spreads(pages: list[Page] | tuple[Page, ...]) -> list[tuple[int | None, int | None]]:
    """(left index, right index) pairs into `pages`, as a reader sees them: a right-hand page whose left
    neighbour is missing (the first page, the cover) stands alone; so does a left-hand page at the end."""
    numbers = page_numbers(pages)
    out: list[tuple[int | None, int | None]] = []
    pending_left: int | None = None
    for index, (page, number) in enumerate(zip(pages, numbers)):
        if page.is_cover:
            if pending_left is not None:
                out.append((pending_left, None))
                pending_left = None
            out.append((index, None) if page.kind == "back_cover" else (None, index))
            continue
        if number % 2 == 0:
            if pending_left is not None:
                out.append((pending_left, None))
            pending_left = index
        else:
            out.append((pending_left, index))
            pending_left = None
    if pending_left is not None:
        out.append((pending_left, None))
    return out


def spread_of(pages: list[Page] | tuple[Page, ...], index: int) -> tuple[int | None, int | None]:
    return next((s for s in spreads(pages) if index in s), (None, None))


def needs_lead_in(pages: list[Page] | tuple[Page, ...], index: int) -> bool:
    """For the "facing" layout, whose picture is on a left-hand page and its words on the right-hand page after
    it: True when `pages[index]` is a right-hand page, so its picture can only face its words from the left-hand
    page once a new page is put in front of it (the back of a right-hand page is the next left-hand page, never
    the one facing it)."""
    return page_numbers(pages)[index] % 2 == 1
