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
from studio.core.output.files import Progress

_factor = checked(lambda text: float(text.removeprefix("×").removeprefix("x")), "“{text}” is not a number (e.g. 2)",
                  lambda value: 1 < value <= MAX_FACTOR, f"a picture can be made 1 to {MAX_FACTOR:g} times larger, "
                  "not {text}")


def add_parsers(sub) -> None:
    up = sub.add_parser("upscale", help="make a picture larger for print, on this computer",
                        description="Make a picture larger for print with the upscaling network (Real-ESRGAN) on "
                                    "this computer, or Lanczos where it can't run. The larger picture joins the "
                                    "gallery as a variant of the original, which stays; `studio undo` takes it back.")
    up.add_argument("book", type=Path)
    up.add_argument("picture", type=int, metavar="PICTURE_ID", help="the picture's id (see `studio gallery`)")
    how = up.add_mutually_exclusive_group()
    how.add_argument("--factor", type=_factor, default=2.0, help="how many times larger (default 2, at most 4)")
    how.add_argument("--print-ready", action="store_true",
                     help="as large as its frames need to print at 300 DPI (at most 4×), shown there instead")
    up.add_argument("--method", choices=("auto", "network", "lanczos"), default="auto",
                    help="auto: the network where it runs (slow, sharp), else Lanczos; lanczos: quick, softer")


def run_upscale(args: argparse.Namespace) -> int:
    from studio.core.app.print_ready import make_print_ready
    from studio.core.gallery.upscale import UpscaleError, described, upscale_picture

    project = Project.open(args.book)
    started = time.perf_counter()
    shown = -1

    def report(done: int, total: int) -> None:
        nonlocal shown
        percent = done * 100 // max(total, 1)
        if sys.stderr.isatty():
            print(f"\rupscaling picture #{args.picture}: {percent}%", end="\n" if done == total else "",
                  file=sys.stderr)
        elif percent // 25 > shown // 25:  # a log gets a line a quarter, not one a tile
            print(f"upscaling picture #{args.picture}: {percent}%", file=sys.stderr)
        shown = percent

    try:
        if args.print_ready:
            ready = asyncio.run(make_print_ready(project, args.picture, Progress(report), args.method))
            if ready.picture is None:
                print(f"picture #{args.picture} already prints at {ready.dpi_before} DPI: nothing to do")
                return 0
            record = ready.picture
            print(f"picture #{args.picture} printed at {ready.dpi_before} DPI; #{record.id} prints at "
                  f"{ready.dpi_after} DPI and is now on its {len(ready.frames)} page(s) (studio undo takes it back)")
        else:
            record = asyncio.run(upscale_picture(project, args.picture, args.factor, Progress(report), args.method))
    except (UpscaleError, ValueError) as exc:
        print(f"studio: {exc}", file=sys.stderr)
        return 2
    finally:
        project.close()
    print(f"picture #{record.id}: {record.width}×{record.height}, {described(record)} "
          f"in {time.perf_counter() - started:.1f} s (a variant of #{args.picture}, which stays)")
    return 0
