"""The print-ready book PDF: the interior pages, each trim plus bleed with its TrimBox and BleedBox, every
font embedded, the page count made even.

`draw_plan` is the one place a page plan becomes PDF drawing; the cover wrap, the home print and the booklet
draw the same plans, only moved and scaled.

Given a print standard (PDF/X-4 or PDF/X-1a, core/output/pdfx.py), the written PDF is finished as one; without,
it is as it always was."""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from studio import APP_NAME
from studio.core.document.model import Page
from studio.core.i18n import _, ngettext
from studio.core.layout.fonts import register_pdf_fonts
from studio.core.layout.frames import BACKING_ALPHA, BACKING_RADIUS_PT
from studio.core.layout.lines import line_runs
from studio.core.layout.plan import PagePlan, plan_page
from studio.core.layout.sides import page_label
from studio.core.output.files import ExportError, Progress, write_atomically
from studio.core.output.pdfx import PdfStandard, finish
from studio.core.output.pictures import PictureError, PicturePrep
from studio.core.output.snapshot import BookSnapshot


@dataclass
class ExportResult:
    paths: list[Path]
    pages: int  # pages (or sheets) written
    notes: list[str] = field(default_factory=list)  # what the person should know: blanks added, pictures left out


def new_canvas(book: BookSnapshot, size: tuple[float, float], subject: str = "") -> tuple[Canvas, io.BytesIO]:
    body_font, _bold = register_pdf_fonts()
    buffer = io.BytesIO()
    # initialFontName: a canvas otherwise starts each page in Helvetica, which would end up unembedded.
    pdf = Canvas(buffer, pagesize=size, pageCompression=1, initialFontName=body_font)
    pdf.setTitle(book.title or "Untitled book")
    pdf.setAuthor(book.format.author.strip())  # the byline or empty: never reportlab's "anonymous"
    if subject:
        pdf.setSubject(subject)
    pdf.setCreator(APP_NAME)
    pdf.setProducer(APP_NAME)
    return pdf, buffer


def draw_plan(pdf: Canvas, plan: PagePlan, prep: PicturePrep, problems: list[str], label: str) -> None:
    """Draw a page plan in the canvas's current coordinates. A picture that cannot be read is left out and
    named in `problems`; the rest of the page still prints. When `prep` makes CMYK pictures (PDF/X-1a: nothing
    may be see-through) the white bands behind words are mixed into the pictures under them instead of drawn."""
    bands = tuple(t.box for t in plan.texts if t.look.backing and t.block.lines)
    for item in plan.pictures:
        if item.rect is None or item.image_id is None:
            continue
        try:
            picture = prep.prepare(item, bands)
        except PictureError as exc:
            # Translators: {where} is a page ("Page 3", "Cover"); {problem} what is wrong with the picture
            problems.append(_("{where}: {problem}; it was left out.").format(where=label, problem=exc))
            continue
        if picture.problem:
            problems.append(_("{where}: picture #{id}: {problem}.").format(where=label, id=item.image_id,
                                                                         problem=picture.problem))
        x0, y0, x1, y1 = item.clip
        if x1 <= x0 or y1 <= y0:
            continue
        pdf.saveState()
        clip = pdf.beginPath()
        clip.rect(x0, y0, x1 - x0, y1 - y0)
        pdf.clipPath(clip, stroke=0, fill=0)
        rx0, ry0, rx1, ry1 = picture.rect
        pdf.drawImage(picture.source, rx0, ry0, rx1 - rx0, ry1 - ry0)
        pdf.restoreState()
    for text in plan.texts:
        if not text.block.lines:
            continue
        if text.look.backing and not prep.cmyk:
            x0, y0, x1, y1 = text.box
            pdf.saveState()
            pdf.setFillColorRGB(1, 1, 1, alpha=BACKING_ALPHA)
            pdf.roundRect(x0, y0, x1 - x0, y1 - y0, BACKING_RADIUS_PT, stroke=0, fill=1)
            pdf.restoreState()
        pdf.setFillColor(HexColor(text.look.color))
        style = text.block.style
        room = len(text.block.lines_that_fit())
        for line, x, y in text.baselines()[:room]:  # never over the picture below or off the page
            for run, dx in line_runs(line, style):  # each piece in the face that has its letters
                pdf.setFont(run.face, style.size)
                pdf.drawString(x + dx, y, run.text)
        left_out = text.block.lines[room:]
        if left_out:
            words = " ".join(" ".join(left_out).split()[:6])
            problems.append(ngettext(
                "{where}: {n} line of text did not fit the frame and was left out (from “{words}…”); make the text "
                "shorter or its frame bigger.",
                "{where}: {n} lines of text did not fit the frame and were left out (from “{words}…”); make the text "
                "shorter or its frame bigger.", len(left_out)).format(where=label, n=len(left_out), words=words))


def padded_interior(book: BookSnapshot) -> tuple[tuple[Page, ...], int]:
    """The interior pages plus the blanks that make the count even (paper has two sides)."""
    pages = book.interior
    blanks = len(pages) % 2
    return pages + tuple(blank_page(len(pages) + i) for i in range(blanks)), blanks


def blank_page(position: int) -> Page:
    return Page(id=-1 - position, position=position, frames=(), kind="story", template="text_only")


def blank_note(blanks: int) -> list[str]:
    if not blanks:
        return []
    return [ngettext("{n} blank page added at the end so the page count is even.",
                     "{n} blank pages added at the end so the page count is even.", blanks).format(n=blanks)]


def render_pdf(book: BookSnapshot, out: Path | str, progress: Progress | None = None,
               pages: Iterable[Page] | None = None, standard: PdfStandard | None = None) -> ExportResult:
    """Write the print-ready interior (or `pages`, as given) atomically, as a PDF/X of `standard` if one is
    given. CPU-bound: run in an executor."""
    progress = progress or Progress()
    if pages is None:
        chosen, blanks = padded_interior(book)
    else:
        chosen, blanks = tuple(pages), 0
    if not chosen:
        raise ExportError(_("The book has no pages to print yet: add a page first."))
    numbered = book.numbered(chosen)
    first = plan_page(book.format, numbered[0][0], numbered[0][1], book.sizes).geometry
    pdf, buffer = new_canvas(book, first.media_size, "Print-ready interior")
    prep, problems = PicturePrep(book.images, standard=standard), []
    for done, (page, number) in enumerate(numbered, start=1):
        progress.check()
        plan = plan_page(book.format, page, number, book.sizes)
        pdf.setPageSize(plan.geometry.media_size)
        pdf.setTrimBox(plan.geometry.trim_box)
        pdf.setBleedBox(plan.geometry.bleed_box)
        draw_plan(pdf, plan, prep, problems, page_label(page, number))
        pdf.showPage()
        progress.step(done, len(numbered))
    pdf.save()
    path = write_atomically(out, finished(buffer.getvalue(), standard))
    return ExportResult([path], len(numbered), blank_note(blanks) + problems)


def finished(data: bytes, standard: PdfStandard | None) -> bytes:
    """The PDF reportlab wrote, made a PDF/X of `standard` when there is one."""
    return data if standard is None else finish(data, standard)
