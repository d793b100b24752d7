"""Where a book is printed, and what that printer asks of the file: trim sizes, where the bleed goes, how many
pages, which PDF standard, the ink limit, the smallest letters, the safe area, blank pages, file size and the
spine's width per paper and binding.

Each fact names its source. Service rules change: check the source before relying on a figure, and correct it
here (this is the one table; the export, the preflight, the window and `studio export --for` read it)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from studio.core.document.model import BookFormat
from studio.core.i18n import N_, _, ngettext
from studio.core.units import size as page_size
from studio.core.layout.geometry import mm

KDP_HELP = "https://kdp.amazon.com/en_US/help/topic/"
LULU_SPINE = "https://help.api.lulu.com/en/support/solutions/articles/64000254616-how-is-spine-width-calculated-"


@dataclass(frozen=True)
class SpinePaper:
    """One paper (and binding): the spine is pages × inch_per_page + offset_in, or read from `table`
    (page ranges → width) where the service publishes a table instead of a formula."""
    id: str
    label_en: str  # N_-marked; `label` is it in the reader's language
    inch_per_page: float = 0.0
    offset_in: float = 0.0
    table: tuple[tuple[int, float], ...] = ()  # (most pages, spine width in inches), in rising order
    binding: str = "paperback"
    max_pages: int | None = None  # this paper's own ceiling, where lower than the target's
    min_pages: int | None = None  # this paper's (or binding's) own floor, where it differs from the target's

    @property
    def label(self) -> str:
        return _(self.label_en)

    def width_in(self, pages: int) -> float:
        if self.table:
            for most, width in self.table:
                if pages <= most:
                    return width
            return self.table[-1][1]
        return pages * self.inch_per_page + self.offset_in


@dataclass(frozen=True)
class Barcode:
    """The box on the back cover the service prints its barcode in: no art may be there."""
    width_in: float
    height_in: float
    from_spine_in: float
    from_bottom_in: float


@dataclass(frozen=True)
class PrintTarget:
    id: str
    label_en: str  # N_-marked; `label` is it in the reader's language
    bleed_model: str  # "pod": top, bottom and the outside edge; "all": all four sides (geometry.BLEED_MODELS)
    bleed_in: float | None  # None: the book's own bleed is kept (print shop, home print)
    trims: tuple[tuple[float, float], ...] = ()  # standard trim sizes (width, height in inches); () = any size
    custom_trim: tuple[tuple[float, float], tuple[float, float]] | None = None  # ((min w, min h), (max w, max h))
    min_pages: int | None = None
    max_pages: int | None = None
    page_multiple: int = 1
    pdf_standard: str | None = None  # None, "PDF/X-4" or "PDF/X-1a:2001": what book_pdf must write for it
    ink_limit: int = 300  # total area coverage, percent
    flatten_transparency: bool = False  # asks for transparency flattened even without PDF/X-1a
    max_file_mb: float | None = None
    min_text_pt: float = 7.0
    safe_margin_in: float = 0.25  # from the trim, on the outside, top and bottom
    gutter: tuple[tuple[int, float], ...] = ()  # (most pages, inside margin from the trim); () = safe_margin_in
    max_blank_run: int | None = None  # blank pages in a row, before the last printed page
    max_blank_at_end: int | None = None
    min_dpi: int = 300
    papers: dict[str, SpinePaper] = field(default_factory=dict)
    default_paper: str = ""
    spine_text_min_pages: int | None = None
    spine_margin_in: float = 0.0625  # clear space either side of spine text
    barcode: Barcode | None = None
    name_en: str = ""  # N_-marked, where the label reads differently inside a sentence ("a print shop")

    @property
    def label(self) -> str:
        """The name on its own, in the reader's language: "A print shop", "Amazon KDP"."""
        return _(self.label_en)

    @property
    def name(self) -> str:
        """The label inside a sentence: "a print shop", "Amazon KDP"."""
        return _(self.name_en or self.label_en)

    def trim_fits(self, width_in: float, height_in: float, tolerance: float = 0.01) -> bool:
        if not self.trims and self.custom_trim is None:
            return True
        if any(abs(w - width_in) <= tolerance and abs(h - height_in) <= tolerance for w, h in self.trims):
            return True
        if self.custom_trim is not None:
            (low_w, low_h), (high_w, high_h) = self.custom_trim
            return (low_w - tolerance <= width_in <= high_w + tolerance
                    and low_h - tolerance <= height_in <= high_h + tolerance)
        return False

    def inside_margin_in(self, pages: int) -> float:
        for most, margin in self.gutter:
            if pages <= most:
                return margin
        return self.gutter[-1][1] if self.gutter else self.safe_margin_in

    def paper(self, paper_id: str) -> SpinePaper | None:
        """The paper a book asks for, else this target's usual one (None: the target binds no spine)."""
        return self.papers.get(paper_id) or self.papers.get(self.default_paper)

    def spine_width_in(self, pages: int, paper_id: str) -> float | None:
        chosen = self.paper(paper_id)
        return None if chosen is None else chosen.width_in(pages)

    def page_range(self, paper_id: str = "") -> tuple[int | None, int | None]:
        """The fewest and most pages, on this paper (or binding) if the target has it."""
        chosen = self.papers.get(paper_id)
        low = chosen.min_pages if chosen and chosen.min_pages is not None else self.min_pages
        high = chosen.max_pages if chosen and chosen.max_pages is not None else self.max_pages
        return low, high

    def page_count_problem(self, pages: int, paper_id: str = "") -> str | None:
        """What is wrong with the page count, for the person (no full stop: callers go on or end the sentence)."""
        low, high = self.page_range(paper_id)
        own = self.papers.get(paper_id)
        paper = own.label.lower() if own and (own.min_pages, own.max_pages) != (None, None) else ""
        values = {"pages": pages, "target": self.name, "paper": paper, "low": low, "high": high,
                  "multiple": self.page_multiple}
        if low is not None and pages < low:
            # Translators: {target} is a print service ("Lulu", "Amazon KDP", "a print shop"); {paper} a paper or binding
            return (ngettext("{pages} page: {target} prints at least {low} on {paper}",
                             "{pages} pages: {target} prints at least {low} on {paper}", pages) if paper else
                    ngettext("{pages} page: {target} prints at least {low}",
                             "{pages} pages: {target} prints at least {low}", pages)).format(**values)
        if high is not None and pages > high:
            return (ngettext("{pages} page: {target} prints at most {high} on {paper}",
                             "{pages} pages: {target} prints at most {high} on {paper}", pages) if paper else
                    ngettext("{pages} page: {target} prints at most {high}",
                             "{pages} pages: {target} prints at most {high}", pages)).format(**values)
        if pages % self.page_multiple:
            return ngettext("{pages} page: {target} needs a multiple of {multiple}",
                            "{pages} pages: {target} needs a multiple of {multiple}", pages).format(**values)
        return None

    def pages_to_add(self, pages: int, paper_id: str = "") -> int:
        """Pages to add so the count meets the minimum and the multiple (0 when it does or cannot)."""
        low, high = self.page_range(paper_id)
        wanted = max(pages, low or 0)
        wanted += -wanted % self.page_multiple
        return wanted - pages if high is None or wanted <= high else 0


