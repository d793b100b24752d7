"""A picture's pixels as sRGB, whatever its file holds: the one place stored bytes become pixels for the
thumbnail, the canvas, the print PDF, stickers and exports (the stored bytes stay as they came: they are the
person's).

Pillow opens a picture in the mode its file has: 16-bit grey ("I;16"/"I", a common scanner output), bilevel
("1"), palette with a transparent colour ("P"), grey with alpha ("LA"), CMYK (Adobe's inverted CMYK JPEGs are
turned the right way by Pillow itself). A plain `convert("RGB")` clips 16-bit grey to white and turns CMYK by
a naive formula, so every reader comes here instead. An embedded ICC profile (Adobe RGB, Display P3, a CMYK
press profile) is honoured with littleCMS through `ImageCms`; CMYK without a profile goes through a standard
CMYK profile when the computer has one. What could not be done properly is said (`Pixels.problem`), so the
export and `studio check` can name it rather than print it wrong or blank."""

from __future__ import annotations

import hashlib
import io
import os
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageCms, ImageFilter

from studio.core.i18n import _

SHOWN_MODES = ("RGB", "RGBA", "L")  # what `srgb` hands back
_INTENT = ImageCms.Intent.RELATIVE_COLORIMETRIC  # Photoshop's default for photographs and art alike
_FLAGS = ImageCms.Flags.BLACKPOINTCOMPENSATION
_PROFILE_MODES = {"RGB ": "RGB", "GRAY": "L", "CMYK": "CMYK"}  # an ICC colour space → the Pillow mode it reads
_CMYK_FOLDERS = ("/usr/share/color/icc", "/usr/local/share/color/icc", "~/.local/share/icc", "~/.color/icc",
                 "/Library/ColorSync/Profiles", "/System/Library/ColorSync/Profiles",
                 os.path.join(os.environ.get("SystemRoot", r"C:\Windows"), "System32", "spool", "drivers", "color"))
# Standard press profiles a computer may have, best first (Windows ships RSWOP; macOS "Generic CMYK Profile";
# Linux has Ghostscript's default, a SWOP-like press). None may be shipped with the app under its licence.
_CMYK_NAMES = ("RSWOP.icm", "USWebCoatedSWOP.icc", "CoatedFOGRA39.icc", "ISOcoated_v2_eci.icc",
               "Generic CMYK Profile.icc", "default_cmyk.icc", "ps_cmyk.icc")


@dataclass(frozen=True)
class Pixels:
    image: Image.Image  # RGB, RGBA or L, in sRGB
    problem: str | None = None  # what could not be done properly, in words for the person; None when all was


def srgb(img: Image.Image) -> Pixels:
    """`img` (opened by Pillow, maybe already shrunk with `draft`) as sRGB pixels in a mode every reader can
    draw. Loads the pixels; orientation is left to the caller (it is cheaper turned once small)."""
    img.load()
    icc = img.info.get("icc_profile") or None
    alpha = _alpha(img)
    base, problem = _colour_mode(img)
    if base.mode in ("RGB", "L", "CMYK"):
        converted, profile_problem = _through_profile(base, icc)
        base, problem = converted, problem or profile_problem
    if base.mode not in ("RGB", "L"):
        base = base.convert("RGB")
    if alpha is not None:
        base = base.convert("RGB") if base.mode != "RGB" else base.copy()
        base.putalpha(alpha)
    if base is not img:
        base.info.pop("icc_profile", None)  # convert() copies the file's profile along; these pixels are sRGB
    return Pixels(base, problem)


def open_srgb(data: bytes) -> Pixels:
    """The picture in `data` as sRGB pixels. Raises what Pillow raises for bytes that are no picture."""
    with Image.open(io.BytesIO(data)) as img:
        return srgb(img)


def needs_conversion(img: Image.Image) -> bool:
    """Whether the file's pixels are not already plain sRGB (a JPEG that is can go into a PDF as it is)."""
    icc = img.info.get("icc_profile")
    return img.mode not in ("RGB", "L") or bool(icc) and not _is_srgb(icc)


