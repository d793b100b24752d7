"""Preflight: the written file checked against the print target's rules, the way the service's own upload check
reads it. Each rule that fails is a `Finding` naming the page and, where the book can be changed to pass it, the
fix (`core/app/edits.py` carries those out, one undo step each).

The interior: page size and boxes, bleed and which side the trim is on, page count, blank pages in a row,
pictures' resolution as placed, fonts embedded, live transparency, ink, smallest letters, the safe area, file size.
The cover wrap: its size for the spine, spine text fitting, the barcode box clear."""

from __future__ import annotations

import subprocess
from dataclasses import asdict, dataclass
from pathlib import Path

from studio.core.document.model import BookFormat
from studio.core.i18n import N_, _, ngettext
from studio.core.units import length, size as page_size
from studio.core.layout.checks import HOME_DPI
from studio.core.layout.geometry import POINTS_PER_INCH
from studio.core.output.pdf_facts import Box, PageFacts, PdfFacts
from studio.core.output.targets import PrintTarget, target

BLOCKING, WARNING = "blocking", "warning"
TOLERANCE_PT = 0.5  # sizes within half a point are the same size
COVER_TOLERANCE_IN = 0.02  # a wrap must match the service's template; a spine 0.06 in off shows on the shelf
FIXES = {  # fix id → what the button says (N_-marked; Finding.fix_label is it in the reader's language)
    "add_blank_pages": "Add {count} blank pages",  # ngettext in fix_label
    "remove_blank_pages": N_("Take out the empty pages"),
    "make_print_ready": N_("Make print-ready"),
    "move_into_safe_area": N_("Move text inside the safe area"),
    "shrink_spine_title": N_("Shrink the spine title"),
}


@dataclass(frozen=True)
class Finding:
    rule: str  # "page_size", "trim_side", "boxes", "page_count", "blank_pages", "picture_dpi", "fonts",
    #            "transparency", "ink", "text_size", "safe_area", "file_size", "spine_text", "barcode_area"
    severity: str  # BLOCKING: the service would refuse the file; WARNING: it would print, not as it should
    message: str
    page: int | None = None  # 1-based page of the file
    fix: str | None = None  # a key of FIXES
    count: int = 0  # how many (pages to add)
    pages: tuple[int, ...] = ()  # every page concerned, where more than one (a run of blank pages)

    @property
    def fix_label(self) -> str:
        if self.fix == "add_blank_pages":
            return ngettext("Add {count} blank page", "Add {count} blank pages", self.count).format(count=self.count)
        return _(FIXES[self.fix]) if self.fix else ""

    def as_dict(self) -> dict:
        return {**asdict(self), "fix_label": self.fix_label}


def blocking(findings: list[Finding]) -> bool:
    return any(f.severity == BLOCKING for f in findings)


def preflight(path: Path | str, target_id: str, kind: str = "book", fmt: BookFormat | None = None,
              interior_pages: int | None = None) -> list[Finding]:
    """Check a written PDF. `kind` is "book" (the interior) or "cover" (the wrap, which needs the book's format and
    interior page count for its spine). The format's paper (or binding) sets the page range where it has its own."""
    chosen = target(target_id)
    path = Path(path)
    findings: list[Finding] = []
    size_mb = path.stat().st_size / 1e6
    if chosen.max_file_mb is not None and size_mb > chosen.max_file_mb:
        findings.append(Finding("file_size", BLOCKING, _("The file is {size} MB; {target} takes files up to {most} MB.")
                                .format(size=f"{size_mb:.0f}", target=chosen.name, most=f"{chosen.max_file_mb:.0f}")))
    with PdfFacts(path) as facts:
        pages = facts.pages()
        findings += _boxes(pages)
        if kind == "cover":
            if fmt is None or interior_pages is None:
                raise ValueError("a cover's preflight needs the book's format and interior page count")
            findings += _cover(facts, pages, chosen, fmt, interior_pages)
        else:
            findings += _interior(facts, pages, chosen, fmt.paper if fmt else "")
        findings += _pictures(facts, chosen)
        findings += _fonts_and_transparency(facts, chosen)
        findings += _ink(facts, chosen)
    return findings


def _boxes(pages: list[PageFacts]) -> list[Finding]:
    missing = [p.number for p in pages if p.trim is None or p.bleed is None]
    if not missing:
        return []
    return [Finding("boxes", BLOCKING, ngettext(
        "{n} page has no TrimBox or BleedBox (page {first}): the printer cannot tell where to cut.",
        "{n} pages have no TrimBox or BleedBox (from page {first}): the printer cannot tell where to cut.",
        len(missing)).format(n=len(missing), first=missing[0]), missing[0])]


# -- the interior ----------------------------------------------------------------------------------------

