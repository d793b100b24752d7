"""A designer's note on a picture: kept with it, undone as one step, found by the gallery's search."""

import sqlite3

from studio.core.app.project import Project
from studio.core.document.changes import ChangeSet
from studio.core.gallery.provenance import provenance
from studio.core.gallery.search import Filter

from .conftest import add


def test_a_note_is_saved_undone_redone_and_searched(project, larry):
    tea = larry["tea"]
    heard: list[ChangeSet] = []
    project.changes.subscribe(heard.append)
    assert project.gallery.set_note(tea, "  The client liked the apron;\ntry it in green  ")
    assert project.gallery.note_of(tea) == "The client liked the apron;\ntry it in green"
    assert any(tea in c.pictures for c in heard)  # the panel and the grid hear which picture changed
    assert project.history.steps()[0].name == "Change Note"
    assert project.gallery.find(Filter(text="apron")) == [tea]
    assert project.gallery.find(Filter(text="larry gree")) == [tea]  # one word in the prompt, one in the note

    project.history.undo()
    assert project.gallery.note_of(tea) == ""
    assert project.gallery.find(Filter(text="apron")) == []
    project.history.redo()
    assert project.gallery.find(Filter(text="apron")) == [tea]


def test_typing_more_into_one_note_is_one_undo_step_and_clearing_it_removes_it(project, larry):
    garden = larry["garden"]
    project.gallery.set_note(garden, "sun")
    project.gallery.set_note(garden, "sunflowers bigger")
    assert not project.gallery.set_note(garden, "sunflowers bigger ")  # nothing changed: no step
    assert [s.name for s in project.history.steps()].count("Change Note") == 1
    project.history.undo()
    assert project.gallery.note_of(garden) == ""
    project.gallery.set_note(garden, "keep")
    project.gallery.set_note(garden, "")
    assert project.gallery.find(Filter(text="keep")) == []
    assert project.db.execute("SELECT COUNT(*) FROM image_notes").fetchone()[0] == 0


def test_the_note_is_part_of_provenance_and_survives_reopening(tmp_path, larry, project):
    project.gallery.set_note(larry["korean"], "비 오는 장면 좋아요")
    path = project.path
    project.close()
    again = Project.open(path)
    try:
        assert provenance(again, larry["korean"]).note == "비 오는 장면 좋아요"
        assert again.gallery.find(Filter(text="장면")) == [larry["korean"]]
        assert "note" not in provenance(again, larry["korean"]).embedded()  # never inside an exported file
    finally:
        again.close()


def test_a_book_from_before_notes_is_upgraded_and_one_opened_as_it_is_still_searches(tmp_path):
    from studio.core.document import schema

    path = tmp_path / "old.storybook"
    Project.create(path).close()
    conn = sqlite3.connect(path, isolation_level=None)  # a format-6 book: no notes tables yet
    for statement in ("DROP TABLE image_notes", "DROP TABLE note_text"):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 6")
    conn.close()
    old = Project.open(path, read_only=True)  # a command that only reads: the book is read as it is
    try:
        assert schema.check_file(path) == 6
        assert old.gallery.find(Filter(text="anything")) == []
        assert old.gallery.note_of(1) == ""
    finally:
        old.close()
    upgraded = Project.open(path)
    try:
        assert schema.check_file(path) == schema.SCHEMA_VERSION
        image = add(upgraded, "a robot barista")
        upgraded.gallery.set_note(image, "steam wand")
        assert upgraded.gallery.find(Filter(text="steam")) == [image]
    finally:
        upgraded.close()


def test_studio_note_shows_changes_and_undoes_a_note_and_gallery_finds_it(tmp_path, capsys):
    import json

    from studio.cli import main

    book = tmp_path / "Robot.storybook"
    with_pictures = Project.create(book)
    image = add(with_pictures, "a robot barista on wheels")
    with_pictures.close()
    assert main(["note", str(book), str(image), "the client wants it taller"]) == 0
    assert main(["note", str(book), str(image)]) == 0
    assert capsys.readouterr().out.strip() == "the client wants it taller"
    assert main(["gallery", str(book), "--search", "taller", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["id"] == image and row["note"] == "the client wants it taller"
    assert main(["undo", str(book)]) == 0
    capsys.readouterr()
    assert main(["note", str(book), str(image)]) == 0
    assert capsys.readouterr().out.strip() == ""
    assert main(["note", str(book), "99", "x"]) == 2
    assert "no picture #99" in capsys.readouterr().err


def test_a_salvaged_copy_keeps_the_notes_and_finds_them(tmp_path, project, larry):
    from studio.core.document.salvage import salvage

    project.gallery.set_note(larry["tea"], "steam rising from the cup")
    path = project.path
    project.close()
    out = tmp_path / "Saved.storybook"
    report = salvage(path, out)
    assert "image_notes: 1 kept" in report.lines()
    saved = Project.open(out)
    try:
        assert saved.gallery.note_of(larry["tea"]) == "steam rising from the cup"
        assert saved.gallery.find(Filter(text="steam")) == [larry["tea"]]
    finally:
        saved.close()
