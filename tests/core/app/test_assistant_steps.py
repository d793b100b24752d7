"""What the assistant does to the book is one undo step each, named for it, and can be redone."""

import asyncio


from studio.core.app.make_book import make_book
from studio.core.app.studio import Studio
from studio.core.layout.book import add_story_pages, page_labels, story_pages
from studio.core.settings import Settings


def test_a_picture_the_assistant_puts_on_an_empty_page_is_one_step_named_by_the_books_label(project, studio,
                                                                                            fake_openai):
    add_story_pages(project, {"title": "Tea", "pages": [{"text": "Larry pours tea."}, {"text": "Thunder."}]})
    second = story_pages(project)[1]
    label = next(name for name, page in page_labels(project.pages()) if page.id == second.id)
    assert label == "4"  # the story's page 2 is the book's page 4 (after the title page and the dedication)
    fake_openai.chat_script.append({"text": "Here he is.", "tool": "make_images",
                                    "arguments": {"prompts": ["Larry asleep"], "page": label}})
    fake_openai.chat_script.append({"text": "Done."})
    result = asyncio.run(studio.assistant(project).send("show him asleep on page 4"))
    [picture] = result.images
    frame = second.frame("image")
    assert project.frame(frame.id).image_id == picture.id
    assert project.history.next_undo().name == f"Assistant: put picture #{picture.id} on page 4"
    project.history.undo()
    assert project.frame(frame.id).image_id is None
    project.history.redo()
    assert project.frame(frame.id).image_id == picture.id
    # The model was told the pages by the labels the person sees, with what each holds.
    system = fake_openai.requests_to("/v1/chat/completions")[0]["messages"][0]["content"]
    assert "- 1 (title page):" in system and "- 4: picture frame empty; words: “Thunder.”" in system
    assert "- back:" in system


def test_a_book_from_an_idea_comes_back_out_step_by_step(project):
    offline = Studio(Settings(backend="offline"))
    before = [(p.id, p.frame("text").text if p.frame("text") else None) for p in project.pages()]
    asyncio.run(make_book(offline.assistant(project), "Larry the hedgehog serves tea", pages=3,
                          progress=lambda line: None))
    names = [s.name for s in project.history.steps()]
    # the cover's picture is drawn with the pages (one step), and its title was set with the story's pages
    assert names[0].startswith("Assistant: Illustrate")
    assert "Assistant: 3 pages from the story" in names
    cover = project.pages()[0]
    assert cover.kind == "cover" and cover.frame("image").image_id is not None
    project.history.undo()
    assert project.page(cover.id).frame("image").image_id is None  # it went with the illustrations
    while project.history.next_undo() is not None:
        project.history.undo()
    assert [(p.id, p.frame("text").text if p.frame("text") else None) for p in project.pages()] == before
    assert all(f.image_id is None for p in project.pages() for f in p.frames)
    assert project.cast.all() == []  # the characters the story brought are undone too
