"""Placeholder sketches for offline mode: clearly labelled, different for every prompt."""

from __future__ import annotations

import colorsys
import hashlib
import io
import random
import textwrap

from PIL import Image, ImageDraw, ImageFont

from studio.backends.i18n import N_, _
from studio.resources import font_path

LABEL = N_("OFFLINE SKETCH")


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_path(bold)), size)


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: float, most: int) -> list[str]:
    """Lines no wider than `width` as drawn (Hangul is twice as wide as Latin letters), at most `most` of them,
    the last ending in "…" when the text goes on. A word too long for a line is broken where it must be."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}" if line else word
        if font.getlength(trial) <= width:
            line = trial
            continue
        if line:
            lines.append(line)
        line = word
        while font.getlength(line) > width:  # one word wider than the line
            cut = max(1, next(i for i in range(len(line), 0, -1) if font.getlength(line[:i]) <= width))
            lines.append(line[:cut])
            line = line[cut:]
    if line:
        lines.append(line)
    if len(lines) > most:
        last = lines[most - 1]
        while last and font.getlength(last + "…") > width:
            last = last[:-1]
        lines = lines[:most - 1] + [last.rstrip() + "…"]
    return lines


def _palette(rng: random.Random) -> list[tuple[int, int, int]]:
    hue = rng.random()
    colours = []
    for shift, sat, val in ((0.0, 0.25, 0.97), (0.08, 0.55, 0.9), (0.5, 0.5, 0.8), (0.33, 0.45, 0.7)):
        r, g, b = colorsys.hsv_to_rgb((hue + shift) % 1.0, sat, val)
        colours.append((int(r * 255), int(g * 255), int(b * 255)))
    return colours


def draw_sketch(prompt: str, size: str = "1024x1024", transparent: bool = False, look: bytes = b"") -> bytes:
    """Return PNG bytes of a labelled placeholder picture for `prompt`. CPU-bound.

    `look` (a reference picture's bytes) fixes the palette, so "more like this" sketches share their colours."""
    try:
        width, height = (int(v) for v in size.lower().split("x"))
    except ValueError:
        width = height = 1024
    seed = int.from_bytes(hashlib.sha256(prompt.encode("utf-8")).digest()[:8], "big")
    rng = random.Random(seed)
    paper, accent, second, ink = _palette(random.Random(hashlib.sha256(look).digest()) if look else rng)
    img = Image.new("RGBA", (width, height), (0, 0, 0, 0) if transparent else paper + (255,))
    draw = ImageDraw.Draw(img)
    unit = min(width, height)

    # Ground, a sun and a few shapes whose places come from the prompt.
    if not transparent:
        draw.rectangle((0, int(height * 0.72), width, height), fill=second)
        sx, sy = rng.uniform(0.15, 0.85) * width, rng.uniform(0.1, 0.3) * height
        r = unit * 0.08
        draw.ellipse((sx - r, sy - r, sx + r, sy + r), fill=(255, 214, 90))
    for _shape in range(rng.randint(3, 6)):
        cx, cy = rng.uniform(0.2, 0.8) * width, rng.uniform(0.35, 0.7) * height
        rr = rng.uniform(0.05, 0.16) * unit
        shape = rng.choice(("ellipse", "rectangle", "triangle"))
        box = (cx - rr, cy - rr, cx + rr, cy + rr)
        outline, line_w = ink, max(2, unit // 120)
        if shape == "ellipse":
            draw.ellipse(box, fill=accent, outline=outline, width=line_w)
        elif shape == "rectangle":
            draw.rounded_rectangle(box, radius=rr * 0.3, fill=accent, outline=outline, width=line_w)
        else:
            draw.polygon([(cx, cy - rr), (cx + rr, cy + rr), (cx - rr, cy + rr)], fill=accent, outline=outline, width=line_w)

    # The label and the prompt, so nobody mistakes this for a real illustration.
    label_font = _font(max(14, unit // 18), bold=True)
    draw.text((unit * 0.04, unit * 0.03), _(LABEL), font=label_font, fill=ink,
              stroke_width=max(1, unit // 300), stroke_fill=(255, 255, 255))
    text_font = _font(max(12, unit // 30))
    # What was asked for, without the cast and style notes the app appended: a caption, not the whole request.
    caption = prompt.split("\n\nCharacters (", 1)[0].split(", in the style of", 1)[0].strip()
    lines = _wrap(caption, text_font, width - unit * 0.08, 2)
    y = height - unit * 0.04 - len(lines) * text_font.size * 1.25
    box_top = y - unit * 0.02
    draw.rectangle((0, box_top, width, height), fill=(255, 255, 255, 215))
    for line in lines:
        draw.text((unit * 0.04, y), line, font=text_font, fill=(40, 40, 40))
        y += text_font.size * 1.25
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()


def draw_edit(source: bytes, instruction: str, mask: bytes | None = None) -> bytes:
    """The source picture with the change marked: tinted where the mask is transparent (or everywhere), labelled."""
    with Image.open(io.BytesIO(source)) as img:
        base = img.convert("RGBA")
    tint = Image.new("RGBA", base.size, (255, 196, 40, 110))
    if mask is not None:
        with Image.open(io.BytesIO(mask)) as m:
            region = m.convert("RGBA").getchannel("A").resize(base.size).point(lambda a: 255 if a < 128 else 0)
    else:
        region = Image.new("L", base.size, 255)
    base.paste(Image.alpha_composite(base, tint), (0, 0), region)
    draw = ImageDraw.Draw(base)
    unit = min(base.size)
    font = _font(max(12, unit // 28), bold=True)
    text = _("OFFLINE EDIT: {instruction}").format(
        instruction=textwrap.shorten(instruction, width=60, placeholder="…"))
    draw.text((unit * 0.04, unit * 0.12), text, font=font, fill=(120, 60, 0),
              stroke_width=max(1, unit // 300), stroke_fill=(255, 255, 255))
    out = io.BytesIO()
    base.save(out, format="PNG")
    return out.getvalue()
