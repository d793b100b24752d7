"""The tools the chat model may call, as JSON schemas in the Chat Completions format."""

from __future__ import annotations

import json
from typing import Any

from studio.core.assistant.shapes import NAMED as SHAPES
from studio.core.assistant.styles import STYLE_IDS

IMAGE_SIZES = ("1024x1024", "1536x1024", "1024x1536")

MAKE_IMAGES = "make_images"
EDIT_IMAGE = "edit_image"
REMEMBER_CHARACTER = "remember_character"
WRITE_STORY = "write_story"
MAX_PICTURES = 32  # per call; the model's schema asks for at most 8, a whole book is drawn in one go


# How the assistant reads a call's arguments: one reading for the live turn and for the history replayed.

def arguments(call_arguments: str) -> dict[str, Any] | None:
    """A call's arguments as an object, or None when they are not valid JSON or not an object."""
    try:
        args = json.loads(call_arguments)
    except ValueError:
        return None
    return args if isinstance(args, dict) else None


def picture_prompts(name: str, args: dict[str, Any]) -> list[str]:
    """The prompts a make_images call draws (blank ones dropped, at most MAX_PICTURES), or an edit_image
    call's instruction."""
    if name == EDIT_IMAGE:
        instruction = str(args.get("instruction") or "").strip()
        return [instruction] if instruction else []
    prompts = args.get("prompts", [])
    return [p.strip() for p in prompts if isinstance(p, str) and p.strip()][:MAX_PICTURES] \
        if isinstance(prompts, list) else []


def story_pages(args: dict[str, Any]) -> tuple[dict[str, str], ...]:
    """A write_story call's pages, each with its text and illustration prompt."""
    pages = args.get("pages", [])
    return tuple({"text": str(p.get("text", "")), "illustration_prompt": str(p.get("illustration_prompt", ""))}
                 for p in (pages if isinstance(pages, list) else []) if isinstance(p, dict))


def story_extras(args: dict[str, Any]) -> dict[str, str]:
    """The words around a write_story call's pages: its dedication line and its back-cover blurb, when written."""
    return {key: text for key in ("dedication", "blurb") if (text := str(args.get(key) or "").strip())}


def _function(name: str, description: str, properties: dict[str, Any], required: list[str]) -> dict[str, Any]:
    return {"type": "function", "function": {
        "name": name, "description": description,
        "parameters": {"type": "object", "properties": properties, "required": required},
    }}


