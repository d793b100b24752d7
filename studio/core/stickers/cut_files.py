"""Sticker sheets as the files cutting machines and print shops take:

- a PDF for print shops and RIPs: the artwork, and each cut path stroked in a Separation spot colour named
  exactly `CutContour` (set to overprint, so it never knocks out the art);
- with registration marks for a Silhouette (its default type-1 marks: a square top-left, corners top-right and
  bottom-left), plus an SVG of the same cut paths for Silhouette Studio;
- a DXF of the cut paths for Silhouette Studio's free Basic edition, which opens neither the SVG nor the PDF;
- Cricut Print Then Cut PNGs: 300 DPI, transparent, the white border baked in, each within 6.75 × 9.25 in.

CPU-bound: call from an executor."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from pathlib import Path

import ezdxf
from PIL import Image, ImageDraw
from reportlab.lib.colors import CMYKColorSep, Color
from reportlab.pdfgen.canvas import Canvas

from studio import APP_NAME
from studio.core.i18n import _
from studio.core.units import size as page_size
from studio.core.layout.fonts import register_pdf_fonts
from studio.core.layout.geometry import mm
from studio.core.output.files import ExportError, Progress, write_atomically
from studio.core.output.pictures import JpegStream
from studio.core.stickers.art import StickerArt
from studio.core.stickers.sheet import (
    CRICUT_AREA,
    REGISTRATION_INSET_IN,
    REGISTRATION_SIZE_IN,
    REGISTRATION_SQUARE_IN,
    Placement,
    SheetPage,
    SheetSpec,
)

CUT_CONTOUR = CMYKColorSep(0, 1, 0, 0, spotName="CutContour")  # the name every RIP looks for
CUT_LINE_PT = 0.25
MARK_THICKNESS_IN = mm(0.5)
PT = 72.0
MM_PER_IN = 25.4
# Silhouette Studio's Basic edition imports cut paths only from DXF (SVG and PDF need the paid Designer edition):
# https://www.krafix.de/index.php/anleitung/allgemeine-hilfe/grundlegendes-zu-plotterdateien ("Basisversion",
# .dxf) and https://glama.ai/mcp/servers/WarlemJung/Silhouette-Studio-MCP-Server (Standard/Basic edition opens DXF
# R2000/R12 in millimetres, not SVG). R2000 is the oldest DXF with $INSUNITS, so the file says its unit; its
# closed LWPOLYLINE is one entity per cut, as Inkscape's "Desktop Cutting Plotter" DXF writes them. Millimetres,
# because DXF coordinates carry no unit of their own and a cutter's software measures in them (Silhouette's own
# registration marks are set in mm). To keep the size, set Silhouette Studio's Preferences ▸ Import ▸ DXF to
# "As-Is" rather than "Fit to Page".
DXF_VERSION = "R2000"
DXF_UNITS_MM = 4  # $INSUNITS: millimetres
DXF_MAGENTA = 6  # AutoCAD colour index, the colour cut lines are drawn in everywhere else


def numbered(out: Path, index: int, count: int) -> Path:
    """`out` itself for one sheet; `name-1.ext`, `name-2.ext`… for several."""
    return out if count == 1 else out.with_name(f"{out.stem}-{index + 1}{out.suffix}")


def cut_path(sticker: StickerArt, place: Placement) -> list[tuple[float, float]]:
    """The cut path in inches from the sheet's top-left corner."""
    bx0, by0 = sticker.outline.bounds[:2]
    k = place.scale / sticker.dpi
    return [(place.x_in + (x - bx0) * k, place.y_in + (y - by0) * k) for x, y in sticker.outline.points]


def _image_box(sticker: StickerArt, place: Placement) -> tuple[float, float, float, float]:
    """Where the sticker's whole image lands: x, y (top-left, inches), width, height."""
    bx0, by0 = sticker.outline.bounds[:2]
    k = place.scale / sticker.dpi
    return place.x_in - bx0 * k, place.y_in - by0 * k, sticker.image.width * k, sticker.image.height * k


