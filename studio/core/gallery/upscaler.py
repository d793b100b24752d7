"""Making a picture larger for print, on this computer: Real-ESRGAN's compact ×2 network run by ncnn on the CPU
where it loads, else Lanczos with a light unsharp mask (and the result says which made it).

The picture is worked on in tiles, so memory stays bounded however large it is, progress is reported per tile
and Cancel is heard between tiles. Transparency is kept (stickers): the colour goes through the network, the
alpha through Lanczos. Pure CPU work for seconds to minutes: run it in a worker process (`upscale_job.py`)."""

from __future__ import annotations

import io
import math
import os
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np
from PIL import Image, ImageCms, ImageFilter, ImageOps

from studio.core.gallery import imaging
from studio.core.gallery.upscale_limits import MAX_FACTOR
from studio.core.i18n import N_, _
from studio.core.output.files import Cancelled, Progress
from studio.core.pixels import eight_bit_grey
from studio.resources import resource_dir

# What a picture's settings say made it larger (kept in English in the book); shown through `_`.
NETWORK_LABEL = N_("Real-ESRGAN animevideov3 (ncnn, CPU)")
FALLBACK_LABEL = N_("Lanczos + unsharp mask")
LABELS = (NETWORK_LABEL, FALLBACK_LABEL)
MODEL = "realesr-animevideov3-x2"
TILE = 256  # input pixels a side the network sees at once: ~60 MB of feature maps
PAD = 12  # context on each side of a tile, cut off again, so tiles meet without a seam
OUT_TILE = 512  # output pixels a side per step of the Lanczos path
# "Light": about half the strength of a photographer's default, so outlines are crisp and flat colour gets no halo
UNSHARP = ImageFilter.UnsharpMask(radius=1.2, percent=50, threshold=2)

__all__ = ["Cancelled", "Upscaled", "UpscaleError", "network_label", "upscale"]


class UpscaleError(ValueError):
    """The picture cannot be upscaled; the message is for the user."""


@dataclass(frozen=True)
class Upscaled:
    picture: imaging.DecodedImage
    by: str  # NETWORK_LABEL or FALLBACK_LABEL: what the provenance says made it


class _Network:
    """The ×2 network, loaded once per process."""

    def __init__(self, ncnn: Any) -> None:
        folder = resource_dir() / "models"
        self._ncnn = ncnn
        self._net = ncnn.Net()
        self._net.opt.use_vulkan_compute = False  # no GPU is assumed; ncnn then never loads Vulkan at all
        self._net.opt.num_threads = os.cpu_count() or 1
        # Our own pools, emptied after every tile: ncnn's own keep every size of tile they have seen, and a
        # 1024² picture then peaks at 600 MB instead of 300 MB, growing with the picture.
        self._blobs, self._workspace = ncnn.UnlockedPoolAllocator(), ncnn.PoolAllocator()
        self._net.opt.blob_allocator, self._net.opt.workspace_allocator = self._blobs, self._workspace
        if self._net.load_param(str(folder / f"{MODEL}.param")) or self._net.load_model(str(folder / f"{MODEL}.bin")):
            raise RuntimeError(f"the model {MODEL} could not be loaded from {folder}")

    def run(self, rgb: np.ndarray) -> np.ndarray:
        """H×W×3 uint8 → 2H×2W×3 uint8."""
        chw = np.ascontiguousarray(rgb.transpose(2, 0, 1), dtype=np.float32) / 255.0
        extractor = self._net.create_extractor()
        extractor.input("data", self._ncnn.Mat(chw))
        failed, out = extractor.extract("output")
        if failed:
            raise RuntimeError(f"ncnn could not run {MODEL} (code {failed})")
        result = (np.clip(np.array(out).transpose(1, 2, 0), 0.0, 1.0) * 255.0 + 0.5).astype(np.uint8)
        del extractor, out
        self._blobs.clear()
        self._workspace.clear()
        return result


@cache
def _network() -> _Network | None:
    try:
        import ncnn  # a dependency; still optional here: no wheel for some platform, or a broken install
        return _Network(ncnn)
    except Exception:
        return None


def network_label() -> str:
    """What `upscale` will use on this computer."""
    return NETWORK_LABEL if _network() is not None else FALLBACK_LABEL


