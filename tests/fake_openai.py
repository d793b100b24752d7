"""A small OpenAI-compatible HTTP server on 127.0.0.1 for tests and benches.

Real HTTP, real SSE: the official client talks to it exactly as it would to the real service.
Chat replies can be scripted; otherwise it acts like a model that draws when asked to see something.
Faults (429 with retry-after, 500, dropped connections, streams cut mid-way, refusals) can be queued per path.
"""

from __future__ import annotations

import base64
import email.policy
import hashlib
import io
import json
import os
import socket
import sys
import threading
import time
from collections import defaultdict, deque
from email.parser import BytesParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable

from PIL import Image

PICTURE_WORDS = ("look like", "show me", "draw", "design", "can i see", "그려", "보여")
MODELS = ["gpt-5.4-mini", "gpt-image-2", "tiny-local-model"]


_NOISY: dict[tuple[int, int, bool], bytes] = {}


def noisy_png(w: int, h: int, blurred: bool = False) -> bytes:
    """Random pixels: about as costly to decode as a real picture (flat colour decodes in no time).
    Blurred, it stands for a streamed partial picture: full size like the real ones, but soft."""
    if (w, h, blurred) not in _NOISY:
        if blurred:
            small = Image.frombytes("RGB", (max(1, w // 8), max(1, h // 8)), os.urandom(max(1, w // 8) * max(1, h // 8) * 3))
            image = small.resize((w, h), Image.Resampling.BILINEAR)
        else:
            image = Image.frombytes("RGB", (w, h), os.urandom(w * h * 3))
        buf = io.BytesIO()
        image.save(buf, format="PNG", compress_level=1)
        _NOISY[(w, h, blurred)] = buf.getvalue()
    return _NOISY[(w, h, blurred)]


def png_for(prompt: str, size: str = "64x64", max_edge: int = 64) -> bytes:
    w, h = (int(v) for v in size.split("x"))
    w, h = min(w, max_edge), min(h, max_edge)  # small keeps tests fast; the client does not care
    colour = tuple(hashlib.sha256(prompt.encode()).digest()[:3])
    buf = io.BytesIO()
    Image.new("RGB", (w, h), colour).save(buf, format="PNG")
    return buf.getvalue()


def _sse(event: dict[str, Any]) -> bytes:
    return f"data: {json.dumps(event)}\n\n".encode()


def _parse_multipart(content_type: str, raw: bytes) -> dict[str, Any]:
    """A multipart form (images.edit) as a dict; files are kept as bytes, several "image" parts as a list."""
    message = BytesParser(policy=email.policy.default).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + raw)
    body: dict[str, Any] = {"images": []}
    for part in message.iter_parts():
        name = (part.get_param("name", header="content-disposition") or "").removesuffix("[]")
        payload = part.get_payload(decode=True) or b""
        if name == "image":
            body["images"].append(payload)
        elif name == "mask":
            body["mask"] = payload
        else:
            body[name] = payload.decode()
    return body


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):  # a client that hung up (or was killed) is normal
            super().handle_error(request, client_address)


class FakeOpenAI:
    def __init__(self, latency: float = 0.0, max_edge: int = 64, noisy: bool = False) -> None:
        self.latency = latency
        self.max_edge = max_edge
        self.noisy = noisy
        self.requests: list[tuple[str, dict[str, Any], dict[str, str]]] = []
        self.chat_script: deque[dict[str, Any]] = deque()
        self.faults: dict[str, deque[dict[str, Any]]] = defaultdict(deque)
        self._lock = threading.Lock()
        self._encoded: dict[tuple[Any, ...], bytes] = {}
        self.streams_pictures = True  # False: a server that ignores stream=True for pictures and answers in one piece
        self.stream_gap = 0.0  # seconds between streamed events, as a server that is still working would leave
        # When set, each streamed picture event after the first waits until a test releases it (e.g. once the
        # previous preview was shown): a server that is "still working" without depending on the clock.
        self.pace: threading.Semaphore | None = None
        # When set, picture requests are answered only once this many are in flight together (a failed wait
        # answers 500): proof that a client sends them concurrently, whatever the machine's speed.
        self.together: threading.Barrier | None = None
        self._server = _QuietServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.02},
                                        daemon=True)

    @property
    def base_url(self) -> str:
        return f"{self.origin}/v1"

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def start(self) -> "FakeOpenAI":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def fault(self, path: str, **spec: Any) -> None:
        """Queue a fault for the next request to `path` ("/v1/chat/completions", "/v1/images/generations")."""
        self.faults[path].append(spec)

    def requests_to(self, path: str) -> list[dict[str, Any]]:
        return [body for p, body, _ in self.requests if p == path]

    def _next_fault(self, path: str) -> dict[str, Any] | None:
        with self._lock:
            queue = self.faults.get(path)
            return queue.popleft() if queue else None

    def _next_script(self) -> dict[str, Any] | None:
        with self._lock:
            return self.chat_script.popleft() if self.chat_script else None

    def encoded(self, key: tuple[Any, ...], build: Callable[[], bytes]) -> bytes:
        """A reply body, built once per distinct picture: the server's own base64 and JSON work is not part of the
        latency it stands for, and in a bench it would be counted against the client."""
        with self._lock:
            body = self._encoded.get(key)
        if body is None:
            body = build()
            with self._lock:
                self._encoded[key] = body
        return body

    @staticmethod
    def previews_in(path: str, body: dict[str, Any]) -> int:
        if not path.endswith(("/images/generations", "/images/edits")) or str(body.get("stream")).lower() != "true":
            return 0
        return int(body.get("partial_images") or 0)

    def image_reply(self, body: dict[str, Any], event_prefix: str = "image_generation",
                    fault: dict[str, Any] | None = None) -> tuple[bool, list[bytes]]:
        """What /images/generations or /images/edits answers: one JSON body, or SSE events (partials, then the
        finished picture) when the request asks for a stream."""
        fault = fault or {}
        prompt = body.get("prompt", "")
        size = body.get("size") or "64x64"
        edge = [min(int(v), self.max_edge) for v in size.split("x")]
        if fault.get("not_an_image"):
            raw = b"this is not a picture"
        elif self.noisy:
            raw = noisy_png(*edge)
        else:
            raw = png_for(prompt, size, self.max_edge)
        usage = {"input_tokens": 20, "output_tokens": 400, "total_tokens": 420,
                 "input_tokens_details": {"image_tokens": 0, "text_tokens": 20}}
        if str(body.get("stream")).lower() != "true" or not self.streams_pictures:
            return False, [self.encoded(("json", raw), lambda: json.dumps(
                {"created": 0, "data": [{"b64_json": base64.b64encode(raw).decode()}], "usage": usage}).encode())]
        common = {"background": body.get("background") or "auto", "created_at": 0, "output_format": "png",
                  "quality": "auto", "size": body.get("size") or "1024x1024"}
        chunks = []
        for i in range(int(body.get("partial_images") or 0)):
            partial = noisy_png(*edge, blurred=True) if self.noisy else png_for(f"{prompt} partial {i}", "16x16", 16)
            event = {**common, "type": f"{event_prefix}.partial_image", "partial_image_index": i}
            chunks.append(self.encoded(("partial", partial, json.dumps(event)), lambda: _sse(
                {**event, "b64_json": base64.b64encode(partial).decode()})))
        if "stream_error" in fault:  # the server gives up after the previews, inside a 200 answer
            chunks.append(b"event: error\n" + _sse({"error": {"code": fault["stream_error"], "message": "stopped"}}))
            return True, chunks
        done = {**common, "type": f"{event_prefix}.completed", "usage": usage}
        chunks.append(self.encoded(("done", raw, json.dumps(done)), lambda: _sse(
            {**done, "b64_json": base64.b64encode(raw).decode()})))
        return True, chunks

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # as web servers do: a reply's head and body are not held for an ACK

            _due = 0.0  # when the answer may start (the request's arrival plus the latency)
            _finish_at = 0.0  # when a streamed chat answer's last chunk is due

            def log_message(self, *args: Any) -> None:
                pass

            def _wait_until_due(self) -> None:
                delay, self._due = self._due - time.monotonic(), 0.0
                if delay > 0:
                    time.sleep(delay)

            def send_response(self, code: int, message: str | None = None) -> None:
                self._wait_until_due()
                super().send_response(code, message)

            def _json(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
                self._send_json(status, json.dumps(payload).encode(), headers)

            def _send_json(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)

            def _error(self, status: int, message: str, code: str | None = None, headers: dict[str, str] | None = None) -> None:
                self._json(status, {"error": {"message": message, "type": "invalid_request_error", "code": code}}, headers)

            def _drop(self) -> None:
                self.close_connection = True
                try:
                    self.connection.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

            def _plain(self, status: int, content_type: str, text: str) -> None:
                body = text.encode()
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def _hold(self, keepalive: bool) -> None:
                """Never answer (or answer only with SSE keep-alive comments) until the client hangs up."""
                if keepalive:
                    self.send_response(200)
                    self.send_header("Content-Type", "text/event-stream")
                    self.end_headers()
                self.close_connection = True
                for _ in range(600):  # at most a minute, should a client never give up
                    try:
                        if keepalive:
                            self.wfile.write(b": keep-alive\n\n")
                            self.wfile.flush()
                        elif self.connection.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b"":
                            return  # the client hung up
                    except BlockingIOError:
                        pass
                    except OSError:
                        return
                    time.sleep(0.1)

            def _apply_fault(self, fault: dict[str, Any]) -> bool:
                self._due = max(self._due, self._finish_at)  # a fault comes when the whole answer would have
                self._wait_until_due()
                if fault.get("drop"):
                    self._drop()
                    return True
                if fault.get("silent") or fault.get("keepalive"):
                    self._hold(bool(fault.get("keepalive")))
                    return True
                if "html" in fault:  # a web server or a proxy's page where the API should be
                    self._plain(fault["html"], "text/html", "<html><body><h1>Welcome</h1></body></html>")
                    return True
                if "status" in fault:
                    headers = {"retry-after": str(fault["retry_after"])} if "retry_after" in fault else {}
                    self._error(fault["status"], fault.get("message", "fault"), fault.get("code"), headers)
                    return True
                return False

            def do_GET(self) -> None:
                if self.path.rstrip("/") == "/v1/models":
                    fake.requests.append((self.path, {}, {k.lower(): v for k, v in self.headers.items()}))
                    self._json(200, {"object": "list", "data": [
                        {"id": m, "object": "model", "created": 0, "owned_by": "fake"} for m in MODELS]})
                else:
                    self._plain(404, "text/plain", "404 page not found")  # as a web server says it

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                arrived = time.monotonic()  # the latency counts from here: reading the request is the server's work
                self._due = self._finish_at = 0.0
                content_type = self.headers.get("Content-Type", "")
                if content_type.startswith("multipart/form-data"):
                    body = _parse_multipart(content_type, raw)
                else:
                    try:
                        body = json.loads(raw or b"{}")
                    except ValueError:
                        body = {"_raw": raw.decode(errors="replace")}
                path = self.path.split("?")[0]
                # Azure puts the deployment in the path: /openai/deployments/NAME/chat/completions
                for route in ("/chat/completions", "/images/generations", "/images/edits"):
                    if path.endswith(route) and path.startswith("/openai/deployments/"):
                        body["_deployment"] = path.split("/")[3]
                        body["_query"] = self.path.partition("?")[2]
                        path = "/v1" + route
                fake.requests.append((path, body, {k.lower(): v for k, v in self.headers.items()}))
                if fake.together is not None and "/images/" in path:
                    try:
                        fake.together.wait()
                    except threading.BrokenBarrierError:
                        self._error(500, "picture requests did not arrive together")
                        return
                if fake.latency and path == "/v1/chat/completions":
                    # A chat server streams its words while it writes them: the latency (the time to the last
                    # word) is spread over the chunks, and the client reads them as they come.
                    self._finish_at = arrived + fake.latency
                elif fake.latency:
                    # A picture server sends its previews while it is still drawing: with N of them, the latency
                    # (the time to the finished picture) is spread over the N + 1 events. The answer is built
                    # inside that time, as a real server's work is part of its latency.
                    self._due = arrived + fake.latency / (1 + fake.previews_in(path, body))
                fault = fake._next_fault(path)
                if fault and self._apply_fault(fault):
                    return
                if path == "/v1/chat/completions":
                    self._chat(body, fault or {})
                elif path in ("/v1/images/generations", "/v1/images/edits"):
                    self._image(body, fault or {}, "image_edit" if path.endswith("edits") else "image_generation")
                else:
                    self._plain(404, "text/plain", "404 page not found")

            def _image(self, body: dict[str, Any], fault: dict[str, Any], event_prefix: str) -> None:
                streamed, chunks = fake.image_reply(body, event_prefix, fault)
                if not streamed:
                    self._send_json(200, chunks[0])
                    return
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Connection", "close")
                self.end_headers()
                self.close_connection = True
                gap = fake.stream_gap or fake.latency / len(chunks)
                self._write_events(chunks, fault.get("cut_after"), gap, fake.pace)

            def _write_events(self, events: list[bytes], cut_after: int | None, gap: float = 0.0,
                              pace: threading.Semaphore | None = None, finish_at: float = 0.0) -> None:
                begun = time.monotonic()
                for i, event in enumerate(events):
                    if i and pace is not None and not pace.acquire(timeout=60):
                        self._drop()  # the test never released it: end rather than hang
                        return
                    if i and gap:
                        time.sleep(gap)
                    if finish_at:  # evenly up to finish_at, by the clock: no drift from many short sleeps
                        delay = begun + (finish_at - begun) * (i + 1) / len(events) - time.monotonic()
                        if delay > 0:
                            time.sleep(delay)
                    if cut_after is not None and i >= cut_after:
                        self.wfile.write(event[:len(event) // 2])  # half an event, then the line goes dead
                        self.wfile.flush()
                        self._drop()
                        return
                    self.wfile.write(event)
                    self.wfile.flush()

            def _chat(self, body: dict[str, Any], fault: dict[str, Any]) -> None:
                reply = fake._next_script() or self._default_reply(body.get("messages", []))
                chunks = list(self._chunks(body.get("model", ""), reply))
                if fault.get("no_choices"):  # a chunk with no "choices" at all, as some servers send first
                    chunks.insert(0, {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": 0,
                                      "model": body.get("model", "")})
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Connection", "close")
                self.end_headers()
                self.close_connection = True
                self._write_events([_sse(chunk) for chunk in chunks] + [b"data: [DONE]\n\n"], fault.get("cut_after"),
                                   finish_at=self._finish_at)

            @staticmethod
            def _default_reply(messages: list[dict[str, Any]]) -> dict[str, Any]:
                last = messages[-1] if messages else {}
                if last.get("role") == "tool":
                    return {"text": "Here they are!"}
                text = str(last.get("content", "")).lower()
                if any(w in text for w in PICTURE_WORDS):
                    prompts = [f"{text.strip('?')} — view {i + 1}, detailed watercolor" for i in range(4)]
                    return {"text": "Let me draw that.", "tool": "make_images", "arguments": {"prompts": prompts}}
                return {"text": "Hello from the fake model."}

            @staticmethod
            def _chunks(model: str, reply: dict[str, Any]):
                def chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
                    return {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": 0, "model": model,
                            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}

                yield chunk({"role": "assistant", "content": ""})
                for word in reply.get("text", "").split(" "):
                    if word:
                        yield chunk({"content": word + " "})
                if reply.get("refusal"):
                    yield chunk({"refusal": reply["refusal"]})
                if "tool" in reply:
                    args = json.dumps(reply["arguments"], ensure_ascii=False)
                    yield chunk({"tool_calls": [{"index": 0, "id": "call_1", "type": "function",
                                                  "function": {"name": reply["tool"], "arguments": ""}}]})
                    for start in range(0, len(args), 17):  # arguments in fragments, as real models stream them
                        yield chunk({"tool_calls": [{"index": 0, "function": {"arguments": args[start:start + 17]}}]})
                    yield chunk({}, "tool_calls")
                else:
                    yield chunk({}, "content_filter" if reply.get("filtered") else "stop")
                yield {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": 0, "model": model,
                       "choices": [], "usage": {"prompt_tokens": 50, "completion_tokens": 20, "total_tokens": 70}}

        return Handler


def backend_for(server: FakeOpenAI, retries: int = 0, **config: Any):
    """The real OpenAI backend pointed at `server`: no client retries and no streamed previews unless asked."""
    from studio.backends.openai_backend import OpenAIBackend, OpenAIConfig

    config.setdefault("partial_images", 0)
    config.setdefault("timeout", 60)
    return OpenAIBackend(OpenAIConfig(api_key="test-key", base_url=server.base_url, max_retries=retries, **config))


def main() -> None:
    """Run the server in its own process (for benches, so its work does not share our GIL):
    python -m tests.fake_openai [--latency S] [--max-edge N] [--noisy [--warm N]] [--script JSON] [--script-file F];
    prints the base URL,
    serves until stdin closes."""
    import argparse
    import sys

    parser = argparse.ArgumentParser()
    parser.add_argument("--latency", type=float, default=0.0)
    parser.add_argument("--max-edge", type=int, default=64)
    parser.add_argument("--noisy", action="store_true")
    parser.add_argument("--script", default="[]", help="chat replies, as a JSON list")
    parser.add_argument("--script-file", help="chat replies, as a JSON list in a file (for long scripts)")
    parser.add_argument("--warm", type=int, default=0, metavar="N",
                        help="with --noisy: encode a picture (and a stream with N previews) first, so the clock starts warm")
    args = parser.parse_args()
    server = FakeOpenAI(args.latency, args.max_edge, args.noisy)
    server.chat_script.extend(json.loads(args.script))
    if args.script_file:
        with open(args.script_file, encoding="utf-8") as f:
            server.chat_script.extend(json.load(f))
    if args.noisy:  # made once, before the clock starts
        size = f"{args.max_edge}x{args.max_edge}"
        server.image_reply({"size": size})
        server.image_reply({"size": size, "stream": True, "partial_images": args.warm})
    server.start()
    print(server.base_url, flush=True)
    sys.stdin.read()
    server.stop()


if __name__ == "__main__":
    main()
