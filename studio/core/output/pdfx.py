"""Print standards: the finishing step that makes a PDF written by reportlab a PDF/X a print service accepts.

reportlab draws the pages; pikepdf (qpdf) then writes what reportlab can't: the OutputIntent with its embedded
ICC output profile, the PDF/X keys in the Info dictionary and in XMP, `Trapped`, the document ID and the
version header; it turns every flat RGB colour in the drawing into the press's CMYK (greys, so all body
text, into black ink alone) and, for PDF/X-4, tags RGB pictures as sRGB.

- PDF/X-1a:2001 (ISO 15930-1:2001): PDF 1.3, CMYK, grey or spot colour only, no transparency. Pictures
  arrive already separated into CMYK and white text bands already composited into them (pictures.py,
  `draw_plan`); this step checks that nothing else is left and refuses to write a file that would be turned
  away.
- PDF/X-4 (ISO 15930-7:2010): PDF 1.6, colour managed (ICC-based RGB is fine), live transparency allowed.

The keys and rules are those of the standards as listed by the Ghent Workgroup's PDF/X pages
(https://www.gwg.org) and Adobe's "PDF/X" preflight profiles; each is named where it is written."""

from __future__ import annotations

import hashlib
import io
import uuid
import warnings
import zlib
from dataclasses import dataclass
from functools import lru_cache
from typing import ClassVar

import pikepdf
from pikepdf import Array, Dictionary, Name, Pdf, PdfImage, String
from PIL import Image, ImageCms

from studio.core.i18n import _
from studio.core.output.files import ExportError
from studio.core.pixels import press_cmyk, press_colour
from studio.resources import resource_dir

X4 = "PDF/X-4"
X1A = "PDF/X-1a:2001"
REGISTRY = "http://www.color.org"  # the ICC's registry of characterized printing conditions


@dataclass(frozen=True)
class OutputCondition:
    id: str  # OutputConditionIdentifier: the name in the ICC registry
    label: str  # OutputCondition: the same in words, for the printer's operator
    profile: str  # file in resources/icc


# The characterized printing conditions a file can be made for. CGATS TR 006 (GRACoL 2006, ISO 12647-2 paper
# type 1, sheet-fed offset) is the US reference the print-on-demand services colour-manage to; its profile is
# built from the characterization data, which "may be distributed with no further permissions from CGATS"
# (ANSI CGATS/GRACoL TR 006-2007, see resources/icc/README.md).
OUTPUT_CONDITIONS: dict[str, OutputCondition] = {c.id: c for c in (
    OutputCondition("CGATS TR 006", "GRACoL 2006 coated #1 paper (ANSI CGATS TR 006)", "GRACoL_TR006_coated.icc"),
)}


@dataclass(frozen=True)
class PdfStandard:
    name: str = X4  # X4 or X1A
    ink_limit: int = 300  # the most ink, in percent of one colour, any spot of a picture may carry
    output_condition: str = "CGATS TR 006"

    def __post_init__(self) -> None:
        if self.name not in (X4, X1A):
            raise ValueError(f"unknown PDF standard {self.name!r}: use {X4!r} or {X1A!r}")
        if self.output_condition not in OUTPUT_CONDITIONS:
            raise ValueError(f"unknown output condition {self.output_condition!r}")
        if not 100 <= self.ink_limit <= 400:
            raise ValueError(f"an ink limit of {self.ink_limit} % cannot be printed")

    @property
    def cmyk_only(self) -> bool:
        """PDF/X-1a: every colour CMYK (or grey), every picture separated, nothing see-through."""
        return self.name == X1A

    @property
    def transparency(self) -> bool:
        return self.name != X1A

    @property
    def condition(self) -> OutputCondition:
        return OUTPUT_CONDITIONS[self.output_condition]

    @property
    def profile(self) -> bytes:
        return output_profile(self.output_condition)

    def cmyk(self, img: Image.Image, room: float = 0.0) -> Image.Image:
        """sRGB pixels separated for this standard's press, within its ink limit (less `room` percent)."""
        return press_cmyk(img, self.profile, self.ink_limit - room)