def _alpha(img: Image.Image) -> Image.Image | None:
    if img.mode in ("RGBA", "LA", "PA", "La", "RGBa") or (img.mode == "P" and "transparency" in img.info):
        alpha = img.convert("RGBA").getchannel("A")
        return None if alpha.getextrema()[0] == 255 else alpha
    return None


def _colour_mode(img: Image.Image) -> tuple[Image.Image, str | None]:
    """The colours without alpha, in RGB, L or CMYK at 8 bits per channel."""
    mode = img.mode
    if mode in ("RGB", "L", "CMYK"):
        return img, None
    if mode.startswith("I") or mode == "F":
        return eight_bit_grey(img), None
    if mode in ("RGBA", "RGBa", "RGBX", "P", "PA"):
        return img.convert("RGBA").convert("RGB"), None
    if mode in ("1", "LA", "La"):
        return img.convert("L"), None
    try:
        return img.convert("RGB"), None
    except ValueError:
        return img.convert("L"), _("its pixels ({mode}) could only be read as grey").format(mode=mode)


def eight_bit_grey(img: Image.Image) -> Image.Image:
    """16-bit (or 32-bit, or floating) grey scaled to 8 bits: Pillow's own conversion clips everything above 255
    to white, which prints a 16-bit scan blank."""
    values = np.asarray(img, dtype=np.float64)
    if img.mode == "F":
        top = 1.0 if values.size and float(values.max()) <= 1.0 else 255.0
    else:
        top = 255.0 if values.size and float(values.max()) <= 255 else 65535.0
    return Image.fromarray(np.clip(np.rint(values * (255.0 / top)), 0, 255).astype(np.uint8), "L")


def picture_problem(data: bytes, whole: bool = True) -> str | None:
    """What would keep this picture from printing as it should (its header and profile only: fast enough to ask
    of every placed picture before an export). None when nothing, or when `data` is only the file's start
    (`whole=False`) and that is not enough to tell."""
    try:
        with Image.open(io.BytesIO(data)) as img:
            mode, icc = img.mode, img.info.get("icc_profile") or None
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        return _("it cannot be read ({reason}): it would be left out").format(
            reason=str(exc) or type(exc).__name__) if whole else None
    colours = "CMYK" if mode == "CMYK" else "L" if mode in ("L", "LA", "1") or mode.startswith("I") else "RGB"
    return _profile_for(colours, icc)[1]


def _profile_for(mode: str, icc: bytes | None) -> tuple[ImageCms.ImageCmsTransform | None, str | None]:
    """The transform to sRGB for pixels in `mode` carrying `icc` (None: they are sRGB already, or cannot be
    converted), and what went wrong."""
    if icc is None:
        if mode != "CMYK":
            return None, None  # untagged RGB and grey are taken as sRGB, as every browser does
        icc = standard_cmyk_profile()
        if icc is None:
            return None, _("it is CMYK without a colour profile and this computer has no standard CMYK profile: "
                           "its colours will be approximate")
    try:
        return _transform(hashlib.sha1(icc).digest(), icc, mode), None
    except (OSError, ImageCms.PyCMSError, ValueError) as exc:
        return None, _("its colour profile could not be used ({reason}): its colours may be off").format(
            reason=str(exc) or _("unreadable"))


def _through_profile(img: Image.Image, icc: bytes | None) -> tuple[Image.Image, str | None]:
    transform, problem = _profile_for(img.mode, icc)
    if transform is None:
        return (img.convert("RGB") if img.mode == "CMYK" else img), problem
    return ImageCms.applyTransform(img, transform), problem


@lru_cache(maxsize=32)
def _transform(_key: bytes, icc: bytes, mode: str) -> ImageCms.ImageCmsTransform | None:
    """The littleCMS transform from a profile to sRGB (building one takes milliseconds; pictures share them).
    None when the profile is sRGB already."""
    profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
    space = profile.profile.xcolor_space
    if mode == "L" and space != "GRAY":
        return None  # grey pixels tagged with a colour profile: grey is grey
    if _PROFILE_MODES.get(space) != mode:
        raise ValueError(f"a {space.strip()} profile on {mode} pixels")
    if mode == "RGB" and _is_srgb(icc):
        return None
    return ImageCms.buildTransform(profile, _srgb_profile(), mode, "RGB", _INTENT, _FLAGS)


