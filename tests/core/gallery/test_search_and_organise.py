"""Finding and organising pictures: what a person sees in the gallery after each action."""

import pytest

from studio.core.app.project import Project
from studio.core.gallery.search import Filter
from studio.core.gallery.store import BoardError
from studio.core.layout.book import story_pages

from .conftest import add, v3_book


def find(project, **kw):
    return project.gallery.find(Filter(**kw))


def test_the_gallery_lists_newest_first(project, larry):
    assert find(project) == [larry[k] for k in ("drawing", "sticker", "korean", "tea", "garden")]
    assert find(project, newest_first=False)[0] == larry["garden"]


def test_search_matches_word_starts_in_prompts_and_file_names(project, larry):
    assert find(project, text="hedge") == [larry["sticker"], larry["garden"]]
    assert find(project, text="larry TEA") == [larry["tea"]]  # every word must match, any case
    assert find(project, text="래리") == [larry["korean"]]  # 래리가 starts with 래리
    assert find(project, text="crayon") == [larry["drawing"]]
    assert find(project, text="elephant") == []
    assert find(project, text='"tea" (thunder* -') == [larry["tea"]]  # search syntax is never an error


def test_search_finds_a_characters_reference_pictures_by_name(project, larry):
    project.cast.remember("Pip", "a small blue bird", reference_ids=[larry["drawing"]], aliases=["삐삐"])
    assert find(project, text="pip") == [larry["drawing"]]
    assert find(project, text="삐삐") == [larry["drawing"]]


def test_filters_combine_with_search(project, larry):
    assert find(project, source="imported") == [larry["drawing"]]
    assert find(project, model="offline") == [larry["sticker"]]
    assert find(project, style="watercolour") == [larry["tea"]]
    assert find(project, since=2000, until=4000) == [larry["korean"], larry["tea"]]
    assert find(project, text="larry", since=1500) == [larry["tea"]]
    facets = project.gallery.facets()
    assert facets.models == ("gpt-image-2", "offline") and facets.styles == ("sticker", "watercolour")


def test_favourites(project, larry):
    project.gallery.set_favourite([larry["tea"], larry["garden"]], True)
    assert find(project, favourites=True) == [larry["tea"], larry["garden"]]
    project.gallery.set_favourite([larry["tea"]], False)
    assert find(project, favourites=True) == [larry["garden"]]
    assert project.image(larry["garden"]).favourite


def test_boards_hold_pictures_and_a_picture_can_be_on_several(project, larry):
    cast_board = project.gallery.add_board("  Larry   looks ")
    assert cast_board.name == "Larry looks"
    client = project.gallery.add_board("For the client")
    with pytest.raises(BoardError, match="already a board"):
        project.gallery.add_board("larry LOOKS")
    with pytest.raises(BoardError, match="needs a name"):
        project.gallery.add_board("   ")
    added = project.gallery.add_to_board(cast_board.id, [larry["garden"], larry["tea"]])
    assert added == sorted([larry["garden"], larry["tea"]])
    assert project.gallery.add_to_board(cast_board.id, [larry["tea"]]) == []  # already there
    project.gallery.add_to_board(client.id, [larry["tea"]])
    assert find(project, board=cast_board.id) == [larry["tea"], larry["garden"]]
    assert project.gallery.boards_of(larry["tea"]) == ["For the client", "Larry looks"]
    assert [(b.name, b.count) for b in project.gallery.boards()] == [("For the client", 1), ("Larry looks", 2)]
    project.gallery.remove_from_board(cast_board.id, [larry["garden"]])
    assert find(project, board=cast_board.id) == [larry["tea"]]
    members = project.gallery.remove_board(client.id)  # the board goes, its pictures stay
    assert members == [larry["tea"]] and larry["tea"] in find(project)
    assert project.history.undo().name == "Delete Board “For the client”"
    assert find(project, board=client.id) == [larry["tea"]]
    assert [b.name for b in project.gallery.boards()] == ["For the client", "Larry looks"]


def test_tags_are_searchable_and_kept_clean(project, larry):
    project.gallery.set_tags(larry["garden"], ["cover idea", "Cover Idea", " sunny  day ", ""])
    assert project.gallery.tags_of(larry["garden"]) == ["cover idea", "sunny day"]
    assert find(project, text="sunny") == [larry["garden"]]
    project.gallery.add_tag([larry["tea"], larry["garden"]], "favourite-of-mia")
    assert set(find(project, text="favourite")) == {larry["tea"], larry["garden"]}
    project.gallery.set_tags(larry["garden"], [])
    assert find(project, text="sunny") == []
    assert project.gallery.all_tags() == ["favourite-of-mia"]


def test_trash_hides_pictures_until_restored_or_emptied(project, larry):
    page = story_pages(project)[0]
    project.set_frame_image(page.frame("image").id, larry["tea"])
    project.cast.remember("Larry", "a hedgehog", reference_ids=[larry["tea"], larry["garden"]])
    moved = project.gallery.trash([larry["tea"], larry["korean"]])
    assert moved == sorted([larry["tea"], larry["korean"]])
    assert larry["tea"] not in find(project) and find(project, text="thunderstorm") == []
    assert find(project, trash=True) == [larry["korean"], larry["tea"]]
    assert project.gallery.trash([larry["tea"]]) == []  # already there: nothing for Undo to do
    assert project.page(page.id).frame("image").image_id == larry["tea"]  # the page keeps it while in the trash
    project.gallery.restore([larry["korean"]])  # Undo, for one of them
    assert larry["korean"] in find(project)
    assert project.gallery.pages_using([larry["tea"]]) == {larry["tea"]: [page.position + 1]}
    assert project.gallery.empty_trash() == 1
    assert project.gallery.trash_count() == 0
    with pytest.raises(KeyError):
        project.image(larry["tea"])
    assert project.page(page.id).frame("image").image_id is None
    assert project.cast.find("Larry").reference_ids == (larry["garden"],)


def test_a_version_3_book_gains_the_gallery_and_its_pictures_are_searchable(tmp_path):
    path = tmp_path / "Old.storybook"
    v3_book(path)
    project = Project.open(path)
    try:
        assert [project.image(i).prompt for i in project.gallery.find(Filter(text="old"))] == ["an old hedgehog"]
        new = add(project, "a new hedgehog")
        assert project.gallery.find(Filter(text="hedgehog"))[0] == new
    finally:
        project.close()


def test_pictures_written_by_the_blob_writer_are_searchable(project):
    import asyncio

    from studio.core.gallery.imaging import decode

    from .conftest import picture

    d = decode(picture())

    async def write():
        return await project.add_image_async(d.data, d.thumb, d.width, d.height, d.mime, prompt="a teapot",
                                             file_name="pot.png", source="imported")
    record = asyncio.run(write())
    assert project.gallery.find(Filter(text="teapot")) == [record.id]
    assert project.gallery.find(Filter(text="pot")) == [record.id]
    assert project.image(record.id).file_name == "pot.png"
