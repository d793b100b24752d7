"""`studio place`, `studio write` and `studio undo`, as a script or a person at a terminal uses them; and the
commands that only read, beside a window (another process) that holds the book, and on a full disk."""

import json
import shlex

import pytest

from studio.cli import main
from tests.test_cli_faults import (
    failed_with_one_line,
    held_elsewhere,
    made_book,
    online,  # noqa: F401 - a fixture
    studio,
)


def pages(book, capsys):
    """The pages by the name `--page` takes ("cover", "1", …, "back"), which `studio pages --json` gives in every
    language."""
    capsys.readouterr()
    assert main(["pages", str(book), "--json"]) == 0
    return {p["page"]: p for p in json.loads(capsys.readouterr().out)}


def picture_in(page):
    return next(f["image_id"] for f in page["frames"] if f["kind"] == "image")


def words_in(page):
    return [f["text"] for f in page["frames"] if f["kind"] == "text" and f["shown"]]


def test_place_and_write_change_the_pages_and_undo_takes_them_back_one_at_a_time(tmp_path, capsys):
    book = made_book(tmp_path)  # four pictures, a new book's pages
    capsys.readouterr()
    assert main(["place", str(book), "--page", "3", "--picture", "2"]) == 0
    assert capsys.readouterr().out.strip() == "Put picture #2 on page 3"
    assert main(["write", str(book), "--page", "3", "래리와 Zoë가 차를 마셔요 🦔"]) == 0
    shown = pages(book, capsys)
    assert picture_in(shown["3"]) == 2 and words_in(shown["3"]) == ["래리와 Zoë가 차를 마셔요 🦔"]
    assert main(["place", str(book), "--page", "cover", "--picture", "4"]) == 0
    assert picture_in(pages(book, capsys)["cover"]) == 4

    assert main(["undo", str(book), "--list"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert [line.split("  ", 1)[1] for line in listed[:3]] == [
        "Put picture #4 on the cover", "Edit text on page 3", "Put picture #2 on page 3"]

    assert main(["undo", str(book)]) == 0
    assert capsys.readouterr().out.strip() == "Undid: Put picture #4 on the cover"
    assert main(["undo", str(book)]) == 0
    shown = pages(book, capsys)
    assert picture_in(shown["cover"]) is None and words_in(shown["3"]) == [""] and picture_in(shown["3"]) == 2
    assert main(["undo", str(book), "--redo"]) == 0
    assert capsys.readouterr().out.strip() == "Redid: Edit text on page 3"
    assert words_in(pages(book, capsys)["3"]) == ["래리와 Zoë가 차를 마셔요 🦔"]


def test_place_write_and_undo_speak_korean_under_language_ko(tmp_path, capsys, monkeypatch):
    book = made_book(tmp_path)
    assert main(["place", str(book), "--page", "3", "--picture", "2"]) == 0  # named in English, and kept so
    monkeypatch.setenv("LANGUAGE", "ko")
    capsys.readouterr()
    assert main(["place", str(book), "--page", "표지", "--picture", "4"]) == 0  # the cover, by its Korean name
    assert capsys.readouterr().out.strip() == "표지에 그림 #4 넣기"
    assert main(["write", str(book), "--page", "3", "래리가 차를 따라요"]) == 0
    assert capsys.readouterr().out.strip() == "3 페이지의 글: 래리가 차를 따라요"

    assert main(["undo", str(book), "--list"]) == 0
    listed = [line.split("  ", 1)[1] for line in capsys.readouterr().out.splitlines()[:3]]
    assert listed == ["3페이지의 글 편집", "표지에 그림 #4 넣기", "Put picture #2 on page 3"]
    assert main(["undo", str(book)]) == 0
    assert capsys.readouterr().out.strip() == "실행 취소: 3페이지의 글 편집"
    assert main(["undo", str(book), "--list"]) == 0
    assert "(실행 취소됨: studio undo --redo로 되돌릴 수 있어요)" in capsys.readouterr().out.splitlines()[0]
    assert main(["undo", str(book), "--redo"]) == 0
    assert capsys.readouterr().out.strip() == "다시 실행: 3페이지의 글 편집"
    assert main(["undo", str(book), "--redo"]) == 2
    failed_with_one_line(2, capsys.readouterr().err, "다시 실행할 것이 없어요")
    assert main(["place", str(book), "--page", "9", "--picture", "1"]) == 2
    failed_with_one_line(2, capsys.readouterr().err, "“9” 페이지가 없어요", "cover, 1, 2, 3, back")
    assert main(["pages", str(book)]) == 0
    listed = capsys.readouterr().out
    assert listed.startswith("표지 (오른쪽, 표지, cover): 그림 #4") and "\n뒤표지 (왼쪽, 뒤표지, back_cover): " in listed
    assert "\n3페이지 (오른쪽, 이야기, picture_above): 그림 #2, “래리가 차를 따라요”" in listed


def test_undo_with_nothing_to_undo_says_so(tmp_path, capsys):
    book = tmp_path / "new.storybook"
    assert main(["chat", str(book), "hello", "--backend", "offline"]) == 0
    capsys.readouterr()
    assert main(["undo", str(book)]) == 2
    failed_with_one_line(2, capsys.readouterr().err, "nothing to undo")


@pytest.mark.parametrize("args, words", [
    (["place", "--page", "9", "--picture", "1"], ("no page “9”", "cover, 1, 2, 3, back")),
    (["place", "--page", "3", "--picture", "99"], ("no picture #99",)),
    (["place", "--page", "3", "--picture", "one"], ("not a picture id",)),
    (["place", "--page", "3", "--picture", "1", "--frame", "2"], ("has 1 picture frame, not 2",)),
    (["place", "--page", "1", "--picture", "1"], ("no picture frame",)),  # the title page holds words only
    (["write", "--page", "back cover", "--frame", "0", "hi"], ("numbered from 1",)),
])
def test_a_wrong_page_picture_or_frame_is_one_line_and_exit_2(tmp_path, capsys, args, words):
    book = made_book(tmp_path)
    capsys.readouterr()
    command, rest = args[0], args[1:]
    try:
        result = main([command, str(book), *rest])
    except SystemExit as exit_:  # a mistake argparse catches
        result = exit_.code
    failed_with_one_line(result, capsys.readouterr().err, *words)


def test_a_picture_in_the_trash_is_not_placed(tmp_path, capsys):
    from studio.core.app.project import Project

    book = made_book(tmp_path)
    project = Project.open(book)
    project.gallery.trash([3])
    project.close()
    capsys.readouterr()
    failed_with_one_line(main(["place", str(book), "--page", "3", "--picture", "3"]), capsys.readouterr().err,
                         "in the trash")


READERS = [
    ["gallery", "{book}", "--json"],
    ["pages", "{book}"],
    ["export", "{book}", "--pdf", "{out}/book.pdf"],
    ["stickers", "{book}", "--images", "1", "--out", "{out}/stickers.pdf"],
    ["check", "{book}"],
    ["undo", "{book}", "--list"],
]


def _run_readers(book, out, **limits):
    for command in READERS:
        args = [part.format(book=book, out=out) for part in command]
        done = studio(*args, **limits)
        assert done.returncode == 0, (args, done.stderr)
        assert "Traceback" not in done.stderr


def test_commands_that_only_read_work_beside_a_window_that_holds_the_book(tmp_path):
    book = made_book(tmp_path)
    with held_elsewhere(book):
        refused = studio("write", book, "--page", "2", "hello")  # a writer is told, as before
        assert refused.returncode == 2 and "open in another" in refused.stderr
        _run_readers(book, tmp_path)


def test_commands_that_only_read_work_on_a_full_disk(tmp_path):
    book = made_book(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    for command in (READERS[0], READERS[1], READERS[5]):  # the ones that write no file of their own
        args = [part.format(book=book, out=out) for part in command]
        done = studio(*args, file_size=0)
        assert done.returncode == 0, (args, done.stderr)


def test_chat_offers_to_replace_the_persons_picture_changes_nothing_and_prints_the_command_that_does(
        tmp_path, capsys, online):  # noqa: F811 - the fixture imported above
    book = made_book(tmp_path)  # four pictures, a new book's pages: cover, 1, 2, 3, back
    assert main(["place", str(book), "--page", "3", "--picture", "2"]) == 0
    before = pages(book, capsys)
    online.chat_script.append({"text": "Here he is.", "tool": "make_images",
                               "arguments": {"prompts": ["Larry asleep"], "page": "3"}})
    online.chat_script.append({"text": "Shall I put it on page 3?"})
    assert main(["chat", str(book), "show Larry asleep on page 3", "--backend", "openai"]) == 0
    out = capsys.readouterr().out
    [offer] = [line for line in out.splitlines() if line.startswith("Offer:")]
    assert offer == (f"Offer: Replace the picture on page 3 with #5? Nothing was changed — accept with: "
                     f"studio place {shlex.quote(str(book))} --page 3 --picture 5")
    assert pages(book, capsys) == before  # picture #2 is still on page 3
    assert main(["undo", str(book), "--list"]) == 0
    assert capsys.readouterr().out.splitlines()[0].endswith("Put picture #2 on page 3")

    command = shlex.split(offer.split("accept with: ", 1)[1])
    assert command[0] == "studio" and main(command[1:]) == 0  # what the line says to run does what it offered
    assert picture_in(pages(book, capsys)["3"]) == 5

    # An empty frame the model names is filled, and the line says so and how to take it back.
    online.chat_script.append({"text": "On the cover.", "tool": "make_images",
                               "arguments": {"prompts": ["Larry waving"], "page": "cover"}})
    online.chat_script.append({"text": "It is on the cover."})
    assert main(["chat", str(book), "put Larry on the cover", "--backend", "openai"]) == 0
    out = capsys.readouterr().out
    assert f"put picture #6 on the cover (studio undo {shlex.quote(str(book))} takes it back)" in out
    assert "Offer:" not in out and picture_in(pages(book, capsys)["cover"]) == 6


@pytest.mark.parametrize("blank", ["", "  \n "])
def test_chat_with_a_blank_message_says_so_and_asks_no_one(tmp_path, capsys, online, blank):  # noqa: F811
    book = tmp_path / "new.storybook"
    assert main(["chat", str(book), blank, "--backend", "openai"]) == 2
    failed_with_one_line(2, capsys.readouterr().err, "nothing to send")
    assert not book.exists() and online.requests == []
