"""The cases the year end is checked on, and the engine run the way `counsel assess` runs
it (the shipped policy, the file's `policy` object)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from counsel.exchange import json_io
from counsel.rules import assess
from counsel.rules import policy as rules_policy
from counsel.rules.types import TieOrder
from tests.conftest import PUBLIC_CASES, REPO

OWN_CASES = REPO / "tests" / "cases" / "yearend"
PUBLIC = sorted(PUBLIC_CASES.glob("*.in.json"))
OWN = sorted(OWN_CASES.glob("*.in.json"))


def case(name: str) -> Path:
    for path in (*PUBLIC, *OWN):
        if path.name == f"{name}.in.json":
            return path
    raise FileNotFoundError(name)


def engine(path: Path, tie_orders: tuple[TieOrder, ...] = ()) -> dict[str, Any]:
    """`counsel assess PATH -o result.json`, as a dict."""
    data, issues = json_io.read_input(path)
    assert not issues, issues
    data = replace(data, tie_orders=tie_orders)
    return json_io.result_dict(assess(data, rules_policy.load()))