def _open(data: bytes) -> tuple[Image.Image, str, bytes | None]:
    """The picture upright, as RGB or RGBA, with the format to write it back in and its colour profile."""
    if not data:
        raise UpscaleError(_("The picture is empty."))
    try:
        img = Image.open(io.BytesIO(data))
        if img.width * img.height > imaging.MAX_PIXELS:
            raise UpscaleError(_("The picture is too large to open safely ({width}×{height} pixels).").format(
                width=img.width, height=img.height))
        img.load()
    except UpscaleError:
        raise
    except Exception as exc:  # Pillow raises many kinds for damaged files
        raise UpscaleError(_("The picture can't be upscaled: {reason}.").format(
            reason=imaging.describe_failure(exc))) from exc
    kind = "JPEG" if img.format in ("JPEG", "MPO") else "PNG"
    img = ImageOps.exif_transpose(img)
    img, icc = _colour(img, img.info.get("icc_profile"))
    return _working_mode(img), kind, icc


def _colour(img: Image.Image, icc: bytes | None) -> tuple[Image.Image, bytes | None]:
    """The profile to keep: an RGB one goes on with the picture (Adobe RGB stays Adobe RGB); a CMYK picture is
    converted to sRGB through its profile (the result is RGB: a CMYK profile on it would be a lie)."""
    if not icc:
        return img, None
    try:
        profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        space = profile.profile.xcolor_space.strip()
        if img.mode == "CMYK" and space == "CMYK":
            return ImageCms.profileToProfile(img, profile, ImageCms.createProfile("sRGB"), outputMode="RGB"), None
    except (OSError, ImageCms.PyCMSError):
        return img, None  # a damaged profile: the pixels as they are, untagged
    return img, (icc if space == "RGB" and img.mode in ("RGB", "RGBA", "P") else None)


def _working_mode(img: Image.Image) -> Image.Image:
    if img.mode.startswith("I") or img.mode == "F":  # a 16-bit scan: scaled to 8 bits (convert() would clip)
        return eight_bit_grey(img).convert("RGB")
    transparent = img.mode in ("RGBA", "LA", "PA", "La", "RGBa") or "transparency" in img.info
    return img.convert("RGBA" if transparent else "RGB")


