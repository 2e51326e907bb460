"""EXCHANGE.md in JSON: `counsel/1` input → YearInput (+ issues), Result → `counsel-result/1`."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from counsel.exchange.errors import UnreadableInput
from counsel.exchange.values import (
    BadValue,
    is_blank,
    read_date,
    read_decimal,
    read_int,
    read_quarter,
    read_rating,
    read_status,
    text,
)
from counsel.rules.types import (
    BonusRecord,
    Community,
    Engagement,
    Issue,
    Lawyer,
    Period,
    PolicyOverride,
    QuarterRecord,
    Result,
    YearInput,
)

T = TypeVar("T")
INPUT_FORMAT = "counsel/1"
RESULT_FORMAT = "counsel-result/1"


def load_json(path: str | Path) -> Any:
    try:
        with open(path, encoding="utf-8-sig") as handle:
            return json.load(handle, parse_float=Decimal)
    except (OSError, UnicodeDecodeError) as exc:
        raise UnreadableInput(f"无法读取文件 {path}：{exc}") from None
    except json.JSONDecodeError as exc:
        raise UnreadableInput(
            f"{path} 不是有效的 JSON（第 {exc.lineno} 行第 {exc.colno} 列：{exc.msg}）"
        ) from None


def read_input(path: str | Path, year: int | None = None) -> tuple[YearInput, list[Issue]]:
    return parse_input(load_json(path), year)


def parse_input(data: Any, year: int | None = None) -> tuple[YearInput, list[Issue]]:
    """The JSON object of EXCHANGE.md as engine input; bad values become `bad_value` issues."""
    if not isinstance(data, dict):
        raise UnreadableInput("输入应为 JSON 对象（counsel/1 格式）")
    fmt = data.get("format", INPUT_FORMAT)
    if fmt != INPUT_FORMAT:
        raise UnreadableInput(f"不支持的格式 {fmt!r}，应为 {INPUT_FORMAT!r}")
    if year is None:
        try:
            year = read_int(data.get("year"))
        except BadValue:
            raise UnreadableInput("输入缺少有效的考核年度 year（或用 --year 指定）") from None
    issues: list[Issue] = []
    overrides = data.get("policy") or {}
    if not isinstance(overrides, dict):
        issues.append(Issue(code="bad_value", message="policy 应为对象（参数名: 值）"))
        overrides = {}
    result = YearInput(
        year=year,
        communities=_each(data, "communities", _community, issues),
        lawyers=_each(data, "lawyers", _lawyer, issues),
        engagements=_each(data, "engagements", _engagement, issues),
        quarters=_each(data, "quarters", _quarter, issues),
        bonuses=_each(data, "bonuses", _bonus, issues),
        overrides=tuple(PolicyOverride(str(k), v) for k, v in overrides.items()),
    )
    return result, issues


class _Row:
    """One JSON record and the issues found reading it."""

    def __init__(self, list_name: str, index: int, raw: Mapping[str, Any], issues: list[Issue]):
        self.where = f"{list_name}[{index}]"
        self.raw = raw
        self.issues = issues
        self.engagement: str | None = None
        self.quarter: int | None = None

    def issue(self, name: str, message: str) -> None:
        self.issues.append(
            Issue(
                code="bad_value",
                message=f"{self.where}.{name}：{message}",
                engagement=self.engagement,
                quarter=self.quarter,
                field=name,
            )
        )

    def required(self, name: str) -> str | None:
        value = self.raw.get(name)
        if is_blank(value):
            self.issue(name, "缺少必填项")
            return None
        return text(value)

    def read(self, name: str, reader: Callable[[object], T]) -> T | None:
        value = self.raw.get(name)
        if is_blank(value):
            return None
        try:
            return reader(value)
        except BadValue as exc:
            self.issue(name, str(exc))
            raise


def _each(
    data: Mapping[str, Any], name: str, build: Callable[[_Row], T | None], issues: list[Issue]
) -> tuple[T, ...]:
    items = data.get(name) or []
    if not isinstance(items, list):
        issues.append(Issue(code="bad_value", message=f"{name} 应为数组", field=name))
        return ()
    out: list[T] = []
    for index, raw in enumerate(items):
        if not isinstance(raw, dict):
            issues.append(Issue(code="bad_value", message=f"{name}[{index}] 应为对象"))
            continue
        try:
            built = build(_Row(name, index, raw, issues))
        except BadValue:
            continue
        if built is not None:
            out.append(built)
    return tuple(out)


def _community(row: _Row) -> Community | None:
    code, name, street = row.required("code"), row.required("name"), row.required("street")
    if code is None or name is None or street is None:
        return None
    return Community(code=code, name=name, street=street, kind=text(row.raw.get("kind")) or "社区")


def _lawyer(row: _Row) -> Lawyer | None:
    ident, name = row.required("id"), row.required("name")
    if ident is None or name is None:
        return None
    return Lawyer(id=ident, name=name, firm=text(row.raw.get("firm")))


def _engagement(row: _Row) -> Engagement | None:
    ident = row.required("id")
    row.engagement = ident
    lawyer, community = row.required("lawyer"), row.required("community")
    periods_raw = row.raw.get("periods")
    if not isinstance(periods_raw, list) or not periods_raw:
        row.issue("periods", "应为至少一个服务期间的数组")
        return None
    periods: list[Period] = []
    for index, raw in enumerate(periods_raw):
        sub = _Row(f"{row.where}.periods", index, raw if isinstance(raw, dict) else {}, row.issues)
        sub.engagement = ident
        start = sub.read("start", read_date) if sub.required("start") else None
        end = sub.read("end", read_date)
        if start is None:
            return None
        periods.append(Period(start=start, end=end))
    if ident is None or lawyer is None or community is None:
        return None
    return Engagement(id=ident, lawyer=lawyer, community=community, periods=tuple(periods))


def _quarter(row: _Row) -> QuarterRecord | None:
    ident = row.required("engagement")
    row.engagement = ident
    quarter = row.read("quarter", read_quarter) if row.required("quarter") else None
    row.quarter = quarter
    if ident is None or quarter is None:
        return None
    invalid: set[str] = set()
    basic = rating = None
    try:
        basic = row.read("basic", read_decimal)
    except BadValue:
        invalid.add("basic")
    try:
        rating = row.read("rating", read_rating)
    except BadValue:
        invalid.add("rating")
    return QuarterRecord(
        engagement=ident, quarter=quarter, basic=basic, rating=rating, invalid=frozenset(invalid)
    )


def _bonus(row: _Row) -> BonusRecord | None:
    ident = row.required("engagement")
    row.engagement = ident
    points = row.read("points", read_decimal) if row.required("points") else None
    status = row.read("status", read_status) if row.required("status") else None
    if ident is None or points is None or status is None:
        return None
    item = text(row.raw.get("item")) or None
    return BonusRecord(engagement=ident, item=item, points=points, status=status)


# ------------------------------------------------------------------------------ output


def money(value: Decimal) -> str:
    """Decimal values are strings with exactly 2 decimals (EXCHANGE.md)."""
    return f"{value:.2f}"


def issue_dict(issue: Issue) -> dict[str, Any]:
    out: dict[str, Any] = {"code": issue.code, "message": issue.message}
    for key in ("engagement", "quarter", "street", "sheet", "row", "field"):
        value = getattr(issue, key)
        if value is not None:
            out[key] = value
    return out


def result_dict(result: Result) -> dict[str, Any]:
    """The `counsel-result/1` object."""
    return {
        "format": RESULT_FORMAT,
        "year": result.year,
        "final": result.final,
        "policy": result.policy,
        "engagements": [
            {
                "id": e.id,
                "lawyer": e.lawyer,
                "community": e.community,
                "street": e.street,
                "full_year": e.full_year,
                "days": e.days,
                "weeks": e.weeks,
                "basic": money(e.basic),
                "satisfaction": money(e.satisfaction),
                "bonus": money(e.bonus),
                "total": money(e.total),
                "rank": e.rank,
                "tier": int(e.tier) if e.tier is not None else None,
                "amount": money(e.amount),
                "city_share": money(e.city_share),
                "district_share": money(e.district_share),
                "flags": list(e.flags),
                "trace": [str(step) for step in e.trace],
            }
            for e in result.engagements
        ],
        "quota": [
            {
                "street": q.street,
                "quarter": q.quarter,
                "base": q.base,
                "max_satisfied": q.max_satisfied,
                "min_ordinary": q.min_ordinary,
                "satisfied": q.satisfied,
                "ordinary": q.ordinary,
                "ok": q.ok,
            }
            for q in result.quota
        ],
        "errors": [issue_dict(i) for i in result.errors],
        "ties": [
            {
                "engagements": list(t.engagements),
                "boundary": t.boundary,
                "positions": list(t.positions),
                "extra": t.extra,
                "cost": money(t.cost),
            }
            for t in result.ties
        ],
        "totals": {
            "communities": result.totals.communities,
            "ranked": result.totals.ranked,
            "tier1": result.totals.tier1,
            "tier2": result.totals.tier2,
            "tier3": result.totals.tier3,
            "part_year": result.totals.part_year,
            "pool": money(result.totals.pool),
            "payout": money(result.totals.payout),
            "city": money(result.totals.city),
            "district": money(result.totals.district),
            "difference": money(result.totals.difference),
        },
    }


def write_result(result: Result, path: str | Path) -> None:
    Path(path).write_text(
        json.dumps(result_dict(result), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
