"""Every string a person reads has Korean, the compiled catalogues are those the sources make, and no
translation drops a placeholder (a Korean sentence that lost {name} would print a hole, or raise)."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "packaging" / "i18n.py")
i18n_tool = importlib.util.module_from_spec(spec)
spec.loader.exec_module(i18n_tool)

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}|%n|%L?\d")


def _placeholders(text: str) -> set[str]:
    return {p.split(":")[0].split("!")[0].rstrip("}") for p in PLACEHOLDER.findall(text or "")}


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory) -> dict[str, Path]:
    """The committed .ts files brought up to date with the code, in a temporary copy."""
    folder = tmp_path_factory.mktemp("ts")
    copies = {lang: folder / path.name for lang, path in i18n_tool.TS.items()}
    for lang, path in i18n_tool.TS.items():
        shutil.copy(path, copies[lang])
    i18n_tool.update_ts(copies["ko"], copies["en"])
    return copies


def _messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def test_every_window_string_has_korean(fresh_ts):
    missing = [f"{context}: {m.findtext('source')!r}" for context, m in _messages(fresh_ts["ko"])
               if not i18n_tool._finished(m)]
    assert not missing, f"{len(missing)} window strings without Korean (packaging/i18n.py todo):\n" + \
        "\n".join(missing[:40])


def test_english_plural_forms_are_written(fresh_ts):
    missing = [m.findtext("source") for _c, m in _messages(fresh_ts["en"]) if not i18n_tool._finished(m)]
    assert not missing, f"English plural forms missing: {missing[:20]}"
    for _c, m in _messages(fresh_ts["en"]):
        forms = [f.text for f in m.find("translation").findall("numerusform")]
        assert len(forms) == 2 and all("%n" in f for f in forms if "%n" in m.findtext("source")), forms


def test_window_translations_keep_their_placeholders():
    wrong = []
    for context, m in _messages(i18n_tool.TS["ko"]):
        t = m.find("translation")
        texts = [f.text for f in t.findall("numerusform")] or [t.text]
        for text in texts:
            if text and _placeholders(text) != _placeholders(m.findtext("source")):
                wrong.append(f"{context}: {m.findtext('source')!r} → {text!r}")
    assert not wrong, "\n".join(wrong[:30])


def test_compiled_window_catalogues_are_current():
    for ts in i18n_tool.TS.values():
        assert ts.with_suffix(".qm").read_bytes() == i18n_tool.qm_bytes(ts), \
            f"{ts.with_suffix('.qm').name} is stale: python packaging/i18n.py release"


def test_every_core_message_has_korean():
    template = i18n_tool.extract_core()
    catalog = i18n_tool.read_po(i18n_tool.po_path("ko"), "ko")
    missing = []
    for message in template:
        if not message.id:
            continue
        ours = catalog.get(message.id, context=message.context)
        done = ours is not None and (all(ours.string) if ours.pluralizable else bool(ours.string))
        if not done:
            missing.append(f"{message.id!r} ({message.locations[0][0] if message.locations else '?'})")
    assert not missing, f"{len(missing)} messages without Korean (packaging/i18n.py update, then todo):\n" + \
        "\n".join(missing[:40])


def test_core_translations_keep_their_placeholders():
    wrong = []
    for m in i18n_tool.read_po(i18n_tool.po_path("ko"), "ko"):
        if not m.id:
            continue
        sources = m.id if m.pluralizable else (m.id,)
        strings = m.string if m.pluralizable else (m.string,)
        for text in strings:
            if text and _placeholders(text) != _placeholders(sources[-1]):
                wrong.append(f"{sources[0]!r} → {text!r}")
    assert not wrong, "\n".join(wrong[:30])


def test_compiled_core_catalogue_is_current():
    po = i18n_tool.po_path("ko")
    assert po.with_suffix(".mo").read_bytes() == i18n_tool.mo_bytes(i18n_tool.read_po(po, "ko")), \
        "studio.mo is stale: python packaging/i18n.py release"


def _core_modules():
    for path in (ROOT / "studio").rglob("*.py"):
        if "qt" not in path.relative_to(ROOT / "studio").parts:
            yield path


def test_messages_are_looked_up_before_they_are_filled_in():
    """`_(f"…{n}")` would look up a sentence no catalogue has: the placeholders go in after the lookup."""
    found = []
    for path in _core_modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in ("_", "N_", "ngettext", "pgettext")
                    and any(isinstance(a, (ast.JoinedStr, ast.BinOp)) for a in node.args)):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not found, found


def test_no_module_that_translates_uses_underscore_for_anything_else():
    """`for _ in …` inside a function that also calls `_()` would make `_` a local number there."""
    found = []
    for path in _core_modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imports = any(isinstance(n, ast.ImportFrom) and n.module in ("studio.core.i18n", "studio.backends.i18n")
                      and any(a.name == "_" for a in n.names) for n in ast.walk(tree))
        if not imports:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and node.id == "_" and isinstance(node.ctx, ast.Store):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not found, found
