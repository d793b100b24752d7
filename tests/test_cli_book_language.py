"""`studio book --idea …` without --lang writes the story in the language the studio speaks, and says its progress
in it; --lang still chooses."""

from __future__ import annotations

from studio.cli import main
from studio.core.app.project import Project
from studio.core.layout.book import story_pages


def _story(book) -> list[str]:
    project = Project.open(book, read_only=True)
    try:
        return [p.frame("text").text for p in story_pages(project)]
    finally:
        project.close()


def _hangul(text: str) -> bool:
    return any("가" <= ch <= "힣" for ch in text)


def test_a_book_made_under_korean_is_written_in_korean_unless_lang_says_otherwise(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "ko")
    book = tmp_path / "래리.storybook"
    assert main(["book", str(book), "--idea", "Larry the hedgehog serves tea", "--pages", "2",
                 "--backend", "offline"]) == 0
    out = capsys.readouterr().out
    assert "1/4 이야기: 페이지 2개를 요청하는 중" in out and "3/4 페이지: 글을 배치하는 중" in out, out
    assert "완료: 페이지 2개" in out
    story = _story(book)
    assert len(story) == 2 and all(_hangul(text) for text in story), story

    english = tmp_path / "Larry.storybook"
    assert main(["book", str(english), "--idea", "Larry the hedgehog serves tea", "--pages", "2", "--lang", "en",
                 "--backend", "offline"]) == 0
    assert "1/4 이야기" in capsys.readouterr().out  # the studio still speaks Korean; the story is English
    assert not any(_hangul(text) for text in _story(english))
