"""The book's pages as plain data, in order, with what would print badly: for `studio pages` and the export
report."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from studio.core.i18n import _, pgettext
from studio.core.layout.book import page_labels
from studio.core.layout.checks import page_warnings
from studio.core.layout.geometry import page_geometry
from studio.core.layout.sides import kind_name, page_label, page_numbers, side_name

if TYPE_CHECKING:
    from studio.core.app.project import Project


def describe_pages(project: Project) -> list[dict[str, Any]]:
    fmt = project.book_format()
    pages = project.pages()
    sizes = {image.id: (image.width, image.height) for image in project.images()}
    described = []
    for index, ((page_id, page), number) in enumerate(zip(page_labels(pages), page_numbers(pages)), start=1):
        label = page_label(page, number)
        described.append({
            "index": index,
            "number": None if page.is_cover else number,
            "page": page_id,  # what `studio place --page` and `studio write --page` take, in every language
            "label": label,
            "side": page_geometry(fmt, number).side,
            "kind": page.kind,
            "template": page.template,
            "frames": [{"id": f.id, "kind": f.kind, "slot": f.slot, "image_id": f.image_id, "text": f.text,
                        "shown": not f.parked} for f in page.frames],
            "warnings": [w.message for w in page_warnings(fmt, page, number, sizes, label)],
        })
    return described


def format_pages(described: list[dict[str, Any]]) -> str:
    """One line per page (its side, kind and layout; the layout by the id `--template` takes), then its warnings."""
    lines = []
    for page in described:
        parts = []
        for frame in page["frames"]:
            if frame["kind"] == "image":
                part = _("picture #{id}").format(id=frame["image_id"]) if frame["image_id"] else _("no picture")
            elif frame["text"].strip():
                text = " ".join(frame["text"].split())
                part = f"“{text[:60]}{'…' if len(text) > 60 else ''}”"
            else:
                continue
            parts.append(part if frame["shown"] else _("{frame} (kept, not shown)").format(frame=part))
        # Translators: one page of `studio pages`: "page 4 (left, story, picture_above): picture #3, “Larry…”"
        lines.append(_("{page} ({side}, {kind}, {template}): {frames}").format(
            page=page["label"].lower(), side=side_name(page["side"]), kind=kind_name(page["kind"]),
            template=page["template"], frames=", ".join(parts) or pgettext("page", "empty")))
        lines.extend(f"  ! {warning}" for warning in page["warnings"])
    return "\n".join(lines)
