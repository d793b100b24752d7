"""ComfyUI graphs in its API format ({node id: {"class_type", "inputs", "_meta"}}): the built-in text-to-image
and image-to-image graphs, and a person's own workflow with the nodes the studio fills in picked out.

A link to another node's output is written [node id, output index]. The class and input names are ComfyUI's own
(comfy/nodes.py: CheckpointLoaderSimple, CLIPTextEncode, EmptyLatentImage, KSampler, VAEDecode, VAEEncode,
VAEEncodeForInpaint, LoadImage, SaveImage; comfy_extras: PrimitiveString, PrimitiveInt)."""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from studio.backends.base import BackendError
from studio.backends.i18n import N_, _

Graph = dict[str, dict[str, Any]]


@dataclass(frozen=True)
class Sampling:
    checkpoint: str
    seed: int
    steps: int = 20
    cfg: float = 7.0
    sampler: str = "euler"
    scheduler: str = "normal"
    negative: str = "blurry, text, watermark, deformed"
    denoise_edit: float = 0.6  # how far image-to-image may move from the picture it starts from


def text_to_image(prompt: str, width: int, height: int, s: Sampling) -> Graph:
    graph = _common(prompt, s)
    graph["5"] = {"class_type": "EmptyLatentImage", "inputs": {"width": width, "height": height, "batch_size": 1}}
    graph["3"]["inputs"].update(latent_image=["5", 0], denoise=1.0)
    return graph


def image_to_image(prompt: str, uploaded: str, s: Sampling, masked: bool = False) -> Graph:
    """From an uploaded picture (already at the size wanted). With `masked`, its transparent area is the part
    drawn again (LoadImage's mask is 1 where the picture is transparent), the rest kept."""
    graph = _common(prompt, s)
    graph["10"] = {"class_type": "LoadImage", "inputs": {"image": uploaded}}
    if masked:
        graph["12"] = {"class_type": "VAEEncodeForInpaint",
                       "inputs": {"pixels": ["10", 0], "vae": ["4", 2], "mask": ["10", 1], "grow_mask_by": 6}}
        denoise = 1.0
    else:
        graph["12"] = {"class_type": "VAEEncode", "inputs": {"pixels": ["10", 0], "vae": ["4", 2]}}
        denoise = s.denoise_edit
    graph["3"]["inputs"].update(latent_image=["12", 0], denoise=denoise)
    return graph


def _common(prompt: str, s: Sampling) -> Graph:
    return {
        "4": {"class_type": "CheckpointLoaderSimple", "inputs": {"ckpt_name": s.checkpoint}},
        "6": {"class_type": "CLIPTextEncode", "inputs": {"text": prompt, "clip": ["4", 1]},
              "_meta": {"title": "Positive prompt"}},
        "7": {"class_type": "CLIPTextEncode", "inputs": {"text": s.negative, "clip": ["4", 1]},
              "_meta": {"title": "Negative prompt"}},
        "3": {"class_type": "KSampler", "inputs": {
            "seed": s.seed, "steps": s.steps, "cfg": s.cfg, "sampler_name": s.sampler, "scheduler": s.scheduler,
            "model": ["4", 0], "positive": ["6", 0], "negative": ["7", 0]}},
        "8": {"class_type": "VAEDecode", "inputs": {"samples": ["3", 0], "vae": ["4", 2]}},
        "9": {"class_type": "SaveImage", "inputs": {"filename_prefix": "studio", "images": ["8", 0]}},
    }


@dataclass(frozen=True)
class Slot:
    node: str
    input: str
    label: str  # "PrimitiveString “Positive prompt”"


@dataclass(frozen=True)
class Workflow:
    """A person's own graph, with where the prompt, negative prompt, size, seed and input picture go."""
    graph: Graph
    prompt: Slot
    negative: Slot | None = None
    size: tuple[Slot, Slot] | None = None
    seeds: tuple[Slot, ...] = ()
    image: Slot | None = None
    notes: tuple[str, ...] = field(default=())

    def describe(self) -> list[str]:
        lines = [_("prompt → node {node} ({label}).{input}").format(
            node=self.prompt.node, label=self.prompt.label, input=self.prompt.input)]
        if self.negative:
            lines.append(_("negative prompt → node {node} ({label})").format(node=self.negative.node,
                                                                           label=self.negative.label))
        if self.size:
            lines.append(_("size → node {node} ({label})").format(node=self.size[0].node, label=self.size[0].label))
        lines += [_("seed → node {node} ({label}).{input}").format(node=s.node, label=s.label, input=s.input)
                  for s in self.seeds]
        if self.image:
            lines.append(_("input picture → node {node} ({label})").format(node=self.image.node,
                                                                         label=self.image.label))
        return lines + [_(note) for note in self.notes]

    def filled(self, prompt: str, width: int, height: int, seed: int, negative: str = "",
               uploaded: str | None = None) -> Graph:
        graph = copy.deepcopy(self.graph)

        def put(slot: Slot, value: Any) -> None:
            graph[slot.node]["inputs"][slot.input] = value
        put(self.prompt, prompt)
        if self.negative and negative:
            put(self.negative, negative)
        if self.size:
            put(self.size[0], width)
            put(self.size[1], height)
        for slot in self.seeds:
            put(slot, seed)
        if self.image and uploaded:
            put(self.image, uploaded)
        return graph


