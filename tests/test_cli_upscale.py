"""`studio upscale` as a person types it."""

import io

from PIL import Image

from studio.cli import main
from studio.core.app.project import Project
from studio.core.gallery.imaging import decode
from tests.core.gallery.conftest import add
from tests.core.gallery.test_upscale import drawing


def test_upscale_prints_progress_and_the_new_picture_and_undo_takes_it_back(tmp_path, capsys):
    book = tmp_path / "Larry.storybook"
    project = Project.create(book)
    d = decode(drawing((80, 60)))
    original = project.add_image(d.data, d.thumb, d.width, d.height, d.mime, source="imported").id
    project.close()

    assert main(["upscale", str(book), str(original), "--factor", "2"]) == 0
    captured = capsys.readouterr()
    assert f"upscaling picture #{original}: 100%" in captured.err
    assert captured.out.startswith(f"picture #{original + 1}: 160×120, upscaled ×2 by Real-ESRGAN")

    project = Project.open(book, read_only=True)
    try:
        assert project.image(original + 1).settings["variant_of"] == original
        assert Image.open(io.BytesIO(project.image_data(original + 1))).size == (160, 120)
    finally:
        project.close()
    assert main(["undo", str(book)]) == 0
    assert capsys.readouterr().out.strip() == "Undid: Upscale Picture ×2"


def test_upscale_names_what_is_wrong_in_one_line(tmp_path, capsys):
    book = tmp_path / "Larry.storybook"
    project = Project.create(book)
    add(project, "Larry in the garden")
    project.close()

    assert main(["upscale", str(book), "9"]) == 2
    assert capsys.readouterr().err.strip() == "studio: There is no picture #9 in this book."


def test_print_ready_upscales_a_soft_page_picture_and_shows_it_there(tmp_path, capsys):
    from studio.cli import main
    from tests.core.app.test_print_ready import _book_with_a_soft_picture

    project, page, picture = _book_with_a_soft_picture(tmp_path)
    book = project.path
    project.close()
    assert main(["upscale", str(book), str(picture.id), "--print-ready", "--method", "lanczos"]) == 0
    out = capsys.readouterr().out
    assert f"picture #{picture.id} printed at 148 DPI" in out and "(studio undo takes it back)" in out
    reopened = Project.open(book, read_only=True)
    shown = reopened.image(reopened.page(page.id).frame("image").image_id)
    assert shown.id != picture.id and shown.settings["variant_of"] == picture.id and shown.width >= 4.25 * 300
    reopened.close()
    assert main(["upscale", str(book), str(shown.id), "--print-ready", "--method", "lanczos"]) == 0
    assert "already prints at" in capsys.readouterr().out