# -- KDP --------------------------------------------------------------------------------------------------
# Trim sizes, bleed and margins: KDP Help "Set Trim Size, Bleed, and Margins" (KDP_HELP + "GVBQ3CMEQW3W2VL6"):
# standard trims 5×8 … 8.5×11.69 in; a custom trim 4×6 to 8.5×11.69 in; bleed 0.125 in on the top, bottom and
# outside edge (page = trim + 0.125 in wide, + 0.25 in tall); outside margins ≥ 0.375 in with bleed; inside margin
# by page count (24–150: 0.375 in, 151–300: 0.5, 301–500: 0.625, 501–700: 0.75, 701–828: 0.875).
# Page counts: KDP Help "Print Options" (KDP_HELP + "G201834190"): 24–828 pages (black ink on white, premium
# colour), 24–776 (cream), 72–600 (standard colour). Spine: KDP Help "Create a Paperback Cover"
# (KDP_HELP + "G201953020"): pages × 0.002252 in (white, standard colour), 0.0025 (cream), 0.002347 (premium
# colour); spine text only from 80 pages, 0.0625 in clear of each spine edge; barcode 2 × 1.2 in at the bottom
# right of the back cover, 0.25 in from the spine and the bottom trim. Manuscript rules: KDP Help "Paperback
# Submission Guidelines" (KDP_HELP + "G201834180"): fonts embedded, images ≥ 300 DPI, text ≥ 7 pt, no more than
# 2 blank pages in a row in the book and 10 at its end, files up to 650 MB.
# Ink: KDP publishes no ink limit; 300 % is the coated-stock limit prepress applies by default (GRACoL 2013,
# Idealliance).
KDP = PrintTarget(
    id="kdp", label_en=N_("Amazon KDP"), bleed_model="pod", bleed_in=0.125,
    trims=((5, 8), (5.06, 7.81), (5.25, 8), (5.5, 8.5), (6, 9), (6.14, 9.21), (6.69, 9.61), (7, 10), (7.44, 9.69),
           (7.5, 9.25), (8, 10), (8.25, 6), (8.25, 8.25), (8.5, 8.5), (8.5, 11), (8.27, 11.69)),
    custom_trim=((4.0, 6.0), (8.5, 11.69)),
    min_pages=24, max_pages=828, page_multiple=2, pdf_standard=None, ink_limit=300,
    max_file_mb=650, min_text_pt=7.0, safe_margin_in=0.375,
    gutter=((150, 0.375), (300, 0.5), (500, 0.625), (700, 0.75), (828, 0.875)),
    max_blank_run=2, max_blank_at_end=10, min_dpi=300,
    papers={p.id: p for p in (
        SpinePaper("white", N_("White paper (black ink)"), 0.002252),
        SpinePaper("cream", N_("Cream paper (black ink)"), 0.0025, max_pages=776),
        SpinePaper("color", N_("Standard colour"), 0.002252, max_pages=600),
        SpinePaper("premium_color", N_("Premium colour"), 0.002347),
    )},
    default_paper="premium_color", spine_text_min_pages=80,
    barcode=Barcode(2.0, 1.2, 0.25, 0.25),
)

