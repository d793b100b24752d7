"""`studio import` and `studio gallery` as a person types them."""

import json

from studio.cli import main
from studio.core.app.project import Project
from tests.core.gallery.conftest import add, picture


def test_import_reports_each_skipped_file_and_lists_the_new_pictures(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    book = tmp_path / "Larry.storybook"
    Project.create(book).close()
    folder = tmp_path / "drawings"
    folder.mkdir()
    (folder / "sun.png").write_bytes(picture())
    (folder / "moon.jpg").write_bytes(picture(fmt="JPEG"))
    (folder / "broken.png").write_bytes(picture()[:60])
    (tmp_path / "list.png").write_text("not a picture")
    assert main(["import", str(book), "drawings", "list.png"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert sorted(line for line in out if line.startswith("skipped ")) == [  # each named as given
        "skipped drawings/broken.png: the picture is damaged or cut short",
        "skipped list.png: not a picture (its contents are not PNG, JPEG, WebP or GIF)"]
    assert out[-1].startswith("imported 2 pictures")
    assert main(["gallery", str(book), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    # newest first: the folder is read in name order, so sun.png came in last
    assert [(r["file_name"], r["source"]) for r in listed] == [("sun.png", "imported"), ("moon.jpg", "imported")]
    assert set(listed[0]) >= {"id", "prompt", "model", "created"}


def test_an_import_where_nothing_can_be_used_exits_2(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    book = tmp_path / "Larry.storybook"
    Project.create(book).close()
    (tmp_path / "a.png").write_text("no")
    assert main(["import", str(book), "a.png", "gone.jpg"]) == 2
    out = capsys.readouterr().out
    assert "skipped a.png: not a picture" in out and "gone.jpg: no such file or folder" in out
    assert "imported 0 pictures" in out


def test_gallery_search_and_board_and_stickers_from_a_board(tmp_path, capsys):
    book = tmp_path / "Larry.storybook"
    project = Project.create(book)
    tea = add(project, "Larry serves tea in a thunderstorm")
    sleep = add(project, "Larry asleep under a quilt")
    add(project, "A teapot on its own")
    board = project.gallery.add_board("Stickers")
    project.gallery.add_to_board(board.id, [tea, sleep])
    project.close()
    assert main(["gallery", str(book), "--search", "larry tea"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 1 and out[0].split()[0] == str(tea) and "thunderstorm" in out[0]
    assert main(["gallery", str(book), "--board", "stickers", "--json"]) == 0
    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == [sleep, tea]
    assert main(["gallery", str(book), "--board", "nope"]) == 2
    assert capsys.readouterr().err.strip() == "studio: There is no board called “nope”."
    assert main(["stickers", str(book), "--board", "Stickers", "--out", str(tmp_path / "s.pdf"),
                 "--svg", str(tmp_path / "s.svg")]) == 0
    assert (tmp_path / "s.svg").read_text().count("<path") == 2


def test_under_language_ko_the_gallery_commands_speak_korean(tmp_path, capsys, monkeypatch):
    from studio.core import i18n

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LANGUAGE", "ko")
    book = tmp_path / "Larry.storybook"
    Project.create(book).close()
    (tmp_path / "sun.png").write_bytes(picture())
    (tmp_path / "list.png").write_text("not a picture")
    try:
        assert main(["import", str(book), "sun.png", "list.png"]) == 0
        out = capsys.readouterr().out.splitlines()
        assert out[0] == "건너뜀 list.png: 그림이 아니에요 (내용이 PNG, JPEG, WebP, GIF가 아니에요)"
        assert out[1].startswith("그림 1개를 가져왔어요 (") and out[1].endswith("초), 건너뜀 1개")
        project = Project.open(book)
        add(project, "래리가 차를 따라요")
        project.close()
        assert main(["gallery", str(book)]) == 0
        listed = capsys.readouterr()
        drawn, imported = listed.out.splitlines()
        assert "가져옴" in imported and "sun.png" in imported  # no model: where it came from, in Korean
        # the prompts start in one column of the terminal, where Hangul letters are two columns wide
        assert _columns(imported.split("sun.png")[0]) == _columns(drawn.split("래리가")[0])
        assert listed.err.strip() == "그림 2개"
        assert main(["gallery", str(book), "--board", "표지"]) == 2
        assert capsys.readouterr().err.strip() == "studio: “표지” 보드가 없어요."
        assert main(["note", str(book), "1", "사과를 초록색으로"]) == 0
        assert capsys.readouterr().err.strip() == "#1의 메모를 바꿨어요"
        assert main(["undo", str(book)]) == 0
        assert "메모 바꾸기" in capsys.readouterr().out  # the step's name, as Edit ▸ Undo shows it
    finally:
        i18n.set_language("en")


def _columns(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
