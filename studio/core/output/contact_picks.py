"""What goes on a contact sheet: a board's pictures, pictures by id, or the book's pages (empty ones left out),
each with its caption. The command line and the window both choose through `choose_panels`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from studio.core.document.model import ImageRecord, Page
from studio.core.i18n import _, ngettext
from studio.core.layout.sides import page_label, page_numbers
from studio.core.output.contact_sheet import ContactSheet, Panel
from studio.core.output.files import ExportError, book_name

if TYPE_CHECKING:
    from studio.core.app.project import Project

SOURCES = ("pages", "board", "images")
SHORT_PROMPT = 160  # characters: the panel shows two or three lines of it anyway
# What the app appends to a person's prompt (core/assistant/cast.py, styles.py): a caption is what was asked for.
_APPENDED = ("\n\n", ", in the style of")  # the cast, a concept round's instruction, the style: not the subject


def choose_panels(project: Project, source: str = "pages", board: str = "", image_ids: list[int] | None = None,
                  with_images: bool = True) -> ContactSheet:
    """The panels for `source` ("pages", "board" with `board`'s name, "images" with `image_ids`), with the
    pictures' bytes unless `with_images` is False (the window reads those on a worker)."""
    if source == "pages":
        sheet = _pages(project)
    elif source == "board":
        sheet = _pictures(project, _board_pictures(project, board))
    elif source == "images":
        if not image_ids:
            raise ExportError(_("Give the pictures' ids for the contact sheet, e.g. 1,5,9."))
        sheet = _pictures(project, image_ids)
    else:
        raise ExportError(_("Unknown contact sheet of “{name}”: use {names}.").format(name=source,
                                                                                      names=", ".join(SOURCES)))
    if with_images:
        sheet = ContactSheet(sheet.title, sheet.panels, sheet.format, sheet.sizes,
                             {i: project.image_data(i) for i in sheet.image_ids}, sheet.notes)
    return sheet


def _board_pictures(project: Project, name: str) -> list[int]:
    found = project.gallery.board_named(name)
    if found is None:
        names = ", ".join(f"“{b.name}”" for b in project.gallery.boards()) or _("none yet")
        raise ExportError(_("There is no board called “{name}” (boards: {names}).").format(name=name, names=names))
    ids = [i for i in project.gallery.board_images(found.id) if project.image(i).trashed is None]
    if not ids:
        raise ExportError(_("The board “{name}” has no pictures (pictures in the trash are left out).").format(
            name=found.name))
    return ids  # in the order they were made: a concept round reads in order


def _pictures(project: Project, image_ids: list[int]) -> ContactSheet:
    records, missing = [], []
    for image_id in dict.fromkeys(image_ids):
        try:
            records.append(project.image(image_id))
        except KeyError:
            missing.append(f"#{image_id}")
    if missing:
        raise ExportError(ngettext("There is no picture {ids} in this book.", "There are no pictures {ids} in this book.",
                                   len(missing)).format(ids=", ".join(missing)))
    panels = tuple(Panel(picture_caption(project, r), r.id, (r.width, r.height)) for r in records)
    return ContactSheet(sheet_title(project), panels, project.book_format(),
                        {r.id: (r.width, r.height) for r in records})


def picture_caption(project: Project, record: ImageRecord) -> str:
    """What a picture's panel says: the designer's note on it when pictures carry one (read it here first), else
    what was asked for, shortened; an imported picture's file name; else its number."""
    prompt = record.prompt
    for appended in _APPENDED:
        prompt = prompt.split(appended, 1)[0]
    prompt = " ".join(prompt.split())
    if len(prompt) > SHORT_PROMPT:
        prompt = prompt[:SHORT_PROMPT].rsplit(" ", 1)[0] + "…"
    return prompt or record.file_name or f"Picture #{record.id}"


def _pages(project: Project) -> ContactSheet:
    """The pages and their pictures' sizes only (no picture is read: the window asks this at every change)."""
    pages = tuple(project.pages())
    sizes = {}
    for image_id in {f.image_id for p in pages for f in p.shown() if f.image_id is not None}:
        try:
            record = project.image(image_id)
        except KeyError:
            continue  # emptied from the trash: its frame prints empty
        sizes[image_id] = (record.width, record.height)
    panels, empty = [], []
    for page, number in zip(pages, page_numbers(pages)):
        label = page_label(page, number)
        if is_empty(page):
            empty.append(label)
            continue
        words = " ".join(" ".join(f.text.split()) for f in page.shown() if f.kind == "text" and f.text.strip())
        panels.append(Panel(f"{label}: {words}" if words else label, page=page, number=number))
    if not panels:
        raise ExportError(_("The book has no pages with pictures or words yet: there is nothing to show."))
    notes = (ngettext("{n} empty page left out ({pages}).", "{n} empty pages left out ({pages}).", len(empty)).format(
        n=len(empty), pages=", ".join(empty)),) if empty else ()
    return ContactSheet(sheet_title(project), tuple(panels), project.book_format(), sizes, {}, notes)


def is_empty(page: Page) -> bool:
    """Nothing would print on it: no picture and no words in any frame it shows."""
    return not any(f.image_id is not None or f.text.strip() for f in page.shown())


def sheet_title(project: Project) -> str:
    """The book's title, else the title written on its cover or title page, else its file's name."""
    title = project.book_format().title.strip()
    if not title:
        title = next((" ".join(f.text.split()) for p in project.pages() if p.kind in ("cover", "title")
                      for f in p.shown() if f.slot == "title" and f.text.strip()), "")
    return book_name(title, project.path, project.untitled)
