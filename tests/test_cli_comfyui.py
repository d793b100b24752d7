"""`studio chat` and `studio book` with words from one place and pictures from ComfyUI (a stand-in server)."""

from __future__ import annotations

import io
import json
import os

from PIL import Image

from studio.core.app.project import Project
from tests.fake_comfyui import FakeComfyUI
from tests.backends.test_comfyui import WEIGHTLESS
from tests.test_cli_faults import failed_with_one_line, studio


def env(url: str) -> dict[str, str]:
    return {**os.environ, "COMFYUI_URL": url}


def test_chat_draws_four_pictures_with_comfyui_at_the_asked_size(tmp_path):
    book = tmp_path / "Larry.storybook"
    with FakeComfyUI(["tiny.safetensors"]) as comfy:
        run = studio("chat", book, "What does a super-duper sunflower hedgehog look like?", "--words", "offline",
                     "--pictures", "comfyui", env=env(comfy.url))
        sent = list(comfy.prompts)
    assert run.returncode == 0, run.stderr
    assert len(sent) == 4
    project = Project.open(book, read_only=True)
    try:
        pictures = project.images()
        assert len(pictures) == 4 and {p.model for p in pictures} == {"tiny.safetensors"}
        for picture in pictures:
            with Image.open(io.BytesIO(project.image_data(picture.id))) as img:
                asked = next(n for n in sent[0].values() if n["class_type"] == "EmptyLatentImage")["inputs"]
                assert img.size == (asked["width"], asked["height"])
            assert picture.settings["seed"] and picture.settings["checkpoint"] == "tiny.safetensors"
    finally:
        project.close()
    assert "cost of this book so far: ≈ $0.00" in run.stdout  # nothing asked, nothing paid: one's own machine


def test_no_checkpoint_exits_2_with_the_reason(tmp_path):
    with FakeComfyUI([]) as comfy:
        run = studio("chat", tmp_path / "B.storybook", "draw a hedgehog", "--words", "offline", "--pictures",
                     "comfyui", env=env(comfy.url))
    assert run.returncode == 2
    assert "has no checkpoint" in run.stderr and "models/checkpoints" in run.stderr


def test_own_workflow_runs_with_size_and_seed_in_its_nodes(tmp_path):
    flow = tmp_path / "flow.json"
    flow.write_text(json.dumps(WEIGHTLESS))
    with FakeComfyUI([]) as comfy:
        run = studio("chat", tmp_path / "W.storybook", "draw a hedgehog", "--words", "offline", "--pictures",
                     "comfyui", "--workflow", flow, env=env(comfy.url))
        sent = list(comfy.prompts)
    assert run.returncode == 0, run.stderr
    assert "prompt → node 1 (PrimitiveString “Positive prompt”)" in run.stdout
    assert len(sent) == 4 and len({g["2"]["inputs"]["value"] for g in sent}) == 4  # four runs, four seeds


def test_book_with_comfyui_pictures_in_each_frames_shape(tmp_path):
    book = tmp_path / "Tea.storybook"
    with FakeComfyUI(["tiny.safetensors"]) as comfy:
        run = studio("book", book, "--idea", "Larry serves tea in a thunderstorm", "--pages", "4", "--words",
                     "offline", "--pictures", "comfyui", env=env(comfy.url), timeout=300)
    assert run.returncode == 0, run.stderr + run.stdout
    project = Project.open(book, read_only=True)
    try:
        from studio.core.layout.print_size import frame_pixels

        fmt = project.book_format()
        story = [p for p in project.pages() if p.kind == "story"]
        assert len(story) == 4
        for page in story:
            frame = page.frame("image")
            record = project.image(frame.image_id)
            want_w, want_h = frame_pixels(fmt, page, frame)
            assert abs(record.width / record.height - want_w / want_h) < 0.03  # the frame's shape
    finally:
        project.close()


def test_chat_drafts_at_512_for_a_stable_diffusion_15_checkpoint(tmp_path):
    """An SD 1.5 checkpoint draws best, and on a CPU four times quicker, at its own 512 × 512 than at 1024."""
    with FakeComfyUI(["v1-5-pruned-emaonly.safetensors"]) as comfy:
        run = studio("chat", tmp_path / "Larry.storybook", "What does a super-duper sunflower hedgehog look like?",
                     "--words", "offline", "--pictures", "comfyui", env=env(comfy.url))
        sent = list(comfy.prompts)
    assert run.returncode == 0, run.stderr
    sizes = {(n["inputs"]["width"], n["inputs"]["height"]) for graph in sent for n in graph.values()
             if n["class_type"] == "EmptyLatentImage"}
    assert sizes == {(512, 512)}
