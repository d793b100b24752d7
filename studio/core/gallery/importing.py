"""Bringing a person's own pictures into the book: PNG, JPEG, WebP and the first frame of a GIF.

Each file is read, checked, decoded and thumbnailed in a worker process (`prepare`), so a thousand photos use
every core and the window never waits; the document is written one picture at a time on the blob writer.
A file that cannot be used is named with the reason, and the rest still come in."""

from __future__ import annotations

import asyncio
import hashlib
import io
import multiprocessing
import os
import threading
import warnings
from concurrent.futures import BrokenExecutor, Executor, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

from PIL import Image

from studio.core import i18n
from studio.core.gallery import imaging
from studio.core.i18n import _

if TYPE_CHECKING:
    from studio.core.app.project import Project

SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".gif")
FORMATS = {"PNG", "JPEG", "WEBP", "GIF", "MPO"}  # MPO: the JPEG some cameras write, read as its first image
MAX_FILE_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class Skipped:
    name: str  # as the person gave it or as found in their folder
    reason: str

    def line(self) -> str:
        return f"{self.name}: {self.reason}"


@dataclass(frozen=True)
class Prepared:
    name: str
    picture: imaging.DecodedImage | None = None
    problem: str = ""


@dataclass(frozen=True)
class Pasted:
    """A picture that arrives as bytes (from the clipboard) rather than as a file."""
    name: str
    data: bytes


@dataclass
class ImportResult:
    imported: list[int] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    cancelled: bool = False


def collect(paths: Iterable[Path | str]) -> tuple[list[Path], list[Skipped]]:
    """The files to try: each file named, and the pictures inside each folder named (with its sub-folders)."""
    files: list[Path] = []
    skipped: list[Skipped] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            # Each found file is named as the person would type it: the folder as they gave it, then the file
            # inside it (rglob keeps the folder's spelling), as a file given on its own is named.
            for found in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")):
                if found.suffix.lower() in SUFFIXES:
                    files.append(found)
                else:
                    skipped.append(Skipped(str(found), _("not a PNG, JPEG, WebP or GIF file")))
        elif path.is_file():
            files.append(path)
        else:
            skipped.append(Skipped(str(raw), _("no such file or folder")))
    return files, skipped


def decode_import(data: bytes) -> imaging.DecodedImage:
    """Check and decode a file's bytes; a GIF becomes a PNG of its first frame (a page shows one picture)."""
    if not data:
        raise imaging.ImageDecodeError(_("the file is empty"))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as img:
                kind = img.format or ""
                if kind not in FORMATS:
                    # Translators: {kind} is a picture format such as TIFF or BMP
                    raise imaging.ImageDecodeError(
                        _("a {kind} picture; PNG, JPEG, WebP and GIF can be imported").format(kind=kind))
                if kind == "GIF":
                    img.seek(0)
                    out = io.BytesIO()
                    img.convert("RGBA").save(out, format="PNG")
                    data = out.getvalue()
    except imaging.ImageDecodeError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise imaging.ImageDecodeError(_("far too many pixels to open safely (a decompression bomb?)")) from exc
    except Exception as exc:  # Pillow raises many kinds for damaged files
        raise imaging.ImageDecodeError(imaging.describe_failure(exc)) from exc
    return imaging.decode(data)


