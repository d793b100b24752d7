"""Streamed partial pictures, newest first.

On a fast connection the previews and the finished picture can arrive within milliseconds of each other.
Showing a preview that a sharper one (or the picture itself) has already replaced only costs the window
time, so only the newest waiting preview is passed on, and nothing once the stream is over.
"""

from __future__ import annotations

import asyncio
import binascii
import logging

import pybase64

from studio.backends.base import PreviewCallback

log = logging.getLogger(__name__)


def _decode(text: str) -> bytes | None:
    try:
        return pybase64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None  # a broken preview is not worth failing the picture for


class LatestPreview:
    def __init__(self, on_preview: PreviewCallback) -> None:
        self._on_preview = on_preview
        self._waiting: str | None = None
        self._task: asyncio.Task[None] | None = None
        self._closed = False

    def offer(self, b64: str) -> None:
        """A new partial picture (base64): it replaces any that is still waiting to be decoded."""
        if self._closed:
            return
        self._waiting = b64
        if self._task is None:
            self._task = asyncio.ensure_future(self._show())

    async def _show(self) -> None:
        try:
            while self._waiting is not None and not self._closed:
                await asyncio.sleep(0)  # let the stream read what has already arrived: a newer one may be there
                text, self._waiting = self._waiting, None
                if text is None or self._closed:
                    break
                data = _decode(text)
                if data is not None:
                    self._on_preview(data)
        except Exception:  # noqa: BLE001 - a preview must never break the picture it previews
            log.exception("showing a preview failed")
        finally:
            self._task = None

    def close(self) -> None:
        """The stream is over: the finished picture (or the error) replaces any preview still on its way."""
        self._closed = True
        self._waiting = None
        if self._task is not None:
            self._task.cancel()
            self._task = None