# -- IngramSpark ------------------------------------------------------------------------------------------
# IngramSpark "File Requirements for Print Books" (https://www.ingramspark.com/blog/file-requirements-for-print-books)
# and the IngramSpark File Creation Guide (help.ingramspark.com, article 5338619119245): PDF/X-1a:2001, CMYK,
# fonts embedded, no live transparency, total ink ≤ 240 %, black text K-only, 0.125 in bleed on the top, bottom
# and outside edge, margins ≥ 0.5 in from the trim on all sides, an even page count, 18–1200 pages (paperback),
# images ≥ 300 DPI.
# Spine: IngramSpark publishes no formula (its cover template generator gives the figure). Lightning Source (its
# printer) bulks its papers at about 444 pages per inch (38 lb groundwood), 400 (50 lb white and creme) and 360
# (70 lb white, premium colour), plus the cover: these are approximations — take the template generator's figure
# (https://myaccount.ingramspark.com/Portal/Tools/CoverTemplateGenerator) for the final cover.
INGRAMSPARK = PrintTarget(
    id="ingramspark", label_en=N_("IngramSpark"), bleed_model="pod", bleed_in=0.125,
    trims=((5, 8), (5.06, 7.81), (5.25, 8), (5.5, 8.5), (6, 9), (6.14, 9.21), (6.69, 9.61), (7, 10), (7.44, 9.69),
           (7.5, 9.25), (8, 8), (8, 10), (8.25, 11), (8.5, 8.5), (8.5, 11), (8.27, 11.69), (11, 8.5), (10, 8),
           (9, 7), (8.25, 8.25)),
    min_pages=18, max_pages=1200, page_multiple=2, pdf_standard="PDF/X-1a:2001", ink_limit=240,
    flatten_transparency=True, min_text_pt=7.0, safe_margin_in=0.5, min_dpi=300,
    papers={p.id: p for p in (
        SpinePaper("white", N_("50 lb white"), 1 / 400, 0.025),
        SpinePaper("cream", N_("50 lb creme"), 1 / 400, 0.025),
        SpinePaper("groundwood", N_("38 lb groundwood"), 1 / 444, 0.025),
        SpinePaper("color", N_("Standard colour, 70 lb white"), 1 / 360, 0.025),
        SpinePaper("premium_color", N_("Premium colour, 70 lb white"), 1 / 360, 0.025),
    )},
    default_paper="premium_color",
)

