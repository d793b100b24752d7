"""Built-in style presets (a book's own styles are in own_styles.py): words added to a prompt, and what the picture needs (a transparent background for stickers)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Style:
    id: str
    label: str  # English; the Qt layer translates it for the style picker
    prompt: str
    transparent: bool = False  # ask for a transparent background; cut it out locally where the server can't
    sticker: bool = False  # add the bold die-cut outline afterwards
    reference_ids: tuple[int, ...] = ()  # an own style's reference pictures (own_styles.py), sent with each picture


STYLES: tuple[Style, ...] = (
    Style("watercolor", "Storybook watercolor",
          "in the style of a gentle storybook watercolor illustration, soft washes, visible paper texture, warm light"),
    Style("crayon", "Crayon", "drawn with wax crayons like a child's drawing, bold strokes, bright colours, paper grain"),
    Style("sticker", "Sticker",
          "as a die-cut sticker: one character, centred, whole body visible, thick clean outline, flat bright colours, "
          "no background, no shadow, no text", transparent=True, sticker=True),
    Style("coloring", "Coloring page",
          "as a colouring-book page: clean black line art only, no colour, no shading, white background, "
          "closed shapes large enough for a child to colour in"),
    Style("clay", "Clay", "as a claymation scene, handmade plasticine models, soft studio lighting, fingerprints in the clay"),
    Style("pixel", "Pixel art", "as 16-bit pixel art, crisp pixels, limited palette, no anti-aliasing"),
    Style("photo", "Photo", "as a realistic photograph, natural light, shallow depth of field, lifelike detail"),
)

BY_ID = {s.id: s for s in STYLES}
STYLE_IDS = tuple(BY_ID)


def get(style_id: str | None) -> Style | None:
    return BY_ID.get((style_id or "").strip().lower())


def apply(prompt: str, style: Style | None) -> str:
    """The prompt with the style's words, unless they are already there (a remix of a styled prompt)."""
    if style is None or style.prompt in prompt:
        return prompt
    return f"{prompt.rstrip(' .')}, {style.prompt}"
