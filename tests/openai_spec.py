"""OpenAI's published request schemas (tests/oracles/openai_requests.json) as validators."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

COPY = Path(__file__).parent / "oracles" / "openai_requests.json"
FULL = Path(__file__).resolve().parents[2] / "shared" / "oracles" / "openai-openapi.json"


@cache
def spec() -> dict[str, Any]:
    return json.loads(COPY.read_text(encoding="utf-8"))


def schema(name: str) -> dict[str, Any]:
    return spec()["components"]["schemas"][name]


def problems(name: str, body: dict[str, Any]) -> list[str]:
    """What in `body` the spec's schema `name` refuses (empty when it accepts it)."""
    validator = jsonschema.Draft202012Validator({"$ref": f"#/components/schemas/{name}",
                                                 "components": spec()["components"]})
    return [f"{'/'.join(map(str, e.absolute_path)) or '(body)'}: {e.message}" for e in validator.iter_errors(body)]