@lru_cache(maxsize=4)
def output_profile(condition: str) -> bytes:
    return (resource_dir() / "icc" / OUTPUT_CONDITIONS[condition].profile).read_bytes()


def finish(data: bytes, standard: PdfStandard) -> bytes:
    """The PDF in `data` (as reportlab wrote it) made a PDF/X of `standard`. Raises ExportError, naming the
    page, when something in it cannot be made to comply."""
    with Pdf.open(io.BytesIO(data)) as pdf:
        recolour = _Recolour(pdf, standard)
        srgb: list[pikepdf.Array] = []  # the one sRGB colour space the X-4 pictures share, once made
        for number, page in enumerate(pdf.pages, start=1):
            _boxes(page)
            recolour.content(page.obj, page.obj.get("/Resources"))
            _pictures(pdf, page.obj.get("/Resources"), standard, recolour.done, srgb)
            _check_colours(page.obj.get("/Resources"), standard, number)
            if not standard.transparency:
                _check_opaque(page.obj.get("/Resources"), number)
            elif _see_through(page.obj.get("/Resources")) and "/Group" not in page.obj:
                # blend in the press's colours, as InDesign's X-4 pages do: the printer's flattening then
                # matches what was proofed
                page.obj.Group = Dictionary(Type=Name.Group, S=Name.Transparency, CS=Name.DeviceCMYK)
        _output_intent(pdf, standard)
        _keys(pdf, standard, hashlib.sha1(data).digest())
        out = io.BytesIO()
        # X-1a:2001 is PDF 1.3 (ISO 15930-1 §6.1); X-4 is PDF 1.6 at most (ISO 15930-7 §6.2.1). Object streams
        # are PDF 1.5: written plain. The document ID X requires is written by qpdf; the same pages give the same ID.
        pdf.save(out, force_version="1.3" if standard.cmyk_only else "1.6", deterministic_id=True,
                 object_stream_mode=pikepdf.ObjectStreamMode.disable, compress_streams=True)
        return out.getvalue()


# -- page boxes ------------------------------------------------------------------------------------------------

def _boxes(page: pikepdf.Page) -> None:
    """A TrimBox and a BleedBox on every page (PDF/X: ISO 15930-1 §6.1.6); where the drawing set none, the page
    is its own trim."""
    media = page.obj.get("/MediaBox") or page.mediabox
    if "/TrimBox" not in page.obj:
        page.obj.TrimBox = Array(list(media))
    if "/BleedBox" not in page.obj:
        page.obj.BleedBox = Array(list(media))


# -- colours ---------------------------------------------------------------------------------------------------

class _Recolour:
    """Turns every flat DeviceRGB colour (`rg`, `RG`) in a content stream into the press's CMYK (`k`, `K`),
    greys as black ink alone: body text, the white text band, a spine colour, whoever drew them."""

    _OPERATORS: ClassVar[dict[str, str]] = {"rg": "k", "RG": "K"}

    def __init__(self, pdf: Pdf, standard: PdfStandard):
        self.pdf, self.standard = pdf, standard
        self.done: set[tuple[int, int]] = set()  # streams (and pictures) already converted: shared ones once
        self._colours: dict[tuple[float, ...], list[float]] = {}

    def content(self, holder: pikepdf.Object, resources: pikepdf.Object | None) -> None:
        key = holder.objgen
        if key != (0, 0) and key in self.done:
            return
        self.done.add(key)
        instructions = pikepdf.parse_content_stream(holder)
        changed = False
        for i, instruction in enumerate(instructions):
            operator = str(instruction.operator)
            if operator in ("cs", "CS") and instruction.operands[0] == Name.DeviceRGB:
                raise ExportError(_("The drawing uses RGB colour, which {standard} does not allow.").format(
                    standard=self.standard.name))
            if operator in self._OPERATORS and len(instruction.operands) == 3:
                cmyk = self._cmyk(tuple(float(v) for v in instruction.operands))
                instructions[i] = pikepdf.ContentStreamInstruction(cmyk, pikepdf.Operator(self._OPERATORS[operator]))
                changed = True
        if changed:
            data = pikepdf.unparse_content_stream(instructions)
            if isinstance(holder, pikepdf.Dictionary) and "/Contents" in holder:  # a page
                holder.Contents = self.pdf.make_stream(data)
            else:  # a form XObject
                holder.write(data)
        for form in _xobjects(resources, "/Form"):
            self.content(form, form.get("/Resources") or resources)

    def _cmyk(self, rgb: tuple[float, ...]) -> list[float]:
        if rgb not in self._colours:
            cmyk = press_colour(rgb, self.standard.profile, self.standard.ink_limit)  # type: ignore[arg-type]
            self._colours[rgb] = [round(v, 4) for v in cmyk]
        return self._colours[rgb]


