"""The public cases (tests/cases/public) and how a result is held against them: every field
the exchange format defines (cases/README.md), `trace` and messages excepted."""

from __future__ import annotations

import json
from dataclasses import fields, is_dataclass, replace
from pathlib import Path
from typing import Any

from counsel.exchange import json_io, xlsx_io
from counsel.rules.types import NOWHERE

PUBLIC = Path(__file__).resolve().parent.parent / "cases" / "public"
NAMES = sorted(p.name.removesuffix(".in.json") for p in PUBLIC.glob("*.in.json"))
WHERE = ("engagement", "quarter", "street")


def input_path(name: str) -> Path:
    return PUBLIC / f"{name}.in.json"


def expected(name: str) -> dict[str, Any]:
    return json.loads((PUBLIC / f"{name}.expect.json").read_text(encoding="utf-8"))


def xlsx_copy(name: str, folder: Path) -> Path:
    """The case as an input workbook, written from its JSON."""
    data, issues = json_io.read_input(input_path(name))
    assert issues == []
    path = folder / f"{name}.xlsx"
    xlsx_io.write_input(data, path)
    return path


def assert_matches(result: dict[str, Any], expect: dict[str, Any]) -> None:
    """`result` (a counsel-result/1 object) agrees with `expect` on every field it gives."""
    assert result["year"] == expect["year"]
    assert result["final"] == expect["final"]
    assert [e["id"] for e in result["engagements"]] == [e["id"] for e in expect["engagements"]]
    for got, want in zip(result["engagements"], expect["engagements"], strict=True):
        assert {k: got[k] for k in want} == want, want["id"]
    if "quota" in expect:
        assert [
            {k: q[k] for k in want}
            for q, want in zip(result["quota"], expect["quota"], strict=True)
        ] == expect["quota"]
    assert _places(result["errors"]) == _places(expect["errors"])
    assert {k: result["totals"][k] for k in expect["totals"]} == expect["totals"]


def _places(errors: list[dict[str, Any]]) -> list[tuple[object, ...]]:
    return sorted((e["code"], *(e.get(k) for k in WHERE)) for e in errors)


def without_origins(value: Any) -> Any:
    """A YearInput (or part) with every origin blanked, to compare JSON- and XLSX-read input."""
    if isinstance(value, tuple):
        return tuple(without_origins(v) for v in value)
    if is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: without_origins(getattr(value, f.name)) for f in fields(value)}
        if "origin" in changes:
            changes["origin"] = NOWHERE
        return replace(value, **changes)
    return value
