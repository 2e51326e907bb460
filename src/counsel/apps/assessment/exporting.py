"""Export of a year's data in the exchange format (EXCHANGE.md), JSON or XLSX, scoped by
role: the bureau gets the district, a judicial office its street. The format has no column
for personal data (licence numbers, phones), so none can leave this way.

Importing an export and exporting again gives the same file: the lists are in a fixed
order (codes; periods by start; quarters by engagement and quarter; bonuses as declared)
and decimals are written with 2 places.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from counsel.apps.accounts import scope
from counsel.apps.accounts.models import User
from counsel.apps.assessment.selectors import year_input
from counsel.apps.org.models import AssessmentYear
from counsel.exchange.json_io import INPUT_FORMAT
from counsel.exchange.xlsx_write import write_input
from counsel.rules.types import PolicyOverride, YearInput

JSON_TYPE = "application/json"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _two(value: Decimal) -> str:
    return f"{value:.2f}"


def scoped_input(year: AssessmentYear, user: User) -> YearInput:
    """The year's input as far as the user may see it: the communities in scope, their
    engagements, the lawyers of those engagements, and their quarters and bonuses."""
    data = year_input(year)
    if user.is_bureau:  # the whole district
        return data
    codes = set(scope.communities(user).values_list("code", flat=True))
    engagements = tuple(e for e in data.engagements if e.community in codes)
    ids = {e.id for e in engagements}
    lawyers = {e.lawyer for e in engagements}
    return replace(
        data,
        communities=tuple(c for c in data.communities if c.code in codes),
        lawyers=tuple(lw for lw in data.lawyers if lw.id in lawyers),
        engagements=engagements,
        quarters=tuple(q for q in data.quarters if q.engagement in ids),
        bonuses=tuple(b for b in data.bonuses if b.engagement in ids),
    )


def input_dict(data: YearInput, parameters: dict[str, object]) -> dict[str, Any]:
    """The `counsel/1` object of EXCHANGE.md."""
    quarters = []
    for q in data.quarters:
        row: dict[str, Any] = {"engagement": q.engagement, "quarter": q.quarter}
        if q.basic is not None:
            row["basic"] = _two(q.basic)
        if q.rating is not None:
            row["rating"] = q.rating.value
        quarters.append(row)
    return {
        "format": INPUT_FORMAT,
        "year": data.year,
        "policy": dict(sorted(parameters.items())),
        "communities": [
            {"code": c.code, "name": c.name, "street": c.street, "kind": c.kind}
            for c in data.communities
        ],
        "lawyers": [{"id": lw.id, "name": lw.name, "firm": lw.firm} for lw in data.lawyers],
        "engagements": [
            {
                "id": e.id,
                "lawyer": e.lawyer,
                "community": e.community,
                "periods": [
                    {"start": p.start.isoformat(), "end": p.end.isoformat() if p.end else None}
                    for p in sorted(e.periods, key=lambda p: p.start)
                ],
            }
            for e in data.engagements
        ],
        "quarters": quarters,
        "bonuses": [
            {
                "engagement": b.engagement,
                "item": b.item,
                "points": _two(b.points),
                "status": b.status.value,
            }
            for b in data.bonuses
        ],
    }


def json_bytes(data: YearInput, parameters: dict[str, object]) -> bytes:
    text = json.dumps(input_dict(data, parameters), ensure_ascii=False, indent=1)
    return (text + "\n").encode("utf-8")


def xlsx_bytes(data: YearInput, parameters: dict[str, object]) -> bytes:
    """The input workbook (sheets 社区 … 参数) of EXCHANGE.md, written by the exchange
    format's own writer (what `counsel` writes and reads); the year's parameters go to
    the sheet 参数."""
    overrides = tuple(PolicyOverride(k, v) for k, v in sorted(parameters.items()))
    buffer = io.BytesIO()
    write_input(replace(data, overrides=overrides), buffer)
    return buffer.getvalue()


@dataclass(frozen=True)
class ExportFile:
    filename: str
    content_type: str
    content: bytes


def exchange_export(*, year: AssessmentYear, user: User, fmt: str) -> ExportFile:
    """The year's exchange file as far as the user may see it, in `json` or `xlsx`."""
    data = scoped_input(year, user)
    where = user.street.name if user.is_office and user.street else "全区"
    stem = f"{year.year}年度考核数据-{where}"
    if fmt == "xlsx":
        return ExportFile(f"{stem}.xlsx", XLSX_TYPE, xlsx_bytes(data, year.parameters))
    return ExportFile(f"{stem}.json", JSON_TYPE, json_bytes(data, year.parameters))
