"""`studio upscale` as a person types it."""

import io

import pytest
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


def test_book_print_ready_makes_every_soft_picture_sharp_enough(tmp_path, capsys):
    from studio.cli import main
    from studio.core.app.print_ready import soft_pictures
    from tests.core.app.test_print_ready import _book_with_a_soft_picture

    project, page, picture = _book_with_a_soft_picture(tmp_path)
    book = project.path
    project.close()
    assert main(["book", str(book), "--print-ready", "--backend", "offline", "--upscale", "lanczos"]) == 0
    out = capsys.readouterr().out
    assert f"picture #{picture.id} made larger here: 148 →" in out
    reopened = Project.open(book, read_only=True)
    assert soft_pictures(reopened) == []
    reopened.close()
    assert main(["book", str(book), "--print-ready", "--backend", "offline"]) == 0
    assert "every picture on the pages prints at 300 DPI or more" in capsys.readouterr().out


def test_book_print_ready_draws_the_services_pictures_again_after_the_estimate(tmp_path, capsys, monkeypatch,
                                                                            fake_openai):
    from studio.cli import main
    from studio.core.app.print_ready import soft_pictures
    from tests.core.app.test_redraw_print_ready import _drawn_picture_on_a_full_bleed_page
    from tests.test_cli import _online

    fake_openai.max_edge = 4000
    _online(monkeypatch, fake_openai)
    book = tmp_path / "Larry.storybook"
    project = Project.create(book)
    _drawn_picture_on_a_full_bleed_page(project)
    project.close()
    assert main(["book", str(book), "--print-ready", "--backend", "openai", "--max-cost", "0.05"]) == 2
    said = capsys.readouterr()  # a 2656-pixel picture is about $0.28: over this run's limit, so nothing is drawn
    assert "1 picture, about $0.28" in said.out and "this run's limit of $0.05" in said.err
    assert fake_openai.requests_to("/v1/images/edits") == []
    assert main(["book", str(book), "--print-ready", "--backend", "openai"]) == 0
    out = capsys.readouterr().out
    assert "drawing 1 picture again at print size: 1 picture, about $0.28" in out
    [request] = fake_openai.requests_to("/v1/images/edits")
    assert request["input_fidelity"] == "high"
    reopened = Project.open(book, read_only=True)
    assert soft_pictures(reopened) == []
    reopened.close()


def test_under_language_ko_upscale_speaks_korean(tmp_path, capsys, monkeypatch):
    from studio.core import i18n

    monkeypatch.setenv("LANGUAGE", "ko")
    book = tmp_path / "Larry.storybook"
    project = Project.create(book)
    original = add(project, "Larry in the garden")
    project.close()
    try:
        assert main(["upscale", str(book), str(original), "--method", "lanczos"]) == 0
        captured = capsys.readouterr()
        assert f"그림 #{original} 해상도 높이는 중: 100%" in captured.err
        assert captured.out.startswith(f"그림 #{original + 1}: 128×96, 해상도를 ×2 높임 (Lanczos + 언샤프 마스크), ")
        with pytest.raises(SystemExit):  # argparse's own check: it exits 2
            main(["upscale", str(book), str(original), "--factor", "9"])
        assert "그림은 1배에서 4배까지 키울 수 있어요. 9배는 안 돼요" in capsys.readouterr().err
    finally:
        i18n.set_language("en")
