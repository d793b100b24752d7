"""`studio chat` with pictures from Automatic1111 (a stand-in server), and the progress lines both local generators
print: a few per picture in a log (the output here is not a terminal)."""

from __future__ import annotations

import os
import re

from studio.core.app.project import Project
from tests.fake_a1111 import FakeA1111
from tests.fake_comfyui import FakeComfyUI
from tests.test_cli_faults import studio

QUESTION = "What does a super-duper sunflower hedgehog look like?"


def progress_lines(stdout: str) -> dict[int, list[tuple[int, int]]]:
    found: dict[int, list[tuple[int, int]]] = {}
    for number, step, steps in re.findall(r"^picture (\d+): step (\d+) of (\d+)$", stdout, re.MULTILINE):
        found.setdefault(int(number), []).append((int(step), int(steps)))
    return found


def test_chat_draws_four_pictures_with_automatic1111_and_says_how_far_each_is(tmp_path):
    book = tmp_path / "Larry.storybook"
    with FakeA1111(["tiny.safetensors"], steps_delay=0.06) as a1111:  # longer than a look at /progress
        run = studio("chat", book, QUESTION, "--words", "offline", "--pictures", "automatic1111",
                     env={**os.environ, "A1111_URL": a1111.url})
        sent = list(a1111.requests)
    assert run.returncode == 0, run.stderr
    assert len(sent) == 4 and all(route == "txt2img" for route, _ in sent)
    assert len({body["seed"] for _, body in sent}) == 4  # a new seed each
    project = Project.open(book, read_only=True)
    try:
        pictures = project.images()
        assert len(pictures) == 4 and {p.model for p in pictures} == {"tiny.safetensors [0123abcd]"}
        assert {(p.width, p.height) for p in pictures} == {(sent[0][1]["width"], sent[0][1]["height"])}
        assert {p.settings["seed"] for p in pictures} == {body["seed"] for _, body in sent}
    finally:
        project.close()
    lines = progress_lines(run.stdout)
    assert set(lines) == {1, 2, 3, 4}, run.stdout
    assert all(1 <= len(seen) <= 4 and seen[-1] == (20, 20) for seen in lines.values())  # a few each, then done
    assert "cost of this book so far: ≈ $0.00 · 4 pictures · 0 tokens\n" in run.stdout  # free: no "no price for"


def test_comfyui_progress_lines_are_a_few_per_picture(tmp_path):
    with FakeComfyUI(["tiny.safetensors"]) as comfy:
        run = studio("chat", tmp_path / "C.storybook", "draw a hedgehog", "--words", "offline", "--pictures",
                     "comfyui", env={**os.environ, "COMFYUI_URL": comfy.url})
    assert run.returncode == 0, run.stderr
    lines = progress_lines(run.stdout)
    assert lines and all(1 <= len(seen) <= 4 and seen[-1][0] == seen[-1][1] for seen in lines.values()), run.stdout


def test_automatic1111_started_without_api_exits_2_saying_so(tmp_path):
    with FakeA1111(api=False) as a1111:
        run = studio("chat", tmp_path / "B.storybook", "draw a hedgehog", "--words", "offline", "--pictures",
                     "automatic1111", env={**os.environ, "A1111_URL": a1111.url})
    assert run.returncode == 2, run.stdout + run.stderr
    assert "--api" in run.stderr
