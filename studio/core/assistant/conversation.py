"""Turning the project's stored messages into what a chat model reads, within its context budget.

The system prompt and the cast are always sent. Whole turns (a user message and everything that answered it)
are kept from the newest backwards while they fit; older ones are replaced by a short summary.
"""

from __future__ import annotations

import json
from typing import Any, Iterable

from studio.core import i18n
from studio.core.assistant.tools import system_prompt as instructions
from studio.core.document.model import CastMember, Message, Page

DEFAULT_BUDGET = 24_000
PAGES_TOLD = 60  # pages listed to the model; a longer book is summarised after these
KINDS = {"cover": "cover", "back_cover": "back cover", "title": "title page", "dedication": "dedication"}


def estimate_tokens(text: str) -> int:
    """Rough and cautious: about 4 ASCII characters per token, one token per other character (Hangul)."""
    ascii_chars = sum(1 for ch in text if ord(ch) < 128)
    return ascii_chars // 4 + (len(text) - ascii_chars) + 4


def cast_block(members: Iterable[CastMember]) -> str:
    lines = []
    for m in members:
        names = m.name + (f" (also {', '.join(m.aliases)})" if m.aliases else "")
        refs = f" Reference pictures: {', '.join(f'#{i}' for i in m.reference_ids)}." if m.reference_ids else ""
        lines.append(f"- {names}: {m.description}{refs}")
    if not lines:
        return ""
    return "The book's cast (draw them exactly like this whenever they appear):\n" + "\n".join(lines)


def pages_block(labelled: list[tuple[str, Page]]) -> str:
    """The book's pages by the labels the person sees (book.page_labels), each with what its picture frame
    holds and how its words begin, so the model names the page the person means ("page 6" is the book's 6)."""
    lines = []
    for label, page in labelled[:PAGES_TOLD]:
        picture, words = page.frame("image"), page.frame("text")
        kind = f" ({KINDS[page.kind]})" if page.kind in KINDS and label not in ("cover", "back") else ""
        holds = ("no picture frame" if picture is None else
                 "picture frame empty" if picture.image_id is None else f"picture #{picture.image_id}")
        text = " ".join(words.text.split()) if words is not None else ""
        said = f"; words: “{text[:60]}{'…' if len(text) > 60 else ''}”" if text else ""
        lines.append(f"- {label}{kind}: {holds}{said}")
    if not lines:
        return ""
    if len(labelled) > PAGES_TOLD:
        lines.append(f"- … and {len(labelled) - PAGES_TOLD} more pages, up to {labelled[-1][0]}")
    return ("The book's pages, by the labels the person sees (use these labels for make_images' page, and say "
            "\"page 6\" only for the page labelled 6):\n" + "\n".join(lines))


def _user_content(m: Message) -> str:
    selected = m.extra.get("selected_image")
    style = m.extra.get("style")
    notes = []
    if selected:
        notes.append(f"[The user has picture #{selected} selected.]")
    if style:
        notes.append(f"[Style chosen in the chat box: {style}.]")
    return m.content + ("\n\n" + " ".join(notes) if notes else "")


def _turns(messages: list[Message]) -> list[list[Message]]:
    turns: list[list[Message]] = []
    for m in messages:
        if m.role == "user" or not turns:
            turns.append([])
        turns[-1].append(m)
    return turns


def _render(turn: list[Message]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    answered = {m.tool_call_id for m in turn if m.role == "tool"}
    for m in turn:
        if m.role == "assistant":
            entry: dict[str, Any] = {"role": "assistant", "content": m.content or None}
            if m.tool_calls:
                entry["tool_calls"] = [
                    {"id": c.id, "type": "function", "function": {"name": c.name, "arguments": c.arguments}}
                    for c in m.tool_calls
                ]
            out.append(entry)
            for c in m.tool_calls:
                if c.id not in answered:  # a stopped turn: every call still needs an answer
                    out.append({"role": "tool", "tool_call_id": c.id,
                                "content": json.dumps({"error": "not completed (the turn was stopped)"})})
        elif m.role == "tool":
            out.append({"role": "tool", "tool_call_id": m.tool_call_id, "content": m.content})
        elif m.role == "user":
            out.append({"role": "user", "content": _user_content(m)})
    return out


def _summary_line(turn: list[Message]) -> str:
    asked = next((m.content for m in turn if m.role == "user"), "")
    did = []
    for m in turn:
        for c in m.tool_calls:
            did.append(c.name)
    text = f"- The user said: “{asked[:120]}{'…' if len(asked) > 120 else ''}”"
    return text + (f" (you used: {', '.join(did)})" if did else "")


def to_chat_messages(messages: list[Message], cast: Iterable[CastMember] = (), budget: int = DEFAULT_BUDGET,
                     system_prompt: str | None = None, pages: str = "") -> list[dict[str, Any]]:
    """`pages` is pages_block's list of the book's pages, told with the cast in the system message; the
    instructions are those for the studio's language unless `system_prompt` is given."""
    system = instructions(i18n.language()) if system_prompt is None else system_prompt
    for block in (cast_block(cast), pages):
        if block:
            system += "\n\n" + block
    turns = [_render(t) for t in _turns(messages)]
    summary_budget = budget // 5  # room kept for the summary of whatever does not fit
    remaining = budget - estimate_tokens(system) - summary_budget
    kept: list[list[dict[str, Any]]] = []
    for turn in reversed(turns):
        cost = sum(estimate_tokens(json.dumps(m, ensure_ascii=False)) for m in turn)
        if kept and cost > remaining:
            break
        kept.append(turn)
        remaining -= cost
    kept.reverse()
    out: list[dict[str, Any]] = [{"role": "system", "content": system}]
    dropped = _turns(messages)[: len(turns) - len(kept)]
    if dropped:
        lines: list[str] = []
        for turn in reversed(dropped):  # the most recent of the dropped turns matter most
            line = _summary_line(turn)
            summary_budget -= estimate_tokens(line)
            if summary_budget < 0:
                lines.append(f"- … and {len(dropped) - len(lines)} earlier messages.")
                break
            lines.append(line)
        lines.reverse()
        out.append({"role": "system", "content": "Earlier in this conversation (summarised):\n" + "\n".join(lines)})
    for turn in kept:
        out.extend(turn)
    return out