def _xobjects(resources: pikepdf.Object | None, subtype: str) -> list[pikepdf.Object]:
    if resources is None or "/XObject" not in resources:
        return []
    return [x for x in resources.XObject.values() if x.get("/Subtype") == Name(subtype)]


def _pictures(pdf: Pdf, resources: pikepdf.Object | None, standard: PdfStandard, done: set,
              srgb: list[pikepdf.Array]) -> None:
    """PDF/X-1a: any picture still in RGB is separated here (pictures.py separates those it prepares: this
    catches the rest). PDF/X-4: RGB pictures are declared sRGB (ICC-based), which X-4 takes with a CMYK intent
    (ISO 15930-7 §6.2.4); plain DeviceRGB it does not."""
    for picture in _xobjects(resources, "/Image"):
        if picture.objgen in done:
            continue
        done.add(picture.objgen)
        if picture.get("/ColorSpace") != Name.DeviceRGB:
            continue
        if standard.cmyk_only:
            _separate(picture, standard)
        else:
            if not srgb:
                srgb.append(_srgb_space(pdf))
            picture.ColorSpace = srgb[0]
    for form in _xobjects(resources, "/Form"):
        _pictures(pdf, form.get("/Resources"), standard, done, srgb)


def _separate(picture: pikepdf.Object, standard: PdfStandard) -> None:
    img = PdfImage(picture).as_pil_image().convert("RGB")
    if "/SMask" in picture:  # no soft masks in X-1a: onto white paper
        paper = Image.new("RGB", img.size, (255, 255, 255))
        paper.paste(img, mask=PdfImage(picture.SMask).as_pil_image().convert("L").resize(img.size))
        img = paper
        del picture["/SMask"]
    cmyk = standard.cmyk(img)
    picture.write(zlib.compress(cmyk.tobytes(), 6), filter=Name.FlateDecode)
    picture.ColorSpace, picture.BitsPerComponent = Name.DeviceCMYK, 8
    picture.Width, picture.Height = cmyk.width, cmyk.height
    for key in ("/Decode", "/DecodeParms"):
        if key in picture:
            del picture[key]


