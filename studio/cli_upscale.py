"""`studio upscale`: a picture made larger on this computer, for print, kept beside the original."""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

from studio.cli_args import checked
from studio.core.app.project import Project
from studio.core.gallery.upscale_limits import MAX_FACTOR
from studio.core.i18n import _, ngettext
from studio.core.output.files import Progress


def _factor(text: str) -> float:
    """How many times larger: "2", "×2" or "x2". The messages are looked up when read, in the language then."""
    return checked(lambda value: float(value.removeprefix("×").removeprefix("x")),
                   _("“{text}” is not a number (e.g. 2)"), lambda value: 1 < value <= MAX_FACTOR,
                   # {text} stays a placeholder here: `checked` fills it with what was typed
                   _("a picture can be made 1 to {most} times larger, not {text}").format(most=f"{MAX_FACTOR:g}",
                                                                                          text="{text}"))(text)


def add_parsers(sub) -> None:
    up = sub.add_parser("upscale", help=_("make a picture larger for print, on this computer"),
                        description=_("Make a picture larger for print with the upscaling network (Real-ESRGAN) on "
                                      "this computer, or Lanczos where it can't run. The larger picture joins the "
                                      "gallery as a variant of the original, which stays; `studio undo` takes it "
                                      "back."))
    up.add_argument("book", type=Path, help=_("the book (a .storybook file)"))
    up.add_argument("picture", type=int, metavar="PICTURE_ID", help=_("the picture's id (see `studio gallery`)"))
    how = up.add_mutually_exclusive_group()
    how.add_argument("--factor", type=_factor, default=2.0,
                     help=_("how many times larger (default 2, at most {most})").format(most=f"{MAX_FACTOR:g}"))
    how.add_argument("--print-ready", action="store_true",
                     help=_("as large as its frames need to print at 300 DPI (at most {most}×), shown there instead")
                     .format(most=f"{MAX_FACTOR:g}"))
    up.add_argument("--method", choices=("auto", "network", "lanczos"), default="auto",
                    help=_("auto: the network where it runs (slow, sharp), else Lanczos; lanczos: quick, softer"))


def run_upscale(args: argparse.Namespace) -> int:
    from studio.core.app.print_ready import make_print_ready
    from studio.core.gallery.upscale import UpscaleError, described, upscale_picture

    project = Project.open(args.book)
    started = time.perf_counter()
    shown = -1

    def report(done: int, total: int) -> None:
        nonlocal shown
        percent = done * 100 // max(total, 1)
        line = _("upscaling picture #{id}: {percent}%").format(id=args.picture, percent=percent)
        if sys.stderr.isatty():
            print("\r" + line, end="\n" if done == total else "", file=sys.stderr)
        elif percent // 25 > shown // 25:  # a log gets a line a quarter, not one a tile
            print(line, file=sys.stderr)
        shown = percent

    try:
        if args.print_ready:
            ready = asyncio.run(make_print_ready(project, args.picture, Progress(report), args.method))
            if ready.picture is None:
                print(_("picture #{id} already prints at {dpi} DPI: nothing to do").format(
                    id=args.picture, dpi=ready.dpi_before))
                return 0
            record = ready.picture
            print(ngettext("picture #{id} printed at {before} DPI; #{new} prints at {after} DPI and is now on its "
                           "page (studio undo takes it back)",
                           "picture #{id} printed at {before} DPI; #{new} prints at {after} DPI and is now on its "
                           "{n} pages (studio undo takes it back)", len(ready.frames)).format(
                id=args.picture, before=ready.dpi_before, new=record.id, after=ready.dpi_after, n=len(ready.frames)))
        else:
            record = asyncio.run(upscale_picture(project, args.picture, args.factor, Progress(report), args.method))
    except (UpscaleError, ValueError) as exc:
        print(f"studio: {exc}", file=sys.stderr)
        return 2
    finally:
        project.close()
    print(_("picture #{id}: {width}×{height}, {how} in {seconds} s (a variant of #{original}, which stays)").format(
        id=record.id, width=record.width, height=record.height, how=described(record),
        seconds=f"{time.perf_counter() - started:.1f}", original=args.picture))
    return 0
