"""Make print-ready by drawing again: the service redraws a placed picture at the size its frame needs, from itself
with high input fidelity, and the page shows it in one undo step."""

import asyncio

from studio.core.app.print_ready import can_redraw, redraw_print_ready, redraw_size
from studio.core.app.project import Project
from studio.core.document.model import BookFormat
from studio.core.gallery.imaging import decode
from studio.core.layout.book import story_pages
from studio.core.layout.templates import apply_template
from tests.fake_openai import png_for

EDITS = "/v1/images/edits"


def _drawn_picture_on_a_full_bleed_page(project):
    project.set_book_format(BookFormat(8.5, 8.5, bleed_model="all"))
    page = story_pages(project)[0]
    project.restore_pages([apply_template(page, "full_bleed", project.book_format(), page.position + 1)])
    page = story_pages(project)[0]
    decoded = decode(png_for("Larry", "1024x1024", max_edge=1024))
    picture = project.add_image(decoded.data, decoded.thumb, decoded.width, decoded.height, decoded.mime,
                                source="generated", prompt="Larry the hedgehog", model="gpt-image-2")
    project.set_frame_image(page.frame("image").id, picture.id)
    return page, project.image(picture.id)


def test_a_drawn_picture_is_redrawn_at_print_size_from_itself_and_undo_takes_the_page_back(tmp_path, studio,
                                                                                         fake_openai):
    fake_openai.max_edge = 4000  # pictures as large as asked for
    project = Project.create(tmp_path / "Larry.storybook")
    page, picture = _drawn_picture_on_a_full_bleed_page(project)
    assistant = studio.assistant(project, studio.runner(project))
    assert can_redraw(picture, studio.backend)
    assert redraw_size(project, studio.backend.capabilities, picture.id) == "2656x2656"  # 2625 px + 1 %, in 16s

    done = asyncio.run(redraw_print_ready(project, assistant, picture.id))
    [request] = fake_openai.requests_to(EDITS)
    assert request["size"] == "2656x2656" and request["input_fidelity"] == "high"
    assert request["images"][0] == project.image_data(picture.id)  # drawn from the picture itself
    assert done.dpi_before < 300 <= done.dpi_after
    assert project.page(page.id).frame("image").image_id == done.picture.id
    assert done.picture.settings["variant_of"] == picture.id  # the original stays in its variant stack
    assert project.history.next_undo().name == f"Make picture #{picture.id} print-ready"
    project.history.undo()
    assert project.page(page.id).frame("image").image_id == picture.id
    project.close()


def test_an_imported_drawing_or_an_offline_book_is_not_redrawn(tmp_path, studio):
    from studio.backends.offline import OfflineBackend

    project = Project.create(tmp_path / "Mia.storybook")
    _, picture = _drawn_picture_on_a_full_bleed_page(project)
    assert can_redraw(picture, studio.backend) and not can_redraw(picture, OfflineBackend())
    project.write("UPDATE images SET source = 'imported' WHERE id = ?", (picture.id,))
    assert not can_redraw(project.image(picture.id), studio.backend)  # Mia's drawing: upscaled, never redrawn
    project.close()