# -- Lulu -------------------------------------------------------------------------------------------------
# Lulu "How is spine width calculated?" (LULU_SPINE): perfect bound (pages / 444) + 0.06 in; hardcover casewrap
# and linen from a table of page ranges; paperbacks from 32 pages, hardcovers from 24, at most 800.
# Lulu Book Creation Guide (lulu.com/sell/book-creation-guide): 0.125 in bleed, ≥ 0.5 in safety margin, fonts
# embedded, transparency flattened, sRGB accepted, 300 ppi. Spine text from 80 pages (Lulu forum, "Spine for
# books with 80-130 pages": "Lulu … can print spine text on books with as few as 80 pages").
# Bleed: unlike KDP and IngramSpark, Lulu wants it on every side of every interior page — "Page size must be
# 0.25 in larger in both width and height than the book size" (Lulu Help, "How do I make my content cover the
# whole page? What is bleed?", help.lulu.com article 64000255584), safety margin 0.5 in. Trims: Lulu's standard
# sizes only (Book Creation Guide, "Trim sizes"). Colour: its printers use sRGB (Lulu Help, "Interior
# formatting FAQ", article 64000255590).
LULU_CASEWRAP = ((84, 0.25), (140, 0.5), (168, 0.625), (194, 0.6875), (222, 0.75), (250, 0.8125), (278, 0.875),
                 (306, 0.9375), (334, 1.0), (360, 1.0625), (388, 1.125), (416, 1.1875), (444, 1.25),
                 (472, 1.3125), (500, 1.375), (528, 1.4375), (556, 1.5), (582, 1.5625), (610, 1.625),
                 (638, 1.6875), (666, 1.75), (694, 1.8125), (722, 1.875), (750, 1.9375), (778, 2.0),
                 (799, 2.0625), (800, 2.125))
LULU = PrintTarget(
    id="lulu", label_en=N_("Lulu"), bleed_model="all", bleed_in=0.125,
    trims=((4.25, 6.875), (5, 8), (5.5, 8.5), (mm(148), mm(210)), (6, 9), (6.14, 9.21), (6.63, 10.25), (7, 10),
           (7.44, 9.68), (7.5, 7.5), (8.5, 8.5), (8.5, 11), (mm(210), mm(297)), (9, 7), (11, 8.5),
           (mm(297), mm(210))),
    min_pages=32, max_pages=800, page_multiple=2, pdf_standard=None, ink_limit=300, flatten_transparency=True,
    min_text_pt=7.0, safe_margin_in=0.5, min_dpi=300,
    papers={p.id: p for p in (
        SpinePaper("white", N_("60 lb white, paperback"), 1 / 444, 0.06),
        SpinePaper("cream", N_("60 lb cream, paperback"), 1 / 444, 0.06),
        SpinePaper("color", N_("Standard colour, paperback"), 1 / 444, 0.06),
        SpinePaper("premium_color", N_("Premium colour, paperback"), 1 / 444, 0.06),
        SpinePaper("casewrap", N_("Hardcover casewrap"), table=LULU_CASEWRAP, binding="hardcover", min_pages=24),
    )},
    default_paper="premium_color", spine_text_min_pages=80,
)

# -- A print shop ---------------------------------------------------------------------------------------
# A local offset or digital printer: bleed on all four sides (3 mm or 0.125 in, ISO 12647 practice), PDF/X-4
# (ISO 15930-7, what most presses ask for today), 300 % ink on coated stock (FOGRA39 / GRACoL), images ≥ 300 DPI,
# 3 mm (about 0.125 in) of safe area inside the cut; any trim; page count even (each leaf has two sides).
PRINTSHOP = PrintTarget(
    id="printshop", label_en=N_("A print shop"), name_en=N_("a print shop"), bleed_model="all", bleed_in=None, page_multiple=2,
    pdf_standard="PDF/X-4", ink_limit=300, min_text_pt=6.0, safe_margin_in=0.125, min_dpi=300,
)

