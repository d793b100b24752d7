"""The shape a picture is asked for in: square, portrait, landscape, the shape of a page's picture frame, or a
custom size. Each becomes a size the picture model takes (backends/capabilities.py): a cheap draft in that shape,
or the custom size itself when the model's rules allow it (else a message saying which rules it breaks)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from studio.backends.capabilities import ImageModel, parse_size
from studio.core.i18n import _
from studio.core.layout import book
from studio.core.layout.print_size import frame_pixels

if TYPE_CHECKING:
    from studio.core.app.project import Project

# 2:3 and 3:2 are the standard GPT image sizes (1024×1536, 1536×1024): on a fixed-size model they are exact.
NAMED = {"square": (1.0, 1.0), "portrait": (2.0, 3.0), "landscape": (3.0, 2.0)}
KINDS = (*NAMED, "frame", "custom")


class SizeError(ValueError):
    """A custom size the picture model would refuse; the message says why and what it would take instead."""


@dataclass(frozen=True)
class Shape:
    kind: str  # one of KINDS
    width: float = 1.0  # frame: its width and height (only the ratio counts); custom: pixels
    height: float = 1.0
    label: str = ""  # frame: the pages it is the shape of ("pages 1–3")

    def size(self, model: ImageModel) -> str:
        """The size to send: a draft in this shape, or the custom size as near as the model's rules allow (the
        person was told when they chose it; the model may have changed since)."""
        if self.kind == "custom":
            return model.valid_size(f"{int(self.width)}x{int(self.height)}")
        width, height = NAMED.get(self.kind, (self.width, self.height))
        return model.draft_size(width, height)

    def describe(self) -> str:
        """English, for the chat's history and the model; the window words its own."""
        if self.kind == "custom":
            return f"{int(self.width)}×{int(self.height)}"
        if self.kind == "frame":
            return f"the shape of {self.label}" if self.label else "a frame's shape"
        return self.kind

    def as_dict(self) -> dict:
        return {"kind": self.kind, "width": self.width, "height": self.height, "label": self.label}

    @classmethod
    def from_dict(cls, data: object) -> "Shape | None":
        if not isinstance(data, dict) or data.get("kind") not in KINDS:
            return None
        try:
            shape = cls(str(data["kind"]), float(data.get("width", 1)), float(data.get("height", 1)),
                        str(data.get("label", "")))
        except (TypeError, ValueError):
            return None
        return shape if shape.width > 0 and shape.height > 0 else None


def named(kind: str) -> Shape | None:
    """"square", "portrait" or "landscape" (as the model writes it), else None."""
    kind = str(kind or "").strip().lower()
    return Shape(kind, *NAMED[kind]) if kind in NAMED else None


def custom(width: int, height: int, model: ImageModel) -> Shape:
    """A custom size the model takes, or SizeError saying which of its rules the size breaks."""
    size = f"{width}x{height}"
    if width > 0 and height > 0 and model.accepts(size):
        return Shape("custom", width, height)
    raise SizeError(why_not(width, height, model))


def why_not(width: int, height: int, model: ImageModel) -> str:
    asked = f"{width}×{height}"
    if width <= 0 or height <= 0:
        return _("{size} is not a size: both sides need at least one pixel.").format(size=asked)
    nearest = model.size_for(width, height).replace("x", "×")
    rules = model.free
    if rules is None:
        sizes = ", ".join(s.replace("x", "×") for s in model.sizes)
        return _("{model} draws only these sizes: {sizes}. The nearest in shape to {size} is {nearest}.").format(
            model=model.name, sizes=sizes, size=asked, nearest=nearest)
    broken = []
    if width % rules.multiple or height % rules.multiple:
        broken.append(_("both sides must be multiples of {n}").format(n=rules.multiple))
    if max(width, height) / min(width, height) > rules.max_ratio:
        broken.append(_("the shape must be between 1:{ratio} and {ratio}:1").format(ratio=f"{rules.max_ratio:g}"))
    if max(width, height) > rules.max_edge:
        broken.append(_("no side longer than {n} px").format(n=rules.max_edge))
    if width * height > rules.max_pixels:
        broken.append(_("at most {n} pixels").format(n=f"{rules.max_pixels:,}"))
    if width * height < rules.min_pixels:
        broken.append(_("at least {n} pixels").format(n=f"{rules.min_pixels:,}"))
    # Translators: {rules} lists the rules the size breaks, joined with "; "
    return _("{model} can't draw {size}: {rules}. The nearest size it takes is {nearest}.").format(
        model=model.name, size=asked, rules="; ".join(broken), nearest=nearest)


def frame_shape(project: Project, page_label: object) -> Shape | None:
    """The shape of the picture frame on the page with this label ("3", "cover"), or None when there is none."""
    found = book.page_by_label(project.pages(), page_label) if isinstance(page_label, (int, str)) else None
    if found is None:
        return None
    label, page = found
    frame = page.frame("image")
    if frame is None:
        return None
    width, height = frame_pixels(project.book_format(), page, frame)
    return Shape("frame", round(width), round(height), book.spoken_label(label)) if width > 0 and height > 0 else None


def frame_shapes(project: Project) -> list[Shape]:
    """The different shapes of the book's picture frames, each named by the pages that have it: a book whose
    story pages all share one layout offers one shape, not twenty."""
    groups: dict[float, tuple[tuple[float, float], list[str]]] = {}
    fmt = project.book_format()
    for label, page in book.page_labels(project.pages()):
        frame = page.frame("image")
        if frame is None:
            continue
        width, height = frame_pixels(fmt, page, frame)
        if width <= 0 or height <= 0:
            continue
        key = round(math.log(width / height), 2)
        groups.setdefault(key, ((width, height), []))[1].append(label)
    return [Shape("frame", round(w), round(h), _pages(labels)) for (w, h), labels in groups.values()]


def _pages(labels: Iterable[str]) -> str:
    labels = list(labels)
    if len(labels) == 1:
        return book.spoken_label(labels[0])
    shown = ", ".join(labels[:4]) + ("…" if len(labels) > 4 else "")
    return f"pages {shown}"


def ratio_text(width: float, height: float) -> str:
    """"4:3", "1:1", or "1.29:1" when no small whole numbers say it."""
    for denominator in range(1, 10):
        numerator = width / height * denominator
        if abs(numerator - round(numerator)) < 0.02 * denominator and round(numerator) > 0:
            return f"{round(numerator)}:{denominator}"
    return f"{width / height:.2f}:1"


def size_text(size: str) -> str:
    parsed = parse_size(size)
    return f"{parsed[0]}×{parsed[1]}" if parsed else size