@lru_cache(maxsize=1)
def _srgb_profile() -> ImageCms.ImageCmsProfile:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


@lru_cache(maxsize=64)
def _is_srgb(icc: bytes) -> bool:
    try:
        description = ImageCms.getProfileDescription(ImageCms.ImageCmsProfile(io.BytesIO(icc)))
    except (OSError, ImageCms.PyCMSError):
        return False
    return "srgb" in description.lower().replace(" ", "").replace("-", "")


@lru_cache(maxsize=1)
def standard_cmyk_profile() -> bytes | None:
    """A standard CMYK press profile from this computer, for CMYK pictures that carry none."""
    folders = [Path(os.path.expanduser(f)) for f in _CMYK_FOLDERS]
    if sys.platform != "win32":
        folders = [f for f in folders if "\\" not in str(f)]
    for name in _CMYK_NAMES:
        for folder in folders:
            for found in _find(folder, name):
                try:
                    icc = found.read_bytes()
                    if ImageCms.ImageCmsProfile(io.BytesIO(icc)).profile.xcolor_space == "CMYK":
                        return icc
                except (OSError, ImageCms.PyCMSError):
                    continue
    return None


def _find(folder: Path, name: str) -> list[Path]:
    if not folder.is_dir():
        return []
    direct = folder / name
    if direct.is_file():
        return [direct]
    try:
        return sorted(folder.glob(f"*/{name}"))
    except OSError:
        return []


# -- CMYK for a press ------------------------------------------------------------------------------------------
# A print standard (core/output/pdfx.py) names an output profile; these turn sRGB into that press's inks. The
# separation is littleCMS's (the profile's own black generation, relative colorimetric with black point
# compensation), then the total ink is held under the service's limit.

_NEUTRAL = 5 / 255  # a colour whose channels differ by no more than this is a grey: printed with black ink alone
_TABLE_SIZE = 65  # grid points a channel in the sRGB → press table (Pillow's largest: one every 4 levels)


def press_cmyk(img: Image.Image, profile: bytes, ink_limit: float) -> Image.Image:
    """`img` (sRGB: RGB or L, from `srgb`) in the press's CMYK, no pixel over `ink_limit` percent of ink.

    littleCMS separates a 65³ grid of colours once and the ink limit is applied to that grid; pictures then go
    through the table (a device link, as a RIP builds one), interpolated in C. Limiting every pixel of a 300 DPI
    page instead costs five times the CPU. A colour between grid points within the limit is within it too, so
    only rounding is left to clamp; the result is within 1 % of separating each pixel on its own."""
    table = _press_table(hashlib.sha1(profile).digest(), profile, float(ink_limit))
    return limit_ink((img if img.mode == "RGB" else img.convert("RGB")).filter(table), ink_limit)


def limit_ink(img: Image.Image, ink_limit: float) -> Image.Image:
    """CMYK pixels with at most `ink_limit` percent of ink (C+M+Y+K). Where a pixel has more, equal parts of
    cyan, magenta and yellow are swapped for black first (under-colour removal: the colour barely moves), then
    what is still over comes off the three colours in proportion. Black is kept: it carries the detail."""
    limit = ink_limit * 2.55  # 8-bit units: 255 is 100 %
    pixels = np.asarray(img)
    over_limit = total_ink(pixels) > limit
    if not over_limit.any():
        return img
    ink = pixels[over_limit].astype(np.float32)  # only the pixels over the limit: N × 4
    colours, black = ink[:, :3], ink[:, 3]
    over = ink.sum(axis=1) - limit
    swap = np.minimum(np.minimum(over / 2, colours.min(axis=1)), 255 - black)
    black = np.rint(black + swap)
    colours = colours - swap[:, None]
    room = np.clip(limit - black, 0, None)
    total = colours.sum(axis=1)
    scale = np.where(total > room, room / np.maximum(total, 1e-6), 1.0)
    colours = np.floor(colours * scale[:, None] + 1e-4)  # floor: rounding up could tip a pixel over
    out = pixels.copy()
    out[over_limit] = np.concatenate([colours, black[:, None]], axis=1).clip(0, 255).astype(np.uint8)
    return Image.fromarray(out, "CMYK")


