"""The command line in Korean (LANGUAGE=ko): the help for its commands, a headless chat's lines, its refusals."""

import os

from tests.test_cli_faults import studio


def korean() -> dict[str, str]:
    return dict(os.environ, LANGUAGE="ko")


def test_help_lists_the_commands_in_korean():
    result = studio("--help", env=korean())
    assert result.returncode == 0, result.stderr
    assert "명령(각각 studio COMMAND --help로 자세히 볼 수 있어요):" in result.stdout
    listed = {line.split()[0]: line.split(None, 1)[1] for line in result.stdout.splitlines()
              if line.startswith("  ") and not line.startswith("   ") and len(line.split()) > 1}
    assert listed["chat"] == "도우미에게 메시지 하나 보내기(창 없이)"
    assert listed["book"] == "아이디어 하나로 그림이 있는 책 한 권 만들기(창 없이)"
    assert listed["costs"].startswith("날짜별, 책별 비용")
    book = studio("book", "--help", env=korean())
    assert "이야기를 쓸 언어(기본: 스튜디오의 언어, 지금은 ko)" in book.stdout
    assert "crayon (크레용)" in book.stdout  # the style names, translated where they are listed


def test_a_headless_chat_offline_prints_korean_lines(tmp_path):
    book = tmp_path / "Larry.storybook"
    result = studio("chat", book, "draw a sunflower hedgehog", "--backend", "offline", env=korean())
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "[오프라인: 명령줄에서 고름]"
    assert "오프라인 스케치 4장을 그려 볼게요: a sunflower hedgehog." in lines
    assert [line.split(":")[0] for line in lines if line.startswith("프롬프트")] == [f"프롬프트 {n}" for n in range(1, 5)]
    assert "그림 4장이 갤러리에 있어요." in lines
    assert "지금까지 이 책의 비용: 쓴 비용 없음" in lines  # offline: free
    assert lines[-1] == "만든 그림: 1, 2, 3, 4"


def test_a_mistake_on_the_command_line_is_named_in_korean(tmp_path):
    result = studio("book", tmp_path / "b.storybook", "--idea", "a kite", "--pages", "30", "--backend", "offline",
                    env=korean())
    assert result.returncode == 2
    assert "아이디어로 만드는 책은 1~24쪽이에요. 30쪽은 안 돼요" in result.stderr
    empty = studio("chat", tmp_path / "b.storybook", "  ", env=korean())
    assert empty.returncode == 2 and empty.stderr.strip() == "studio: 보낼 내용이 없어요: 메시지가 비어 있어요."


def test_a_book_from_an_idea_is_written_in_the_studios_language_unless_asked(tmp_path):
    korean_book = studio("book", tmp_path / "ko.storybook", "--idea", "a kite", "--pages", "1", "--backend",
                         "offline", env=korean())
    assert korean_book.returncode == 0, korean_book.stderr
    assert "“a kite의 하루”" in korean_book.stdout  # no --lang: the story in Korean, the studio's language
    english_book = studio("book", tmp_path / "en.storybook", "--idea", "a kite", "--pages", "1", "--lang", "en",
                          "--backend", "offline", env=korean())
    assert english_book.returncode == 0, english_book.stderr
    assert "“The Day of the Kite”" in english_book.stdout and "의 하루" not in english_book.stdout


def test_argparse_own_words_read_korean_too(tmp_path):
    """Usage lines, section titles and a wrong choice: argparse's words come from the studio's catalogue."""
    helped = studio("export", "--help", env=korean())
    assert helped.stdout.startswith("사용법: studio export") and "\n옵션:\n" in helped.stdout
    assert "이 도움말을 보여 주고 끝내요" in helped.stdout
    wrong = studio("export", tmp_path / "b.storybook", "--for", "amazon", env=korean())
    assert wrong.returncode == 2
    assert "고를 수 없는 값이에요: 'amazon' (고를 수 있는 값: 'kdp'" in wrong.stderr
    english = studio("export", "--help")
    assert english.stdout.startswith("usage: studio export") and "\noptions:\n" in english.stdout
