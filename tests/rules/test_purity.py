"""R17 and the engine's independence: every module of `counsel.rules`, read as source,
imports nothing from Django, the apps, the web project or the exchange layer, and never
goes through binary floating point (`float(`, float literals, `round(`, `math.ceil`,
`math.floor`)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import counsel.rules

RULES = Path(counsel.rules.__file__).parent
MODULES = sorted(RULES.rglob("*.py"))
FORBIDDEN_IMPORTS = ("django", "counsel.apps", "counsel.web", "counsel.exchange", "counsel.cli")
FORBIDDEN_CALLS = {"float", "round"}
FORBIDDEN_MATH = {"ceil", "floor", "fsum", "trunc"}


def imported(tree: ast.AST) -> list[str]:
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names.append(node.module or "")
            if node.module == "math":
                names += [f"math.{alias.name}" for alias in node.names]
    return names


def floating_point(tree: ast.AST) -> list[str]:
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id in FORBIDDEN_CALLS:
                found.append(f"{node.func.id}( at line {node.lineno}")
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            if node.value.id == "math" and node.attr in FORBIDDEN_MATH:
                found.append(f"math.{node.attr} at line {node.lineno}")
        elif isinstance(node, ast.Constant) and isinstance(node.value, float):
            found.append(f"float literal {node.value!r} at line {node.lineno}")
    return found


def test_r17_the_rules_package_has_the_modules_the_engine_needs() -> None:
    names = {path.stem for path in MODULES}
    assert {"assess", "basic", "bonus", "exact", "pay", "policy", "quota", "ranking"} <= names


@pytest.mark.parametrize("path", MODULES, ids=[p.name for p in MODULES])
def test_r17_a_rules_module_imports_nothing_from_django_the_apps_or_the_exchange(
    path: Path,
) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    bad = [
        name
        for name in imported(tree)
        if any(name == f or name.startswith(f + ".") for f in FORBIDDEN_IMPORTS)
        or name.split(".")[-1] in FORBIDDEN_MATH
    ]
    assert bad == []


@pytest.mark.parametrize("path", MODULES, ids=[p.name for p in MODULES])
def test_r17_a_rules_module_never_uses_binary_floating_point(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    assert floating_point(tree) == []


def test_r17_the_checks_would_catch_what_they_look_for() -> None:
    sample = ast.parse(
        "import django.db\nfrom math import ceil\nimport math\n"
        "x = float('1')\ny = round(x)\nz = math.floor(2)\nw = 0.1\n"
    )
    assert imported(sample)[:2] == ["django.db", "math"]
    assert "math.ceil" in imported(sample)
    assert len(floating_point(sample)) == 4
