"""`studio sample`: the sample book from the command line, then printed as a book and as stickers."""

from __future__ import annotations

from tests.test_cli_faults import failed_with_one_line, studio


def test_sample_book_is_written_then_exports_a_book_and_a_sticker_sheet(tmp_path):
    book = tmp_path / "Larry"
    made = studio("sample", book, "--lang", "en")
    assert made.returncode == 0, made.stderr
    assert "drawing the pictures: 8 of 8" in made.stdout
    assert (tmp_path / "Larry.storybook").is_file()
    printed = studio("export", tmp_path / "Larry.storybook", "--pdf", tmp_path / "Larry.pdf")
    assert printed.returncode == 0, printed.stderr
    assert (tmp_path / "Larry.pdf").read_bytes().startswith(b"%PDF")
    stickers = studio("stickers", tmp_path / "Larry.storybook", "--cast", "--out", tmp_path / "stickers.pdf")
    assert stickers.returncode == 0, stickers.stderr
    assert (tmp_path / "stickers.pdf").stat().st_size > 10_000


def test_sample_never_overwrites_a_book(tmp_path):
    book = tmp_path / "Mine.storybook"
    book.write_bytes(b"somebody's book")
    again = studio("sample", book)
    failed_with_one_line(again, again.stderr, "already exists")
    assert book.read_bytes() == b"somebody's book"


def test_without_lang_the_sample_is_written_in_the_studios_language(tmp_path):
    """LANGUAGE=ko (or Korean chosen in Settings) and no --lang: Larry's book in Korean; --lang still wins."""
    import os
    from dataclasses import replace

    from studio.core.app.project import Project
    from studio.core.app.sample_book import TEXTS
    from studio.core.settings import load_settings, save_settings

    korean = studio("sample", tmp_path / "ko", env=dict(os.environ, LANGUAGE="ko_KR.UTF-8"))
    assert korean.returncode == 0, korean.stderr
    project = Project.open(tmp_path / "ko.storybook", read_only=True)
    try:
        assert project.book_format().title == TEXTS["ko"].title
        assert [m.name for m in project.cast.all()] == ["래리"]
    finally:
        project.close()
    save_settings(replace(load_settings(), language="ko"))  # Settings ▸ Language: 한국어, the system English
    chosen = studio("sample", tmp_path / "settings", env=dict(os.environ, LANGUAGE="en"))
    english = studio("sample", tmp_path / "en", "--lang", "en", env=dict(os.environ, LANGUAGE="ko"))
    assert chosen.returncode == 0 and english.returncode == 0, chosen.stderr + english.stderr
    for name, title in (("settings", TEXTS["ko"].title), ("en", TEXTS["en"].title)):
        project = Project.open(tmp_path / f"{name}.storybook", read_only=True)
        try:
            assert project.book_format().title == title, name
        finally:
            project.close()
