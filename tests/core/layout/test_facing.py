"""The "facing" layout: each page's picture on a left-hand page, its own words on the right-hand page opposite."""

from studio.core.app import edits
from studio.core.app.project import Project
from studio.core.document.model import BookFormat
from studio.core.gallery.imaging import decode
from studio.core.layout import book
from studio.core.layout.checks import page_warnings
from studio.core.layout.sides import page_numbers, spreads
from tests.fake_openai import png_for


def _story_book(tmp_path, count: int) -> tuple[Project, dict[int, str]]:
    """A new book (cover, title, dedication, story pages from page 3, back cover), each story page with its own
    picture and words; returns the picture id → words of each story page."""
    project = Project.create(tmp_path / "f.storybook")
    project.set_book_format(BookFormat(8.5, 8.5, bleed_model="pod", gutter_in=0.375))
    book.reflow(project)  # a wide gutter, so a page keeping its old side's margins is caught
    book.add_story_pages(project, {"title": "T", "pages": [{"text": f"Words of story page {n}."}
                                                             for n in range(1, count + 1)]})
    pairs = {}
    for n, page in enumerate(book.story_pages(project), start=1):
        decoded = decode(png_for(f"picture {n}"))
        image = project.add_image(decoded.data, decoded.thumb, decoded.width, decoded.height, decoded.mime).id
        project.set_frame_image(page.frame("image").id, image)
        pairs[image] = page.frame("text").text
    return project, pairs


def _facing_pairs(project: Project) -> dict[int, str]:
    """Picture id → the words on the page facing it, for every spread that shows a picture."""
    pages = project.pages()
    found = {}
    for left, right in spreads(pages):
        for here, there in ((left, right), (right, left)):
            picture = pages[here].frame("image") if here is not None else None
            if picture is not None and picture.image_id is not None:
                words = pages[there].frame("text") if there is not None else None
                found[picture.image_id] = words.text if words is not None else ""
    return found


def test_every_picture_faces_its_own_words_when_the_whole_story_is_laid_out_facing(tmp_path):
    project, pairs = _story_book(tmp_path, 4)
    assert page_numbers(project.pages())[3] == 3  # the story starts on a right-hand page
    for page in book.story_pages(project):  # as `studio book --template facing` lays out every page
        book.set_template(project, page.id, "facing")
    assert _facing_pairs(project) == pairs
    pages = project.pages()
    numbers = page_numbers(pages)
    for page, number in zip(pages, numbers):
        if page.template == "facing":
            assert number % 2 == 0  # the picture on the left, its words on the right
        assert not [w for w in page_warnings(project.book_format(), page, number, {})
                    if w.kind == "outside_safe_area"], f"page {number} kept the margins of its old side"
    added = [p for p in pages if p.template == "picture_only"]
    assert len(added) == 1 and added[0].frame("image").image_id is None  # one page in front of the first pair


def test_a_right_hand_page_laid_out_facing_is_one_step_and_undoes_whole(tmp_path):
    project, pairs = _story_book(tmp_path, 2)
    first = book.story_pages(project)[0]
    before = [(p.id, p.template) for p in project.pages()]
    edits.set_template(project, first.id, "facing")
    facing = _facing_pairs(project)
    picture = first.frame("image").image_id
    assert facing[picture] == pairs[picture]
    assert len(project.pages()) == len(before) + 2  # a page in front, and the words' page
    edits.undo(project)
    assert [(p.id, p.template) for p in project.pages()] == before


def test_a_left_hand_page_needs_no_page_in_front(tmp_path):
    project, pairs = _story_book(tmp_path, 2)
    second = book.story_pages(project)[1]  # page 4
    count = len(project.pages())
    book.set_template(project, second.id, "facing")
    assert len(project.pages()) == count + 1
    picture = second.frame("image").image_id
    assert _facing_pairs(project)[picture] == pairs[picture]
