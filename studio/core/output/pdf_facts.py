"""What a written PDF holds, read back the way a printer's preflight reads it: page boxes, pictures with the
resolution they are drawn at, fonts and whether they are embedded, live transparency, letters with their size
and place, empty pages, and the most ink any spot takes (Ghostscript renders the pages in CMYK).

pikepdf (qpdf) reads the structure, PDFium the text, Ghostscript the ink. CPU-bound: run on a worker."""

from __future__ import annotations

import math
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Self

import pikepdf

from studio.core.i18n import _
from studio.core.output.files import ExportError

Box = tuple[float, float, float, float]
Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
INK_DPI = 24  # about a millimetre a pixel: the area a press's ink limit is about, not a hairline's antialiasing


@dataclass(frozen=True)
class PlacedImage:
    page: int  # 1-based
    pixels: tuple[int, int]
    size_pt: tuple[float, float]  # as drawn

    @property
    def dpi(self) -> int:
        w, h = self.size_pt
        if w <= 0 or h <= 0:
            return 0
        return round(min(self.pixels[0] / (w / 72), self.pixels[1] / (h / 72)))


@dataclass(frozen=True)
class Letter:
    page: int
    char: str
    box: Box  # in page points
    size_pt: float


@dataclass(frozen=True)
class PageFacts:
    number: int
    media: Box
    trim: Box | None
    bleed: Box | None
    blank: bool


def _box(page: pikepdf.Page, name: str) -> Box | None:
    value = page.obj.get(name)
    if value is None:
        return None
    x0, y0, x1, y1 = (float(v) for v in value)
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


def _multiply(m: Matrix, n: Matrix) -> Matrix:
    """m then n (PDF order: a point is transformed by m first)."""
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


