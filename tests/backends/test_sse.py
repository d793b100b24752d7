import asyncio

from studio.backends.sse import Event, events


def parse(text: str) -> list[Event]:
    async def lines():
        for line in text.splitlines():
            yield line

    async def run():
        return [e async for e in events(lines())]

    return asyncio.run(run())


def test_data_lines_join_and_a_blank_line_ends_the_event():
    assert parse("data: {\"a\":\ndata: 1}\n\ndata:[DONE]\n\n") == [Event(None, '{"a":\n1}'), Event(None, "[DONE]")]
    assert parse("data: {\"a\":\ndata: 1}\n\n")[0].json() == {"a": 1}


def test_event_names_are_kept_and_comments_and_unknown_fields_ignored():
    got = parse(": keep-alive\nid: 7\nevent: error\ndata: {}\n\ndata: x\n\n")
    assert got == [Event("error", "{}"), Event(None, "x")]


def test_an_event_the_stream_ends_in_is_dropped():
    assert parse("data: whole\n\ndata: {\"b64_json\": \"iVBOR") == [Event(None, "whole")]
