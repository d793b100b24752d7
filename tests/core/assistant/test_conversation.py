"""What the chat model reads of a long conversation: within the budget, the cast and the latest turn kept."""

import json

from studio.core.assistant.conversation import estimate_tokens, to_chat_messages


def test_conversation_is_trimmed_to_the_budget_but_keeps_the_cast_and_the_latest_turn(project):
    project.cast.remember("Larry", "a sunflower hedgehog")
    for i in range(60):
        project.add_message("user", f"message number {i} " + "words " * 80)
        project.add_message("assistant", f"reply {i} " + "more " * 80)
    chat = to_chat_messages(project.messages(), project.cast.all(), budget=2000)
    assert "Larry: a sunflower hedgehog" in chat[0]["content"]
    summary = chat[1]["content"]
    assert summary.startswith("Earlier in this conversation") and "earlier messages" in summary
    kept_first = int(chat[2]["content"].split()[2])
    assert f"message number {kept_first - 1} " in summary  # the turn just before the kept ones is summarised
    assert chat[-2]["content"].startswith("message number 59")
    assert sum(estimate_tokens(json.dumps(m, ensure_ascii=False)) for m in chat) <= 2000
    assert len(chat) < 40
