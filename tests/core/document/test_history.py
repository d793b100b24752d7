"""The book's undo history: each edit one named step that Undo takes back and Redo brings again, kept in the
book (so it outlives closing it), holding the rows it touched — never the whole book."""

import json
import sqlite3

import pytest

from studio.core import i18n
from studio.core.app import edits
from studio.core.app.project import Project
from studio.core.gallery.imaging import decode
from studio.core.layout import book
from tests.fake_openai import png_for


@pytest.fixture
def project(tmp_path):
    p = Project.create(tmp_path / "Larry.storybook")
    book.add_story_pages(p, {"title": "Larry", "pages": [{"text": "One."}, {"text": "Two."}, {"text": "Three."}]})
    yield p
    if p.is_open:
        p.close()


def picture(project, prompt="Larry"):
    d = decode(png_for(prompt))
    return project.add_image(d.data, d.thumb, d.width, d.height, d.mime, prompt=prompt).id


def story(project, n):
    return [p for p in project.pages() if p.kind == "story"][n - 1]


def entries(project):
    row = project.db.execute("SELECT entries FROM history WHERE undone = 0 ORDER BY id DESC LIMIT 1").fetchone()
    return json.loads(row[0])


def test_a_picture_put_on_a_page_is_undone_and_redone_with_its_name(project):
    image_id = picture(project)
    frame = story(project, 2).frame("image")
    edits.place_picture(project, frame.id, image_id)
    assert project.history.next_undo().name == f"Put picture #{image_id} on page 4"
    assert project.history.undo().name.startswith("Put picture")
    assert project.frame(frame.id).image_id is None
    assert project.history.next_redo().name.startswith("Put picture")
    project.history.redo()
    assert project.frame(frame.id).image_id == image_id
    assert project.history.next_redo() is None


def test_a_step_holds_only_what_it_touched_not_the_book(project):
    frame = story(project, 1).frame("text")
    edits.write_words(project, frame.id, "Larry wakes up.")
    [(kind, key, before, after)] = entries(project)
    assert (kind, key) == ("page", frame.page_id)
    assert [f["text"] for f in before["frames"] if f["id"] == frame.id] == ["One."]
    assert [f["text"] for f in after["frames"] if f["id"] == frame.id] == ["Larry wakes up."]


def test_typing_in_one_frame_is_one_step_and_a_new_edit_ends_redo(project):
    frame = story(project, 1).frame("text")
    for text in ("L", "La", "Lar", "Larry"):
        edits.write_words(project, frame.id, text)
    assert len(project.history.steps()) == 1
    project.history.undo()
    assert project.frame(frame.id).text == "One."
    other = story(project, 2).frame("text")
    edits.write_words(project, other.id, "Thunder.")
    assert project.history.next_redo() is None  # the typing cannot come back over a newer edit
    assert [s.name for s in project.history.steps()] == ["Edit text on page 4"]


def test_deleting_a_page_and_undoing_brings_it_back_in_place_with_its_ids(project):
    before = project.pages()
    page = story(project, 2)
    edits.delete_page(project, page.id)
    assert page.id not in [p.id for p in project.pages()]
    assert {e[0] for e in entries(project)} == {"page", "order"}
    project.history.undo()
    assert project.pages() == before
    project.history.redo()
    assert page.id not in [p.id for p in project.pages()]


def test_a_layout_that_adds_a_facing_page_is_one_step(project):
    before = project.pages()
    page = story(project, 1)
    edits.set_template(project, page.id, "facing")
    assert len(project.pages()) == len(before) + 2  # its words' page, and a page in front: page 3 is right-hand
    assert project.history.next_undo().name == "Layout: Picture, text on the facing page"
    project.history.undo()
    assert project.pages() == before


