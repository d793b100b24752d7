"""A page as a list of things to draw, in media points: the canvas and every printed output draw this plan,
so what is on screen is what prints (the same crop of each picture, the same lines of text, in the same place).

Pictures come first and text after, so words always sit on top of a picture they overlap."""

from __future__ import annotations

from dataclasses import dataclass, replace

from studio.core.document.model import BookFormat, Page
from studio.core.layout.frames import (
    Box,
    TextLook,
    picture_fit,
    picture_rect,
    text_look,
)
from studio.core.layout.geometry import PageGeometry, page_geometry
from studio.core.layout.lines import SetText, set_text


@dataclass(frozen=True)
class PictureItem:
    frame_id: int
    image_id: int | None
    clip: Box  # the frame (run out into the bleed where it touches the trim edge)
    rect: Box | None  # where the whole picture lands; None when there is no picture yet


@dataclass(frozen=True)
class TextItem:
    frame_id: int
    box: Box
    block: SetText
    look: TextLook

    def baselines(self) -> list[tuple[str, float, float]]:
        """(line, x, baseline y) in media points, origin bottom-left."""
        x0, _y0, _x1, y1 = self.box
        return [(line, x0 + dx, y1 - baseline) for line, dx, baseline in self.block.line_offsets()]


@dataclass(frozen=True)
class PagePlan:
    geometry: PageGeometry
    pictures: tuple[PictureItem, ...]
    texts: tuple[TextItem, ...]


SHRINK_TO_FIT = ("cover", "title")  # a title is one phrase: smaller letters rather than a line lost
SMALLEST = 0.6  # of the size chosen


def _shrunk_to_fit(text: str, block: SetText) -> SetText:
    """The title in the largest size, down to SMALLEST of the chosen one, at which it fits its frame."""
    smallest = block.style.size * SMALLEST
    size = block.style.size
    while not block.fits and size * 0.92 >= smallest:
        size *= 0.92
        block = set_text(text, block.width, block.height, replace(block.style, size=size))
    return block


def plan_page(fmt: BookFormat, page: Page, number: int, picture_sizes: dict[int, tuple[int, int]]) -> PagePlan:
    geometry = page_geometry(fmt, number)
    pictures, texts = [], []
    for frame in page.shown():
        if frame.kind == "image":
            clip = geometry.frame_box(frame, run_out=True)
            size = picture_sizes.get(frame.image_id) if frame.image_id is not None else None
            rect = picture_rect(clip, size, picture_fit(frame)) if size else None
            pictures.append(PictureItem(frame.id, frame.image_id if size else None, clip, rect))
        elif frame.kind == "text":
            box = geometry.frame_box(frame)
            look = text_look(frame)
            block = set_text(frame.text, box[2] - box[0], box[3] - box[1], look.style(frame.text))
            if page.kind in SHRINK_TO_FIT:
                block = _shrunk_to_fit(frame.text, block)
            texts.append(TextItem(frame.id, box, block, look))
    return PagePlan(geometry, tuple(pictures), tuple(texts))