def _srgb_space(pdf: Pdf) -> pikepdf.Array:
    stream = pdf.make_stream(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    stream.N, stream.Alternate = 3, Name.DeviceRGB
    return Array([Name.ICCBased, pdf.make_indirect(stream)])


def _see_through(resources: pikepdf.Object | None) -> bool:
    states = (resources.get("/ExtGState") or {}).values() if resources is not None else ()
    return any(key in state and float(state[key]) < 1 for state in states for key in ("/ca", "/CA"))


def _check_opaque(resources: pikepdf.Object | None, number: int) -> None:
    """X-1a allows no transparency (ISO 15930-1 §6.3): no see-through graphics state, no soft mask."""
    if resources is None:
        return
    for state in (resources.get("/ExtGState") or {}).values():
        for key in ("/ca", "/CA"):
            if key in state and float(state[key]) < 1:
                raise ExportError(_("Page {page} still has see-through drawing, which PDF/X-1a does not allow.").format(
                    page=number))
        if state.get("/SMask", Name("/None")) != Name("/None"):
            raise ExportError(_("Page {page} has a soft mask, which PDF/X-1a does not allow.").format(page=number))
    for picture in _xobjects(resources, "/Image"):
        if "/SMask" in picture:
            raise ExportError(_("A picture on page {page} is see-through, which PDF/X-1a does not allow.").format(
                page=number))
    for form in _xobjects(resources, "/Form"):
        _check_opaque(form.get("/Resources"), number)


def _check_colours(resources: pikepdf.Object | None, standard: PdfStandard, number: int) -> None:
    """No device RGB left once the colours are converted (X-1a: only CMYK, grey and spot colours; X-4: RGB only
    with a profile). A colour space this step does not convert is refused rather than printed wrong."""
    if resources is None:
        return
    for space in (resources.get("/ColorSpace") or {}).values():
        if space == Name.DeviceRGB or (isinstance(space, Array) and Name.DeviceRGB in list(space)):
            raise ExportError(_("Page {page} is drawn in RGB colour, which {standard} does not allow.").format(
                page=number, standard=standard.name))
    for picture in _xobjects(resources, "/Image"):
        space = picture.get("/ColorSpace")
        if standard.cmyk_only and space not in (Name.DeviceCMYK, Name.DeviceGray) and not picture.get("/ImageMask"):
            raise ExportError(_("A picture on page {page} is in {space}, which {standard} does not allow.").format(
                page=number, space=space, standard=standard.name))
    for form in _xobjects(resources, "/Form"):
        _check_colours(form.get("/Resources"), standard, number)


# -- what the file says it is ----------------------------------------------------------------------------------

def _output_intent(pdf: Pdf, standard: PdfStandard) -> None:
    """Exactly one GTS_PDFX OutputIntent, its profile embedded (ISO 15930-1 §6.2.2, ISO 15930-7 §6.2.3)."""
    condition = standard.condition
    profile = pdf.make_stream(standard.profile)
    profile.N = 4  # the press profile is CMYK
    intent = Dictionary(Type=Name.OutputIntent, S=Name.GTS_PDFX, OutputConditionIdentifier=String(condition.id),
                        OutputCondition=String(condition.label), RegistryName=String(REGISTRY),
                        Info=String(condition.label), DestOutputProfile=pdf.make_indirect(profile))
    pdf.Root.OutputIntents = Array([pdf.make_indirect(intent)])


def _keys(pdf: Pdf, standard: PdfStandard, digest: bytes) -> None:
    """The PDF/X version keys, `Trapped`, in the Info dictionary and the same in XMP. X-1a:2001 names its
    version "PDF/X-1:2001" and its conformance "PDF/X-1a:2001" (ISO 15930-1 §6.7.1); X-4 its version alone,
    in the pdfxid namespace (ISO 15930-7 §6.7.2)."""
    info = pdf.docinfo
    document = f"uuid:{uuid.UUID(bytes=digest[:16])}"
    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
        with warnings.catch_warnings():  # /Trapped has no XMP twin pikepdf knows: it is written just below
            warnings.simplefilter("ignore", UserWarning)
            meta.load_from_docinfo(info)
        meta["pdf:Trapped"] = "False"
        meta["xmpMM:DocumentID"] = document
        meta["xmpMM:InstanceID"] = document
        meta["xmpMM:VersionID"] = "1"
        meta["xmpMM:RenditionClass"] = "default"
        modified = meta.get("xmp:ModifyDate")
        if modified:
            meta["xmp:MetadataDate"] = modified
        if standard.cmyk_only:
            meta["pdfx:GTS_PDFXVersion"] = "PDF/X-1:2001"
            meta["pdfx:GTS_PDFXConformance"] = X1A
        else:
            meta["pdfxid:GTS_PDFXVersion"] = X4
    info.Trapped = Name("/False")  # not trapped here; the printer may trap it (ISO 15930 §6.7.3: True or False)
    if standard.cmyk_only:
        info.GTS_PDFXVersion = String("PDF/X-1:2001")
        info.GTS_PDFXConformance = String(X1A)
    else:
        info.GTS_PDFXVersion = String(X4)
