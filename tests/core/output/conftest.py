import io

import pytest
from PIL import Image, ImageDraw

from studio.core.document.model import BookFormat
from studio.core.app.project import Project
from studio.core.gallery.imaging import decode
from studio.core.layout.book import add_page, set_template, set_title, story_pages


def jpeg(width: int, height: int, colour=(60, 110, 200)) -> bytes:
    img = Image.new("RGB", (width, height), colour)
    ImageDraw.Draw(img).ellipse((width // 4, height // 4, width * 3 // 4, height * 3 // 4), fill=(250, 200, 0))
    out = io.BytesIO()
    img.save(out, format="JPEG", quality=85)
    return out.getvalue()


def add_picture(project: Project, data: bytes) -> int:
    decoded = decode(data)
    return project.add_image(decoded.data, decoded.thumb, decoded.width, decoded.height, decoded.mime).id


@pytest.fixture
def make_book(tmp_path):
    """A book with covers and `story` story pages, each with a picture and words (Page N)."""
    def make(story: int = 3, template: str = "picture_above", picture: bytes | None = None,
             fmt: BookFormat | None = None) -> Project:
        project = Project.create(tmp_path / f"Book{len(list(tmp_path.glob('*.storybook')))}.storybook")
        fmt = fmt or BookFormat(8.5, 8.5, title="Larry's Tea", author="Mia")
        project.set_book_format(fmt)
        set_title(project, fmt.title)
        while len(story_pages(project)) < story:
            add_page(project)
        for n, page in enumerate(story_pages(project), start=1):
            set_template(project, page.id, template)
            page = next(p for p in project.pages() if p.id == page.id)
            if page.frame("image"):
                project.set_frame_image(page.frame("image").id, add_picture(project, picture or jpeg(600, 600)))
            if page.frame("text"):
                project.set_frame_text(page.frame("text").id, f"Story {n}: Larry pours tea. 래리가 차를 따라요.")
        return project
    return make
