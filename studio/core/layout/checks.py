"""What would print badly, page by page: pictures under 300 DPI at their placed size, text that leaves the
safe area, text that does not fit its frame, letters no bundled font has. The canvas shows these as badges;
`studio pages` and the export report list them."""

from __future__ import annotations

from dataclasses import dataclass

from studio.core.document.model import BookFormat, Page
from studio.core.i18n import _, ngettext
from studio.core.layout.geometry import box_inside
from studio.core.layout.plan import PagePlan, TextItem, plan_page

MIN_DPI = 300  # a printed book (print-on-demand services and print shops ask for 300)
HOME_DPI = 150  # at or above this a home printer shows no softness; below it every printer does


@dataclass(frozen=True)
class PageWarning:
    page: int  # 1-based page number
    frame_id: int
    kind: str  # "low_dpi" | "outside_safe_area" | "text_overflow" | "missing_glyphs"
    message: str
    dpi: int | None = None
    # "problem": it will print badly anywhere; "notice": fine at home, soft in a printed book (150–300 DPI)
    severity: str = "problem"


def effective_dpi(drawn: tuple[float, float, float, float], pixels: tuple[int, int]) -> int:
    """Pixels per inch of a picture drawn over a box given in points."""
    x0, y0, x1, y1 = drawn
    width, height = pixels
    if width <= 0 or height <= 0 or x1 <= x0 or y1 <= y0:
        return 0
    points_per_pixel = max((x1 - x0) / width, (y1 - y0) / height)
    return round(72 / points_per_pixel)


def page_warnings(fmt: BookFormat, page: Page, number: int, picture_sizes: dict[int, tuple[int, int]],
                  label: str | None = None) -> list[PageWarning]:
    return plan_warnings(plan_page(fmt, page, number, picture_sizes), number, picture_sizes, label)


def plan_warnings(plan: PagePlan, number: int, picture_sizes: dict[int, tuple[int, int]],
                  label: str | None = None) -> list[PageWarning]:
    name = label or _("Page {number}").format(number=number)
    warnings = []
    for picture in plan.pictures:
        if picture.rect is None or picture.image_id is None:
            continue
        pixels = picture_sizes[picture.image_id]
        dpi = effective_dpi(picture.rect, pixels)
        if dpi < MIN_DPI:
            if dpi < 1:  # a picture of a few pixels stretched over a page: "0 DPI" would read as a fault of ours
                said = _("{page}: picture #{id} is only {width}×{height} pixels, under 1 DPI at this size: it will "
                         "print as a blur.")
            elif dpi < HOME_DPI:
                said = _("{page}: picture #{id} prints at {dpi} DPI at this size: it will look blurry. Make it "
                         "print-ready, or make the frame smaller.")
            else:
                said = _("{page}: picture #{id} prints at {dpi} DPI: fine for home printing; for a printed book "
                         "({min_dpi} DPI), make it print-ready.")
            said = said.format(page=name, id=picture.image_id, width=pixels[0], height=pixels[1], dpi=dpi,
                               min_dpi=MIN_DPI)
            warnings.append(PageWarning(number, picture.frame_id, "low_dpi", said, dpi,
                                        "notice" if dpi >= HOME_DPI else "problem"))
    for text in plan.texts:
        if text.block.lines:
            warnings.extend(_text_warnings(text, number, plan.geometry.safe_box, name))
    return warnings


def _text_warnings(text: TextItem, number: int, safe: tuple[float, float, float, float],
                   name: str) -> list[PageWarning]:
    out = []
    if not box_inside(text.box, safe):
        out.append(PageWarning(number, text.frame_id, "outside_safe_area", _(
            "{page}: the text reaches outside the safe area (it may be cut off or lost in the binding).").format(
                page=name)))
    if not text.block.fits:
        lines, room = len(text.block.lines), len(text.block.lines_that_fit())
        out.append(PageWarning(number, text.frame_id, "text_overflow", ngettext(
            "{page}: the text does not fit its frame ({lines} line, room for {room}).",
            "{page}: the text does not fit its frame ({lines} lines, room for {room}).", lines).format(
                page=name, lines=lines, room=room)))
    missing = text.block.missing
    if missing:
        out.append(PageWarning(number, text.frame_id, "missing_glyphs", ngettext(
            "{page}: no bundled font has {letters}: it would be missing from the print (change or remove it).",
            "{page}: no bundled font has {letters}: they would be missing from the print (change or remove them).",
            len(missing)).format(page=name, letters=" ".join(missing))))
    return out