def sheet_pdf(stickers: list[StickerArt], pages: list[SheetPage], spec: SheetSpec, out: Path | str,
              progress: Progress | None = None) -> Path:
    progress = progress or Progress()
    width, height = spec.size_in
    buffer = io.BytesIO()
    # initialFontName: a canvas otherwise names Helvetica on every page, unembedded, though a sheet has no words.
    pdf = Canvas(buffer, pagesize=(width * PT, height * PT), pageCompression=1,
                 initialFontName=register_pdf_fonts()[0])
    pdf.setTitle("Sticker sheet")
    pdf.setAuthor("")  # not reportlab's "anonymous"
    pdf.setCreator(APP_NAME)
    flat = {i: _flattened(s, i) for i, s in enumerate(stickers)}
    for done, page in enumerate(pages, start=1):
        progress.check()
        for place in page.placements:
            x, y, w, h = _image_box(stickers[place.sticker], place)
            pdf.drawImage(flat[place.sticker], x * PT, (height - y - h) * PT, w * PT, h * PT)
        if not spec.label:  # a label sheet comes cut already
            pdf.saveState()
            pdf.setStrokeColor(CUT_CONTOUR)
            pdf.setStrokeOverprint(True)
            pdf.setLineWidth(CUT_LINE_PT)
            pdf.setLineJoin(1)
            for place in page.placements:
                points = cut_path(stickers[place.sticker], place)
                path = pdf.beginPath()
                path.moveTo(points[0][0] * PT, (height - points[0][1]) * PT)
                for px, py in points[1:]:
                    path.lineTo(px * PT, (height - py) * PT)
                path.close()
                pdf.drawPath(path, stroke=1, fill=0)
            pdf.restoreState()
        if spec.registration:
            _registration_marks(pdf, width, height)
        pdf.showPage()
        progress.step(done, len(pages))
    pdf.save()
    return write_atomically(out, buffer.getvalue())


def _flattened(sticker: StickerArt, index: int) -> JpegStream:
    """The art on white, as a JPEG: sticker paper is white, and a RIP handles no soft masks faster."""
    paper = Image.new("RGB", sticker.image.size, (255, 255, 255))
    paper.paste(sticker.image, (0, 0), sticker.image)
    data = io.BytesIO()
    paper.save(data, format="JPEG", quality=95, subsampling=0, dpi=(sticker.dpi, sticker.dpi))
    return JpegStream(f"sticker-{index}-{id(sticker)}", data.getvalue())


def registration_marks_in(width: float, height: float) -> list[tuple[float, float, float, float]]:
    """The marks as filled rectangles (x, y from the top-left, width, height) in inches."""
    inset, arm, square, t = REGISTRATION_INSET_IN, REGISTRATION_SIZE_IN, REGISTRATION_SQUARE_IN, MARK_THICKNESS_IN
    right, bottom = width - inset, height - inset
    return [
        (inset, inset, square, square),  # the square, top-left
        (right - arm, inset, arm, t), (right - t, inset, t, arm),  # the corner, top-right
        (inset, bottom - t, arm, t), (inset, bottom - arm, t, arm),  # the corner, bottom-left
    ]


def _registration_marks(pdf: Canvas, width: float, height: float) -> None:
    pdf.saveState()
    pdf.setFillColor(Color(0, 0, 0))
    for x, y, w, h in registration_marks_in(width, height):
        pdf.rect(x * PT, (height - y - h) * PT, w * PT, h * PT, stroke=0, fill=1)
    pdf.restoreState()


def cut_svg(stickers: list[StickerArt], pages: list[SheetPage], spec: SheetSpec, out: Path | str) -> list[Path]:
    """The cut paths, one closed <path> per sticker, at the sheet's real size (viewBox in points)."""
    out = Path(out)
    width, height = spec.size_in
    paths = []
    for index, page in enumerate(pages):
        svg = ET.Element("svg", xmlns="http://www.w3.org/2000/svg", version="1.1", width=f"{width:.4f}in",
                         height=f"{height:.4f}in", viewBox=f"0 0 {width * PT:.3f} {height * PT:.3f}")
        ET.SubElement(svg, "title").text = "Sticker cut paths"
        group = ET.SubElement(svg, "g", id="CutContour", fill="none", stroke="#ff00ff", attrib={
            "stroke-width": f"{CUT_LINE_PT}"})
        for place in page.placements:
            points = cut_path(stickers[place.sticker], place)
            d = "M " + " L ".join(f"{x * PT:.3f},{y * PT:.3f}" for x, y in points) + " Z"
            ET.SubElement(group, "path", d=d, id=f"sticker-{place.sticker + 1}")
        data = ET.tostring(svg, encoding="utf-8", xml_declaration=True)
        paths.append(write_atomically(numbered(out, index, len(pages)), data))
    return paths


