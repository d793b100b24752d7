"""The gallery in Korean: what a Korean reader is told when importing, organising and upscaling pictures,
including the messages made in worker processes (which start in English)."""

import asyncio

import pytest

from studio.core import i18n
from studio.core.gallery import upscaler
from studio.core.gallery.importing import collect, import_files, process_pool
from studio.core.gallery.upscale import UpscaleError, described, upscale_picture

from .conftest import add, picture


def test_a_broken_file_is_named_in_korean_by_the_worker_process(project, tmp_path, korean):
    (tmp_path / "sun.png").write_bytes(picture())
    (tmp_path / "cut.png").write_bytes(picture(size=(400, 300))[:200])
    (tmp_path / "list.png").write_text("shopping list")
    files, skipped = collect([tmp_path / "sun.png", tmp_path / "cut.png", tmp_path / "list.png",
                              tmp_path / "gone.jpg"])
    with process_pool(1) as pool:  # a spawned process, as the window and `studio import` use
        result = asyncio.run(import_files(project, files, pool))

    reasons = {s.name.rsplit("/", 1)[-1]: s.reason for s in skipped + result.skipped}
    assert reasons == {"cut.png": "그림이 손상됐거나 중간에 잘렸어요",
                       "list.png": "그림이 아니에요 (내용이 PNG, JPEG, WebP, GIF가 아니에요)",
                       "gone.jpg": "그런 파일이나 폴더가 없어요"}
    assert len(result.imported) == 1


def test_a_picture_already_in_the_book_is_named_in_korean(project, tmp_path, korean):
    (tmp_path / "sun.png").write_bytes(picture())
    first = asyncio.run(import_files(project, [tmp_path / "sun.png"], None)).imported[0]
    project.gallery.trash([first])
    again = asyncio.run(import_files(project, [tmp_path / "sun.png"], None))
    assert [s.reason for s in again.skipped] == [f"이미 책에 있어요: 그림 #{first} (휴지통에 있음)"]


def test_trashing_pictures_is_a_korean_undo_step_with_the_count(project, korean):
    ids = [add(project, f"a hedgehog {n}") for n in range(3)]
    project.gallery.trash(ids)
    assert project.history.next_undo().name == "그림 3개를 휴지통으로 옮기기"
    project.gallery.restore(ids[:1])
    assert project.history.next_undo().name == "휴지통에서 되돌리기"
    project.gallery.trash(ids[:1])
    assert project.history.next_undo().name == "그림 1개를 휴지통으로 옮기기"
    board = project.gallery.add_board("표지 후보")
    assert project.history.next_undo().name == "새 보드 “표지 후보”"
    with pytest.raises(ValueError, match="“표지 후보” 보드가 이미 있어요."):
        project.gallery.add_board("표지 후보")
    project.gallery.add_to_board(board.id, ids[1:])
    assert project.history.next_undo().name == "“표지 후보”에 추가"


def test_english_keeps_its_two_forms(project):
    ids = [add(project, f"a hedgehog {n}") for n in range(2)]
    project.gallery.trash(ids[:1])
    assert project.history.next_undo().name == "Move Picture to the Trash"
    project.gallery.trash(ids[1:] + ids[:1])
    assert project.history.next_undo().name == "Move Picture to the Trash"  # only the one not yet in the trash
    project.gallery.restore(ids)
    project.gallery.trash(ids)
    assert project.history.next_undo().name == "Move 2 Pictures to the Trash"


def test_upscaling_reads_korean_and_keeps_how_it_was_made_as_made(project, korean):
    original = add(project, "Larry in the garden")
    record = asyncio.run(upscale_picture(project, original, 2, method="lanczos"))
    assert project.history.next_undo().name == "그림 해상도 높이기 ×2"
    assert record.settings["upscaled"]["by"] == upscaler.FALLBACK_LABEL  # kept as made, for other tools
    assert described(record) == "해상도를 ×2 높임 (Lanczos + 언샤프 마스크)"
    i18n.set_language("en")
    assert described(record) == "upscaled ×2 by Lanczos + unsharp mask"  # the same picture, read in English


def test_the_upscaler_worker_explains_a_broken_picture_in_korean(project, korean):
    broken = project.add_image(picture(size=(400, 300))[:300], picture(), 400, 300, "image/png").id
    with pytest.raises(UpscaleError) as caught:
        asyncio.run(upscale_picture(project, broken, 2))
    assert str(caught.value) == "그림의 해상도를 높일 수 없어요: 그림이 손상됐거나 중간에 잘렸어요."
    with pytest.raises(UpscaleError, match="이 책에는 그림 #99가 없어요."):
        asyncio.run(upscale_picture(project, 99, 2))
