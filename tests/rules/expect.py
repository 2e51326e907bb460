"""Comparing a result with an expectation that gives only some fields (engine and public
cases): the input goes through `json_io` and `assess` as the offline command does."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from counsel.exchange import json_io
from counsel.rules import assess

from .support import SHIPPED

LOCATION = ("code", "engagement", "quarter", "street", "field")


def assess_document(document: Mapping[str, Any]) -> dict[str, Any]:
    """The `counsel-result/1` object for a `counsel/1` input, with the reader's issues
    (present but unreadable values) among the errors as `counsel assess` reports them."""
    data, issues = json_io.parse_input(dict(document))
    out = json_io.result_dict(assess(data, SHIPPED))
    out["errors"] = [json_io.issue_dict(i) for i in issues] + out["errors"]
    out["final"] = out["final"] and not issues
    return out


def _subset(where: str, expected: Mapping[str, Any], actual: Mapping[str, Any]) -> list[str]:
    return [
        f"{where}.{key}: expected {value!r}, got {actual.get(key, '<absent>')!r}"
        for key, value in expected.items()
        if actual.get(key, object()) != value
    ]


def _ordered(where: str, expected: Sequence[Any], actual: Sequence[Any]) -> list[str]:
    if len(expected) != len(actual):
        ids = [a.get("id", a) for a in actual]
        return [f"{where}: expected {len(expected)} rows, got {len(actual)}: {ids}"]
    out: list[str] = []
    for index, (e, a) in enumerate(zip(expected, actual, strict=True)):
        out += _subset(f"{where}[{index}]", e, a)
    return out


def _errors(
    expected: Sequence[Mapping[str, Any]], actual: Sequence[Mapping[str, Any]]
) -> list[str]:
    """Errors match as a multiset on the keys each expected error gives; none left over."""
    left = list(actual)
    out: list[str] = []
    for error in expected:
        match = next((a for a in left if all(a.get(k) == v for k, v in error.items())), None)
        if match is None:
            out.append(f"errors: expected {dict(error)} not found")
        else:
            left.remove(match)
    out += [f"errors: unexpected { ({k: a.get(k) for k in LOCATION if k in a}) }" for a in left]
    return out


def _quota(expected: Sequence[Mapping[str, Any]], actual: Sequence[Mapping[str, Any]]) -> list[str]:
    by_key = {(q["street"], q["quarter"]): q for q in actual}
    out: list[str] = []
    for entry in expected:
        key = (entry["street"], entry["quarter"])
        if key not in by_key:
            out.append(f"quota: no check for {key}")
        else:
            out += _subset(f"quota{key}", entry, by_key[key])
    return out


def mismatches(expected: Mapping[str, Any], actual: Mapping[str, Any]) -> list[str]:
    """Every difference between the fields an expectation gives and the result."""
    out: list[str] = []
    for name, value in expected.items():
        if name in ("engagements", "ties"):
            out += _ordered(name, value, actual[name])
        elif name == "errors":
            out += _errors(value, actual["errors"])
        elif name == "quota":
            out += _quota(value, actual["quota"])
        elif name == "totals":
            out += _subset("totals", value, actual["totals"])
        elif actual.get(name) != value:
            out.append(f"{name}: expected {value!r}, got {actual.get(name)!r}")
    return out


def load_case(path: Path) -> dict[str, Any]:
    return dict(json_io.load_json(path))
