"""The tools the chat model may call, as JSON schemas in the Chat Completions format."""

from __future__ import annotations

from typing import Any

IMAGE_SIZES = ("1024x1024", "1536x1024", "1024x1536")

MAKE_IMAGES = "make_images"
WRITE_STORY = "write_story"

TOOLS: list[dict[str, Any]] = [
    {
        "type": "function",
        "function": {
            "name": MAKE_IMAGES,
            "description": (
                "Make pictures. Write one detailed, self-contained image prompt per picture "
                "(subject, pose, setting, style, colours, mood). Use 4 distinct prompts unless the user asks "
                "for a different number."
            ),
            "parameters": {
                "type": "object",
                "properties": {
                    "prompts": {
                        "type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 8,
                        "description": "One detailed prompt per picture.",
                    },
                    "size": {"type": "string", "enum": list(IMAGE_SIZES), "description": "Picture size; square by default."},
                },
                "required": ["prompts"],
            },
        },
    },
    {
        "type": "function",
        "function": {
            "name": WRITE_STORY,
            "description": (
                "Write a picture-book story as pages. Text only: do not make pictures for it. Each page has a short "
                "text for the page and an illustration prompt for later."
            ),
            "parameters": {
                "type": "object",
                "properties": {
                    "title": {"type": "string"},
                    "pages": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {
                                "text": {"type": "string"},
                                "illustration_prompt": {"type": "string"},
                            },
                            "required": ["text", "illustration_prompt"],
                        },
                    },
                },
                "required": ["title", "pages"],
            },
        },
    },
]

SYSTEM_PROMPT = (
    "You are the assistant inside Picture Book Studio, helping a parent and child (or a designer) invent "
    "characters and make a picture book. Answer in the language the user writes in. When the user wants to "
    "see something (\"what does it look like\", \"show me\", \"draw\", \"design\"), call make_images with "
    "distinct, detailed prompts and say one short sentence about them. When they ask for a story, call "
    "write_story and make no pictures. Otherwise answer briefly and warmly. Keep everything suitable for children."
)
