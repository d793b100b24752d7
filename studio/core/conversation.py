"""Turning the project's stored messages into what a chat model reads."""

from __future__ import annotations

import json
from typing import Any

from studio.core.model import Message
from studio.core.tools import SYSTEM_PROMPT


def to_chat_messages(messages: list[Message], system_prompt: str = SYSTEM_PROMPT) -> list[dict[str, Any]]:
    """Chat Completions messages; every tool call is answered, even one a cancelled turn left open."""
    out: list[dict[str, Any]] = [{"role": "system", "content": system_prompt}]
    answered = {m.tool_call_id for m in messages if m.role == "tool"}
    for m in messages:
        if m.role == "assistant":
            entry: dict[str, Any] = {"role": "assistant", "content": m.content or None}
            if m.tool_calls:
                entry["tool_calls"] = [
                    {"id": c.id, "type": "function", "function": {"name": c.name, "arguments": c.arguments}}
                    for c in m.tool_calls
                ]
            out.append(entry)
            for c in m.tool_calls:
                if c.id not in answered:
                    out.append({"role": "tool", "tool_call_id": c.id,
                                "content": json.dumps({"error": "not completed (the turn was stopped)"})})
        elif m.role == "tool":
            out.append({"role": "tool", "tool_call_id": m.tool_call_id, "content": m.content})
        elif m.role == "user":
            out.append({"role": "user", "content": m.content})
    return out