def total_ink(pixels: np.ndarray) -> np.ndarray:
    """C+M+Y+K of each pixel of an H × W × 4 array of 8-bit CMYK (255 is 100 %)."""
    # four whole-plane additions: numpy's sum over a last axis of 4 is several times slower on a page of pixels
    return pixels[..., 0].astype(np.uint16) + pixels[..., 1] + pixels[..., 2] + pixels[..., 3]


def press_colour(rgb: tuple[float, float, float], profile: bytes, ink_limit: float) -> tuple[float, ...]:
    """One flat sRGB colour (0–1 each) as the press's C, M, Y, K (0–1 each). A grey is black ink alone, as dark
    as the grey looks (body text in four inks would print blurred by the slightest misregistration and carry
    some 270 % of ink); any other colour goes through the profile like a picture's pixels."""
    if max(rgb) - min(rgb) <= _NEUTRAL:
        return 0.0, 0.0, 0.0, _black_for(sum(rgb) / 3, profile)
    pixel = Image.new("RGB", (1, 1), tuple(round(v * 255) for v in rgb))
    return tuple(v / 255 for v in press_cmyk(pixel, profile, ink_limit).getpixel((0, 0)))


def _black_for(grey: float, profile: bytes) -> float:
    """The black ink (0–1) that prints as light as the sRGB grey `grey` looks (L*, relative to the paper and the
    press's deepest black); full black for any grey darker than black ink alone can print."""
    lightness = _srgb_lightness(grey)
    ramp = _black_ramp(hashlib.sha1(profile).digest(), profile)  # L* for black 0, 1 … 255: falling
    if lightness <= ramp[-1]:
        return 1.0
    return float(np.interp(-lightness, -ramp, np.arange(256))) / 255


def _srgb_lightness(value: float) -> float:
    linear = value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4
    return 116 * linear ** (1 / 3) - 16 if linear > 216 / 24389 else linear * 24389 / 27


@lru_cache(maxsize=4)
def _to_press(_key: bytes, profile: bytes) -> ImageCms.ImageCmsTransform:
    return ImageCms.buildTransform(_srgb_profile(), ImageCms.ImageCmsProfile(io.BytesIO(profile)), "RGB", "CMYK",
                                   _INTENT, _FLAGS)


@lru_cache(maxsize=8)
def _press_table(key: bytes, profile: bytes, ink_limit: float) -> ImageFilter.Color3DLUT:
    n = _TABLE_SIZE
    levels = np.rint(np.linspace(0, 255, n)).astype(np.uint8)
    blue, green, red = np.meshgrid(levels, levels, levels, indexing="ij")  # red varies fastest, as Pillow reads
    grid = Image.fromarray(np.stack([red, green, blue], axis=-1).reshape(1, n ** 3, 3), "RGB")
    cmyk = limit_ink(ImageCms.applyTransform(grid, _to_press(key, profile)), ink_limit)
    return ImageFilter.Color3DLUT(n, np.asarray(cmyk, dtype=np.float32).reshape(n ** 3, 4) / 255, channels=4,
                                  target_mode="CMYK")


@lru_cache(maxsize=4)
def _black_ramp(_key: bytes, profile: bytes) -> np.ndarray:
    to_lab = ImageCms.buildTransform(ImageCms.ImageCmsProfile(io.BytesIO(profile)),
                                     ImageCms.ImageCmsProfile(ImageCms.createProfile("LAB")), "CMYK", "LAB",
                                     _INTENT, _FLAGS)
    ramp = Image.frombytes("CMYK", (256, 1), bytes(b for k in range(256) for b in (0, 0, 0, k)))
    lab = np.asarray(ImageCms.applyTransform(ramp, to_lab), dtype=np.float64)
    return np.minimum.accumulate(lab[0, :, 0] * (100 / 255))  # never lighter with more ink (8-bit noise)
