"""`studio place`, `studio write` and `studio undo`: the edits a script needs, through the same use-cases and
the same undo history as the window."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from studio.cli_args import checked
from studio.core.app import edits
from studio.core.app.project import Project
from studio.core.i18n import _


class EditCommandError(edits.EditError):
    """The edit could not be made; the message is one line for the user."""


def add_parsers(sub: argparse._SubParsersAction) -> None:
    book = _("the book (a .storybook file)")
    which_page = _("cover, 1, 2, …, back (as `studio pages` lists them)")
    place = sub.add_parser("place", help=_("put a picture in a page's picture frame"))
    place.add_argument("book", type=Path, help=book)
    place.add_argument("--page", required=True, help=which_page)
    place.add_argument("--picture", required=True, type=_picture_id, help=_("the picture's id (see `studio gallery`)"))
    place.add_argument("--frame", type=_frame_number, help=_("which picture frame on the page (1 is the first)"))
    write = sub.add_parser("write", help=_("set a page's words"))
    write.add_argument("book", type=Path, help=book)
    write.add_argument("--page", required=True, help=which_page)
    write.add_argument("--frame", type=_frame_number, help=_("which text frame on the page (1 is the first)"))
    write.add_argument("words", help=_("the words, in quotes"))
    undo = sub.add_parser("undo", help=_("take back the last change to a book (the window's Undo, too)"))
    undo.add_argument("book", type=Path, help=book)
    undo.add_argument("--list", action="store_true", help=_("list the changes that can be undone, newest first"))
    undo.add_argument("--redo", action="store_true", help=_("bring back the change undone last"))


# The messages are looked up when a value is read, so they are in the language of that moment.
def _picture_id(text: str) -> int:
    return checked(lambda t: int(t.lstrip("#")), _("“{text}” is not a picture id (a number, as `studio gallery` lists)"),
                   lambda value: value >= 1, _("a picture id is 1 or more, not {value}"))(text)


def _frame_number(text: str) -> int:
    return checked(int, _("“{text}” is not a frame number"), lambda value: value >= 1,
                   _("frames are numbered from 1, not {value}"))(text)


def run_place(args: argparse.Namespace) -> int:
    project = Project.open(args.book)
    try:
        page = edits.find_page(project, args.page)
        frame = edits.find_frame(page, "image", args.frame, args.page)
        try:
            record = project.image(args.picture)
        except KeyError:
            raise EditCommandError(_("there is no picture #{id} in {book}").format(id=args.picture,
                                                                                  book=args.book.name)) from None
        if record.trashed is not None:
            raise EditCommandError(_("picture #{id} is in the trash; put it back first").format(id=args.picture))
        edits.place_picture(project, frame.id, record.id)
        print(project.history.next_undo().name)  # type: ignore[union-attr]
    finally:
        project.close()
    return 0


def run_write(args: argparse.Namespace) -> int:
    project = Project.open(args.book)
    try:
        page = edits.find_page(project, args.page)
        frame = edits.find_frame(page, "text", args.frame, args.page)
        edits.write_words(project, frame.id, args.words)
        print(_("Words on {page}: {words}").format(page=args.page, words=args.words))
    finally:
        project.close()
    return 0


def run_undo(args: argparse.Namespace) -> int:
    if args.list:
        project = Project.open(args.book, read_only=True)
        try:
            steps = project.history.steps()
        finally:
            project.close()
        if not steps:
            print(_("Nothing to undo."))
        for step in steps:
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(step.created))
            print(f"{when}  {step.name}" + ("  " + _("(undone: studio undo --redo brings it back)") if step.undone
                                            else ""))
        return 0
    project = Project.open(args.book)
    try:
        step = edits.redo(project) if args.redo else edits.undo(project)
    finally:
        project.close()
    if step is None:
        raise EditCommandError(_("nothing to redo") if args.redo else _("nothing to undo"))
    print((_("Redid: {step}") if args.redo else _("Undid: {step}")).format(step=step.name))
    return 0