def _interior(facts: PdfFacts, pages: list[PageFacts], chosen: PrintTarget, paper: str) -> list[Finding]:
    findings = _page_sizes(pages, chosen)
    count = len(pages)
    problem = chosen.page_count_problem(count, paper)
    if problem:
        add = chosen.pages_to_add(count, paper)
        trailing = count - max((p.number for p in pages if not p.blank), default=0)
        if add and chosen.max_blank_at_end is not None and trailing + add > chosen.max_blank_at_end:
            # Blank padding would only trade this refusal for the one about blank pages at the end.
            findings.append(Finding("page_count", BLOCKING, ngettext(
                "{problem}, and no more than {most} of them may be blank at the end: the book needs {add} more page "
                "with pictures or words (Add Page in the Book workspace, or a longer story).",
                "{problem}, and no more than {most} of them may be blank at the end: the book needs {add} more pages "
                "with pictures or words (Add Page in the Book workspace, or a longer story).", add).format(
                    problem=problem, most=chosen.max_blank_at_end, add=add), None))
        else:
            # Translators: {problem} is a sentence about the page count, e.g. "24 pages: Lulu prints at least 32"
            findings.append(Finding("page_count", BLOCKING, _("{problem}.").format(problem=problem), None,
                                    "add_blank_pages" if add else None, add))
    findings += _blank_runs(pages, chosen)
    findings += _letters(facts, pages, chosen, count)
    return findings


def _page_sizes(pages: list[PageFacts], chosen: PrintTarget) -> list[Finding]:
    pt = POINTS_PER_INCH
    findings: list[Finding] = []
    for page in pages:
        if page.trim is None:
            continue
        tx0, ty0, tx1, ty1 = page.trim
        width, height = tx1 - tx0, ty1 - ty0
        if not chosen.trim_fits(width / POINTS_PER_INCH, height / POINTS_PER_INCH):
            findings.append(Finding("page_size", BLOCKING, _(
                "The pages are trimmed to {size}, a size {target} does not print.").format(
                    size=page_size(width / pt, height / pt), target=chosen.name), page.number))
            break
        if chosen.bleed_in is None:
            continue
        bleed = chosen.bleed_in * POINTS_PER_INCH
        extra_w = bleed if chosen.bleed_model == "pod" else 2 * bleed
        mx0, my0, mx1, my1 = page.media
        wanted = (width + extra_w, height + 2 * bleed)
        if abs(mx1 - mx0 - wanted[0]) > TOLERANCE_PT or abs(my1 - my0 - wanted[1]) > TOLERANCE_PT:
            said = (_("Page {page} is {size}; {target} wants {wanted} (the trim plus {bleed} of bleed on the top, "
                      "bottom and outside edge). Export it for {target}.")
                    if chosen.bleed_model == "pod" else
                    _("Page {page} is {size}; {target} wants {wanted} (the trim plus {bleed} of bleed on all four "
                      "sides). Export it for {target}."))
            findings.append(Finding("page_size", BLOCKING, said.format(
                page=page.number, size=page_size((mx1 - mx0) / pt, (my1 - my0) / pt), target=chosen.name,
                wanted=page_size(wanted[0] / pt, wanted[1] / pt), bleed=length(chosen.bleed_in)), page.number))
            break
        if chosen.bleed_model == "pod":
            # odd pages are right-hand: bound on the left, so the trim starts at the left edge; even pages the other way
            left = 0.0 if page.number % 2 == 1 else bleed
            if abs(tx0 - mx0 - left) > TOLERANCE_PT:
                said = (_("Page {page}'s bleed is on its inside edge: on a right-hand page it belongs on the outside.")
                        if page.number % 2 else
                        _("Page {page}'s bleed is on its inside edge: on a left-hand page it belongs on the outside."))
                findings.append(Finding("trim_side", BLOCKING, said.format(page=page.number), page.number))
                break
    return findings


def _blank_runs(pages: list[PageFacts], chosen: PrintTarget) -> list[Finding]:
    if chosen.max_blank_run is None:
        return []
    last_printed = max((p.number for p in pages if not p.blank), default=0)
    findings, run = [], []
    for page in pages + [PageFacts(len(pages) + 1, (0, 0, 0, 0), None, None, False)]:
        if page.blank:
            run.append(page.number)
            continue
        at_end = bool(run) and run[0] > last_printed
        most = chosen.max_blank_at_end if at_end else chosen.max_blank_run
        if most is not None and len(run) > most:
            said = (_("Pages {first}–{last} are {n} blank pages at the end; {target} allows at most {most}.") if at_end
                    else _("Pages {first}–{last} are {n} blank pages in a row; {target} allows at most {most}."))
            findings.append(Finding("blank_pages", BLOCKING, said.format(
                first=run[0], last=run[-1], n=len(run), target=chosen.name, most=most),
                run[0], "remove_blank_pages", pages=tuple(run)))
        run = []
    return findings


