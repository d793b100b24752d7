"""The sample book a person sees first: finished, sharp in print, with Larry in the cast ready for stickers, in
English or Korean, and never written over an earlier copy."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from studio.core.app.project import Project
from studio.core.app.sample_book import TEXTS, free_path, language_for, make_sample_book
from studio.core.output.exports import ExportChoice, export
from studio.core.output.files import Cancelled
from studio.core.output.report import book_report
from studio.core.output.snapshot import snapshot


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    return make_sample_book(tmp_path_factory.mktemp("sample") / "Larry (sample).storybook")


def test_sample_is_a_finished_book_that_prints_sharp(sample, tmp_path):
    project = Project.open(sample, read_only=True)
    try:
        pages = project.pages()
        story = [p for p in pages if p.kind == "story"]
        assert [p.frame("text").text for p in story] == list(TEXTS["en"].pages)
        assert all(p.frame("image").image_id is not None for p in story)
        cover = next(p for p in pages if p.kind == "cover")
        assert cover.frame("image").image_id is not None
        assert TEXTS["en"].title in [f.text for f in cover.frames]
        dedication = next(p for p in pages if p.kind == "dedication")
        assert dedication.frame("text").text == TEXTS["en"].dedication
        back = next(p for p in pages if p.kind == "back_cover")
        assert back.frame("text").text == TEXTS["en"].blurb  # the cover wrap prints it beside the barcode area
        report = book_report(snapshot(project))
        assert report.clean, report.warnings  # no soft picture, no text that does not fit
        result = export(snapshot(project), ExportChoice(kind="book"), tmp_path / "sample.pdf")
        assert result.paths[0].stat().st_size > 100_000
        assert not [n for n in result.notes if "left out" in n]
    finally:
        project.close()
    listing = subprocess.run(["pdfimages", "-list", str(tmp_path / "sample.pdf")], capture_output=True, text=True)
    if listing.returncode == 0:  # poppler-utils present: every placed picture at 300 ppi or more
        rows = [line.split() for line in listing.stdout.splitlines()[2:]]
        assert len(rows) >= 6 and all(int(row[12]) >= 300 for row in rows), listing.stdout


def test_the_sample_opens_with_nothing_to_undo(sample, tmp_path):
    copy = tmp_path / "copy.storybook"
    copy.write_bytes(sample.read_bytes())
    project = Project.open(copy)
    try:
        assert project.history.next_undo() is None  # Undo is greyed: it cannot take Larry out of the cast
        assert project.history.undo() is None and len(project.cast.all()) == 1
    finally:
        project.close()


def test_larry_is_in_the_cast_cut_out_for_stickers(sample):
    project = Project.open(sample, read_only=True)
    try:
        (larry,) = project.cast.all()
        assert larry.name == "Larry" and "sunflower" in larry.description
        with Image.open(io.BytesIO(project.image_data(larry.reference_ids[0]))) as picture:
            alpha = picture.getchannel("A")
            corners = [alpha.getpixel((x, y)) for x in (0, picture.width - 1) for y in (0, picture.height - 1)]
            assert corners == [0, 0, 0, 0]  # a clear background: the sticker cut follows Larry
            assert alpha.getextrema() == (0, 255)
    finally:
        project.close()


def test_each_copy_is_a_new_file_and_a_cancelled_one_leaves_nothing(tmp_path):
    first = free_path(tmp_path)
    first.write_bytes(b"a sample someone has been editing")
    second = free_path(tmp_path)
    assert second.name == "Larry (sample 2).storybook"

    def cancel(done: int, total: int) -> None:
        if done == 2:
            raise Cancelled()

    with pytest.raises(Cancelled):
        make_sample_book(second, "en", cancel)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Larry (sample).storybook"]
    assert first.read_bytes() == b"a sample someone has been editing"


def test_without_a_language_the_sample_speaks_the_studios(tmp_path):
    from studio.core import i18n

    i18n.set_language("ko")
    try:
        path = make_sample_book(free_path(tmp_path))
    finally:
        i18n.set_language("en")
    assert path.name == "래리 (예시).storybook"
    project = Project.open(path, read_only=True)
    try:
        assert project.book_format().title == TEXTS["ko"].title
    finally:
        project.close()


def test_korean_sample_speaks_korean(tmp_path):
    assert language_for("ko_KR.UTF-8") == "ko" and language_for("en_GB") == "en" and language_for("") == "en"
    path = make_sample_book(free_path(tmp_path, "ko"), "ko")
    assert path.name == "래리 (예시).storybook"
    project = Project.open(path, read_only=True)
    try:
        assert project.book_format().title == "래리, 최고로 멋진 해바라기 고슴도치"
        assert [m.name for m in project.cast.all()] == ["래리"]
        assert any("고슴도치" in p.frame("text").text for p in project.pages() if p.kind == "story")
        assert {picture.model for picture in project.images()} == {"예시 책"}  # what the provenance shows
    finally:
        project.close()
