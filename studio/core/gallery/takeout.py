"""Taking pictures out of the book: PNG or JPEG files that carry where they came from.

The making of each picture goes in as XMP (dc:description for the prompt, IPTC's DigitalSourceType so other tools
can tell an AI-made picture, and the studio's own fields), and for PNG also as text chunks. Nothing personal
goes in: no key, no folder, no chat beyond the prompt."""

from __future__ import annotations

import io
import json
import re
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable
from xml.sax.saxutils import escape

from PIL import Image, PngImagePlugin

from studio import APP_NAME
from studio.core.gallery.provenance import Provenance, provenance
from studio.core.i18n import _
from studio.core.output.files import ExportError, Progress, write_atomically
from studio.core.pixels import needs_conversion, srgb

if TYPE_CHECKING:
    from studio.core.app.project import Project

FORMATS = ("png", "jpeg")
STUDIO_NS = "https://picturebook.studio/ns/1.0/"


def xmp_packet(p: Provenance) -> bytes:
    fields = p.embedded()
    created = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(p.image.created)) + "Z"
    studio = "".join(f"<pbs:{key}>{escape(str(value))}</pbs:{key}>" for key, value in fields.items()
                     if key not in ("prompt", "created"))
    source_type = (f"<Iptc4xmpExt:DigitalSourceType>{escape(p.digital_source_type)}</Iptc4xmpExt:DigitalSourceType>"
                   if p.digital_source_type else "")
    description = (f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{escape(p.prompt_sent)}</rdf:li>'
                   "</rdf:Alt></dc:description>" if p.prompt_sent else "")
    xml = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"'
        ' xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"'
        f' xmlns:pbs="{STUDIO_NS}">'
        f"<xmp:CreatorTool>{escape(APP_NAME)}</xmp:CreatorTool><xmp:CreateDate>{created}</xmp:CreateDate>"
        f"{description}{source_type}{studio}"
        '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    )
    return xml.encode("utf-8")


def file_stem(p: Provenance) -> str:
    words = re.findall(r"\w+", Path(p.image.file_name).stem if p.image.file_name else p.prompt_sent)
    slug = "-".join(words)[:40].strip("-").lower()
    return f"{p.image.id}-{slug}" if slug else str(p.image.id)


def encode(data: bytes, p: Provenance, fmt: str) -> bytes:
    """The picture as a PNG or JPEG with its provenance inside. CPU-bound."""
    out = io.BytesIO()
    with Image.open(io.BytesIO(data)) as img:
        img.load()
        if fmt != "png" and needs_conversion(img) or img.mode not in ("RGB", "RGBA", "L", "LA", "P", "I;16"):
            img = srgb(img).image  # JPEG is 8-bit RGB: 16-bit grey, CMYK, Adobe RGB arrive as sRGB, not blank or dull
        icc = img.info.get("icc_profile")
        extra: dict[str, Any] = {"icc_profile": icc} if icc else {}
        if fmt == "png":
            info = PngImagePlugin.PngInfo()
            info.add_text("Software", APP_NAME)
            if p.prompt_sent:
                info.add_itxt("Description", p.prompt_sent)
            if p.digital_source_type:
                info.add_text("DigitalSourceType", p.digital_source_type)
            info.add_itxt("picture-book-studio", json.dumps(p.embedded(), ensure_ascii=False))
            info.add_itxt("XML:com.adobe.xmp", xmp_packet(p).decode("utf-8"))
            picture = img
            picture.save(out, format="PNG", pnginfo=info, **extra)
        else:
            picture = img.convert("RGBA") if img.mode not in ("RGB", "L") else img
            if picture.mode == "RGBA":  # JPEG has no transparency: clear parts print white
                flat = Image.new("RGB", picture.size, "white")
                flat.paste(picture, mask=picture.getchannel("A"))
                picture = flat
            picture.save(out, format="JPEG", quality=95, subsampling=0, xmp=xmp_packet(p), **extra)
    return out.getvalue()


def provenances(project: "Project", image_ids: Iterable[int], prices: dict[str, Any] | None = None) -> list[Provenance]:
    """What goes into each file, gathered from the document (on its thread); `write_pictures` may run elsewhere."""
    return [provenance(project, image_id, prices) for image_id in image_ids]


def write_pictures(items: list[Provenance], read: Callable[[list[int]], dict[int, bytes]], folder: Path,
                   fmt: str = "png", progress: Progress | None = None) -> list[Path]:
    """Write each picture into `folder`, never over an existing file. Returns the files written. `read` gives
    pictures' bytes by id (e.g. `document.project.read_image_data` bound to the book's path, on a worker)."""
    if fmt not in FORMATS:
        raise ExportError(_("Pictures can be exported as PNG or JPEG, not “{format}”.").format(format=fmt))
    if not folder.is_dir():
        raise ExportError(_("“{folder}” is not a folder.").format(folder=folder))
    suffix = ".png" if fmt == "png" else ".jpg"
    written: list[Path] = []
    for done, p in enumerate(items):
        if progress is not None:
            progress.step(done, len(items))
        target, n = folder / (file_stem(p) + suffix), 1
        while target.exists():
            n += 1
            target = folder / f"{file_stem(p)}-{n}{suffix}"
        data = read([p.image.id]).get(p.image.id)
        if data is None:
            raise ExportError(_("Picture #{id} is no longer in the book.").format(id=p.image.id))
        write_atomically(target, encode(data, p, fmt))
        written.append(target)
    return written
