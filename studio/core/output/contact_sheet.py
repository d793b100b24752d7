"""A contact sheet (a storyboard for a client): pictures or the book's pages in numbered panels on A4, Letter or
Tabloid sheets, each fitted whole (never cropped) with its caption, and on every sheet the book's title, a client
line, the date and "Sheet 2 of 3". What goes on it is chosen in `contact_picks.py`; `contact_files.py` writes it
as a PDF or PNG sheets and draws the preview, all through `draw_sheets`."""

from __future__ import annotations

import datetime
import io
import math
from dataclasses import dataclass, field

from PIL import Image, ImageOps
from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from studio import APP_NAME
from studio.core.document.model import BookFormat, Page
from studio.core.i18n import _
from studio.core.layout.fonts import chain, register
from studio.core.layout.geometry import PAPER_SIZES_IN, POINTS_PER_INCH, Box
from studio.core.layout.lines import TextStyle, break_lines, line_runs, measure
from studio.core.layout.plan import plan_page
from studio.core.layout.sides import page_label
from studio.core.output.files import ExportError, Progress
from studio.core.output.home import (
    _place as place_plan,  # the home print's way of putting a page on a sheet
)
from studio.core.output.pictures import JpegStream, PictureError, PicturePrep
from studio.core.output.targets import listed
from studio.core.pixels import srgb

PER_PAGE = (1, 2, 4, 6, 9, 12)
# Portrait, inches. Tabloid is ANSI B, 11 × 17 in (ANSI/ASME Y14.1, “Decimal inch drawing sheet sizes”).
PAPERS: dict[str, tuple[float, float]] = {**PAPER_SIZES_IN, "tabloid": (11.0, 17.0)}
PICTURE_DPI = 200  # a proof to look at and mail, not a print master: pictures are resampled to this at most
JPEG_QUALITY = 90
MARGIN = 0.4 * POINTS_PER_INCH  # inside what a home printer can reach (0.25 in) with room to spare
GUTTER = 0.25 * POINTS_PER_INCH
# Caption size and lines by panels per sheet: never under 8 pt, so a client can read them on paper.
CAPTION = {1: (12.0, 3), 2: (11.0, 3), 4: (10.0, 3), 6: (9.0, 2), 9: (9.0, 2), 12: (8.0, 2)}
INK = Color(0.1, 0.1, 0.1)
GREY = Color(0.45, 0.45, 0.45)
HAIRLINE = Color(0.78, 0.78, 0.78)


@dataclass(frozen=True)
class Panel:
    """One numbered panel: a picture of the gallery, or a page of the book drawn as it prints."""
    caption: str
    image_id: int | None = None
    size: tuple[int, int] = (1, 1)  # the picture's pixels: its shape
    page: Page | None = None
    number: int = 0  # the page's number, for its geometry (core/layout/sides.py)


@dataclass(frozen=True)
class ContactSheet:
    """What goes on the sheets: the panels in order and what drawing them needs (pictures' bytes may come later:
    `contact_files.with_picture_data` reads them on a worker)."""
    title: str
    panels: tuple[Panel, ...]
    format: BookFormat = field(default_factory=BookFormat)  # for page panels
    sizes: dict[int, tuple[int, int]] = field(default_factory=dict)  # every picture's pixels, pages' too
    images: dict[int, bytes] = field(default_factory=dict)
    notes: tuple[str, ...] = ()  # what was left out, for the person

    @property
    def image_ids(self) -> set[int]:
        ids = {p.image_id for p in self.panels if p.image_id is not None}
        return ids | {f.image_id for p in self.panels if p.page for f in p.page.shown() if f.image_id is not None}


@dataclass(frozen=True)
class SheetOptions:
    per_page: int = 4
    paper: str = "letter"
    landscape: bool = False
    client: str = ""  # free text: “For Acme Books, round 2”
    day: datetime.date | None = None  # None: today

    def validate(self) -> None:
        if self.per_page not in PER_PAGE:
            raise ExportError(_("{n} panels a sheet is not offered: use {choices}.").format(
                n=self.per_page, choices=listed([str(n) for n in PER_PAGE], "or")))
        if self.paper not in PAPERS:
            raise ExportError(_("Unknown paper “{name}”: use {names}.").format(
                name=self.paper, names=listed(list(PAPERS), "or")))

    @property
    def size(self) -> tuple[float, float]:
        w, h = (v * POINTS_PER_INCH for v in PAPERS[self.paper])
        return (h, w) if self.landscape else (w, h)

    @property
    def date_text(self) -> str:
        return (self.day or datetime.date.today()).isoformat()  # unambiguous wherever the client reads it


def grid(per_page: int, landscape: bool) -> tuple[int, int]:
    """Columns and rows: more columns than rows on a landscape sheet, more rows on a portrait one."""
    wide = {1: (1, 1), 2: (2, 1), 4: (2, 2), 6: (3, 2), 9: (3, 3), 12: (4, 3)}[per_page]
    return wide if landscape else (wide[1], wide[0])


