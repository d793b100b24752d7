"""The offline drafts a book starts from: the hero and "the second one" found the way a person means them."""

import asyncio

import pytest

from studio.backends import intent
from studio.backends.offline import OfflineBackend
from studio.core.assistant.assistant import Assistant
from studio.core.app.make_book import make_book
from studio.core.app.studio import Studio
from studio.core.app.project import Project
from studio.core.settings import Settings


@pytest.mark.parametrize("idea, hero", [
    ("Larry serving tea in a thunderstorm", ("Larry", "")),
    ("Larry the sunflower hedgehog serves tea", ("Larry", "sunflower hedgehog")),
    ("해바라기 고슴도치 래리가 천둥 치는 날 차를 대접해요", ("래리", "해바라기 고슴도치")),
    ("래리는 차를 좋아해요", ("래리", "")),
    ("차를 좋아하는 고슴도치", ("고슴도치", "차를 좋아하는")),
    ("고양이가 우산을 써요", ("고양이", "")),
])
def test_the_hero_is_who_the_idea_is_about(idea, hero):
    assert intent.hero_of(idea) == hero


@pytest.mark.parametrize("text, which", [
    ("I like the second one. His name is Larry.", 2), ("the last one please", -1), ("Number 3!", 3),
    ("두 번째가 좋아. 이름은 래리야.", 2), ("첫째 거", 1), ("3번이 좋아", 3), ("마지막 그림", -1),
    ("Make it 4 pages", None), ("His name is Larry", None),
])
def test_the_picture_picked_by_its_place_in_the_row(text, which):
    assert intent.ordinal_of(text) == which


@pytest.mark.parametrize("idea", [
    "Write a picture-book story in 3 pages about: 차를 좋아하는 고슴도치. Write it in Korean. [language: ko] "
    "List the main characters with a short visual description.",
    "Make a story about Larry serving tea in a thunderstorm",
])
def test_the_apps_own_instructions_never_reach_the_story(idea):
    assert "Write" not in intent.subject_of(idea) and "List the main" not in intent.subject_of(idea)
    assert not intent.subject_of(idea).startswith(("Make", "a story"))


def _run(coro):
    return asyncio.run(coro)


@pytest.mark.parametrize("lang, ask, pick, story, hero", [
    ("en", "What does Larry look like?", "I like the second one. His name is Larry.",
     "Make a story about Larry serving tea in a thunderstorm", "Larry"),
    ("ko", "래리는 어떻게 생겼는지 보여줘", "두 번째가 좋아. 이름은 래리야.",
     "래리가 천둥 치는 날 차를 대접하는 이야기를 해줘", "래리"),
])
def test_picking_the_second_sketch_and_a_story_about_the_hero_offline(tmp_path, lang, ask, pick, story, hero):
    project = Project.create(tmp_path / f"{lang}.storybook")
    assistant = Assistant(project, OfflineBackend())
    shown = _run(assistant.send(ask))
    assert len(shown.images) == 4
    _run(assistant.send(pick))
    [member] = project.cast.all()
    in_row = sorted(shown.images, key=lambda i: i.settings["index"])  # as the four sat in the chat
    assert member.name == hero and member.reference_ids[0] == in_row[1].id  # the second, not the last
    written = _run(assistant.send(story)).story
    assert written is not None
    texts = [p["text"] for p in written["pages"]]
    assert texts[0].startswith(hero) and not any("serving tea in a thunderstorm wakes" in t for t in texts)
    assert all("이야기" not in p["illustration_prompt"] for p in written["pages"])
    if lang == "en":
        assert written["title"] == "Larry serving tea in a thunderstorm"
    assert [m.name for m in project.cast.all()] == [hero]  # the hero it already knew, not a second one


def test_a_korean_idea_without_a_name_makes_a_book_about_its_head_noun(tmp_path):
    project = Project.create(tmp_path / "ko.storybook")
    assistant = Studio(Settings(backend="offline")).assistant(project)
    result = _run(make_book(assistant, "차를 좋아하는 고슴도치", pages=3, lang="ko", progress=lambda _: None))
    assert result.title == "고슴도치의 하루"
    texts = [f.text for p in project.pages() for f in p.frames if f.text]
    prompts = [project.image(f.image_id).prompt for p in project.pages() for f in p.frames if f.image_id]
    assert texts and not any("Write" in t or "좋아하의" in t for t in texts)
    assert prompts and not any("Write a picture-book" in p for p in prompts)
    assert [m.name for m in project.cast.all()] == ["고슴도치"]