def safe_box(page: PageFacts, chosen: PrintTarget, page_count: int) -> Box | None:
    """The trim less the target's margins, the inside margin on the bound edge (left on right-hand pages)."""
    if page.trim is None:
        return None
    x0, y0, x1, y1 = page.trim
    pt = POINTS_PER_INCH
    outside, inside = chosen.safe_margin_in * pt, chosen.inside_margin_in(page_count) * pt
    left, right = (inside, outside) if page.number % 2 == 1 else (outside, inside)
    return x0 + left, y0 + outside, x1 - right, y1 - outside


def _letters(facts: PdfFacts, pages: list[PageFacts], chosen: PrintTarget, count: int) -> list[Finding]:
    findings: list[Finding] = []
    by_page = {p.number: p for p in pages}
    smallest: dict[int, float] = {}
    outside: set[int] = set()
    for letter in facts.letters():
        smallest[letter.page] = min(smallest.get(letter.page, 1e9), letter.size_pt)
        safe = safe_box(by_page[letter.page], chosen, count)
        if safe is not None and not _inside(letter.box, safe):
            outside.add(letter.page)
    for page, size in sorted(smallest.items()):
        if size < chosen.min_text_pt - 0.05:
            findings.append(Finding("text_size", WARNING, _(
                "Page {page} has letters of {size} pt; {target} asks for at least {least} pt.").format(
                    page=page, size=f"{size:.1f}", target=chosen.name, least=f"{chosen.min_text_pt:g}"), page))
    for page in sorted(outside):
        findings.append(Finding("safe_area", BLOCKING, _(
            "Page {page}: text reaches outside the safe area ({margin} from the trim, {inside} on the inside edge "
            "for {target}): it may be cut off.").format(
                page=page, margin=length(chosen.safe_margin_in), inside=length(chosen.inside_margin_in(count)),
                target=chosen.name), page, "move_into_safe_area"))
    return findings


def _inside(inner: Box, outer: Box) -> bool:
    return (inner[0] >= outer[0] - TOLERANCE_PT and inner[1] >= outer[1] - TOLERANCE_PT
            and inner[2] <= outer[2] + TOLERANCE_PT and inner[3] <= outer[3] + TOLERANCE_PT)


# -- whatever the file ---------------------------------------------------------------------------------

def _pictures(facts: PdfFacts, chosen: PrintTarget) -> list[Finding]:
    findings, said = [], set()
    for image in facts.images():
        dpi = image.dpi
        if dpi >= chosen.min_dpi or image.page in said:
            continue
        said.add(image.page)
        severe = dpi < HOME_DPI and chosen.min_dpi > HOME_DPI
        findings.append(Finding("picture_dpi", BLOCKING if severe else WARNING, _(
            "Page {page}: a picture prints at {dpi} DPI; {target} asks for {least}.").format(
                page=image.page, dpi=dpi, target=chosen.name, least=chosen.min_dpi), image.page, "make_print_ready"))
    return findings


def _fonts_and_transparency(facts: PdfFacts, chosen: PrintTarget) -> list[Finding]:
    findings = [Finding("fonts", BLOCKING, _("The font {name} is not embedded (first used on page {page}).").format(
        name=name, page=page), page) for name, page in facts.unembedded_fonts().items()]
    transparent = facts.transparency()
    if transparent and (chosen.pdf_standard == "PDF/X-1a:2001" or chosen.flatten_transparency):
        strict = chosen.pdf_standard == "PDF/X-1a:2001"
        values = {"n": len(transparent), "first": transparent[0], "target": chosen.name,
                  "standard": chosen.pdf_standard}
        said = (ngettext("{n} page has live transparency (page {first}); {target} wants it flattened ({standard}).",
                         "{n} pages have live transparency (from page {first}); {target} wants it flattened "
                         "({standard}).", len(transparent)) if strict else
                ngettext("{n} page has live transparency (page {first}); {target} wants it flattened.",
                         "{n} pages have live transparency (from page {first}); {target} wants it flattened.",
                         len(transparent)))
        findings.append(Finding("transparency", BLOCKING if strict else WARNING, said.format(**values),
                                transparent[0]))
    return findings