def test_book_settings_reflow_only_when_the_page_changes_shape(project):
    fmt = project.book_format()
    frame = story(project, 1).frame("image")
    edits.change_frame(project, frame.moved(x=0.3), "Move frame")
    edits.set_book_format(project, fmt.__class__(**{**fmt.__dict__, "title": "A new title"}))
    assert project.frame(frame.id).x == pytest.approx(0.3)  # a title moves no frame
    edits.set_book_format(project, fmt.__class__(**{**fmt.__dict__, "trim_width_in": 10.0}))
    assert project.frame(frame.id).x != pytest.approx(0.3)  # a new size lays the page out again
    project.history.undo()
    assert project.book_format().trim_width_in == fmt.trim_width_in
    assert project.frame(frame.id).x == pytest.approx(0.3)


def test_the_history_outlives_closing_the_book(tmp_path, project):
    frame = story(project, 3).frame("text")
    edits.write_words(project, frame.id, "Tea for everyone.")
    path = project.path
    project.close()
    again = Project.open(path)
    try:
        assert again.history.undo().name == "Edit text on page 5"
        assert again.frame(frame.id).text == "Three."
    finally:
        again.close()


def test_a_step_that_fails_half_way_changes_nothing_and_records_nothing(project):
    frame = story(project, 1).frame("text")
    steps = len(project.history.steps())
    with pytest.raises(KeyError):
        with project.history.step("Two edits"):
            project.set_frame_text(frame.id, "changed")
            project.set_frame_text(999_999, "no such frame")
    assert project.frame(frame.id).text == "One."
    assert len(project.history.steps()) == steps


def test_cast_and_gallery_edits_are_steps_too(project):
    image_id = picture(project)
    member = project.cast.remember("Larry", "a sunflower hedgehog", [image_id])
    project.cast.remove(member.id)
    project.gallery.trash([image_id])
    project.gallery.set_favourite([image_id], True)
    assert [s.name for s in project.history.steps()][:3] == ["Star", "Move Picture to the Trash", "Remove Larry"]
    project.history.undo()
    project.history.undo()
    assert project.image(image_id).trashed is None and not project.image(image_id).favourite
    project.history.undo()
    assert project.cast.get(member.id).description == "a sunflower hedgehog"


def test_a_picture_emptied_from_the_trash_is_left_out_when_an_old_step_is_undone(project):
    image_id = picture(project)
    frame = story(project, 1).frame("image")
    edits.place_picture(project, frame.id, image_id)
    edits.place_picture(project, frame.id, None)
    project.gallery.trash([image_id])
    project.gallery.empty_trash()
    project.history.undo()  # the trash: the picture is gone, nothing to put back
    project.history.undo()  # taking it off the page: the frame stays empty rather than point at nothing
    assert project.frame(frame.id).image_id is None
    assert sqlite3.connect(project.path).execute("PRAGMA foreign_key_check").fetchall() == []


def test_undo_says_which_pages_changed(project):
    seen = []
    project.changes.subscribe(seen.append)
    frame = story(project, 2).frame("text")
    edits.write_words(project, frame.id, "Thunder!")
    project.history.undo()
    assert seen[-1].pages == {frame.page_id} and seen[-1].frames == {frame.id} and seen[-1].history
    assert not seen[-1].page_order


def test_a_step_is_named_in_the_language_of_its_day_and_keeps_that_name(project):
    edits.add_blank_pages(project, 1)
    assert project.history.next_undo().name == "Add 1 blank page"
    i18n.set_language("ko")
    edits.add_blank_pages(project, 3)
    edits.delete_page(project, story(project, 1).id)
    names = [step.name for step in project.history.steps()[:3]]
    assert names == ["페이지 삭제", "빈 페이지 3개 추가", "Add 1 blank page"]  # Edit ▸ Undo “…” reads these
    i18n.set_language("en")
    assert project.history.undo().name == "페이지 삭제"  # a name kept in the book is not translated later
    edits.add_blank_pages(project, 2)
    assert project.history.next_undo().name == "Add 2 blank pages"
