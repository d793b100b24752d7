"""Book operations: a new book's pages, add/duplicate/delete/reorder, templates, story pages, the cover,
reflow after a trim change, Illustrate the book, variant stacks."""

import asyncio

from studio.backends.offline import OfflineBackend
from studio.core.assistant.assistant import Assistant
from studio.core.app.illustrate import illustrate, pages_to_illustrate
from studio.core.document.model import BookFormat
from studio.core.app.project import Project
from studio.core.gallery.imaging import decode
from studio.core.gallery.variants import variant_stack
from studio.core.layout import book
from studio.core.layout.checks import page_warnings
from studio.core.layout.sides import page_numbers
from tests.fake_openai import png_for


def _picture(project, prompt="Larry", **settings):
    decoded = decode(png_for(prompt))
    return project.add_image(decoded.data, decoded.thumb, decoded.width, decoded.height, decoded.mime,
                             prompt=prompt, settings=settings).id


def _kinds(project):
    return [p.kind for p in project.pages()]


def test_pages_are_added_before_the_back_cover_duplicated_moved_and_deleted(tmp_path):
    project = Project.create(tmp_path / "b.storybook")
    first = book.story_pages(project)[0]
    project.set_frame_text(first.frame("text").id, "One")
    added = book.add_page(project)
    assert _kinds(project)[-2:] == ["story", "back_cover"] and project.pages()[-2].id == added.id
    copy = book.duplicate_page(project, first.id)
    pages = project.pages()
    assert pages[pages.index(next(p for p in pages if p.id == first.id)) + 1].id == copy.id
    assert copy.frame("text").text == "One" and copy.frame("text").id != first.frame("text").id
    project.move_page(added.id, 1)
    assert project.pages()[1].id == added.id
    project.remove_page(copy.id)
    assert copy.id not in [p.id for p in project.pages()]
    assert [p.position for p in project.pages()] == list(range(len(project.pages())))


def test_undoing_a_delete_brings_the_page_back_with_the_same_ids(tmp_path):
    project = Project.create(tmp_path / "u.storybook")
    before = project.pages()
    page = book.story_pages(project)[0]
    project.remove_page(page.id)
    project.restore_pages(before)
    assert project.pages() == before


def test_a_story_fills_the_empty_first_page_then_adds_pages_with_a_template(tmp_path):
    project = Project.create(tmp_path / "s.storybook")
    story = {"title": "Larry's Tea Party", "pages": [
        {"text": "Larry wakes up.", "illustration_prompt": "Larry waking in a sunflower bed"},
        {"text": "Thunder rolls."}, {"text": "Tea for all."}]}
    ids = book.add_story_pages(project, story)
    pages = book.story_pages(project)
    assert [p.id for p in pages] == ids and len(ids) == 3  # no empty page left in front
    assert [p.frame("text").text for p in pages] == ["Larry wakes up.", "Thunder rolls.", "Tea for all."]
    assert all(p.template == "picture_above" for p in pages)
    assert _kinds(project) == ["cover", "title", "dedication", "story", "story", "story", "back_cover"]
    titles = [f.text for p in project.pages() for f in p.frames if f.slot == "title"]
    assert titles == ["Larry's Tea Party", "Larry's Tea Party"]


def test_the_facing_template_puts_the_words_on_the_other_page_of_the_spread(tmp_path):
    project = Project.create(tmp_path / "f.storybook")
    book.add_story_pages(project, {"title": "T", "pages": [{"text": "Words here."}, {"text": "More."}]})
    pages = project.pages()
    story = book.story_pages(project)
    picture = _picture(project)
    project.set_frame_image(story[1].frame("image").id, picture)  # page 4: a left-hand page
    assert page_numbers(pages)[pages.index(story[1])] == 4
    book.set_template(project, story[1].id, "facing")
    pages = project.pages()
    at = [p.id for p in pages].index(story[1].id)
    assert pages[at].template == "facing" and pages[at].frame("image").image_id == picture
    assert pages[at].frame("text") is None
    assert pages[at + 1].template == "text_only" and pages[at + 1].frame("text").text == "More."
    assert page_numbers(pages)[at + 1] == 5  # the right-hand page of the same spread


def test_changing_the_trim_reflows_every_page_and_keeps_everything(tmp_path):
    project = Project.create(tmp_path / "r.storybook")
    book.add_story_pages(project, {"title": "T", "pages": [{"text": "Larry " * 30}, {"text": "Tea."}]})
    picture = _picture(project)
    project.set_frame_image(book.story_pages(project)[0].frame("image").id, picture)
    before = {(f.kind, f.image_id, f.text) for p in project.pages() for f in p.frames if f.image_id or f.text}
    project.set_book_format(BookFormat(6, 9, bleed_model="pod"))
    book.reflow(project)
    after = {(f.kind, f.image_id, f.text) for p in project.pages() for f in p.frames if f.image_id or f.text}
    assert before == after
    fmt = project.book_format()
    pages = project.pages()
    for page, number in zip(pages, page_numbers(pages)):
        assert not [w for w in page_warnings(fmt, page, number, {}) if w.kind == "outside_safe_area"]


def test_make_cover_sets_the_title_and_the_hero(tmp_path):
    project = Project.create(tmp_path / "c.storybook")
    hero = _picture(project, "Larry the hedgehog")
    cover = book.make_cover(project, "Larry's Tea Party", hero)
    assert project.pages()[0].id == cover.id and cover.frame("image").image_id == hero
    assert next(f for f in cover.frames if f.slot == "title").text == "Larry's Tea Party"


def test_illustrate_draws_each_page_with_words_and_no_picture_and_can_retry_one(tmp_path):
    project = Project.create(tmp_path / "i.storybook")
    book.add_story_pages(project, {"title": "T", "pages": [
        {"text": "Larry wakes up.", "illustration_prompt": "Larry waking up in a sunflower bed"},
        {"text": "Thunder rolls."}, {"text": "Tea for all."}]})
    kept = _picture(project, "already chosen")
    third = book.story_pages(project)[2]
    project.set_frame_image(third.frame("image").id, kept)
    cover = project.pages()[0]
    assert [p.id for p in pages_to_illustrate(project)] == [cover.id] + [p.id for p in book.story_pages(project)[:2]]
    assistant = Assistant(project, OfflineBackend())
    result = asyncio.run(illustrate(project, assistant, "watercolor"))
    pages = book.story_pages(project)
    assert set(result.placed) == {cover.id, pages[0].id, pages[1].id} and not result.failed
    assert "front cover" in project.image(project.page(cover.id).frame("image").image_id).prompt
    assert project.image(pages[0].frame("image").image_id).prompt.startswith("Larry waking up in a sunflower bed")
    assert pages[2].frame("image").image_id == kept  # a picture already there is never replaced
    assert pages_to_illustrate(project) == []
    project.set_frame_image(pages[1].frame("image").id, None)
    retry = asyncio.run(illustrate(project, assistant, None, page_ids=[pages[1].id]))
    assert list(retry.placed) == [pages[1].id]


def test_a_variant_stack_holds_more_like_this_edits_and_redraws_of_the_same_prompt(tmp_path):
    project = Project.create(tmp_path / "v.storybook")
    first = _picture(project, "Larry in a meadow")
    like = _picture(project, "Larry in a meadow. softer light", variant_of=first)
    edit = _picture(project, "Edit the first picture: golden spines", variant_of=like)
    redraw = _picture(project, "Larry in a meadow")
    other = _picture(project, "A teapot")
    images = project.images()
    assert variant_stack(images, edit) == [first, like, edit, redraw]
    assert variant_stack(images, other) == [other]