def _target(img: Image.Image, factor: float, size: tuple[int, int] | None) -> tuple[int, int]:
    if size is None:
        if not 1.0 < factor <= MAX_FACTOR:
            raise UpscaleError(_("A picture can be made 1 to {most} times larger, not {factor}.").format(
                most=f"{MAX_FACTOR:g}", factor=f"{factor:g}"))
        size = (round(img.width * factor), round(img.height * factor))
    width, height = size
    if width < img.width or height < img.height or width > img.width * MAX_FACTOR or height > img.height * MAX_FACTOR:
        raise UpscaleError(_("{width}×{height} is not 1 to {most} times the picture's {own_width}×{own_height}.")
                           .format(width=width, height=height, most=f"{MAX_FACTOR:g}", own_width=img.width,
                                   own_height=img.height))
    if width * height > imaging.MAX_PIXELS:
        raise UpscaleError(_("{width}×{height} pixels is more than the book can hold in one picture "
                             "({limit} million).").format(width=width, height=height,
                                                           limit=imaging.MAX_PIXELS // 1_000_000))
    return width, height


def _grid(width: int, height: int, step: int) -> list[tuple[int, int]]:
    return [(x, y) for y in range(0, height, step) for x in range(0, width, step)]


def _network_pass(net: _Network, rgb: np.ndarray, tick: Any) -> np.ndarray:
    """One ×2 pass, tile by tile, each tile seen with PAD pixels of its neighbours."""
    height, width, _channels = rgb.shape
    out = np.empty((height * 2, width * 2, 3), np.uint8)
    for x, y in _grid(width, height, TILE):
        tick()
        x0, y0 = max(0, x - PAD), max(0, y - PAD)
        x1, y1 = min(width, x + TILE + PAD), min(height, y + TILE + PAD)
        done = net.run(rgb[y0:y1, x0:x1])
        w, h = min(TILE, width - x), min(TILE, height - y)
        out[2 * y:2 * (y + h), 2 * x:2 * (x + w)] = done[2 * (y - y0):2 * (y - y0 + h), 2 * (x - x0):2 * (x - x0 + w)]
    return out


def _lanczos(img: Image.Image, size: tuple[int, int], tick: Any) -> Image.Image:
    """Lanczos then a light unsharp mask, per output tile. Each tile is resampled from the whole picture (the box),
    with a margin for the mask, so the tiles are exactly the picture resized at once."""
    width, height = size
    sx, sy = width / img.width, height / img.height
    out = Image.new(img.mode, size)
    margin = 4
    for x, y in _grid(width, height, OUT_TILE):
        tick()
        x0, y0 = max(0, x - margin), max(0, y - margin)
        x1, y1 = min(width, x + OUT_TILE + margin), min(height, y + OUT_TILE + margin)
        part = img.resize((x1 - x0, y1 - y0), Image.Resampling.LANCZOS, box=(x0 / sx, y0 / sy, x1 / sx, y1 / sy))
        part = part.filter(UNSHARP)
        out.paste(part.crop((x - x0, y - y0, x - x0 + min(OUT_TILE, width - x), y - y0 + min(OUT_TILE, height - y))),
                  (x, y))
    return out


def _passes(img: Image.Image, size: tuple[int, int]) -> int:
    return max(1, math.ceil(math.log2(max(size[0] / img.width, size[1] / img.height)) - 1e-9))


def _bleed(img: Image.Image) -> np.ndarray:
    """The colour of an RGBA picture, with the colour of its edge spread under the see-through pixels (often
    black there), so the network does not draw a dark rim round a sticker. A normalised blur: colour weighted by
    alpha, divided by the blurred alpha."""
    rgb = np.asarray(img.convert("RGB"), np.float32)
    alpha = img.getchannel("A")
    weight = np.asarray(alpha, np.float32)[..., None] / 255.0
    premultiplied = Image.fromarray((rgb * weight + 0.5).astype(np.uint8))
    blur = ImageFilter.GaussianBlur(6)
    spread = np.asarray(premultiplied.filter(blur), np.float32)
    cover = np.asarray(alpha.filter(blur), np.float32)[..., None] / 255.0
    filled = np.where(cover > 1 / 255, spread / np.maximum(cover, 1 / 255), rgb)
    return (rgb * weight + filled.clip(0, 255) * (1 - weight) + 0.5).astype(np.uint8)


def _by_network(net: _Network, img: Image.Image, size: tuple[int, int], tick: Any) -> Image.Image:
    rgb = _bleed(img) if img.mode == "RGBA" else np.asarray(img.convert("RGB"))
    for _i in range(_passes(img, size)):
        rgb = _network_pass(net, rgb, tick)
    result = Image.fromarray(rgb)
    if result.size != size:  # ×2 passes went past the size asked for: come down to it
        result = result.resize(size, Image.Resampling.LANCZOS)
    if img.mode == "RGBA":
        result.putalpha(img.getchannel("A").resize(size, Image.Resampling.LANCZOS))
    return result


def _tiles(img: Image.Image, size: tuple[int, int], network: bool) -> int:
    if not network:
        return len(_grid(*size, OUT_TILE))
    w, h, total = img.width, img.height, 0
    for _i in range(_passes(img, size)):
        total += len(_grid(w, h, TILE))
        w, h = w * 2, h * 2
    return total


def _encode(img: Image.Image, kind: str, icc: bytes | None) -> bytes:
    out = io.BytesIO()
    extra: dict[str, Any] = {"icc_profile": icc} if icc else {}
    if kind == "JPEG" and img.mode == "RGB":  # a photo stays a JPEG: a PNG of it would be five times the bytes
        img.save(out, format="JPEG", quality=95, subsampling=0, **extra)
    else:
        img.save(out, format="PNG", compress_level=3, **extra)
    return out.getvalue()


def upscale(data: bytes, factor: float = 2.0, size: tuple[int, int] | None = None,
            progress: Progress | None = None, method: str = "auto") -> Upscaled:
    """`data` made `factor` times larger (or exactly `size`, up to 4×). `method`: "auto" (the network where it
    loads), "network" (refuse without it), "lanczos". Raises UpscaleError, or Cancelled once
    `progress.cancel` is set."""
    progress = progress or Progress()
    img, kind, icc = _open(data)
    size = _target(img, factor, size)
    net = _network() if method != "lanczos" else None
    if method == "network" and net is None:
        raise UpscaleError(_("The upscaling network (ncnn) can't be loaded on this computer."))
    total = _tiles(img, size, net is not None) + 1
    done = 0

    def tick() -> None:
        nonlocal done
        progress.step(done, total)
        done += 1

    result, by = None, FALLBACK_LABEL
    if net is not None:
        try:
            result, by = _by_network(net, img, size, tick), NETWORK_LABEL
        except (RuntimeError, MemoryError):
            if method == "network":
                raise
            total, done = _tiles(img, size, False) + 1, 0  # the network failed here: the fallback starts over
    if result is None:
        result = _lanczos(img, size, tick)
    tick()
    encoded = _encode(result, kind, icc)
    progress.step(total, total)
    return Upscaled(imaging.decode(encoded), by)
