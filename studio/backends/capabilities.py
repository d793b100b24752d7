"""What each picture model accepts: sizes, qualities, transparency, edits. One table, so a request never carries
a size or a field the model refuses, and a picture for a page can be asked for in its frame's shape.

Source: OpenAI's published API spec (github.com/openai/openai-openapi, openapi.json, 2026-08-21),
`CreateImageRequest` and `CreateImageEditRequest`:
- `size`: "For gpt-image-2 … arbitrary resolutions are supported as WIDTHxHEIGHT strings … Width and height must
  both be divisible by 16 and the requested aspect ratio must be between 1:3 and 3:1. Resolutions above 2560x1440
  are experimental, and the maximum supported resolution is 3840x2160. … The standard sizes 1024x1024, 1536x1024
  and 1024x1536 are supported by the GPT image models"; dall-e-2: 256, 512, 1024 square; dall-e-3: 1024x1024,
  1792x1024, 1024x1792.
- `background`: transparent backgrounds are "in preview" for gpt-image-2.
- `input_fidelity`: "only supported for gpt-image-1 and gpt-image-1.5 and later models, unsupported for
  gpt-image-1-mini".
- `image` (edits): up to 16 pictures for the GPT image models, one for dall-e-2.
The spec adds that a size "must also satisfy the model's current pixel and edge limits" without the numbers: the
floor of 655,360 pixels is the one measured on the live API (docs.apiyi.com, GPT Image 2.6 size table, 2026-11).
tests/backends/test_capabilities.py checks this table against the spec's text and enums.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Literal

Transparency = Literal["yes", "preview", "no"]
GPT_SIZES = ("1024x1024", "1536x1024", "1024x1536")
DRAFT_PIXELS = 1024 * 1024  # a chat draft costs what a square draft costs today


@dataclass(frozen=True)
class FreeSizes:
    """Any WIDTHxHEIGHT within these rules."""
    multiple: int = 16
    max_ratio: float = 3.0
    max_edge: int = 3840
    max_pixels: int = 3840 * 2160
    min_pixels: int = 655_360
    experimental_pixels: int = 2560 * 1440  # accepted, but the spec calls sizes above this experimental

    def accepts(self, width: int, height: int) -> bool:
        return (width % self.multiple == 0 and height % self.multiple == 0 and width > 0 and height > 0
                and max(width, height) <= self.max_edge and max(width, height) / min(width, height) <= self.max_ratio
                and self.min_pixels <= width * height <= self.max_pixels)

    def fit(self, width: float, height: float, at_least: bool = False) -> tuple[int, int]:
        """The accepted size nearest to width × height in shape and, within the pixel limits, in size (with
        `at_least`, no smaller than it on either edge where the limits allow). A shape beyond 3:1 is taken at
        3:1 (the frame crops the rest)."""
        if width <= 0 or height <= 0:
            raise ValueError(f"a picture needs a size, not {width}×{height}")
        ratio = min(max(width / height, 1 / self.max_ratio), self.max_ratio)
        pixels = min(max(width * height, self.min_pixels), self.max_pixels)
        w = math.sqrt(pixels * ratio)
        h = w / ratio
        scale = min(1.0, self.max_edge / max(w, h))
        w, h = w * scale, h * scale
        m = self.multiple
        best: tuple[float, int, int] | None = None
        for cw in range((math.floor(w / m) - 2) * m, (math.ceil(w / m) + 3) * m, m):
            for ch in range((math.floor(h / m) - 2) * m, (math.ceil(h / m) + 3) * m, m):
                if cw <= 0 or ch <= 0 or not self.accepts(cw, ch):
                    continue
                # nearest in shape first, then nearest in area
                miss = abs(math.log((cw / ch) / ratio)) * 10 + abs(math.log(cw * ch / (w * h)))
                if at_least and (cw < w - 1e-6 or ch < h - 1e-6):
                    miss += 100
                if best is None or miss < best[0]:
                    best = (miss, cw, ch)
        if best is None:
            raise ValueError(f"no size near {width:.0f}×{height:.0f} fits these rules")
        return best[1], best[2]


@dataclass(frozen=True)
class ImageModel:
    name: str
    sizes: tuple[str, ...] = GPT_SIZES  # the fixed sizes (also accepted by a model with free sizes)
    free: FreeSizes | None = None
    qualities: tuple[str, ...] = ("low", "medium", "high", "auto")
    transparency: Transparency = "yes"
    edits: bool = True
    mask_edits: bool = True
    max_references: int = 16
    input_fidelity: bool = True
    streaming: bool = True
    draft_pixels: int = DRAFT_PIXELS  # a chat draft's pixels: what the model draws well and quickly

    def accepts(self, size: str) -> bool:
        if size in self.sizes:
            return True
        parsed = parse_size(size)
        return self.free is not None and parsed is not None and self.free.accepts(*parsed)

    def size_for(self, width: float, height: float, at_least: bool = False) -> str:
        """The size to ask for a picture that should be width × height pixels: that shape where the model takes
        free sizes (with `at_least`, no smaller, as far as the limits allow: a print size), else the fixed size
        nearest in shape (the larger one on a tie)."""
        if self.free is not None:
            w, h = self.free.fit(width, height, at_least)
            return f"{w}x{h}"
        want = math.log(width / height)

        def miss(size: str) -> tuple[float, int]:
            w, h = parse_size(size) or (1, 1)
            return abs(math.log(w / h) - want), -(w * h)
        return min(self.sizes, key=miss)

    def draft_size(self, width: float = 1, height: float = 1) -> str:
        """A cheap picture in this shape: a standard size when one has the shape (within 4 %) and is not much
        bigger than a draft, else about a draft's pixels (a Stable Diffusion 1.5 checkpoint draws 512 × 512)."""
        want = width / height
        for size in GPT_SIZES:
            w, h = parse_size(size) or (1, 1)
            if size in self.sizes and abs(math.log(w / h / want)) < 0.04 and w * h <= self.draft_pixels * 1.5:
                return size
        scale = math.sqrt(self.draft_pixels / (width * height))
        return self.size_for(width * scale, height * scale)

    def valid_size(self, size: str) -> str:
        """`size` when the model takes it, else the nearest size it does take."""
        if self.accepts(size):
            return size
        parsed = parse_size(size)
        return self.size_for(*parsed) if parsed else self.sizes[0]

    def largest(self) -> tuple[int, int]:
        if self.free is not None:
            side = math.isqrt(self.free.max_pixels)
            return self.free.fit(side, side)
        return max((parse_size(s) or (0, 0) for s in self.sizes), key=lambda wh: wh[0] * wh[1])