def _ink(facts: PdfFacts, chosen: PrintTarget) -> list[Finding]:
    try:
        inks = facts.max_ink()
    except (OSError, subprocess.SubprocessError) as exc:
        return [Finding("ink", WARNING, _("The ink could not be measured (Ghostscript: {reason}).").format(reason=exc))]
    if inks is None:
        return [Finding("ink", WARNING, _("The ink could not be measured: Ghostscript is not installed."))]
    over = {page: ink for page, ink in inks.items() if ink > chosen.ink_limit + 0.5}
    if not over:
        return []
    first, worst = min(over), max(over.values())
    return [Finding("ink", BLOCKING if chosen.pdf_standard else WARNING, ngettext(
        "{n} page puts down up to {worst} % ink (page {first}); {target} takes at most {limit} %. The print-ready "
        "colour conversion limits it.",
        "{n} pages put down up to {worst} % ink (from page {first}); {target} takes at most {limit} %. The "
        "print-ready colour conversion limits it.", len(over)).format(
            n=len(over), worst=f"{worst:.0f}", first=first, target=chosen.name, limit=chosen.ink_limit), first)]


# -- the cover wrap ---------------------------------------------------------------------------------------

def _cover(facts: PdfFacts, pages: list[PageFacts], chosen: PrintTarget, fmt: BookFormat,
           interior: int) -> list[Finding]:
    page = pages[0]
    spine_in = chosen.spine_width_in(interior, fmt.paper)
    if spine_in is None or page.trim is None:
        return []  # no spine to check: the print shop and the home printer bind their own way
    pt = POINTS_PER_INCH
    width, spine = fmt.trim_width_in * pt, spine_in * pt
    tx0, ty0, tx1, ty1 = page.trim
    findings: list[Finding] = []
    if abs((tx1 - tx0) - (2 * width + spine)) > COVER_TOLERANCE_IN * pt:
        findings.append(Finding("page_size", BLOCKING, ngettext(
            "The cover is {width} wide when trimmed; for {pages} page {target}'s spine is {spine}, so it should be "
            "{wanted}.",
            "The cover is {width} wide when trimmed; for {pages} pages {target}'s spine is {spine}, so it should be "
            "{wanted}.", interior).format(
                width=length((tx1 - tx0) / pt), pages=interior, target=chosen.name, spine=length(spine_in),
                wanted=length((2 * width + spine) / pt)), 1))
    spine_box = (tx0 + width, ty0, tx0 + width + spine, ty1)
    findings += _spine_text(facts, spine_box, chosen, interior)
    if chosen.barcode is not None:
        findings += _barcode(facts, page, spine_box, chosen)
    return findings


def _spine_text(facts: PdfFacts, spine: Box, chosen: PrintTarget, interior: int) -> list[Finding]:
    on_spine = [letter for letter in facts.letters()
                if spine[0] <= (letter.box[0] + letter.box[2]) / 2 <= spine[2]]
    if not on_spine:
        return []
    if chosen.spine_text_min_pages is not None and interior < chosen.spine_text_min_pages:
        return [Finding("spine_text", BLOCKING, _(
            "The spine carries text, but {target} prints spine text only from {least} pages ({pages} here).").format(
                target=chosen.name, least=chosen.spine_text_min_pages, pages=interior), 1, "shrink_spine_title")]
    margin = chosen.spine_margin_in * POINTS_PER_INCH
    room = (spine[0] + margin, spine[1] + margin, spine[2] - margin, spine[3] - margin)
    if all(_inside(letter.box, room) for letter in on_spine):
        return []
    return [Finding("spine_text", BLOCKING, _(
        "The spine text runs past the spine (it needs {margin} clear on each side and inside the trim).").format(
            margin=length(chosen.spine_margin_in)), 1, "shrink_spine_title")]


def _barcode(facts: PdfFacts, page: PageFacts, spine: Box, chosen: PrintTarget) -> list[Finding]:
    import pypdfium2 as pdfium

    barcode = chosen.barcode
    assert barcode is not None and page.trim is not None
    pt, scale = POINTS_PER_INCH, 1.0  # one pixel a point
    x1 = spine[0] - barcode.from_spine_in * pt
    x0 = x1 - barcode.width_in * pt
    y0 = page.trim[1] + barcode.from_bottom_in * pt
    y1 = y0 + barcode.height_in * pt
    document = pdfium.PdfDocument(str(facts.path))
    try:
        image = document[0].render(scale=scale).to_pil().convert("L")
    finally:
        document.close()
    top = image.height - y1  # pixels count from the top
    region = image.crop((round(x0), round(top), round(x1), round(top + (y1 - y0))))
    if region.getextrema()[0] >= 245:
        return []
    return [Finding("barcode_area", BLOCKING, _(
        "The barcode box ({size} at the bottom right of the back cover, {from_spine} from the spine) has art in "
        "it; {target} prints its barcode there.").format(
            size=page_size(barcode.width_in, barcode.height_in), from_spine=length(barcode.from_spine_in),
            target=chosen.name), 1)]
