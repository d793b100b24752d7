"""The book's words around the story: the dedication line and the back cover's blurb, written with the story (by
the assistant, or a template offline), never over what a person wrote, and no empty dedication page left in."""

import asyncio

from studio.backends.offline import OfflineBackend
from studio.core.app import edits
from studio.core.app.make_book import make_book
from studio.core.assistant.assistant import Assistant
from studio.core.jobs.jobs import JobRunner
from studio.core.layout.book import add_story_pages, blurb
from studio.core.layout.templates import TEMPLATES, slot_frame
from tests.fake_openai import backend_for

PAGES = [{"text": f"Larry's step {n}.", "illustration_prompt": f"Larry, step {n}"} for n in range(1, 4)]


def _kinds(project):
    return [p.kind for p in project.pages()]


def _dedication(project):
    return next(p for p in project.pages() if p.kind == "dedication").frame("text").text


def test_a_story_with_a_dedication_and_a_blurb_puts_them_in_the_book(project):
    add_story_pages(project, {"title": "Larry's Tea", "pages": PAGES, "dedication": "For Mia, who shares.",
                              "blurb": "Larry loves tea. What will he do when the pot is empty?"})
    assert _kinds(project) == ["cover", "title", "dedication", "story", "story", "story", "back_cover"]
    assert _dedication(project) == "For Mia, who shares."
    assert blurb(project.pages()) == "Larry loves tea. What will he do when the pot is empty?"


def test_without_a_dedication_line_the_empty_page_is_left_out_and_the_pages_keep_their_margins(project):
    edits.make_story_pages(project, {"title": "Larry's Tea", "pages": PAGES})  # "Make these pages in the book"
    assert _kinds(project) == ["cover", "title", "story", "story", "story", "back_cover"]
    first = project.pages()[2]  # was page 3 (a right-hand page), now page 2: the gutter is on its right
    slot = next(s for s in TEMPLATES[first.template].slots if s.name == "text")
    frame = first.frame("text")
    assert (frame.x, frame.w) == slot_frame(slot, project.book_format(), 2)[::2]
    assert (frame.x, frame.w) != slot_frame(slot, project.book_format(), 3)[::2]


def test_what_a_person_wrote_on_the_dedication_and_the_back_cover_stays(project):
    edits.write_words(project, next(p for p in project.pages() if p.kind == "dedication").frame("text").id,
                      "For Grandma.")
    edits.set_blurb(project, "My own words.")
    add_story_pages(project, {"title": "T", "pages": PAGES, "dedication": "For Mia.", "blurb": "Other words."})
    assert _dedication(project) == "For Grandma." and blurb(project.pages()) == "My own words."


def test_the_blurb_is_one_undo_step_and_a_book_without_a_back_cover_gets_one(project):
    edits.set_blurb(project, "Larry loves tea.")
    assert project.history.next_undo().name == "Back cover words"
    edits.undo(project)
    assert blurb(project.pages()) == ""
    edits.delete_page(project, project.pages()[-1].id)
    assert "back_cover" not in _kinds(project)
    edits.set_blurb(project, "Larry loves tea.")
    assert _kinds(project)[-1] == "back_cover" and blurb(project.pages()) == "Larry loves tea."
    edits.undo(project)
    assert "back_cover" not in _kinds(project)


def test_a_book_made_offline_has_a_dedication_line_a_blurb_and_no_empty_page(project):
    backend = OfflineBackend()
    assistant = Assistant(project, backend, JobRunner(project, lambda: backend, 2))
    asyncio.run(make_book(assistant, "Larry the hedgehog serves tea", pages=2, progress=lambda _line: None))
    dedications = [p for p in project.pages() if p.kind == "dedication"]
    assert not dedications or all(p.frame("text").text.strip() for p in dedications)
    assert "Larry" in blurb(project.pages())
    for page in project.pages():  # every page of the made book has words or a picture
        assert any(f.text.strip() or f.image_id for f in page.shown()), page.kind


def test_the_assistant_writes_the_dedication_and_blurb_with_the_story(project, fake_openai):
    backend = backend_for(fake_openai)
    assistant = Assistant(project, backend, JobRunner(project, lambda: backend, 2))
    fake_openai.chat_script.append({"text": "A story.", "tool": "write_story", "arguments": {
        "title": "Larry's Tea", "pages": PAGES, "dedication": "For Mia.", "blurb": "Larry loves tea."}})
    fake_openai.chat_script.append({"text": "Done."})
    turn = asyncio.run(assistant.send("Write a story about Larry"))
    assert turn.story["dedication"] == "For Mia." and turn.story["blurb"] == "Larry loves tea."
    tools = fake_openai.requests_to("/v1/chat/completions")[0]["tools"]
    story_tool = next(t["function"] for t in tools if t["function"]["name"] == "write_story")
    assert {"dedication", "blurb"} <= set(story_tool["parameters"]["properties"])