def parse_size(size: str) -> tuple[int, int] | None:
    try:
        w, h = (int(part) for part in size.lower().split("x"))
    except (AttributeError, ValueError):
        return None
    return (w, h) if w > 0 and h > 0 else None


_GPT_IMAGE_2 = dict(free=FreeSizes(), transparency="preview")
MODELS: dict[str, ImageModel] = {m.name: m for m in (
    ImageModel("gpt-image-2", **_GPT_IMAGE_2),  # type: ignore[arg-type]
    ImageModel("gpt-image-2-2026-04-21", **_GPT_IMAGE_2),  # type: ignore[arg-type]
    ImageModel("gpt-image-1.5"),
    ImageModel("chatgpt-image-latest"),
    ImageModel("gpt-image-1"),
    ImageModel("gpt-image-1-mini", input_fidelity=False),
    ImageModel("dall-e-3", sizes=("1024x1024", "1792x1024", "1024x1792"), qualities=("standard", "hd"),
               transparency="no", edits=False, mask_edits=False, max_references=0, input_fidelity=False,
               streaming=False),
    ImageModel("dall-e-2", sizes=("1024x1024", "512x512", "256x256"), qualities=("standard",), transparency="no",
               max_references=1, input_fidelity=False, streaming=False),
)}

# Offline sketches are drawn: any shape up to 3:1, any size a page needs, nothing refused.
OFFLINE = ImageModel("offline", free=FreeSizes(multiple=1, max_edge=8000, max_pixels=8000 * 8000, min_pixels=1),
                     input_fidelity=False)

# A model an OpenAI-compatible server names (a local Stable Diffusion, a proxy): the three standard sizes, no
# transparency, no fidelity setting. Its requests stay within what every such server we know takes.
COMPATIBLE = ImageModel("compatible", transparency="no", input_fidelity=False, max_references=1)


SIZE_CHOICES = ("model", "standard", "any")  # Settings: what sizes a server's picture model is asked for


def for_model(name: str, server: str = "openai", sizes: str = "model") -> ImageModel:
    """The capabilities of picture model `name` on a server of kind `server` (openai, azure, compatible,
    offline). A dated snapshot of a known model (gpt-image-1.5-2025-…) is that model. `sizes` (a setting, for
    servers whose model the table can't know): "model" as the table says, "standard" only the three standard
    sizes, "any" any WIDTHxHEIGHT within gpt-image-2's rules."""
    model = _known(name, server)
    if sizes == "standard":
        return replace(model, sizes=GPT_SIZES, free=None)
    if sizes == "any":
        return replace(model, sizes=GPT_SIZES, free=model.free or FreeSizes())
    return model


def _known(name: str, server: str) -> ImageModel:
    if name in MODELS:
        return MODELS[name]
    for known in sorted(MODELS, key=len, reverse=True):
        if name.startswith(known + "-"):
            return MODELS[known]
    if server in ("openai", "azure") and name.startswith("gpt-image"):
        return ImageModel(name)  # a newer GPT image model: at least what every GPT image model takes
    return ImageModel(name, sizes=COMPATIBLE.sizes, transparency="no", input_fidelity=False, max_references=1)