def _title(node: dict[str, Any]) -> str:
    return str((node.get("_meta") or {}).get("title") or "")


def _label(node: dict[str, Any]) -> str:
    title = _title(node)
    return f"{node['class_type']} “{title}”" if title and title != node["class_type"] else str(node["class_type"])


_TEXT_INPUTS = ("text", "value", "string", "prompt", "text_g")


def read_workflow(source: Path | str | dict[str, Any]) -> Workflow:
    """A workflow exported with ComfyUI's "Export (API)": the prompt node is the one titled like "Positive
    prompt" (or "prompt"), else the CLIPTextEncode feeding a sampler's `positive`; the negative is titled
    "negative" or feeds `negative`; the size is EmptyLatentImage's or EmptyImage's width and height; the seed is
    every `seed`/`noise_seed` input given as a number, and a node titled "Seed"; the input picture is a LoadImage.
    Anything missing is said in plain words."""
    if isinstance(source, dict):
        raw: Any = source
        name = _("the workflow")
    else:
        path = Path(source)
        name = f"“{path.name}”"
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise BackendError("config", _("Could not read the workflow {name}: {reason}.").format(
                name=name, reason=exc.strerror or exc)) from exc
        except ValueError as exc:
            raise BackendError("config", _("The workflow {name} is not JSON: {reason}.").format(
                name=name, reason=exc)) from exc
    if isinstance(raw, dict) and "nodes" in raw and "links" in raw:
        raise BackendError("config", _("{name} is a ComfyUI workflow in its editor format; export it with “Export "
                                       "(API)” (turn on the dev mode options in ComfyUI's settings) and use that "
                                       "file.").format(name=name))
    if not isinstance(raw, dict) or not raw or not all(
            isinstance(n, dict) and isinstance(n.get("class_type"), str) and isinstance(n.get("inputs"), dict)
            for n in raw.values()):
        raise BackendError("config", _("{name} is not a ComfyUI workflow in API format (each node needs a "
                                       "class_type and inputs).").format(name=name))
    graph: Graph = {str(k): v for k, v in raw.items()}

    def text_slot(node_id: str) -> Slot | None:
        node = graph[node_id]
        for key in _TEXT_INPUTS:
            if isinstance(node["inputs"].get(key), str):
                return Slot(node_id, key, _label(node))
        return None

    def titled(pattern: str) -> list[str]:
        return [k for k, n in graph.items() if re.search(pattern, _title(n), re.IGNORECASE)]

    def feeding(input_name: str) -> list[str]:
        return [link[0] for n in graph.values() for key, link in n["inputs"].items()
                if key == input_name and isinstance(link, list) and link and str(link[0]) in graph]

    negative_ids = titled(r"negative") or [str(k) for k in feeding("negative")]
    prompt_ids = [k for k in titled(r"positive|prompt") if k not in negative_ids] + [
        str(k) for k in feeding("positive")]
    prompt = next((slot for k in prompt_ids if (slot := text_slot(k)) is not None), None)
    if prompt is None:
        raise BackendError("config", _("{name} has no prompt node the studio can fill: give the node holding the "
                                       "prompt the title “Positive prompt” (a CLIPTextEncode or a PrimitiveString)."
                                       ).format(name=name))
    negative = next((slot for k in negative_ids if (slot := text_slot(k)) is not None), None)
    size = None
    for k, n in graph.items():
        if n["class_type"] in ("EmptyLatentImage", "EmptyImage", "EmptySD3LatentImage") or (
                isinstance(n["inputs"].get("width"), int) and isinstance(n["inputs"].get("height"), int)):
            size = (Slot(k, "width", _label(n)), Slot(k, "height", _label(n)))
            break
    seeds = [Slot(k, key, _label(n)) for k, n in graph.items() for key in ("seed", "noise_seed")
             if isinstance(n["inputs"].get(key), int)]
    seeds += [Slot(k, "value", _label(graph[k])) for k in titled(r"^seed$")
              if isinstance(graph[k]["inputs"].get("value"), int)]
    image = next((Slot(k, "image", _label(n)) for k, n in graph.items() if n["class_type"] == "LoadImage"), None)
    if not any(n["class_type"] == "SaveImage" for n in graph.values()):
        raise BackendError("config", _("{name} has no SaveImage node, so it would make no picture to bring back."
                                       ).format(name=name))
    notes = []
    if size is None:
        notes.append(N_("no size node: pictures come out at the workflow's own size"))
    if not seeds:
        notes.append(N_("no seed: ComfyUI answers an unchanged graph from its cache, so each picture may repeat"))
    return Workflow(graph, prompt, negative, size, tuple(seeds), image, tuple(notes))