def prepare(path: str | Pasted, name: str, language: str = "") -> Prepared:
    """Run in a worker process: everything CPU-bound about one file. `language`: the one the person reads the
    reasons in (a worker process starts in English, and the window's language may change while the pool lives)."""
    if language and language != i18n.language():
        i18n.set_language(language)
    if isinstance(path, Pasted):
        try:
            return Prepared(name, decode_import(path.data))
        except imaging.ImageDecodeError as exc:
            return Prepared(name, problem=str(exc))
    try:
        size = os.path.getsize(path)
        if size > MAX_FILE_BYTES:
            return Prepared(name, problem=_("too big to import ({size} MB; the limit is {limit} MB)").format(
                size=size // (1024 * 1024), limit=MAX_FILE_BYTES // (1024 * 1024)))
        with open(path, "rb") as fh:
            data = fh.read()
        return Prepared(name, decode_import(data))
    except imaging.ImageDecodeError as exc:
        return Prepared(name, problem=str(exc))
    except OSError as exc:
        return Prepared(name, problem=_("could not be read ({reason})").format(reason=exc.strerror or exc))


def ready() -> bool:
    """Nothing: run once in each new worker process so it has started (and imported Pillow) before the work."""
    return True


def process_pool(workers: int | None = None) -> ProcessPoolExecutor:
    """Workers for decoding on every core, started and ready (call it off the GUI thread: starting a process
    takes a while). Spawned, not forked: a fork of a process with threads (the window's, SQLite's writer) can
    deadlock in the child."""
    count = workers or os.cpu_count() or 1
    pool = ProcessPoolExecutor(max_workers=count, mp_context=multiprocessing.get_context("spawn"))
    for started in [pool.submit(ready) for _i in range(count)]:  # each waiting task starts one more worker
        started.result()
    return pool


Progress = Callable[[int, int, str], None]  # done, total, the file just finished


def _label(item: Path | Pasted) -> str:
    """How a file is named in what the person is told: as they gave it (the book keeps only its file name)."""
    return item.name if isinstance(item, Pasted) else str(item)


class _AlreadyIn:
    """Pictures the book holds, found by their bytes: a candidate is one of the same length (SQLite knows a
    blob's length without reading it), and only those are read and hashed, once each."""

    def __init__(self, project: "Project") -> None:
        self._project = project
        self._hashes: dict[int, str] = {}
        self._added: dict[str, int] = {}  # this import's own pictures, by hash

    def find(self, data: bytes) -> int | None:
        digest = hashlib.sha256(data).hexdigest()
        if digest in self._added:
            return self._added[digest]
        for (image_id,) in self._project.db.execute("SELECT id FROM images WHERE length(data) = ?", (len(data),)):
            if image_id not in self._hashes:
                self._hashes[image_id] = hashlib.sha256(self._project.image_data(image_id)).hexdigest()
            if self._hashes[image_id] == digest:
                return image_id
        return None

    def add(self, data: bytes, image_id: int) -> None:
        self._added[hashlib.sha256(data).hexdigest()] = image_id


async def import_files(project: "Project", files: list[Path | Pasted], executor: Executor | None,
                       progress: Progress = lambda done, total, name: None,
                       cancel: threading.Event | None = None, in_flight: int = 8,
                       skip_duplicates: bool = True) -> ImportResult:
    """Prepare `files` on `executor` (a process pool for many files) and add each good one to the book, in the
    order given. At most `in_flight` decoded pictures wait in memory at once. With `skip_duplicates`, a picture
    the book already has (the same bytes, in the gallery or its trash) is skipped and named."""
    loop = asyncio.get_running_loop()
    result = ImportResult()
    already = _AlreadyIn(project) if skip_duplicates else None
    pending: list[tuple[Path | Pasted, asyncio.Future[Prepared]]] = []
    queue = list(reversed(files))

    def submit() -> None:
        while queue and len(pending) < in_flight:
            item = queue.pop()
            source = item if isinstance(item, Pasted) else str(item)
            pending.append((item, loop.run_in_executor(executor, prepare, source, item.name, i18n.language())))

    submit()
    done = 0
    try:
        while pending:
            if cancel is not None and cancel.is_set():
                result.cancelled = True
                break
            item, future = pending.pop(0)
            try:
                prepared = await future
            except BrokenExecutor:
                # A worker process died (out of memory on one picture?). That file is named; the rest are
                # decoded on threads instead.
                prepared = Prepared(item.name, problem=_("decoding it stopped the importer; try it on its own"))
                queue.extend(reversed([waiting for waiting, _future in pending]))
                pending.clear()
                executor = None
            submit()
            same = None
            if prepared.picture is not None and already is not None:
                same = already.find(prepared.picture.data)
            if prepared.picture is None:
                result.skipped.append(Skipped(_label(item), prepared.problem))
            elif same is not None:
                reason = (_("already in the book as picture #{id} (in the trash)") if project.image(same).trashed
                          else _("already in the book as picture #{id}"))
                result.skipped.append(Skipped(_label(item), reason.format(id=same)))
            else:
                pic = prepared.picture
                record = await project.add_image_async(
                    pic.data, pic.thumb, pic.width, pic.height, pic.mime, source="imported",
                    file_name=prepared.name)
                result.imported.append(record.id)
                if already is not None:
                    already.add(pic.data, record.id)
            done += 1
            progress(done, len(files), _label(item))
    finally:
        for _item, future in pending:
            future.cancel()
    return result