def cut_dxf(stickers: list[StickerArt], pages: list[SheetPage], spec: SheetSpec, out: Path | str) -> list[Path]:
    """The cut paths as closed polylines in millimetres, one per sticker, y up from the sheet's bottom-left corner
    (DXF's own axes), with the sheet's size in the drawing limits."""
    out = Path(out)
    width, height = spec.size_in
    paths = []
    for index, page in enumerate(pages):
        doc = ezdxf.new(DXF_VERSION, setup=False)
        doc.units = DXF_UNITS_MM
        doc.header["$MEASUREMENT"] = 1  # metric
        doc.header["$LIMMIN"] = (0.0, 0.0)
        doc.header["$LIMMAX"] = (width * MM_PER_IN, height * MM_PER_IN)
        doc.layers.add("CutContour", color=DXF_MAGENTA)
        space = doc.modelspace()
        for place in page.placements:
            points = cut_path(stickers[place.sticker], place)
            if points[0] == points[-1]:
                points = points[:-1]  # the polyline is closed by its flag, not by repeating the first point
            space.add_lwpolyline([(x * MM_PER_IN, (height - y) * MM_PER_IN) for x, y in points], close=True,
                                 dxfattribs={"layer": "CutContour"})
        data = io.StringIO()
        doc.write(data)
        paths.append(write_atomically(numbered(out, index, len(pages)), data.getvalue().encode("ascii")))
    return paths


def cricut_pngs(stickers: list[StickerArt], pages: list[SheetPage], out: Path | str,
                progress: Progress | None = None) -> list[Path]:
    """One PNG per Print Then Cut sheet, cropped to what is on it (Design Space prints it at its 300 DPI size)."""
    progress = progress or Progress()
    out = Path(out)
    paths = []
    for index, page in enumerate(pages):
        progress.check()
        boxes = [_image_box(stickers[p.sticker], p) for p in page.placements]
        left, top = min(b[0] for b in boxes), min(b[1] for b in boxes)
        right, bottom = max(b[0] + b[2] for b in boxes), max(b[1] + b[3] for b in boxes)
        dpi = stickers[0].dpi
        size = (round((right - left) * dpi), round((bottom - top) * dpi))
        if size[0] > CRICUT_AREA[0] * dpi + 1 or size[1] > CRICUT_AREA[1] * dpi + 1:
            raise ExportError(_("The Cricut sheet would be {size}; Print Then Cut takes at most {most}.").format(
                size=page_size(size[0] / dpi, size[1] / dpi), most=page_size(*CRICUT_AREA)))
        canvas = Image.new("RGBA", size, (0, 0, 0, 0))
        for place, (x, y, w, h) in zip(page.placements, boxes):
            art = stickers[place.sticker].image
            if place.scale != 1.0:
                art = art.resize((round(w * dpi), round(h * dpi)), Image.Resampling.LANCZOS)
            canvas.alpha_composite(art, (round((x - left) * dpi), round((y - top) * dpi)))
        data = io.BytesIO()
        canvas.save(data, format="PNG", dpi=(dpi, dpi))
        paths.append(write_atomically(numbered(out, index, len(pages)), data.getvalue()))
        progress.step(index + 1, len(pages))
    return paths


def preview(stickers: list[StickerArt], page: SheetPage, spec: SheetSpec, px_per_in: float = 40) -> Image.Image:
    """The sheet as it will print, with the cut lines in magenta, labels in grey and registration marks."""
    width, height = spec.size_in
    sheet = Image.new("RGB", (round(width * px_per_in), round(height * px_per_in)), (255, 255, 255))
    draw = ImageDraw.Draw(sheet)
    if spec.label:
        for x, y, w, h in spec.label.cells():
            box = [x * px_per_in, y * px_per_in, (x + w) * px_per_in, (y + h) * px_per_in]
            if spec.label.shape == "round":
                draw.ellipse(box, outline=(200, 200, 200))
            else:
                draw.rounded_rectangle(box, radius=spec.label.corner_in * px_per_in, outline=(200, 200, 200))
    for place in page.placements:
        sticker = stickers[place.sticker]
        x, y, w, h = _image_box(sticker, place)
        art = sticker.image.resize((max(1, round(w * px_per_in)), max(1, round(h * px_per_in))),
                                   Image.Resampling.BILINEAR)
        sheet.paste(art, (round(x * px_per_in), round(y * px_per_in)), art)
        if not spec.label:
            points = [(px * px_per_in, py * px_per_in) for px, py in cut_path(sticker, place)]
            draw.line([*points, points[0]], fill=(236, 0, 140), width=max(1, round(px_per_in / 50)))
    if spec.registration:
        for x, y, w, h in registration_marks_in(width, height):
            draw.rectangle([x * px_per_in, y * px_per_in, (x + w) * px_per_in, (y + h) * px_per_in], fill=(0, 0, 0))
    return sheet
