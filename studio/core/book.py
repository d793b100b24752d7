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
