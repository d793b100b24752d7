"""Make print-ready: a soft picture on a page becomes one that prints at 300 DPI there, in one undo step."""

import asyncio
import io

from PIL import Image

from studio.core.app.print_ready import make_print_ready, pixels_needed
from studio.core.app.project import Project
from studio.core.document.model import BookFormat
from studio.core.gallery.imaging import decode
from studio.core.layout.book import story_pages
from studio.core.layout.checks import page_warnings
from studio.core.layout.templates import apply_template


def _picture(project, size):
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 120, 40)).save(buffer, "PNG")
    decoded = decode(buffer.getvalue())
    return project.add_image(decoded.data, decoded.thumb, decoded.width, decoded.height, decoded.mime)


def _book_with_a_soft_picture(tmp_path):
    project = Project.create(tmp_path / "Soft.storybook")
    project.set_book_format(BookFormat(4, 3, bleed_model="all"))  # small pages keep the upscale quick
    page = story_pages(project)[0]
    project.restore_pages([apply_template(page, "full_bleed", project.book_format(), page.position + 1)])
    page = story_pages(project)[0]
    picture = _picture(project, (640, 480))  # 4.25 in wide with bleed: about 150 DPI
    project.set_frame_image(page.frame("image").id, picture.id)
    return project, page, picture


def _low_dpi(project, page):
    sizes = {i.id: (i.width, i.height) for i in project.images()}
    page = project.page(page.id)
    return [w for w in page_warnings(project.book_format(), page, page.position + 1, sizes) if w.kind == "low_dpi"]


def test_a_soft_picture_is_made_print_ready_in_its_frame_and_undo_takes_it_back(tmp_path):
    project, page, picture = _book_with_a_soft_picture(tmp_path)
    [soft] = _low_dpi(project, page)
    (width, height), dpi, frames = pixels_needed(project, picture.id)
    assert dpi == soft.dpi < 300 and width >= 4.25 * 300 and frames == (page.frame("image").id,)

    done = asyncio.run(make_print_ready(project, picture.id, method="lanczos"))
    assert done.dpi_after >= 300 and done.picture.settings["variant_of"] == picture.id
    assert project.page(page.id).frame("image").image_id == done.picture.id
    assert _low_dpi(project, page) == []  # the badge and "Before you print" have nothing to say
    assert project.image(picture.id).trashed is None  # the original stays in the gallery

    assert project.history.next_undo().name == f"Make picture #{picture.id} print-ready"
    project.history.undo()  # one step takes back both the larger picture and its placement
    assert project.page(page.id).frame("image").image_id == picture.id
    assert project.image(done.picture.id).trashed is not None
    project.close()


def test_a_sharp_picture_is_left_as_it_is(tmp_path):
    project, page, _ = _book_with_a_soft_picture(tmp_path)
    sharp = _picture(project, (1600, 1200))
    project.set_frame_image(page.frame("image").id, sharp.id)
    steps = len(project.history.steps())
    done = asyncio.run(make_print_ready(project, sharp.id, method="lanczos"))
    assert done.picture is None and done.dpi_after >= 300 and len(project.history.steps()) == steps
    project.close()


def test_an_upscaled_picture_costs_nothing_on_the_meter(tmp_path):
    from studio.core.jobs.costs import summarise
    from studio.core.prices import default_prices

    project, page, picture = _book_with_a_soft_picture(tmp_path)
    project.write("UPDATE images SET source = 'generated', model = 'gpt-image-2', settings = ? WHERE id = ?",
                  ('{"size": "1024x1024", "quality": "medium"}', picture.id))  # as if drawn by the service
    before = summarise(project, default_prices())
    asyncio.run(make_print_ready(project, picture.id, method="lanczos"))
    after = summarise(project, default_prices())
    assert (after.pictures, after.money, after.unpriced) == (before.pictures, before.money, set())
    project.close()


def test_the_soft_pictures_of_a_book_are_listed_once_each_in_book_order(tmp_path):
    from studio.core.app.print_ready import soft_pictures
    from studio.core.layout.book import add_story_pages

    project, page, soft = _book_with_a_soft_picture(tmp_path)
    add_story_pages(project, {"title": "", "pages": [{"text": "Sharp."}, {"text": "Again."}]})
    second, third = story_pages(project)[-2:]
    project.set_frame_image(second.frame("image").id, _picture(project, (2000, 1500)).id)
    project.set_frame_image(third.frame("image").id, soft.id)  # the same soft picture on another page
    assert soft_pictures(project) == [soft.id]
    asyncio.run(make_print_ready(project, soft.id, method="lanczos"))
    assert soft_pictures(project) == []  # both of its frames show the larger picture now
    project.close()
