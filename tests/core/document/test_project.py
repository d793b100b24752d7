import asyncio
import hashlib
import io
import sqlite3

import pytest
from PIL import Image

from studio.core.app.project import Project
from studio.core.document import schema
from studio.core.document.schema import (
    SCHEMA_VERSION,
    NewerVersionError,
    NotAProjectError,
    ProjectError,
)
from studio.core.gallery.imaging import decode
from studio.core.layout.book import add_page
from tests.fake_openai import png_for


def _add_picture(project: Project, prompt: str = "a hedgehog") -> int:
    decoded = decode(png_for(prompt))
    record = project.add_image(decoded.data, decoded.thumb, decoded.width, decoded.height, decoded.mime,
                               prompt=prompt, model="gpt-image-2")
    return record.id


def test_a_new_book_has_a_cover_title_dedication_first_page_and_back_cover(tmp_path):
    project = Project.create(tmp_path / "Larry.storybook")
    pages = project.pages()
    assert [(p.kind, p.template) for p in pages] == [
        ("cover", "cover"), ("title", "title"), ("dedication", "dedication"), ("story", "picture_above"),
        ("back_cover", "back_cover")]
    assert {f.kind for f in pages[3].frames} == {"image", "text"}
    assert [f.slot for f in pages[0].frames] == ["picture", "title", "byline"]


def test_everything_survives_close_and_reopen(tmp_path):
    path = tmp_path / "Larry.storybook"
    project = Project.create(path)
    user = project.add_message("user", "What does Larry look like?")
    image_id = _add_picture(project, "Larry in a meadow")
    page = project.pages()[0]
    project.set_frame_image(page.frame("image").id, image_id)
    project.set_frame_text(page.frame("text").id, "래리는 해바라기 고슴도치예요.")
    add_page(project)
    project.close()

    reopened = Project.open(path)
    assert [m.content for m in reopened.messages()] == [user.content]
    [image] = reopened.images()
    assert image.prompt == "Larry in a meadow" and image.model == "gpt-image-2"
    assert reopened.image_data(image.id) == png_for("Larry in a meadow")
    with Image.open(io.BytesIO(reopened.thumbnail(image.id))) as thumb:
        assert max(thumb.size) <= 256
    first = reopened.pages()[0]
    assert first.frame("image").image_id == image.id
    assert first.frame("text").text == "래리는 해바라기 고슴도치예요."
    assert len(reopened.pages()) == 6  # the new book's five, and the one added


