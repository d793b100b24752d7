"""What the person should know before a print file is written: pictures under 300 DPI, text outside the safe
area or not fitting, blanks that will be added, a book too short for a print service."""

from __future__ import annotations

from dataclasses import dataclass

from studio.core.i18n import _, ngettext
from studio.core.units import size as page_size
from studio.core.layout.checks import plan_warnings
from studio.core.layout.plan import plan_page
from studio.core.layout.sides import page_label
from studio.core.output.book_pdf import blank_note, padded_interior
from studio.core.output.snapshot import BookSnapshot
from studio.core.output.targets import TARGETS

MIN_PRINT_PAGES = 24  # the fewest interior pages KDP and Lulu print as a paperback


@dataclass(frozen=True)
class ExportReport:
    warnings: tuple[str, ...]  # would print badly: fix or accept
    notes: tuple[str, ...]  # what the export will do

    @property
    def clean(self) -> bool:
        return not self.warnings

    def lines(self) -> list[str]:
        return [*self.warnings, *self.notes]


def book_report(book: BookSnapshot) -> ExportReport:
    warnings: list[str] = []
    for page, number in book.numbered():
        plan = plan_page(book.format, page, number, book.sizes)
        label = page_label(page, number)
        warnings += [w.message for w in plan_warnings(plan, number, book.sizes, label)]
        for item in plan.pictures:
            note = book.picture_notes.get(item.image_id) if item.image_id is not None and item.rect else None
            if note:
                warnings.append(_("{where}: picture #{id}: {problem}.").format(where=label, id=item.image_id,
                                                                                problem=note))
    interior, blanks = padded_interior(book)
    notes = blank_note(blanks)
    if not book.interior:
        warnings.append(_("The book has no interior pages yet."))
    elif book.format.target in TARGETS:  # the book's printer: its own rule, not the general one
        target = TARGETS[book.format.target]
        fmt = book.format
        if not target.trim_fits(fmt.trim_width_in, fmt.trim_height_in):
            warnings.append(_("{target} does not print {size} pages: choose one of its sizes in Book settings.").format(
                target=target.name, size=page_size(fmt.trim_width_in, fmt.trim_height_in)))
        problem = target.page_count_problem(len(interior), book.format.paper)
        if problem:
            # Translators: {problem} is about the page count, e.g. "24 pages: Lulu prints at least 32"
            notes.append(_("{problem}; the home print and booklet have no minimum.").format(problem=problem))
    elif len(interior) < MIN_PRINT_PAGES:
        notes.append(ngettext(
            "{n} interior page: print-on-demand paperbacks need at least {least}; the home print and booklet have "
            "no minimum.",
            "{n} interior pages: print-on-demand paperbacks need at least {least}; the home print and booklet have "
            "no minimum.", len(interior)).format(n=len(interior), least=MIN_PRINT_PAGES))
    if book.cover() is None:
        notes.append(_("The book has no cover page, so the cover wrap's front will be blank."))
    return ExportReport(tuple(warnings), tuple(notes))
