"""Built-in style presets (a book's own styles are in own_styles.py): words added to a prompt, and what the picture needs (a transparent background for stickers)."""

from __future__ import annotations

from dataclasses import dataclass

from studio.core.i18n import N_, _


@dataclass(frozen=True)
class Style:
    id: str
    name: str  # as given: a built-in style's English name (marked for the catalogue), or the name a person chose
    prompt: str
    transparent: bool = False  # ask for a transparent background; cut it out locally where the server can't
    sticker: bool = False  # add the bold die-cut outline afterwards
    reference_ids: tuple[int, ...] = ()  # an own style's reference pictures (own_styles.py), sent with each picture
    built_in: bool = False

    @property
    def label(self) -> str:
        """The name a person reads: a built-in style's in the studio's language (so every picker follows a change
        of language), an own style's as its maker wrote it."""
        return _(self.name) if self.built_in else self.name


STYLES: tuple[Style, ...] = (
    # Translators: the names of the picture styles (화풍) in the chat box's style menu
    Style("watercolor", N_("Storybook watercolor"),
          "in the style of a gentle storybook watercolor illustration, soft washes, visible paper texture, warm light",
          built_in=True),
    Style("crayon", N_("Crayon"), "drawn with wax crayons like a child's drawing, bold strokes, bright colours, "
          "paper grain", built_in=True),
    Style("sticker", N_("Sticker"),
          "as a die-cut sticker: one character, centred, whole body visible, thick clean outline, flat bright colours, "
          "no background, no shadow, no text", transparent=True, sticker=True, built_in=True),
    Style("coloring", N_("Coloring page"),
          "as a colouring-book page: clean black line art only, no colour, no shading, white background, "
          "closed shapes large enough for a child to colour in", built_in=True),
    Style("clay", N_("Clay"), "as a claymation scene, handmade plasticine models, soft studio lighting, fingerprints "
          "in the clay", built_in=True),
    Style("pixel", N_("Pixel art"), "as 16-bit pixel art, crisp pixels, limited palette, no anti-aliasing",
          built_in=True),
    Style("photo", N_("Photo"), "as a realistic photograph, natural light, shallow depth of field, lifelike detail",
          built_in=True),
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
