"""Draw Again on a picture a local generator made brings the same picture back: its recorded seed, size and
checkpoint are sent again. More like this is a new picture: a new seed."""

from __future__ import annotations

import asyncio

from studio.core.app.pictures import draw_again
from studio.core.app.project import Project
from studio.core.app.studio import Studio
from studio.core.settings import Settings
from tests.fake_a1111 import FakeA1111
from tests.fake_comfyui import FakeComfyUI


def sampler(graph: dict) -> dict:
    return next(n for n in graph.values() if n["class_type"] == "KSampler")["inputs"]


def latent(graph: dict) -> dict:
    return next(n for n in graph.values() if n["class_type"] == "EmptyLatentImage")["inputs"]


def test_draw_again_on_a_comfyui_picture_sends_its_seed_size_and_checkpoint(tmp_path, monkeypatch):
    with FakeComfyUI(["a.safetensors", "b.safetensors"]) as comfy:
        monkeypatch.setenv("COMFYUI_URL", comfy.url)
        studio = Studio(Settings(backend="offline", pictures="comfyui", comfyui_steps=2))
        project = Project.create(tmp_path / "Again.storybook")
        try:
            assistant = studio.assistant(project)
            first = asyncio.run(assistant.draw("Draw a hedgehog", ["a hedgehog"], sizes=["768x512"])).images[0]
            # Settings now name another checkpoint: Draw Again still uses the one the picture was made with
            studio.apply_settings(Settings(backend="offline", pictures="comfyui", comfyui_steps=2,
                                           comfyui_checkpoint="b.safetensors"))
            assistant = studio.assistant(project)
            again = asyncio.run(draw_again(assistant, first.id)).images[0]
            more = asyncio.run(assistant.more_like_this(first.id)).images
            graphs = list(comfy.prompts)
            again_data, first_data = project.image_data(again.id), project.image_data(first.id)
        finally:
            asyncio.run(studio.aclose())
            project.close()
    assert sampler(graphs[1])["seed"] == sampler(graphs[0])["seed"] == first.settings["seed"] == again.settings["seed"]
    assert latent(graphs[1]) == latent(graphs[0]) and (again.width, again.height) == (768, 512)
    assert graphs[1]["4"]["inputs"]["ckpt_name"] == "a.safetensors" == again.settings["checkpoint"]
    assert again_data == first_data  # the same picture came back
    assert more and all(sampler(g)["seed"] != first.settings["seed"] for g in graphs[2:])  # new seeds


def test_draw_again_on_an_automatic1111_picture_sends_its_seed_and_checkpoint(tmp_path, monkeypatch):
    with FakeA1111(["a.safetensors", "b.safetensors"]) as a1111:
        monkeypatch.setenv("A1111_URL", a1111.url)
        studio = Studio(Settings(backend="offline", pictures="automatic1111", a1111_steps=2,
                                 a1111_checkpoint="b.safetensors [0123abcd]"))
        project = Project.create(tmp_path / "Again.storybook")
        try:
            assistant = studio.assistant(project)
            first = asyncio.run(assistant.draw("Draw a hedgehog", ["a hedgehog"])).images[0]
            again = asyncio.run(draw_again(assistant, first.id)).images[0]
            sent = [body for _, body in a1111.requests]
            same = project.image_data(again.id) == project.image_data(first.id)
        finally:
            asyncio.run(studio.aclose())
            project.close()
    assert sent[1]["seed"] == sent[0]["seed"] == first.settings["seed"]
    assert sent[1]["override_settings"] == sent[0]["override_settings"]
    assert (sent[1]["width"], sent[1]["height"]) == (sent[0]["width"], sent[0]["height"]) and same


def test_draw_again_with_another_generator_does_not_send_a_checkpoint_it_lacks(tmp_path, monkeypatch):
    """A ComfyUI picture drawn again by Automatic1111: a new picture from the same words, with A1111's own model."""
    with FakeComfyUI(["comfy-only.safetensors"]) as comfy, FakeA1111(["a.safetensors"]) as a1111:
        monkeypatch.setenv("COMFYUI_URL", comfy.url)
        monkeypatch.setenv("A1111_URL", a1111.url)
        studio = Studio(Settings(backend="offline", pictures="comfyui", comfyui_steps=2))
        project = Project.create(tmp_path / "Swap.storybook")
        try:
            first = asyncio.run(studio.assistant(project).draw("Draw", ["a hedgehog"])).images[0]
            studio.apply_settings(Settings(backend="offline", pictures="automatic1111", a1111_steps=2))
            again = asyncio.run(draw_again(studio.assistant(project), first.id)).images
            body = a1111.requests[0][1]
        finally:
            asyncio.run(studio.aclose())
            project.close()
    assert again and body["override_settings"]["sd_model_checkpoint"] == "a.safetensors [0123abcd]"