# -- Home ---------------------------------------------------------------------------------------------------
# A desktop inkjet or laser printer: no standard, no page rules; most cannot print within about 0.25 in of the
# sheet's edge, and 150 DPI pictures already look sharp (checks.HOME_DPI).
HOME = PrintTarget(
    id="home", label_en=N_("A home printer"), name_en=N_("a home printer"), bleed_model="all", bleed_in=None, pdf_standard=None, ink_limit=300,
    min_text_pt=6.0, safe_margin_in=0.25, min_dpi=150,
)

TARGETS: dict[str, PrintTarget] = {t.id: t for t in (KDP, INGRAMSPARK, LULU, PRINTSHOP, HOME)}


class TargetError(ValueError):
    """A print target nobody offers; the message is for the person."""


def target(target_id: str) -> PrintTarget:
    if target_id not in TARGETS:
        raise TargetError(_("Unknown print target “{name}”: use one of {names}.").format(
            name=target_id, names=", ".join(TARGETS)))
    return TARGETS[target_id]


def format_for(fmt: BookFormat, chosen: PrintTarget) -> BookFormat:
    """The book's format as this printer wants its interior: the bleed model and bleed replaced, the paper one the
    printer has. The trim, margins and pages stay as they are: frames are fractions of the trim, so every page
    keeps its layout."""
    bleed = chosen.bleed_in if chosen.bleed_in is not None else fmt.bleed_in
    if chosen.id == "printshop" and bleed <= 0:
        bleed = 0.125  # a press always needs some bleed; the book was made without
    paper = fmt.paper if fmt.paper in chosen.papers or not chosen.papers else chosen.default_paper
    return replace(fmt, bleed_model=chosen.bleed_model, bleed_in=bleed, paper=paper, target=chosen.id)


def page_size_note(fmt: BookFormat, chosen: PrintTarget) -> str:
    """What the export did for the target, in words: "For Amazon KDP: 8.625 × 8.75 in pages, bleed on …"."""
    shaped = format_for(fmt, chosen)
    extra_w = shaped.bleed_in * (1 if shaped.bleed_model == "pod" else 2)
    said = (_("For {target}: {size} pages, bleed on the top, bottom and outside edge.")
            if shaped.bleed_model == "pod" else
            _("For {target}: {size} pages, bleed on all four sides.") if shaped.bleed_in > 0 else
            _("For {target}: {size} pages, no bleed."))
    return said.format(target=chosen.name, size=page_size(fmt.trim_width_in + extra_w,
                                                          fmt.trim_height_in + 2 * shaped.bleed_in))


def fitting_targets(fmt: BookFormat, pages: int) -> list[PrintTarget]:
    """The print services a file made from this format (as it is) would suit: its bleed model and trim, its
    page count. The print shop and home printer take anything."""
    out = []
    for candidate in TARGETS.values():
        if candidate.bleed_in is not None and (candidate.bleed_model != fmt.bleed_model
                                               or abs(candidate.bleed_in - fmt.bleed_in) > 0.001):
            continue
        if (candidate.trim_fits(fmt.trim_width_in, fmt.trim_height_in)
                and not candidate.page_count_problem(pages, fmt.paper)):
            out.append(candidate)
    return out


def fit_note(fmt: BookFormat, pages: int) -> str:
    """The export note when no target was chosen: which services this file is fit for as made."""
    fits = [t.name for t in fitting_targets(fmt, pages)]
    services = [t for t in ("kdp", "ingramspark", "lulu") if TARGETS[t].name not in fits]
    values = {"fits": listed(fits), "others": listed([TARGETS[t].label for t in services], "or"),
              "ids": "|".join(services)}
    if fits and services:
        said = _("This file is fit for {fits}; for {others} export with --for {ids}.")
    elif fits:
        said = _("This file is fit for {fits}.")
    elif services:
        said = _("This file suits no print service as it is; for {others} export with --for {ids}.")
    else:
        said = _("This file suits no print service as it is.")
    return said.format(**values)


def listed(names: list[str], conjunction: str = "and") -> str:
    """"A, B and C" (or "A, B or C") in the reader's language."""
    if len(names) < 2:
        return "".join(names)
    # Translators: the end of a list, "KDP, Lulu and a print shop": {items} is the rest of the list, comma-separated
    ending = _("{items} and {last}") if conjunction == "and" else _("{items} or {last}")
    return ending.format(items=", ".join(names[:-1]), last=names[-1])
