"""The words on a book's spine, fitted: the title and byline at the largest size that stays inside the spine
(its width less a margin either side, its length less a margin at each end), then the title alone, down to the
smallest size that is still read; below that the spine is left plain and the export says why."""

from __future__ import annotations

from dataclasses import dataclass, replace

from reportlab.pdfbase.pdfmetrics import getAscentDescent

from studio.core.i18n import _
from studio.core.layout.fonts import chain, register
from studio.core.layout.geometry import POINTS_PER_INCH
from studio.core.layout.lines import measure

# KDP's cover guidance: spine text keeps 0.0625 in clear on either side so it never wraps onto a cover
# ("KDP Help: Create a paperback cover ▸ Spine text"), and all cover text stays 0.125 in inside the trim.
SPINE_TEXT_MARGIN_IN = 0.0625
SPINE_END_MARGIN_IN = 0.125
# The smallest size KDP accepts anywhere in a printed book ("KDP Help: Paperback and hardcover manuscript
# guidelines ▸ Font size: minimum 7 pt"); smaller spine text is not read on a shelf.
SPINE_MIN_PT = 7.0
SPINE_MAX_PT = 16.0
SPINE_FAMILY = "rounded"


@dataclass(frozen=True)
class SpineText:
    text: str  # "" when nothing fits
    size: float
    faces: tuple[str, ...]
    ascent: float  # points above the baseline at `size`
    descent: float  # points below it (positive)
    note: str = ""  # what the person should know: the byline left out, or why the spine is plain

    @property
    def fits(self) -> bool:
        return bool(self.text)


def _extent(faces: tuple[str, ...], size: float) -> tuple[float, float]:
    ascent = max(getAscentDescent(face, size)[0] for face in faces)
    descent = max(-getAscentDescent(face, size)[1] for face in faces)
    return ascent, descent


def _at_best(text: str, width_pt: float, length_pt: float) -> tuple[SpineText, bool]:
    """The text at its largest size on the spine, and whether the spine's width (not its length) set it."""
    faces = tuple(register(name) for name in chain(SPINE_FAMILY, text))
    ascent, descent = _extent(faces, 1.0)
    across = width_pt / ((ascent + descent) or 1.0)
    along = length_pt / (measure(text, faces, 1.0) or 1.0)
    size = min(SPINE_MAX_PT, across, along)
    ascent, descent = _extent(faces, size)
    return SpineText(text, size, faces, ascent, descent), across <= along


def fit_spine_text(title: str, author: str, spine_width_pt: float, spine_length_pt: float) -> SpineText:
    """The title (with its byline when there is room) at the largest size up to SPINE_MAX_PT that fits the spine;
    an empty SpineText with a note when even the title alone would be smaller than SPINE_MIN_PT."""
    title, author = title.strip(), author.strip()
    width = spine_width_pt - 2 * SPINE_TEXT_MARGIN_IN * POINTS_PER_INCH
    length = spine_length_pt - 2 * SPINE_END_MARGIN_IN * POINTS_PER_INCH
    if not title or width <= 0 or length <= 0:
        return SpineText("", 0.0, (), 0.0, 0.0)
    candidates = [f"{title}  ·  {author}", title] if author else [title]
    fitted = [_at_best(text, width, length) for text in candidates]
    for option, _narrow in fitted:
        if option.size >= SPINE_MIN_PT:
            if option.text == candidates[0]:
                return option
            return replace(option, note=_("the byline was left off the spine to keep the title readable"))
    best, narrow = fitted[-1]
    said = (_("no spine text: the title would be {size} pt, under the {least} pt a spine needs to be read (a wider "
              "spine, or a shorter title, makes room)") if narrow else
            _("no spine text: the title would be {size} pt, under the {least} pt a spine needs to be read (a longer "
              "spine, or a shorter title, makes room)"))
    return SpineText("", 0.0, (), 0.0, 0.0, said.format(size=f"{best.size:.1f}", least=f"{SPINE_MIN_PT:g}"))