TOOLS: list[dict[str, Any]] = [
    _function(
        MAKE_IMAGES,
        "Make pictures. Write one detailed, self-contained image prompt per picture (subject, pose, setting, "
        "colours, mood). Use 4 distinct prompts unless the user asks for a different number; use 1 when they ask "
        "for one picture for a page. Call characters from the cast by name: the app adds their description and "
        "reference pictures itself.",
        {
            "prompts": {"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 8,
                        "description": "One detailed prompt per picture."},
            "shape": {"type": "string", "enum": list(SHAPES),
                      "description": "The pictures' shape; square by default, or the page's frame shape when "
                                     "'page' is given. Use it when the user asks for a shape (\"make it landscape\")."},
            "shape_of_page": {"type": "string",
                              "description": "Draw in the shape of this page's picture frame (a label from the "
                                             "book's page list), without putting the picture there."},
            "size": {"type": "string", "pattern": "^[0-9]+x[0-9]+$",
                     "description": "An exact WIDTHxHEIGHT in pixels, only when the user names one; the app takes "
                                    "the nearest size the picture model accepts."},
            "style": {"type": "string", "enum": list(STYLE_IDS),
                      "description": "A style preset; 'sticker' gives a transparent background and a die-cut border."},
            "reference_image_ids": {"type": "array", "items": {"type": "integer"},
                                    "description": "Pictures whose look to keep (for 'more like this')."},
            "page": {"type": "string",
                     "description": "Put the first picture on this page of the book, named by its label in the "
                                    "book's page list (\"cover\", \"1\", \"2\", …, \"back\"; \"last\" = the last "
                                    "story page). Only an empty picture frame is filled; if the page has a picture "
                                    "already, the person is asked instead."},
        },
        ["prompts"],
    ),
    _function(
        EDIT_IMAGE,
        "Change an existing picture by instruction (\"make his spines more golden\"). Use the picture the user "
        "has selected unless they name another.",
        {
            "image_id": {"type": "integer"},
            "instruction": {"type": "string", "description": "What to change, in words."},
        },
        ["image_id", "instruction"],
    ),
    _function(
        REMEMBER_CHARACTER,
        "Add a character to the book's cast (or update one) when the user names one, e.g. \"her name is Larry\". "
        "Give a short, concrete visual description that lets any illustrator draw them the same way every time.",
        {
            "name": {"type": "string"},
            "description": {"type": "string", "description": "Species, colours, clothes, features; one or two sentences."},
            "image_ids": {"type": "array", "items": {"type": "integer"},
                          "description": "Reference pictures of the character; default: the selected picture."},
            "aliases": {"type": "array", "items": {"type": "string"},
                        "description": "Other names, e.g. the name in another language."},
        },
        ["name", "description"],
    ),
    _function(
        WRITE_STORY,
        "Write a picture-book story as pages. Text only: do not make pictures for it. Each page has a short text "
        "and an illustration prompt for later. List the main characters with a visual description. Write a "
        "one-line dedication and a back-cover blurb too, in the story's language.",
        {
            "title": {"type": "string"},
            "dedication": {"type": "string", "description": "One short line for the dedication page, e.g. "
                                                            "\"For everyone who shares their tea.\""},
            "blurb": {"type": "string", "description": "The back cover's words: two or three sentences that make "
                                                       "a reader want to open the book, without giving away the end."},
            "pages": {"type": "array", "items": {
                "type": "object",
                "properties": {"text": {"type": "string"}, "illustration_prompt": {"type": "string"}},
                "required": ["text", "illustration_prompt"],
            }},
            "characters": {"type": "array", "items": {
                "type": "object",
                "properties": {"name": {"type": "string"}, "description": {"type": "string"}},
                "required": ["name", "description"],
            }},
        },
        ["title", "pages"],
    ),
]

SYSTEM_PROMPT = (
    "You are the assistant inside Picture Book Studio, helping a parent and child (or a designer) invent "
    "characters and make a picture book. Answer in the language the user writes in. When the user wants to "
    "see something (\"what does it look like\", \"show me\", \"draw\", \"design\"), call make_images with "
    "distinct, detailed prompts and say one short sentence about them. When they name a character, call "
    "remember_character. When they ask to change a picture, call edit_image. When they ask for a story, call "
    "write_story and make no pictures. Otherwise answer briefly and warmly. Keep everything suitable for children. "
    "Name pages only by the book's own labels (the page list below), never by a story's page numbers. When the "
    "user has a picture selected, that is the picture they mean."
)

# What the model is told about the language the studio speaks, when it is not English (the model's instructions stay
# English). Its first words are what the offline backend looks for (backends/offline.py READS_KOREAN).
LANGUAGE_NOTES = {
    "ko": ("The person using the studio reads Korean (its menus and buttons are in Korean). When the language to "
           "answer in is unclear (a message of only names, numbers or emoji, or a request the studio made for them), "
           "answer in Korean. Write what you make for the book (a story, its title, a dedication, a blurb, captions) "
           "in Korean unless the person writes in another language or asks for one."),
}


def system_prompt(language: str = "en") -> str:
    """The system message's instructions for a studio in `language` (a code of studio.core.i18n)."""
    note = LANGUAGE_NOTES.get(language)
    return f"{SYSTEM_PROMPT}\n\n{note}" if note else SYSTEM_PROMPT


def tools_with_styles(own: dict[str, str]) -> list[dict[str, Any]]:
    """TOOLS with the book's own styles (id → name) added to make_images' style choices."""
    if not own:
        return TOOLS
    tools = json.loads(json.dumps(TOOLS))
    style = tools[0]["function"]["parameters"]["properties"]["style"]
    style["enum"] = [*STYLE_IDS, *own]
    style["description"] += " Own styles: " + "; ".join(f"{i} = {name}" for i, name in own.items()) + "."
    return tools