class PdfFacts:
    def __init__(self, path: Path | str):
        self.path = Path(path)
        try:
            self.pdf = pikepdf.open(self.path)
        except pikepdf.PdfError as exc:
            raise ExportError(_("“{name}” cannot be read as a PDF ({reason}).").format(name=self.path.name,
                                                                                     reason=exc)) from exc

    def close(self) -> None:
        self.pdf.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    @property
    def page_count(self) -> int:
        return len(self.pdf.pages)

    def pages(self) -> list[PageFacts]:
        import pypdfium2 as pdfium

        document = pdfium.PdfDocument(str(self.path))
        try:
            out = []
            for index, page in enumerate(self.pdf.pages):
                blank = not any(True for _obj in document[index].get_objects())
                out.append(PageFacts(index + 1, _box(page, "/MediaBox") or (0, 0, 0, 0), _box(page, "/TrimBox"),
                                     _box(page, "/BleedBox"), blank))
            return out
        finally:
            document.close()

    # -- pictures ---------------------------------------------------------------------------------

    def images(self) -> list[PlacedImage]:
        out: list[PlacedImage] = []
        for index, page in enumerate(self.pdf.pages, start=1):
            self._walk(page.obj, page.obj.get("/Resources", pikepdf.Dictionary()), IDENTITY, index, out, 0)
        return out

    def _walk(self, stream: pikepdf.Object, resources: pikepdf.Object, ctm: Matrix, page: int,
              out: list[PlacedImage], depth: int) -> None:
        if depth > 8:
            return
        xobjects = resources.get("/XObject", pikepdf.Dictionary())
        stack: list[Matrix] = []
        for operands, operator in pikepdf.parse_content_stream(stream):
            op = str(operator)
            if op == "q":
                stack.append(ctm)
            elif op == "Q":
                ctm = stack.pop() if stack else IDENTITY
            elif op == "cm":
                ctm = _multiply(tuple(float(v) for v in operands), ctm)  # type: ignore[arg-type]
            elif op == "Do":
                xobject = xobjects.get(operands[0])
                if xobject is None:
                    continue
                subtype = xobject.get("/Subtype")
                if subtype == "/Image":
                    a, b, c, d, _e, _f = ctm
                    out.append(PlacedImage(page, (int(xobject.Width), int(xobject.Height)),
                                           (math.hypot(a, b), math.hypot(c, d))))
                elif subtype == "/Form":
                    matrix = tuple(float(v) for v in xobject.get("/Matrix", [1, 0, 0, 1, 0, 0]))
                    self._walk(xobject, xobject.get("/Resources", resources), _multiply(matrix, ctm),  # type: ignore[arg-type]
                               page, out, depth + 1)

    # -- fonts and transparency ---------------------------------------------------------------------

    def _resources(self) -> list[tuple[int, pikepdf.Object]]:
        """Every resource dictionary with the page it is on, forms' own included."""
        found: list[tuple[int, pikepdf.Object]] = []

        def visit(resources: pikepdf.Object, page: int, depth: int) -> None:
            found.append((page, resources))
            if depth > 8:
                return
            for xobject in resources.get("/XObject", pikepdf.Dictionary()).values():
                if xobject.get("/Subtype") == "/Form" and "/Resources" in xobject:
                    visit(xobject.Resources, page, depth + 1)

        for index, page in enumerate(self.pdf.pages, start=1):
            if "/Resources" in page.obj:
                visit(page.obj.Resources, index, 0)
        return found

    def unembedded_fonts(self) -> dict[str, int]:
        """Each font not carried in the file, with the first page it is used on."""
        out: dict[str, int] = {}
        for page, resources in self._resources():
            for font in resources.get("/Font", pikepdf.Dictionary()).values():
                if font.get("/Subtype") == "/Type3":
                    continue  # drawn by the file's own procedures
                described = font.DescendantFonts[0] if font.get("/Subtype") == "/Type0" else font
                descriptor = described.get("/FontDescriptor")
                embedded = descriptor is not None and any(k in descriptor for k in ("/FontFile", "/FontFile2",
                                                                                   "/FontFile3"))
                if not embedded:
                    out.setdefault(str(font.get("/BaseFont", "unnamed")).lstrip("/"), page)
        return out

    def transparency(self) -> list[int]:
        """Pages with live transparency: a constant alpha below 1, a soft mask, a picture with its own alpha."""
        pages: set[int] = set()
        for page, resources in self._resources():
            for state in resources.get("/ExtGState", pikepdf.Dictionary()).values():
                alpha = min(float(state.get("/CA", 1)), float(state.get("/ca", 1)))
                if alpha < 1 or state.get("/SMask", pikepdf.Name.None_) != pikepdf.Name.None_:
                    pages.add(page)
            for xobject in resources.get("/XObject", pikepdf.Dictionary()).values():
                if xobject.get("/Subtype") == "/Image" and "/SMask" in xobject:
                    pages.add(page)
        return sorted(pages)

    # -- letters --------------------------------------------------------------------------------------

    def letters(self) -> list[Letter]:
        import pypdfium2 as pdfium
        from pypdfium2 import raw

        document = pdfium.PdfDocument(str(self.path))
        out: list[Letter] = []
        try:
            for index in range(len(document)):
                text = document[index].get_textpage()
                for i in range(text.count_chars()):
                    char = chr(raw.FPDFText_GetUnicode(text.raw, i))
                    if char.isspace() or not char.isprintable():
                        continue
                    out.append(Letter(index + 1, char, text.get_charbox(i), raw.FPDFText_GetFontSize(text.raw, i)))
                text.close()
        finally:
            document.close()
        return out

    # -- ink --------------------------------------------------------------------------------------------

    def max_ink(self) -> dict[int, float] | None:
        """The most ink (C+M+Y+K, percent) on any spot of each page, as Ghostscript separates it for print (RGB
        through its default press profile, CMYK as written). None when Ghostscript is not installed."""
        gs = shutil.which("gs") or shutil.which("gswin64c")
        if gs is None:
            return None
        import numpy as np
        from PIL import Image

        with tempfile.TemporaryDirectory() as folder:
            pattern = str(Path(folder) / "p%04d.tif")
            subprocess.run([gs, "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=tiff32nc", f"-r{INK_DPI}",
                            f"-sOutputFile={pattern}", str(self.path)],
                           check=True, capture_output=True, timeout=600)
            out = {}
            for number, tif in enumerate(sorted(Path(folder).glob("p*.tif")), start=1):
                with Image.open(tif) as img:
                    ink = np.asarray(img.convert("CMYK"), dtype=np.uint16).sum(axis=2)
                out[number] = round(float(ink.max()) * 100 / 255, 1)
            return out
