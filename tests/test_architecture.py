"""The shape of the code, checked by import-linter with the contracts in pyproject.toml: core never imports Qt,
layers point down, the core's packages too, no import circle anywhere, and only the composition root builds a
backend. Each contract is shown to fail on a scratch copy that breaks it, so a passing run means something."""

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT = Path(sys.executable).with_name("lint-imports")


def lint(where: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(LINT), "--no-cache"], cwd=where, capture_output=True, text=True, timeout=300,
                          env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(where)})


def test_the_contracts_hold():
    done = lint(ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    """A copy of the package and its contracts, to break on purpose."""
    where = tmp_path_factory.mktemp("scratch")
    shutil.copytree(ROOT / "studio", where / "studio", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", where / "pyproject.toml")
    return where


@pytest.mark.parametrize("module, line, contract", [
    # the document naming a feature: the circle the book's Project used to make
    ("studio/core/document/model.py", "import studio.core.layout.sides", "no import circle anywhere in studio"),
    ("studio/core/document/model.py", "import studio.core.layout.sides",
     "the core's packages point down: use-cases, then the features, then the document"),
    ("studio/core/settings.py", "import studio.core.backend_choice", "no import circle anywhere in studio"),
    ("studio/core/layout/plan.py", "import PySide6.QtGui", "core and backends never import Qt"),
    ("studio/qt/chat_pane.py", "import studio.cli_edit", "layers point down"),
    ("studio/qt/chat_pane.py", "import studio.backends.offline", "only the composition root builds a backend"),
])
def test_a_broken_rule_fails_the_lint(scratch, module, line, contract):
    path = scratch / module
    original = path.read_text(encoding="utf-8")
    path.write_text(original + f"\n{line}  # added by the test\n", encoding="utf-8")
    try:
        done = lint(scratch)
    finally:
        path.write_text(original, encoding="utf-8")
    assert done.returncode != 0
    assert f"{contract} BROKEN" in done.stdout, done.stdout


COMPOSITION_ROOT = {"studio/core/app/studio.py", "studio/core/backend_choice.py"}


def test_only_the_composition_root_builds_an_assistant_or_a_backend():
    builders = {"Assistant", "make_backend", "OpenAIBackend", "OfflineBackend"}
    found = []
    for path in (ROOT / "studio").rglob("*.py"):
        rel = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                if name in builders and rel not in COMPOSITION_ROOT:
                    found.append(f"{rel}:{node.lineno} {name}(…)")
    assert found == []