def sheet_count(sheet: ContactSheet, options: SheetOptions) -> int:
    return max(1, math.ceil(len(sheet.panels) / options.per_page))


def draw_sheets(sheet: ContactSheet, options: SheetOptions, progress: Progress, total: int | None = None,
                picture_dpi: int = PICTURE_DPI) -> tuple[bytes, int, list[str]]:
    """The sheets as a PDF in memory, how many there are, and what could not be drawn. `total` is the count the
    sheets' numbers name (a preview draws the first of them); a step per panel, stopping at Cancel."""
    options.validate()
    if not sheet.panels:
        raise ExportError(_("There is nothing to put on the contact sheet: choose pictures or pages."))
    for name in {*chain("sans", ""), *chain("sans", "", bold=True)}:
        register(name)
    count = sheet_count(sheet, options)
    buffer = io.BytesIO()
    # initialFontName: a canvas otherwise starts each page in Helvetica, which would end up unembedded.
    pdf = Canvas(buffer, pagesize=options.size, pageCompression=1, initialFontName=chain("sans", "")[0])
    pdf.setTitle(f"{sheet.title} – contact sheet")
    pdf.setSubject(options.client.strip() or "Contact sheet")
    pdf.setCreator(APP_NAME)
    pdf.setProducer(APP_NAME)
    prep, problems = PicturePrep(sheet.images, picture_dpi), []
    cells = _cells(options)
    for index in range(0, len(sheet.panels), options.per_page):
        number = index // options.per_page + 1
        _frame(pdf, sheet.title, options, f"Sheet {number} of {total or count}")
        for offset, (panel, cell) in enumerate(zip(sheet.panels[index:index + options.per_page], cells)):
            progress.check()
            _panel(pdf, sheet, panel, index + offset + 1, cell, options.per_page, prep, problems)
            progress.step(index + offset + 1, len(sheet.panels))
        pdf.showPage()
    pdf.save()
    return buffer.getvalue(), count, problems


def _area(options: SheetOptions) -> Box:
    """Where the panels go: inside the margins, under the heading and above the sheet's number."""
    w, h = options.size
    heading = 22.0 + (14.0 if options.client.strip() else 0.0)
    return MARGIN, MARGIN + 18.0, w - MARGIN, h - MARGIN - heading - 10.0


def _cells(options: SheetOptions) -> list[Box]:
    cols, rows = grid(options.per_page, options.landscape)
    x0, y0, x1, y1 = _area(options)
    cw, ch = (x1 - x0 - GUTTER * (cols - 1)) / cols, (y1 - y0 - GUTTER * (rows - 1)) / rows
    return [(x0 + c * (cw + GUTTER), y1 - (r + 1) * ch - r * GUTTER, x0 + c * (cw + GUTTER) + cw, y1 - r * (ch + GUTTER))
            for r in range(rows) for c in range(cols)]


def _frame(pdf: Canvas, title: str, options: SheetOptions, footer: str) -> None:
    """The title, client line and date at the top; “Sheet 2 of 3” at the foot."""
    w, h = options.size
    date = options.date_text
    date_style = _style(date, 10.0)
    date_width = measure(date, date_style.faces, date_style.size)
    top = h - MARGIN - 14.0
    _line(pdf, title or "Untitled book", MARGIN, top, w - 2 * MARGIN - date_width - 18.0, _style(title, 15.0, bold=True))
    _line(pdf, date, w - MARGIN - date_width, top, date_width + 1.0, date_style, GREY)
    client = " ".join(options.client.split())
    if client:
        _line(pdf, client, MARGIN, top - 16.0, w - 2 * MARGIN, _style(client, 10.5), GREY)
    rule = _area(options)[3] + 6.0
    pdf.setStrokeColor(HAIRLINE)
    pdf.setLineWidth(0.5)
    pdf.line(MARGIN, rule, w - MARGIN, rule)
    style = _style(footer, 9.0)
    width = measure(footer, style.faces, style.size)
    _line(pdf, footer, (w - width) / 2, MARGIN, width + 1.0, style, GREY)


def _panel(pdf: Canvas, sheet: ContactSheet, panel: Panel, number: int, cell: Box, per_page: int,
           prep: PicturePrep, problems: list[str]) -> None:
    size, lines = CAPTION[per_page]
    leading = size * 1.25
    x0, y0, x1, y1 = cell
    room = (x0, y0 + lines * leading + 6.0, x1, y1)
    if panel.page is not None:
        plan = plan_page(sheet.format, panel.page, panel.number, sheet.sizes)
        shown = plan.geometry.trim_box
        rect = fitted(room, (shown[2] - shown[0], shown[3] - shown[1]))
        place_plan(pdf, plan, shown, rect, (rect[2] - rect[0]) / (shown[2] - shown[0]), prep, problems,
                   page_label(panel.page, panel.number))
    else:
        rect = fitted(room, sheet.sizes.get(panel.image_id, panel.size) if panel.image_id else panel.size)
        _picture(pdf, panel, rect, prep, problems)
    pdf.setStrokeColor(HAIRLINE)
    pdf.setLineWidth(0.5)
    pdf.rect(rect[0], rect[1], rect[2] - rect[0], rect[3] - rect[1], stroke=1, fill=0)
    _caption(pdf, str(number), panel.caption, (x0, y0, x1, room[1] - 4.0), size, lines)


