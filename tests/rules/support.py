"""Builders shared by the rules tests: the shipped policy, small inputs in the exchange
format (EXCHANGE.md) and as engine records, and a run through `json_io` + `assess`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from counsel.exchange import json_io
from counsel.rules import assess, policy
from counsel.rules.policy import Policy
from counsel.rules.types import Period, Result

SHIPPED: Policy = policy.load()
YEAR = 2025

#: The readings RULES.md names besides each default (R5, R8, R13, R14, R15).
ALTERNATIVES = [
    ("basic_aggregation", "sum"),
    ("quota_base", "rated"),
    ("bottom_tier", "include_90th"),
    ("boundary_ties", "manual"),
    ("week_rounding", "half_up"),
    ("week_rounding", "ceil"),
]


def with_params(**params: object) -> Policy:
    """The shipped policy with some parameters changed (as the input's `policy` object)."""
    return SHIPPED.with_overrides(params)


def d(text: str | int) -> Decimal:
    return Decimal(str(text))


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def period(start: str, end: str | None = None) -> Period:
    return Period(day(start), day(end) if end else None)


def community(code: str, street: str = "示例街道") -> dict[str, Any]:
    return {"code": code, "name": f"{code}社区", "street": street, "kind": "社区"}


def engagement(
    ident: str, community_code: str, *periods: tuple[str, str | None], lawyer: str | None = None
) -> dict[str, Any]:
    spans = periods or ((f"{YEAR - 1}-01-01", None),)
    return {
        "id": ident,
        "lawyer": lawyer or f"L-{ident}",
        "community": community_code,
        "periods": [{"start": s, "end": e} for s, e in spans],
    }


def quarters(
    ident: str, basics: Iterable[str | None], ratings: Iterable[str | None], first: int = 1
) -> list[dict[str, Any]]:
    """Quarter records from `first` on; a None leaves that field out (not yet scored)."""
    rows = []
    for offset, (basic, rating) in enumerate(zip(basics, ratings, strict=True)):
        row: dict[str, Any] = {"engagement": ident, "quarter": first + offset}
        if basic is not None:
            row["basic"] = basic
        if rating is not None:
            row["rating"] = rating
        rows.append(row)
    return rows


def document(
    communities: list[dict[str, Any]],
    engagements: list[dict[str, Any]],
    quarter_rows: Iterable[dict[str, Any]] = (),
    bonuses: Iterable[dict[str, Any]] = (),
    params: Mapping[str, object] | None = None,
    year: int = YEAR,
) -> dict[str, Any]:
    """A `counsel/1` input; the lawyers are those the engagements name."""
    lawyers = sorted({e["lawyer"] for e in engagements})
    doc: dict[str, Any] = {
        "format": "counsel/1",
        "year": year,
        "communities": communities,
        "lawyers": [{"id": ident, "name": ident, "firm": "示例律师事务所"} for ident in lawyers],
        "engagements": engagements,
        "quarters": list(quarter_rows),
        "bonuses": list(bonuses),
    }
    if params:
        doc["policy"] = dict(params)
    return doc


def run(doc: Mapping[str, Any], base: Policy = SHIPPED) -> tuple[Result, dict[str, Any]]:
    """The document through the exchange reader and the engine; reading must be clean."""
    data, issues = json_io.parse_input(dict(doc))
    assert issues == [], issues
    result = assess(data, base)
    return result, json_io.result_dict(result)


def full_year_street(
    totals: Iterable[str], *, street: str = "示例街道", prefix: str = "E"
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """One street of full-year engagements, each scored `total - 6` every quarter and
    rated 普通 (1.5 × 4 = 6), so the published total is the given number and the quota
    (⌈C/10⌉ 满意 at most, 普通 at least) always holds."""
    communities, engagements, rows = [], [], []
    for index, total in enumerate(totals, start=1):
        code = f"{prefix}{index:03d}"
        basic = str(Decimal(total) - 6)
        communities.append(community(f"C{code}", street))
        engagements.append(engagement(code, f"C{code}"))
        rows += quarters(code, [basic] * 4, ["普通"] * 4)
    return communities, engagements, rows
