"""Own styles: made from a name, a passage and gallery pictures; kept in the book (an undo step each) and in a
library across books; exported and imported as a small file; used like the built-in presets."""

import asyncio
import io
import json
import zipfile

import pytest

from studio.core.app.project import Project
from studio.core.assistant import style_files
from studio.core.assistant.assistant import Assistant
from studio.core.assistant.own_styles import StyleError
from studio.core.gallery.imaging import decode
from tests.fake_openai import backend_for, png_for
from tests.openai_spec import problems

EDIT, CHAT = "/v1/images/edits", "/v1/chat/completions"
PASSAGE = "in our house style: thick ink outlines, flat pastel fills, a cream paper background"


def _picture(project, prompt):
    picture = decode(png_for(prompt, "96x64", max_edge=96))
    return project.add_image(picture.data, picture.thumb, picture.width, picture.height, picture.mime,
                             source="imported").id


@pytest.fixture
def house(project):
    refs = [_picture(project, "house style sample one"), _picture(project, "house style sample two")]
    return project.styles.add("House Style", PASSAGE, refs)


def test_a_custom_styles_passage_and_references_reach_the_request(fake_openai, project, house):
    asyncio.run(Assistant(project, backend_for(fake_openai)).send("draw a robot barista", style=house.id))

    edits = fake_openai.requests_to(EDIT)
    assert len(edits) == 4  # the default reply asks for four pictures; references make each an edit
    for body in edits:
        assert PASSAGE in body["prompt"]
        assert len(body["images"]) == 2
        assert {decode(data).width for data in body["images"]} == {96}  # the style's two reference pictures
    assert {job.request["style"] for job in project.jobs.all()} == {house.id}  # "Draw again" keeps the style


def test_the_model_may_choose_an_own_style_by_its_id(fake_openai, project, house):
    fake_openai.chat_script.append({"text": "In your house style.", "tool": "make_images",
                                    "arguments": {"prompts": ["a teapot"], "style": house.id}})
    asyncio.run(Assistant(project, backend_for(fake_openai)).send("a teapot in our house style"))

    chat = fake_openai.requests_to(CHAT)[0]
    assert problems("CreateChatCompletionRequest", chat) == []
    style_arg = chat["tools"][0]["function"]["parameters"]["properties"]["style"]
    assert house.id in style_arg["enum"] and "House Style" in style_arg["description"]
    (body,) = fake_openai.requests_to(EDIT)
    assert PASSAGE in body["prompt"] and len(body["images"]) == 2


def test_adding_and_removing_a_style_are_named_undo_steps(project, house):
    assert project.history.undo().name == "Add style “House Style”"
    assert project.styles.all() == []
    project.history.redo()
    assert [s.label for s in project.styles.all()] == ["House Style"]
    project.styles.remove(house.id)
    assert project.styles.all() == []
    assert project.history.undo().name == "Remove style “House Style”"
    assert project.styles.get(house.id).prompt == PASSAGE


def test_a_style_needs_a_name_and_words(project):
    with pytest.raises(StyleError, match="needs a name"):
        project.styles.add("  ", PASSAGE)
    with pytest.raises(StyleError, match="needs a few words"):
        project.styles.add("Ink", " ")
    assert project.styles.all() == []


def test_a_style_never_takes_a_built_in_presets_id(project):
    assert project.styles.add("Crayon", "waxy, but ours").id == "crayon-2"


def test_export_then_import_round_trips_into_another_book(tmp_path, project, house):
    path = style_files.write_file(tmp_path / "House Style.pbstyle", style_files.from_book(project, house))
    other = Project.create(tmp_path / "Other.storybook")
    try:
        added = asyncio.run(style_files.add_to_book(other, style_files.read_file(path)))
        assert (added.label, added.prompt) == ("House Style", PASSAGE)
        assert [other.image_data(i) for i in added.reference_ids] == [project.image_data(i) for i in house.reference_ids]
        assert other.history.undo().name == "Add style “House Style”"  # pictures and style: one step
        # importing it again reuses the pictures the book has, rather than adding them twice
        again = asyncio.run(style_files.add_to_book(other, style_files.read_file(path)))
        assert sorted(again.reference_ids) == sorted(added.reference_ids) and len(other.images()) == 2
    finally:
        other.close()


def test_the_library_keeps_styles_across_books_one_file_each(project, house):
    saved = style_files.save_to_library(style_files.from_book(project, house))
    assert saved.parent == style_files.library_dir() and saved.suffix == ".pbstyle"
    style_files.save_to_library(style_files.StylePack("Pencil", "soft graphite pencil, cross-hatching"))
    changed = style_files.save_to_library(style_files.StylePack("house style", "changed words"))
    assert changed == saved  # the same name is the same file: saving again replaces it
    assert [(pack.name, pack.passage) for _, pack in style_files.library()] == [
        ("house style", "changed words"), ("Pencil", "soft graphite pencil, cross-hatching")]


def _zip(**members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name.replace("_", "."), data)
    return out.getvalue()


@pytest.mark.parametrize("data, said", [
    (b"not a zip at all", "is not a style file"),
    (_zip(readme_txt="hello"), "has no style.json"),
    (_zip(style_json="{broken"), "can't be read"),
    (_zip(style_json=json.dumps({"format": 99, "name": "X", "passage": "y"})), "newer version"),
    (_zip(style_json=json.dumps({"format": 1, "name": "X", "passage": "y", "pictures": ["a.png"]}),
          a_png=b"garbage"), "a.png can't be used"),
])
def test_a_bad_style_file_gets_a_clear_message(data, said):
    with pytest.raises(StyleError, match=said):
        style_files.from_bytes(data, "Bad.pbstyle")


def test_a_damaged_file_in_the_library_is_left_out(project, house):
    style_files.library_dir().mkdir(parents=True)
    (style_files.library_dir() / "broken.pbstyle").write_bytes(b"nonsense")
    style_files.save_to_library(style_files.from_book(project, house))
    assert [pack.name for _, pack in style_files.library()] == ["House Style"]
