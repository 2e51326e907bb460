"""Where a problem of an uploaded file is: sheet (or JSON list), row and field.

The XLSX reader puts each record's sheet and row on it. The JSON reader says where only in
the message of a bad value ("engagements[3].periods[0].start：…") and leaves the records
without an origin; this module gives a JSON file the same places an XLSX file has — the
list as the sheet of the same data, the record's position as the row — so the import page
lists every problem the same way whatever the format.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any, TypeVar

from counsel.exchange.values import BadValue, read_decimal, read_quarter, text
from counsel.rules.types import Engagement, Issue, Origin, YearInput

#: The exchange format's sheet for each JSON list (EXCHANGE.md, XLSX).
SHEETS = {
    "communities": "社区",
    "lawyers": "律师",
    "engagements": "结对",
    "quarters": "季度考核",
    "bonuses": "加分",
    "policy": "参数",
}
#: The sheet's column for each JSON key.
COLUMNS: dict[str, dict[str, str]] = {
    "communities": {"code": "社区代码", "name": "社区名称", "street": "所属街道", "kind": "类型"},
    "lawyers": {"id": "律师编号", "name": "姓名", "firm": "执业机构"},
    "engagements": {
        "id": "结对编号",
        "lawyer": "律师编号",
        "community": "社区代码",
        "periods": "开始日期",
        "start": "开始日期",
        "end": "结束日期",
    },
    "quarters": {
        "engagement": "结对编号",
        "quarter": "季度",
        "basic": "基础履职得分",
        "rating": "满意度评价",
    },
    "bonuses": {"engagement": "结对编号", "item": "加分项目", "points": "分值", "status": "状态"},
}
_WHERE = re.compile(r"^(\w+)\[(\d+)\](?:\.periods\[\d+\])?\.(\w+)：")

T = TypeVar("T")


def locate_reader_issue(issue: Issue) -> Issue:
    """A JSON reader's issue with the sheet, row and column its message names."""
    if issue.sheet is not None:
        return issue
    match = _WHERE.match(issue.message)
    if not match:
        return issue
    name, index, key = match.group(1), int(match.group(2)), match.group(3)
    if name not in SHEETS:
        return issue
    return replace(
        issue, sheet=SHEETS[name], row=index + 1, field=COLUMNS.get(name, {}).get(key, key)
    )


def _quarter_key(raw: Mapping[str, Any]) -> tuple[str, int | None]:
    try:
        quarter: int | None = read_quarter(raw.get("quarter"))
    except BadValue:
        quarter = None
    return text(raw.get("engagement")), quarter


def _bonus_key(raw: Mapping[str, Any]) -> tuple[str, str, object]:
    try:
        points: object = read_decimal(raw.get("points"))
    except BadValue:
        points = None
    return text(raw.get("engagement")), text(raw.get("item")), points


def _place(
    name: str,
    raws: object,
    records: Sequence[T],
    raw_key: Callable[[Mapping[str, Any]], object],
    record_key: Callable[[T], object],
) -> tuple[T, ...]:
    """Give each record the position of the raw item it was read from. The reader keeps
    the order and drops unreadable items, so the records are a subsequence of the items."""
    if not isinstance(raws, list):
        return tuple(records)
    out: list[T] = []
    pending = list(records)
    for index, raw in enumerate(raws):
        if not pending:
            break
        if isinstance(raw, Mapping) and raw_key(raw) == record_key(pending[0]):
            out.append(replace(pending.pop(0), origin=Origin(SHEETS[name], index + 1)))  # type: ignore[type-var]
    return (*out, *pending)


def _periods_at_engagement(engagement: Engagement) -> Engagement:
    """A period's problem (end before start) is reported on its engagement's record."""
    periods = tuple(replace(p, origin=engagement.origin) for p in engagement.periods)
    return replace(engagement, periods=periods)


def locate_json(data: YearInput, raw: Mapping[str, Any]) -> YearInput:
    """The records of a JSON file with their list and position as origin."""
    located = replace(
        data,
        communities=_place(
            "communities", raw.get("communities"), data.communities,
            lambda r: text(r.get("code")), lambda c: c.code,
        ),
        lawyers=_place(
            "lawyers", raw.get("lawyers"), data.lawyers, lambda r: text(r.get("id")), lambda x: x.id
        ),
        engagements=_place(
            "engagements", raw.get("engagements"), data.engagements,
            lambda r: text(r.get("id")), lambda e: e.id,
        ),
        quarters=_place(
            "quarters", raw.get("quarters"), data.quarters, _quarter_key,
            lambda q: (q.engagement, q.quarter),
        ),
        bonuses=_place(
            "bonuses", raw.get("bonuses"), data.bonuses, _bonus_key,
            lambda b: (b.engagement, b.item or "", b.points),
        ),
    )  # fmt: skip
    return replace(
        located, engagements=tuple(_periods_at_engagement(e) for e in located.engagements)
    )