def test_a_file_from_a_newer_version_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "future.storybook"
    Project.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(NewerVersionError, match="newer version"):
        Project.open(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


@pytest.mark.parametrize("content, said", [(b"just some notes\n", "not a Picture Book Studio project"),
                                           (b"", "is empty: no book has been made in it yet")])
def test_something_that_is_not_a_project_says_so(tmp_path, content, said):
    path = tmp_path / "notes.storybook"
    path.write_bytes(content)
    with pytest.raises(NotAProjectError, match=said):
        Project.open(path)
    assert path.read_bytes() == content


def test_another_programs_sqlite_database_is_not_a_project(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAProjectError):
        Project.open(path)


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(ProjectError, match="does not exist"):
        Project.open(tmp_path / "nope.storybook")


def test_untitled_project_saved_as_moves_to_the_chosen_file(tmp_path):
    project = Project.untitled_project()
    scratch = project.path
    project.add_message("user", "hello")
    target = tmp_path / "Saved.storybook"
    project.save_as(target)
    assert project.path == target and not project.untitled
    assert not scratch.exists()
    project.add_message("user", "after save")  # edits keep landing in the saved file
    project.close()
    assert [m.content for m in Project.open(target).messages()] == ["hello", "after save"]


def test_removing_a_page_renumbers_the_rest(tmp_path):
    project = Project.create(tmp_path / "b.storybook")
    second = add_page(project)
    third = add_page(project)
    before = len(project.pages())
    project.remove_page(second.id)
    pages = project.pages()
    assert [p.position for p in pages] == list(range(before - 1))
    assert third.id in [p.id for p in pages] and second.id not in [p.id for p in pages]


def test_each_edit_is_committed_immediately(tmp_path):
    path = tmp_path / "crash.storybook"
    project = Project.create(path)
    project.add_message("user", "saved before any crash")
    # A second connection (another process after a crash) sees the edit without any save call.
    other = sqlite3.connect(path)
    assert other.execute("SELECT content FROM messages").fetchone()[0] == "saved before any crash"
    other.close()


def test_change_events_tell_views_what_changed(tmp_path):
    project = Project.create(tmp_path / "e.storybook")
    seen = []
    project.changes.subscribe(seen.append)
    image_id = _add_picture(project)
    page = add_page(project)
    assert seen[0].pictures_added == {image_id} and not seen[0].any_pages
    assert seen[1].page_order and seen[1].pages == {page.id} and not seen[1].pictures_added
    frame = page.frame("text")
    project.set_frame_text(frame.id, "Larry")
    assert (seen[2].pages, seen[2].frames, seen[2].page_order) == ({page.id}, {frame.id}, False)


def test_a_book_from_before_templates_opens_with_its_pages_laid_out_as_they_were(tmp_path):
    path = tmp_path / "old.storybook"
    conn = sqlite3.connect(path)
    schema.initialise(conn, version=2)
    conn.execute("INSERT INTO pages(id, position) VALUES (1, 0)")
    conn.execute("INSERT INTO frames(page_id, kind, x, y, w, h, text) VALUES (1, 'text', 0.1, 0.7, 0.8, 0.2, 'Hi')")
    conn.execute("INSERT INTO frames(page_id, kind, x, y, w, h) VALUES (1, 'image', 0.1, 0.1, 0.8, 0.6)")
    conn.commit()
    conn.close()
    project = Project.open(path)
    [page] = project.pages()
    assert (page.kind, page.template) == ("story", "picture_above")
    assert [(f.kind, f.slot, f.x, f.text, f.parked) for f in page.frames] == [
        ("text", "text", 0.1, "Hi", False), ("image", "picture", 0.1, "", False)]


def test_unsaved_books_live_in_the_given_folder_so_a_crash_does_not_lose_them(tmp_path):
    folder = tmp_path / "Unsaved"
    first, second = Project.untitled_project(folder), Project.untitled_project(folder)
    assert first.path.parent == folder and first.path != second.path
    first.add_message("user", "a long conversation")
    # Without close() (a crash), the work is still there to read (the lock says the book is still in use).
    assert [m.content for m in Project.open(first.path, read_only=True).messages()] == ["a long conversation"]
    second.close()
    assert not second.path.exists()  # an untitled book closed on purpose leaves nothing behind


def _add_pictures_async(project: Project, prompts: list[str]) -> list[int]:
    async def go():
        seen = []
        project.changes.subscribe(lambda c: seen.extend(sorted(c.pictures_added)))
        records = await asyncio.gather(*(project.add_image_async(
            *_decoded(p), prompt=p, model="gpt-image-2") for p in prompts))
        assert seen == sorted(r.id for r in records)  # views hear of each picture once it is in the file
        return [r.id for r in records]

    return asyncio.run(go())


def _decoded(prompt: str) -> tuple:
    d = decode(png_for(prompt, "256x256", 256))
    return d.data, d.thumb, d.width, d.height, d.mime


def test_pictures_written_from_the_writer_thread_are_in_the_file(tmp_path):
    path = tmp_path / "Larry.storybook"
    project = Project.create(path)
    ids = _add_pictures_async(project, ["sun", "rain", "tea"])
    assert [project.image(i).prompt for i in ids] == ["sun", "rain", "tea"]
    project.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Larry.storybook"]  # one file again, nothing beside it
    reopened = Project.open(path)
    assert [reopened.image_data(i) for i in ids] == [png_for(p, "256x256", 256) for p in ("sun", "rain", "tea")]
    reopened.close()


def test_save_as_keeps_the_pictures_just_written(tmp_path):
    project = Project.untitled_project(tmp_path / "Unsaved")
    ids = _add_pictures_async(project, ["before"])
    project.save_as(tmp_path / "Book.storybook")
    ids += _add_pictures_async(project, ["after"])  # goes to the new file
    project.close()
    reopened = Project.open(tmp_path / "Book.storybook")
    assert [reopened.image(i).prompt for i in ids] == ["before", "after"]
    reopened.close()


def test_a_picture_that_cannot_be_written_is_a_project_error(tmp_path):
    project = Project.create(tmp_path / "full.storybook")
    project.db.execute("CREATE TRIGGER full BEFORE INSERT ON images BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
    with pytest.raises(ProjectError, match="picture was not saved"):
        _add_pictures_async(project, ["too much"])
    assert project.images() == []
    project.close()


def test_a_version_1_file_is_upgraded_and_keeps_its_conversation(tmp_path):
    path = tmp_path / "old.storybook"
    conn = sqlite3.connect(path, isolation_level=None)
    schema.initialise(conn, version=1)
    conn.execute("INSERT INTO messages(created, role, content) VALUES (0, 'user', 'hello Larry')")
    conn.close()
    project = Project.open(path)
    assert project.messages()[0].content == "hello Larry"
    assert project.cast.all() == [] and project.jobs.all() == []
    project.cast.remember("Larry", "a hedgehog")
    project.close()
    assert schema.check_file(path) == schema.SCHEMA_VERSION
