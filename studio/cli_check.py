"""`studio check`: is a book damaged, and a salvaged copy of what can still be read."""

from __future__ import annotations

import argparse
from pathlib import Path

from studio.core.app.project import Project
from studio.core.document.schema import ProjectError


def add_parsers(sub) -> None:
    parser = sub.add_parser("check", help="look for damage in a book; --salvage copies out what can be read",
                            description="Check every page of the file and decode every picture. With --salvage, "
                                        "copy everything that can still be read into a new book.")
    parser.add_argument("book", type=Path)
    parser.add_argument("--salvage", type=Path, metavar="COPY.storybook",
                        help="write what can be read to this new book (the damaged one is never changed)")


def run_check(args: argparse.Namespace) -> int:
    from studio.core.document.salvage import check, salvage  # here, not at start-up: every command pays for those

    if args.book.is_dir():
        raise ProjectError(f"“{args.book.name}” is a folder, not a picture book.")
    if args.salvage is not None:
        target = args.salvage if args.salvage.suffix == ".storybook" else args.salvage.with_suffix(".storybook")
        report = salvage(args.book, target)  # NothingSaved (a ProjectError) when not one row could be read
        for line in report.lines():
            print(f"  {line}")
        if report.complete:
            print(f"wrote {target}: everything was kept")
        else:
            print(f"wrote {target}: everything that could be read ({report.kept} rows); the rest is lost")
        return 0
    found = check(args.book)
    for problem in found.problems:
        print(f"  ! {problem}")
    if found.ok:
        print(f"{args.book.name}: no damage found ({found.pictures} pictures decoded)")
        for line in _colour_notes(args.book):
            print(f"  ! {line}")
        return 0
    raise ProjectError(f"“{args.book.name}” is damaged ({len(found.problems)} problem{'s' * (len(found.problems) != 1)}). "
                       f"studio check {args.book} --salvage COPY.storybook saves what can still be read.")


def _colour_notes(book: Path) -> list[str]:
    """Pictures that read but would not print as they should (colours without a usable profile)."""
    from studio.core.pixels import picture_problem

    project = Project.open(book, read_only=True)
    try:
        found = ((image.id, picture_problem(project.image_data(image.id))) for image in project.images())
        return [f"picture #{image_id}: {problem}" for image_id, problem in found if problem]
    finally:
        project.close()
