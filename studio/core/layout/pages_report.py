"""The book's pages as plain data, in order, with what would print badly: for `studio pages` and the export
report."""

from __future__ import annotations

from typing import Any

from studio.core.layout.checks import page_warnings
from studio.core.layout.geometry import page_geometry
from studio.core.project import Project


def describe_pages(project: Project) -> list[dict[str, Any]]:
    fmt = project.book_format()
    pages = project.pages()
    sizes = {image.id: (image.width, image.height) for image in project.images()}
    described = []
    for number, page in enumerate(pages, start=1):
        described.append({
            "number": number,
            "side": page_geometry(fmt, number).side,
            "frames": [{"id": f.id, "kind": f.kind, "image_id": f.image_id, "text": f.text} for f in page.frames],
            "warnings": [w.message for w in page_warnings(fmt, page, number, sizes)],
        })
    return described


def format_pages(described: list[dict[str, Any]]) -> str:
    lines = []
    for page in described:
        parts = []
        for frame in page["frames"]:
            if frame["kind"] == "image":
                parts.append(f"picture #{frame['image_id']}" if frame["image_id"] else "no picture")
            elif frame["text"].strip():
                text = " ".join(frame["text"].split())
                parts.append(f"“{text[:60]}{'…' if len(text) > 60 else ''}”")
        lines.append(f"page {page['number']} ({page['side']}): " + (", ".join(parts) or "empty"))
        lines.extend(f"  ! {warning}" for warning in page["warnings"])
    return "\n".join(lines)
