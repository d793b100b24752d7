"""`kill -9` of `studio chat` in the middle of making pictures never costs a committed edit."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading

from studio.core.assistant.conversation import to_chat_messages
from studio.core.app.project import Project

IMAGES = "/v1/images/generations"


def test_a_chat_killed_while_drawing_reopens_with_everything_it_had_committed(tmp_path, fake_openai):
    fake_openai.together = threading.Barrier(5, timeout=120)  # four requests wait for a fifth that never comes
    book = tmp_path / "Larry.storybook"
    env = dict(os.environ, OPENAI_API_KEY="test-key", OPENAI_BASE_URL=fake_openai.base_url, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([sys.executable, "-m", "studio", "chat", str(book), "draw Larry the hedgehog",
                             "--backend", "openai"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env)
    try:
        prompts = []
        for line in proc.stdout:
            if line.startswith("prompt "):
                prompts.append(line)
            if len(prompts) == 4:
                break
        while fake_openai.together.n_waiting < 4:  # every picture is being drawn: the jobs are running
            assert proc.poll() is None, proc.stderr.read()
            threading.Event().wait(0.01)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    finally:
        fake_openai.together.abort()
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -9

    with sqlite3.connect(book) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    project = Project.open(book)
    try:
        messages = project.messages()
        assert messages[0].content == "draw Larry the hedgehog"
        call = messages[1].tool_calls[0]
        assert call.name == "make_images" and len(json.loads(call.arguments)["prompts"]) == 4
        jobs = project.jobs.all()
        assert len(jobs) == 4 and {j.state for j in jobs} == {"cancelled"}  # can be retried, not "running"
        assert all("closed before" in j.error for j in jobs)
        chat = to_chat_messages(messages)  # the conversation can go on: the open tool call gets an answer
        assert chat[-1]["role"] == "tool" and chat[-1]["tool_call_id"] == call.id
    finally:
        project.close()
