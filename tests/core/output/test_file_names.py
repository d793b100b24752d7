"""The names exports are offered under: the book's title plus what the file is, safe on every file system."""

import pytest

from studio.core.output.files import (
    MAX_NAME_BYTES,
    book_name,
    export_file_name,
    safe_file_name,
)


def test_an_export_is_named_for_the_book_and_what_the_file_is():
    assert export_file_name("Larry and the Stormy Night", "booklet", ".pdf") == "Larry and the Stormy Night – booklet.pdf"
    assert export_file_name("라리의 폭풍우 치는 밤", "stickers", ".pdf") == "라리의 폭풍우 치는 밤 – stickers.pdf"


def test_a_book_without_a_title_is_named_for_its_file_and_an_unsaved_one_is_untitled():
    assert book_name("  Larry  ", "/books/Larry draft.storybook") == "Larry"
    assert book_name("", "/books/Larry draft.storybook") == "Larry draft"
    named = book_name("", "/data/Unsaved/Untitled-20261126-104830.storybook", untitled=True)
    assert named == "Untitled book" and "2026" not in export_file_name(named, "booklet", ".pdf")


@pytest.mark.parametrize("title, expected", [
    ("Larry: the Movie / Part 2?", "Larry the Movie Part 2"),  # what Windows or a slash would refuse
    ('a "quoted" <tag> | pipe * star', "a quoted tag pipe star"),
    ("tab\tand\nnew line", "tab and new line"),
    ("...hidden.", "hidden"),  # a leading dot hides a file; a trailing one Windows drops
    ("CON", "CON book"),  # a Windows device name
    ("", "Untitled book"),
    ("  ///  ", "Untitled book"),
])
def test_a_name_is_made_safe_for_every_file_system(title, expected):
    assert safe_file_name(title) == expected
    assert export_file_name(title, "cover", ".pdf") == f"{expected} – cover.pdf"


def test_a_very_long_title_is_shortened_between_letters_and_keeps_what_the_file_is():
    for title in ("Larry " * 80, "래리" * 150):
        name = export_file_name(title, "home print", ".pdf")
        assert len(name.encode("utf-8")) <= MAX_NAME_BYTES
        assert name.endswith(" – home print.pdf")
        assert title.startswith(name.removesuffix(" – home print.pdf"))  # cut between whole letters
