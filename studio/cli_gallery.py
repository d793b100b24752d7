"""`studio import`, `studio gallery` and `studio note`: bringing pictures in, listing them, a picture's note."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
import unicodedata
from pathlib import Path

from studio.core.app.project import Project
from studio.core.gallery.search import SOURCES, Filter
from studio.core.i18n import _, ngettext, pgettext
from studio.core.output.files import ExportError


def _source_word(source: str) -> str:
    """Where a picture came from, in `studio gallery`'s list (the column shows its model when it has one)."""
    return {"generated": pgettext("picture source", "generated"), "edited": pgettext("picture source", "edited"),
            "imported": pgettext("picture source", "imported")}.get(source, source)


def _padded(text: str, width: int) -> str:
    """`text` filled out to `width` terminal columns: Hangul and other wide letters take two."""
    columns = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(0, width - columns)


def add_parsers(sub) -> None:
    bring = sub.add_parser("import", help=_("add your own pictures (PNG, JPEG, WebP, GIF) to the book"),
                           description=_("Add pictures to the book's gallery: files, or every picture in a folder."))
    bring.add_argument("book", type=Path, help=_("the book (a .storybook file)"))
    bring.add_argument("files", type=Path, nargs="+", metavar="FILE_OR_FOLDER",
                       help=_("pictures, or folders: every picture inside them (and in their folders) comes in"))
    bring.add_argument("--duplicates", action="store_true",
                       help=_("import a picture even when the book already has it (the same file); skipped "
                              "otherwise"))
    listing = sub.add_parser("gallery", help=_("list the book's pictures"), description=_(
        "List the book's pictures, newest first, with id, when, model and prompt."))
    listing.add_argument("book", type=Path, help=_("the book (a .storybook file)"))
    listing.add_argument("--search", default="",
                         help=_("words in the prompt, tags, note, file name or a character's name"))
    listing.add_argument("--board", help=_("only the pictures on this board"))
    listing.add_argument("--favourites", action="store_true", help=_("only the starred pictures"))
    listing.add_argument("--source", choices=SOURCES, help=_("only the pictures drawn, edited or imported"))
    listing.add_argument("--trash", action="store_true", help=_("the pictures in the trash"))
    listing.add_argument("--json", action="store_true", help=_("as JSON"))
    note = sub.add_parser("note", help=_("show or change a picture's note"),
                          description=_("A designer's note on a picture: printed, or replaced by TEXT (\"\" removes "
                                        "it). A change is one undo step (studio undo takes it back)."))
    note.add_argument("book", type=Path, help=_("the book (a .storybook file)"))
    note.add_argument("image_id", type=int, metavar="ID", help=_("the picture's id (see `studio gallery`)"))
    note.add_argument("text", nargs="?", help=_("the new note"))


def run_import(args: argparse.Namespace) -> int:
    from studio.core.gallery.importing import collect, import_files, process_pool  # numpy: only when importing

    files, skipped = collect(args.files)
    project = Project.open(args.book)
    started = time.perf_counter()

    def progress(done: int, total: int, name: str) -> None:
        if sys.stderr.isatty():
            line = _("importing {done}/{total}").format(done=done, total=total)
            print("\r" + line, end="\n" if done == total else "", file=sys.stderr)

    try:
        with process_pool() as pool:
            result = asyncio.run(import_files(project, files, pool, progress, skip_duplicates=not args.duplicates))
    finally:
        project.close()
    for skip in skipped + result.skipped:
        print(_("skipped {file}: {reason}").format(file=skip.name, reason=skip.reason))
    count = len(result.imported)
    print(ngettext("imported {n} picture in {seconds} s; skipped {skipped}",
                   "imported {n} pictures in {seconds} s; skipped {skipped}", count).format(
        n=count, seconds=f"{time.perf_counter() - started:.1f}", skipped=len(skipped) + len(result.skipped)))
    return 0 if result.imported else 2


def run_gallery(args: argparse.Namespace) -> int:
    project = Project.open(args.book, read_only=True)  # only reads: works beside a window or a chat
    try:
        board = None
        if args.board is not None:
            found = project.gallery.board_named(args.board)
            if found is None:
                raise ExportError(_("There is no board called “{name}”.").format(name=args.board))
            board = found.id
        ids = project.gallery.find(Filter(args.search, board=board, favourites=args.favourites,
                                          source=args.source or "", trash=args.trash))
        rows = []
        for image_id in ids:
            r = project.image(image_id)
            rows.append({"id": r.id, "created": time.strftime("%Y-%m-%d %H:%M", time.localtime(r.created)),
                         "source": r.source, "model": r.model, "prompt": r.prompt, "file_name": r.file_name,
                         "favourite": r.favourite, "size": [r.width, r.height],
                         "note": project.gallery.note_of(image_id)})
    finally:
        project.close()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        what = row["prompt"].split("\n", 1)[0] or row["file_name"]
        star = "★" if row["favourite"] else " "
        print(f"{row['id']:>6} {star} {row['created']}  {_padded(row['model'] or _source_word(row['source']), 12)} {what[:90]}")
    print(ngettext("{n} picture", "{n} pictures", len(rows)).format(n=len(rows)), file=sys.stderr)
    return 0


def run_note(args: argparse.Namespace) -> int:
    project = Project.open(args.book, read_only=args.text is None)
    try:
        try:
            project.image(args.image_id)
        except KeyError:
            raise ExportError(_("The book has no picture #{id}.").format(id=args.image_id)) from None
        if args.text is None:
            print(project.gallery.note_of(args.image_id))
            return 0
        changed = project.gallery.set_note(args.image_id, args.text)
    finally:
        project.close()
    print((_("note on #{id} changed") if changed else _("note on #{id} unchanged")).format(id=args.image_id),
          file=sys.stderr)
    return 0
