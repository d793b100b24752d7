"""Book-level operations built from the project's primitives."""

from __future__ import annotations

from typing import Any

from studio.core.project import Project


def add_story_pages(project: Project, story: dict[str, Any]) -> list[int]:
    """Append one page per story page, its text in the text frame. Returns the new page ids."""
    ids: list[int] = []
    for story_page in story.get("pages", []):
        if not isinstance(story_page, dict):
            continue
        page = project.add_page()
        frame = page.frame("text")
        if frame is not None:
            project.set_frame_text(frame.id, str(story_page.get("text", "")))
        ids.append(page.id)
    return ids


def place_image(project: Project, page_number: int, image_id: int) -> int | None:
    """Put a picture in the image frame of page `page_number` (1-based; negative counts from the end).
    Returns the 1-based page number used, or None when there is no such page."""
    pages = project.pages()
    index = page_number - 1 if page_number > 0 else len(pages) + page_number
    if not 0 <= index < len(pages):
        return None
    frame = pages[index].frame("image")
    if frame is None:
        return None
    project.set_frame_image(frame.id, image_id)
    return index + 1