def fitted(room: Box, shape: tuple[float, float]) -> Box:
    """The largest box of `shape`'s proportions inside `room`, centred: the whole picture, never cropped."""
    x0, y0, x1, y1 = room
    w, h = max(shape[0], 1e-6), max(shape[1], 1e-6)
    scale = min((x1 - x0) / w, (y1 - y0) / h)
    left, bottom = x0 + ((x1 - x0) - w * scale) / 2, y0 + ((y1 - y0) - h * scale) / 2
    return left, bottom, left + w * scale, bottom + h * scale


def _picture(pdf: Canvas, panel: Panel, rect: Box, prep: PicturePrep, problems: list[str]) -> None:
    """The whole picture in `rect`, as a JPEG of the pixels it needs there: a proof is looked at and mailed, and
    a drawing kept lossless (as the print PDF keeps it) would make a sheet of nine ~10 MB instead of ~1."""
    image_id = panel.image_id or 0
    pixels = (max(1, round((rect[2] - rect[0]) / 72 * prep.target_dpi)),
              max(1, round((rect[3] - rect[1]) / 72 * prep.target_dpi)))
    try:
        if image_id not in prep.images:
            raise PictureError(image_id, _("it is not in the book any more"))
        data, problem = _proof_jpeg(image_id, prep.images[image_id], pixels)
    except PictureError as exc:
        problems.append(_("Panel “{caption}”: {problem}; it was left empty.").format(caption=panel.caption[:40],
                                                                                     problem=exc))
        pdf.setFillColor(Color(0.93, 0.93, 0.93))
        pdf.rect(rect[0], rect[1], rect[2] - rect[0], rect[3] - rect[1], stroke=0, fill=1)
        return
    if problem:
        problems.append(_("Picture #{id}: {problem}.").format(id=image_id, problem=problem))
    pdf.drawImage(JpegStream(f"proof-{image_id}-{pixels[0]}x{pixels[1]}", data), rect[0], rect[1],
                  rect[2] - rect[0], rect[3] - rect[1])


def _proof_jpeg(image_id: int, data: bytes, pixels: tuple[int, int]) -> tuple[bytes, str | None]:
    """The picture in sRGB, turned upright, on white paper, at most `pixels` (never enlarged), as a JPEG."""
    try:
        with Image.open(io.BytesIO(data)) as img:
            read = srgb(img)
            picture = ImageOps.exif_transpose(read.image)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise PictureError(image_id, str(exc) or type(exc).__name__) from exc
    if picture.mode == "RGBA":
        paper = Image.new("RGBA", picture.size, (255, 255, 255, 255))
        paper.alpha_composite(picture)
        picture = paper
    picture = picture.convert("RGB")
    if picture.width > pixels[0] * 1.02 or picture.height > pixels[1] * 1.02:
        picture = picture.resize(pixels, Image.Resampling.LANCZOS, reducing_gap=3.0)
    out = io.BytesIO()
    picture.save(out, format="JPEG", quality=JPEG_QUALITY)
    return out.getvalue(), read.problem


def _caption(pdf: Canvas, number: str, text: str, box: Box, size: float, lines: int) -> None:
    """The panel's number in bold, then its caption, wrapped under it; what does not fit ends in “…”."""
    x0, _y0, x1, y1 = box
    bold = _style(number, size, bold=True)
    indent = measure(number, bold.faces, bold.size) + size * 0.6
    baseline = y1 - size
    _line(pdf, number, x0, baseline, indent, bold)
    text = " ".join(text.split())
    if not text:
        return
    style = _style(text, size)
    width = x1 - x0 - indent
    wrapped = break_lines(text, style.faces, size, width)
    if len(wrapped) > lines:
        wrapped = wrapped[:lines]
        wrapped[-1] = _shortened(wrapped[-1], style, width)
    for i, line in enumerate(wrapped):
        _line(pdf, line, x0 + indent, baseline - i * size * 1.25, width, style)


def _shortened(line: str, style: TextStyle, width: float) -> str:
    while line and measure(line.rstrip() + "…", style.faces, style.size) > width:
        line = line[:-1]
    return line.rstrip() + "…"


def _style(text: str, size: float, bold: bool = False) -> TextStyle:
    faces = chain("sans", text, bold)
    return TextStyle(register(faces[0]), size, 1.25, "left", faces[1:])


def _line(pdf: Canvas, text: str, x: float, y: float, width: float, style: TextStyle, colour: Color = INK) -> None:
    """One line in the faces that have its letters (Hangul, é, 🦔 alike), cut with “…” when wider than `width`."""
    if measure(text, style.faces, style.size) > width:
        text = _shortened(text, style, width)
    pdf.setFillColor(colour)
    for run, dx in line_runs(text, style):
        pdf.setFont(run.face, style.size)
        pdf.drawString(x + dx, y, run.text)
