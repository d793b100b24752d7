"""`studio check`: is a book damaged, and a salvaged copy of what can still be read."""

from __future__ import annotations

import argparse
from pathlib import Path

from studio.core.app.project import Project
from studio.core.document.schema import ProjectError
from studio.core.i18n import _, ngettext


def add_parsers(sub) -> None:
    parser = sub.add_parser("check", help=_("look for damage in a book; --salvage copies out what can be read"),
                            description=_("Check every page of the file and decode every picture. With --salvage, "
                                          "copy everything that can still be read into a new book."))
    parser.add_argument("book", type=Path)
    parser.add_argument("--salvage", type=Path, metavar="COPY.storybook",
                        help=_("write what can be read to this new book (the damaged one is never changed)"))


def run_check(args: argparse.Namespace) -> int:
    from studio.core.document.salvage import (  # here, not at start-up: every command pays for those
        check,
        salvage,
    )

    if args.book.is_dir():
        raise ProjectError(_("“{name}” is a folder, not a picture book.").format(name=args.book.name))
    if args.salvage is not None:
        target = args.salvage if args.salvage.suffix == ".storybook" else args.salvage.with_suffix(".storybook")
        report = salvage(args.book, target)  # NothingSaved (a ProjectError) when not one row could be read
        for line in report.lines():
            print(f"  {line}")
        if report.complete:
            print(_("wrote {path}: everything was kept").format(path=target))
        else:
            print(ngettext("wrote {path}: everything that could be read ({n} row); the rest is lost",
                           "wrote {path}: everything that could be read ({n} rows); the rest is lost",
                           report.kept).format(path=target, n=report.kept))
        return 0
    found = check(args.book)
    for problem in found.problems:
        print(f"  ! {problem}")
    if found.ok:
        print(ngettext("{name}: no damage found ({n} picture decoded)", "{name}: no damage found ({n} pictures decoded)",
                       found.pictures).format(name=args.book.name, n=found.pictures))
        for line in _colour_notes(args.book):
            print(f"  ! {line}")
        return 0
    raise ProjectError(ngettext(
        "“{name}” is damaged ({n} problem). studio check {path} --salvage COPY.storybook saves what can still be read.",
        "“{name}” is damaged ({n} problems). studio check {path} --salvage COPY.storybook saves what can still be read.",
        len(found.problems)).format(name=args.book.name, n=len(found.problems), path=args.book))


def _colour_notes(book: Path) -> list[str]:
    """Pictures that read but would not print as they should (colours without a usable profile)."""
    from studio.core.pixels import picture_problem

    project = Project.open(book, read_only=True)
    try:
        found = ((image.id, picture_problem(project.image_data(image.id))) for image in project.images())
        return [_("picture #{id}: {problem}").format(id=image_id, problem=problem) for image_id, problem in found
                if problem]
    finally:
        project.close()
