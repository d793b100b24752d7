"""Keeping a picture's background is the person's choice, remembered with the book, and it never changes the
picture: `studio stickers` follows it, and --keep-background chooses for one run."""

import numpy as np
from PIL import Image

from studio.cli import main
from studio.core.app.project import Project
from studio.core.stickers.choices import kept_backgrounds, remember_background
from tests.core.stickers.test_cut_where_it_prints import pink_with_a_sun
from tests.core.stickers.test_stickers import png


def pink_share(path) -> float:
    with Image.open(path) as img:
        rgba = np.asarray(img.convert("RGBA")).astype(int)
    opaque = rgba[..., 3] == 255
    pink = opaque & (np.abs(rgba[..., :3] - (250, 190, 200)).sum(axis=2) < 24)
    return pink.sum() / opaque.sum()


def test_the_cli_removes_the_background_unless_it_is_kept_and_writes_a_dxf(tmp_path, capsys):
    book = tmp_path / "Sun.storybook"
    data = png(pink_with_a_sun(500))
    project = Project.create(book)
    image = project.add_image(data, data, 500, 500, "image/png")
    project.close()
    args = ["stickers", str(book), "--images", str(image.id), "--size", "2"]
    assert main([*args, "--cricut", str(tmp_path / "a.png"), "--dxf", str(tmp_path / "a.dxf")]) == 0
    out = capsys.readouterr().out
    assert "As-Is" in out and (tmp_path / "a.dxf").exists()
    assert pink_share(tmp_path / "a.png") < 0.01  # the sun alone, on its white border

    assert main([*args, "--keep-background", str(image.id), "--cricut", str(tmp_path / "b.png")]) == 0
    assert pink_share(tmp_path / "b.png") > 0.5  # this run only: the whole picture

    project = Project.open(book)
    remember_background(project, image.id, remove=False)
    project.close()
    assert main([*args, "--cricut", str(tmp_path / "c.png")]) == 0
    assert pink_share(tmp_path / "c.png") > 0.5  # remembered with the book

    project = Project.open(book)
    assert kept_backgrounds(project) == {image.id}
    assert project.image_data(image.id) == data  # the picture itself was never changed
    remember_background(project, image.id, remove=True)
    assert kept_backgrounds(project) == set()
    project.close()
