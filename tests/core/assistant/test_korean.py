"""The assistant in Korean: its notices, refusals and errors read in the studio's language, and what the studio tells
the chat model follows that language while the model still answers in the language the person writes in."""

import asyncio

import pytest

from studio.backends.base import BackendError
from studio.backends.offline import OfflineBackend
from studio.core import (
    backend_choice,  # noqa: F401 - hands the core's lookups to the backends, as the studio does
    i18n,
)
from studio.core.assistant import styles
from studio.core.assistant.assistant import Assistant, EmptyMessage
from studio.core.assistant.turn_events import CastRemembered
from studio.core.jobs.spending import SpendingCapError
from tests.core.jobs.test_spending import studio_runner
from tests.fake_openai import backend_for

CHAT = "/v1/chat/completions"


def _system(server) -> str:
    return server.requests_to(CHAT)[-1]["messages"][0]["content"]


def test_a_new_character_is_announced_and_undone_in_korean(project, korean):
    events = []
    asyncio.run(Assistant(project, OfflineBackend()).send("그의 이름은 래리야", events.append))
    notices = [e.notice for e in events if isinstance(e, CastRemembered)]
    assert notices == ["래리가 등장인물이 되었어요."]
    assert project.history.next_undo().name == "도우미: 래리 기억하기"


def test_a_batch_over_the_book_cap_is_refused_in_korean(fake_openai, project, korean):
    backend = backend_for(fake_openai)
    assistant = Assistant(project, backend, studio_runner(project, backend, book_cap=0.10))
    with pytest.raises(SpendingCapError) as caught:
        asyncio.run(assistant.draw("연 네 개", [f"a kite number {i}" for i in range(4)]))
    message = str(caught.value)
    assert message.startswith("시작하지 않았어요: 그림 4장, 약 $0.17")
    assert "이 책의 비용 한도 $0.10" in message and "설정(비용 탭)에서 한도를 올리거나" in message
    assert fake_openai.requests_to("/v1/images/generations") == []


def test_an_empty_message_and_a_bad_server_address_are_said_in_korean(project, korean):
    from studio.backends.address import check_address

    with pytest.raises(EmptyMessage, match="보낼 내용이 없어요"):
        asyncio.run(Assistant(project, OfflineBackend()).send("   "))
    with pytest.raises(BackendError, match="서버 주소 “ftp://example.com”이\\(가\\) 올바르지 않아요"):
        check_address("ftp://example.com")


def test_style_names_follow_the_language_and_a_persons_own_name_does_not(korean):
    assert [styles.get(s).label for s in ("watercolor", "crayon", "sticker")] == ["동화책 수채화", "크레용", "스티커"]
    assert styles.Style("own-1", "Crayon", "my own crayon look").label == "Crayon"  # a name a person gave
    i18n.set_language("en")
    assert styles.get("crayon").label == "Crayon"


def test_under_korean_the_model_is_told_the_person_reads_korean(fake_openai, project, korean):
    fake_openai.chat_script.append({"text": "안녕하세요!"})
    result = asyncio.run(Assistant(project, backend_for(fake_openai)).send("🦔"))
    system = _system(fake_openai)
    assert "Answer in the language the user writes in" in system
    assert "reads Korean" in system and "answer in Korean" in system
    assert fake_openai.requests_to(CHAT)[-1]["messages"][-1]["content"] == "🦔"
    assert result.reply == "안녕하세요!"


def test_under_english_the_model_is_not_pushed_to_korean(fake_openai, project):
    fake_openai.chat_script.append({"text": "네, 그려 볼게요."})
    asyncio.run(Assistant(project, backend_for(fake_openai)).send("고슴도치 이야기를 해 줘"))
    system = _system(fake_openai)
    assert "Answer in the language the user writes in" in system
    assert "Korean" not in system
    assert fake_openai.requests_to(CHAT)[-1]["messages"][-1]["content"] == "고슴도치 이야기를 해 줘"


def test_offline_replies_follow_the_studios_language(project):
    english = asyncio.run(Assistant(project, OfflineBackend()).send("draw a hedgehog"))
    assert "sketched offline" in english.reply and "in the gallery" in english.reply
    i18n.set_language("ko")
    try:
        korean = asyncio.run(Assistant(project, OfflineBackend()).send("draw a hedgehog"))
        chat = asyncio.run(Assistant(project, OfflineBackend()).send("hello"))
    finally:
        i18n.set_language("en")
    assert "오프라인 스케치 4장" in korean.reply and "갤러리에 있어요" in korean.reply
    assert chat.reply.startswith("지금은 오프라인 모드라서")
