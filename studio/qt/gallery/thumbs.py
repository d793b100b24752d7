"""Thumbnails for the grid, read from the book and scaled on a thread of their own.

The stored thumbnails are small JPEGs (or PNGs for stickers); the worker reads a batch through its own
read-only connection, decodes with Pillow (which lets go of Python's lock while it works) at the grid's size,
and hands the QImages to the event loop, which passes them on only if their receiver still exists (a Qt signal
emitted from the thread at a widget being deleted could crash the app). Only the latest request counts: while someone scrolls fast,
thumbnails for rows already gone by are never made."""

from __future__ import annotations

import asyncio
import io
import sqlite3
import threading
from concurrent.futures import Executor, ThreadPoolExecutor
from pathlib import Path
from typing import Callable

from PIL import Image
from PySide6.QtCore import QObject
from PySide6.QtGui import QImage
from shiboken6 import isValid

from studio.core.document.schema import connect_read_only

BATCH = 24
MAX_WAITING = 512  # thumbnails queued at most: a few screens of the smallest grid


def scaled_thumbnail(data: bytes, edge: int) -> QImage:
    try:
        with Image.open(io.BytesIO(data)) as img:
            if img.format == "JPEG":
                img.draft("RGB", (edge, edge))  # decode at a fraction of the size straight away
            small = img.convert("RGBA") if img.mode not in ("RGB", "RGBA") else img
            small.thumbnail((edge, edge), Image.Resampling.BILINEAR)
            small = small.convert("RGBA")
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        return QImage()
    raw = small.tobytes("raw", "RGBA")
    return QImage(raw, small.width, small.height, small.width * 4, QImage.Format.Format_RGBA8888).copy()


class ThumbnailLoader:
    def __init__(self, receiver: QObject, loaded: Callable[[str, int, dict[int, QImage]], None],
                 executor: Executor | None = None) -> None:
        """`loaded(book path, edge, {image id: QImage})` is called on the event loop's thread while `receiver`
        is alive. The work runs on `executor`, which must have one worker thread (its connection is used there
        only); one is made when none is given, and either way it is shut down with the loader. A test hands in
        its own to hold the worker busy, as an earlier batch would."""
        self._receiver, self._loaded = receiver, loaded
        self._loop: asyncio.AbstractEventLoop | None = None
        self._lock = threading.Lock()
        self._wanted: list[int] = []
        self._key: tuple[str, int] = ("", 0)
        self._working = False
        self._executor = executor or ThreadPoolExecutor(max_workers=1, thread_name_prefix="thumbnails")
        self._conn: sqlite3.Connection | None = None  # used on the worker thread only
        self._conn_path = ""
        self._closed = False

    def want(self, path: Path | str, edge: int, image_ids: list[int], first: bool = True) -> None:
        """Make these thumbnails next, in this order, ahead of what is still waiting (or after it, without
        `first`). Nothing asked for is dropped unless the book or size changes or the queue overflows: a view only
        asks again for what it repaints, so a dropped thumbnail would stay blank."""
        if self._closed:
            return  # asked for by a paint after the window closed
        if self._loop is None:
            self._loop = asyncio.get_event_loop()
        with self._lock:
            waiting = self._wanted if self._key == (str(path), edge) else []
            if first:
                asked = set(image_ids)
                waiting = list(image_ids) + [i for i in waiting if i not in asked]
            else:
                waiting = waiting + [i for i in image_ids if i not in waiting]
            self._wanted = waiting[:MAX_WAITING]  # the oldest requests go: scrolled past long ago
            self._key = (str(path), edge)
            if self._working or not self._wanted:
                return
            self._working = True
        self._executor.submit(self._work)

    def _work(self) -> None:
        while True:
            with self._lock:
                batch, self._wanted = self._wanted[:BATCH], self._wanted[BATCH:]
                path, edge = self._key
                if not batch:
                    self._working = False
                    return
            try:
                images = {image_id: scaled_thumbnail(data, edge) for image_id, data in self._read(path, batch)}
            except sqlite3.Error:  # the book was closed or moved meanwhile: the grid asks again
                self._close_connection()
                continue
            loop = self._loop
            if loop is not None and not loop.is_closed():
                try:
                    loop.call_soon_threadsafe(self._deliver, path, edge, images)
                except RuntimeError:  # the loop closed meanwhile: the app is ending
                    return

    def _deliver(self, path: str, edge: int, images: dict[int, QImage]) -> None:
        if isValid(self._receiver):
            self._loaded(path, edge, images)

    def _read(self, path: str, ids: list[int]) -> list[tuple[int, bytes]]:
        if self._conn is None or self._conn_path != path:
            self._close_connection()
            self._conn = connect_read_only(path)
            self._conn_path = path
        marks = ",".join("?" * len(ids))
        return [(r[0], bytes(r[1])) for r in self._conn.execute(
            f"SELECT id, thumb FROM images WHERE id IN ({marks})", ids)]

    def _close_connection(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def forget_book(self) -> None:
        """Let go of the book's file (before it is closed or moved)."""
        with self._lock:
            self._wanted = []
        if not self._closed:
            self._executor.submit(self._close_connection).result()

    def close(self) -> None:
        if self._closed:
            return
        self.forget_book()
        self._closed = True
        self._executor.shutdown(wait=True)
