"""A preflight finding's fix carried out on the book: each is one named undo step (core/app/edits.py). Page
numbers in a finding are the file's: the interior PDF's page n is the book's n-th page after the cover."""

from __future__ import annotations

from studio.core.app import edits
from studio.core.app.project import Project
from studio.core.i18n import _, ngettext
from studio.core.output.preflight import Finding
from studio.core.output.targets import target

BOOK_FIXES = ("add_blank_pages", "remove_blank_pages", "move_into_safe_area")  # the rest need the window or a redraw


def apply_fix(project: Project, finding: Finding, target_id: str) -> str:
    """Carry out a finding's fix; returns what was done, for the person. EditError when it cannot be done here."""
    chosen = target(target_id)
    if finding.fix == "add_blank_pages":
        added = edits.add_blank_pages(project, finding.count)
        return ngettext("Added {n} blank page before the back cover.", "Added {n} blank pages before the back cover.",
                        len(added)).format(n=len(added))
    if finding.fix == "remove_blank_pages":
        gone = edits.remove_empty_pages(project, finding.pages or (finding.page or 0,))
        if not gone:
            raise edits.EditError(_("those blank pages are padding the export adds, not pages of the book"))
        return ngettext("Took out {n} empty page.", "Took out {n} empty pages.", gone).format(n=gone)
    if finding.fix == "move_into_safe_area" and finding.page is not None:
        interior = sum(1 for p in project.pages() if not p.is_cover)
        moved = edits.move_into_safe_area(project, [finding.page], chosen.safe_margin_in,
                                          chosen.inside_margin_in(interior + interior % 2))
        return ngettext("Moved {n} text frame on page {page} inside the safe area.",
                        "Moved {n} text frames on page {page} inside the safe area.", moved).format(
                            n=moved, page=finding.page)
    raise edits.EditError(_("“{fix}” is not a change to the book's pages").format(fix=finding.fix_label or finding.rule))
