"""EXCHANGE.md in JSON: `counsel/1` input → YearInput (+ issues), Result → `counsel-result/1`."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from counsel.exchange import clean_records as clean
from counsel.exchange import records
from counsel.exchange.errors import UnreadableInput, os_reason
from counsel.exchange.json_lines import Encoded, engagement_line
from counsel.exchange.values import BadValue, is_blank, read_int, text
from counsel.rules.types import (
    Engagement,
    Issue,
    Period,
    PolicyOverride,
    Result,
    YearInput,
)

T = TypeVar("T")
INPUT_FORMAT = "counsel/1"
RESULT_FORMAT = "counsel-result/1"


#: The json module's reasons, in Chinese (others are left out: the place says enough).
_JSON_REASONS = {
    "Expecting value": "此处应为一个值",
    "Expecting property name enclosed in double quotes": "此处应为带双引号的字段名",
    "Expecting ',' delimiter": "此处缺少逗号",
    "Expecting ':' delimiter": "此处缺少冒号",
    "Extra data": "JSON 结束后还有多余内容",
    "Unterminated string starting at": "字符串没有结束的引号",
    "Invalid control character at": "字符串中有控制字符",
}


def load_json(path: str | Path) -> Any:
    try:
        with open(path, encoding="utf-8-sig") as handle:
            return json.load(handle, parse_float=Decimal)
    except UnicodeDecodeError:
        raise UnreadableInput(f"{path} 不是 UTF-8 编码（请另存为 UTF-8）") from None
    except OSError as exc:
        raise UnreadableInput(f"无法读取文件 {path}：{os_reason(exc)}") from None
    except json.JSONDecodeError as exc:
        reason = _JSON_REASONS.get(exc.msg)
        raise UnreadableInput(
            f"{path} 不是有效的 JSON（第 {exc.lineno} 行第 {exc.colno} 列"
            + (f"：{reason}）" if reason else "）")
        ) from None
    except ValueError:
        # An integer of more digits than Python converts (4300): no score or amount has
        # them, and the file cannot be read as it stands.
        raise UnreadableInput(f"{path} 含有位数过多的数值，无法读取") from None
    except RecursionError:
        raise UnreadableInput(f"{path} 嵌套层数过多，不是有效的输入") from None


def read_input(
    path: str | Path, year: int | None = None, item_keys: Mapping[str, str] | None = None
) -> tuple[YearInput, list[Issue]]:
    return parse_input(load_json(path), year, item_keys)


def stated_year(data: Any) -> int | None:
    """The year the input itself gives (`year`), None when absent or unreadable."""
    if not isinstance(data, dict) or is_blank(data.get("year")):
        return None
    try:
        return read_int(data["year"])
    except BadValue:
        return None


def parse_input(
    data: Any, year: int | None = None, item_keys: Mapping[str, str] | None = None
) -> tuple[YearInput, list[Issue]]:
    """The JSON object of EXCHANGE.md as engine input; bad values become `bad_value` issues."""
    if not isinstance(data, dict):
        raise UnreadableInput("输入应为 JSON 对象（counsel/1 格式）")
    fmt = data.get("format", INPUT_FORMAT)
    if fmt != INPUT_FORMAT:
        raise UnreadableInput(f"不支持的格式 {fmt!r}，应为 {INPUT_FORMAT!r}")
    if year is None:
        year = stated_year(data)
        if year is None:
            raise UnreadableInput("输入缺少有效的考核年度 year（或用 --year 指定）")
    issues: list[Issue] = []
    overrides = data.get("policy") or {}
    if not isinstance(overrides, dict):
        issues.append(Issue(code="bad_value", message="policy 应为对象（参数名: 值）"))
        overrides = {}
    dropped = records.Dropped()
    result = YearInput(
        year=year,
        communities=_each(
            data, "communities", clean.community, records.community, issues, dropped.communities
        ),
        lawyers=_each(data, "lawyers", clean.lawyer, records.lawyer, issues, dropped.lawyers),
        engagements=_each(
            data, "engagements", clean.engagement, _engagement, issues, dropped.engagements
        ),
        quarters=_each(data, "quarters", clean.quarter, records.quarter, issues),
        bonuses=_each(
            data,
            "bonuses",
            lambda raw: clean.bonus(raw, item_keys),
            lambda rec: records.bonus(rec, item_keys),
            issues,
        ),
        overrides=tuple(PolicyOverride(str(k), v) for k, v in overrides.items()),
    )
    result = records.without_orphans(result, dropped)
    named = _communities_named(data) if issues else None
    return result, records.with_streets(issues, result, named)


def _communities_named(data: Mapping[str, Any]) -> dict[str, str]:
    """Engagement id → the community it names, of every engagement record (for the street
    of an issue about one that was left out)."""
    items = data.get("engagements")
    return {
        text(raw.get("id")): text(raw.get("community"))
        for raw in (items if isinstance(items, list) else ())
        if isinstance(raw, dict) and text(raw.get("community"))
    }


def _each(
    data: Mapping[str, Any],
    name: str,
    quick: Callable[[Mapping[str, Any]], T | None],
    build: Callable[[records.Record], T | None],
    issues: list[Issue],
    dropped: set[str] | None = None,
) -> tuple[T, ...]:
    """Every record of the list `name`; the ids of those left out go into `dropped`.

    A record is read by `quick` (clean_records), and only when that declines, by `build`,
    which reports what is wrong with it.
    """
    items = data.get(name) or []
    if not isinstance(items, list):
        issues.append(Issue(code="bad_value", message=f"{name} 应为数组", field=name))
        return ()
    out: list[T] = []
    for index, raw in enumerate(items):
        if not isinstance(raw, dict):
            issues.append(Issue(code="bad_value", message=f"{name}[{index}] 应为对象"))
            continue
        built = quick(raw)
        if built is not None:
            out.append(built)
            continue
        built = build(records.Record(raw, issues, where=f"{name}[{index}]."))
        if built is not None:
            out.append(built)
        elif dropped is not None and not is_blank(raw.get(_ID_KEYS[name])):
            dropped.add(text(raw.get(_ID_KEYS[name])))
    return tuple(out)


_ID_KEYS = {"communities": "code", "lawyers": "id", "engagements": "id"}


def _engagement(rec: records.Record) -> Engagement | None:
    ident = rec.required("id")
    rec.engagement = ident
    lawyer, community = rec.required("lawyer"), rec.required("community")
    periods_raw = rec.raw.get("periods")
    if not isinstance(periods_raw, list) or not periods_raw:
        rec.issue("periods", "应为至少一个服务期间的数组")
        return None
    periods: list[Period | None] = []
    for index, raw in enumerate(periods_raw):
        sub = records.Record(
            raw if isinstance(raw, dict) else {},
            rec.issues,
            where=f"{rec.where}periods[{index}].",
        )
        sub.engagement = ident
        periods.append(records.period(sub))
    if ident is None or lawyer is None or community is None or None in periods:
        return None
    return Engagement(
        id=ident,
        lawyer=lawyer,
        community=community,
        periods=tuple(p for p in periods if p is not None),
    )


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
                "trace": [f"{step.rule} {step.text}" for step in e.trace],
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
    document = result_dict(replace(result, engagements=()))
    document["engagements"] = Encoded(
        map(engagement_line, result.engagements), len(result.engagements)
    )
    with open(path, "w", encoding="utf-8") as handle:
        handle.writelines(lines(document))


# What json.dumps(…, ensure_ascii=False) builds anew for every call.
_encode = json.JSONEncoder(ensure_ascii=False).encode


def lines(document: Mapping[str, Any]) -> Iterator[str]:
    """The result as JSON text with one record a line, piece by piece.

    `json.dumps(indent=…)` runs the pure-Python encoder, five times slower than the C one
    on a district's year; here each record is encoded by the C encoder on its own line,
    which also keeps a diff of two results readable.
    """
    yield "{\n"
    for index, (key, value) in enumerate(document.items()):
        name = json.dumps(key, ensure_ascii=False)
        comma = ",\n" if index < len(document) - 1 else "\n"
        if isinstance(value, Encoded) and value.count:
            yield f"  {name}: [\n"
            last = value.count - 1
            # A record is written as it comes, without copying it into its line.
            for position, item in enumerate(value.items):
                yield "    "
                yield item
                yield ",\n" if position < last else "\n"
            yield f"  ]{comma}"
        elif isinstance(value, list) and value:
            yield f"  {name}: [\n"
            last = len(value) - 1
            for position, item in enumerate(map(_encode, value)):
                tail = ",\n" if position < last else "\n"
                yield f"    {item}{tail}"
            yield f"  ]{comma}"
        elif isinstance(value, Encoded):
            yield f"  {name}: []{comma}"
        else:
            yield f"  {name}: {_encode(value)}{comma}"
    yield "}\n"
