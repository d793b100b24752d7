"""A preflight finding's fix carried out on the book: each is one named undo step (core/app/edits.py). Page
numbers in a finding are the file's: the interior PDF's page n is the book's n-th page after the cover."""

from __future__ import annotations

from studio.core.app import edits
from studio.core.app.project import Project
from studio.core.output.preflight import Finding
from studio.core.output.targets import target

BOOK_FIXES = ("add_blank_pages", "remove_blank_pages", "move_into_safe_area")  # the rest need the window or a redraw


def apply_fix(project: Project, finding: Finding, target_id: str) -> str:
    """Carry out a finding's fix; returns what was done, for the person. EditError when it cannot be done here."""
    chosen = target(target_id)
    if finding.fix == "add_blank_pages":
        added = edits.add_blank_pages(project, finding.count)
        return f"Added {len(added)} blank page{'s' if len(added) != 1 else ''} before the back cover."
    if finding.fix == "remove_blank_pages":
        gone = edits.remove_empty_pages(project, finding.pages or (finding.page or 0,))
        if not gone:
            raise edits.EditError("those blank pages are padding the export adds, not pages of the book")
        return f"Took out {gone} empty page{'s' if gone != 1 else ''}."
    if finding.fix == "move_into_safe_area" and finding.page is not None:
        interior = sum(1 for p in project.pages() if not p.is_cover)
        moved = edits.move_into_safe_area(project, [finding.page], chosen.safe_margin_in,
                                          chosen.inside_margin_in(interior + interior % 2))
        return f"Moved {moved} text frame{'s' if moved != 1 else ''} on page {finding.page} inside the safe area."
    raise edits.EditError(f"“{finding.fix_label or finding.rule}” is not a change to the book's pages")
