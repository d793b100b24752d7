"""What the person chose for each picture's sticker, kept in the book (its `meta` table) so the sticker dialog and
`studio stickers` start where they left off: for now, the pictures whose background they keep. Choosing never
changes a picture; the background is removed from a copy each time the sticker is made."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from studio.core.app.project import Project

KEEP_BACKGROUND_KEY = "stickers.keep_background"  # picture ids, comma-separated


def kept_backgrounds(project: Project) -> set[int]:
    row = project.db.execute("SELECT value FROM meta WHERE key = ?", (KEEP_BACKGROUND_KEY,)).fetchone()
    return {int(v) for v in (row[0] if row else "").split(",") if v.strip().isdigit()}


def remember_background(project: Project, image_id: int, remove: bool) -> None:
    """Remember whether `image_id`'s sticker has its background removed (the default) or kept."""
    kept = kept_backgrounds(project)
    changed = kept - {image_id} if remove else kept | {image_id}
    if changed != kept:
        project.write("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                      (KEEP_BACKGROUND_KEY, ",".join(str(i) for i in sorted(changed))))
