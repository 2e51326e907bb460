"""The input workbook of EXCHANGE.md → YearInput and the `bad_value` issues found, each
with its sheet, row and column.

Rows of 结对 with the same 结对编号 are the periods of one engagement. A workbook that
cannot be used at all (not a workbook, a required sheet or column missing) raises
UnreadableInput.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from openpyxl.utils.datetime import from_excel

from counsel.exchange import records, years
from counsel.exchange.errors import UnreadableInput
from counsel.exchange.values import BadValue, is_blank, read_decimal, read_int, text
from counsel.exchange.xlsx_cells import Row, Workbook
from counsel.exchange.xlsx_layout import (
    BONUSES,
    COMMUNITIES,
    ENGAGEMENTS,
    LAWYERS,
    PARAMETERS,
    QUARTERS,
    YEAR_NAMES,
    SheetLayout,
)
from counsel.rules.types import Engagement, Issue, Origin, Period, PolicyOverride, YearInput

T = TypeVar("T")

#: Excel day numbers of 1954–2119: a number in a date column in this range is a date
#: cell whose date format was lost.
_SERIAL_DAYS = (20_000, 80_000)
_YEAR_IN_NAME = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


class Reading(NamedTuple):
    """A workbook as read: the input, the issues found, the year the workbook states (in
    参数) and, when the year had to be inferred, a note saying how."""

    data: YearInput
    issues: list[Issue]
    stated_year: int | None
    note: str | None


def read_input(
    path: str | Path, year: int | None = None, item_keys: Mapping[str, str] | None = None
) -> tuple[YearInput, list[Issue]]:
    reading = read_workbook(path, year, item_keys)
    return reading.data, reading.issues


def read_workbook(
    path: str | Path, year: int | None = None, item_keys: Mapping[str, str] | None = None
) -> Reading:
    """Read the input workbook; `year` (from --year) wins over the year it states.

    EXCHANGE.md gives the workbook no year field: it is the row 年度 of 参数, else a year
    in the file name (考核2025.xlsx), else the latest year a period starts or ends in (a
    year's input has its new appointments and its leavers), said in the note.
    """
    book = Workbook(path)
    sheets = {layout.name: book.rows(layout) for layout in (*_DATA_SHEETS, PARAMETERS)}
    missing = [s.name for s in _DATA_SHEETS if s.required and sheets[s.name] is None]
    if missing:
        raise UnreadableInput(
            f"{path} 缺少工作表「{'」「'.join(missing)}」"
            "（应有：社区、律师、结对、季度考核，可选：加分、参数；"
            f"此工作簿中有：{''.join(f'「{n}」' for n in book.sheet_names)}）"
        )
    issues: list[Issue] = []
    stated, overrides = _parameters(sheets[PARAMETERS.name], issues)
    dropped = records.Dropped()
    communities = _build(
        sheets[COMMUNITIES.name], COMMUNITIES, records.community, issues, dropped.communities
    )
    lawyers = _build(sheets[LAWYERS.name], LAWYERS, records.lawyer, issues, dropped.lawyers)
    engagements = _engagements(sheets[ENGAGEMENTS.name] or (), issues, dropped)
    quarters = _build(sheets[QUARTERS.name], QUARTERS, records.quarter, issues)
    bonuses = _build(
        sheets[BONUSES.name], BONUSES, lambda rec: records.bonus(rec, item_keys), issues
    )
    year, note = _year(Path(path), stated if year is None else year, engagements)
    data = YearInput(
        year=year,
        communities=communities,
        lawyers=lawyers,
        engagements=engagements,
        quarters=quarters,
        bonuses=bonuses,
        overrides=overrides,
    )
    data = records.without_orphans(data, dropped)
    issues = records.with_streets(issues, data, dropped.engagement_communities)
    return Reading(data, issues, stated, note)


def _year(
    path: Path, given: int | None, engagements: Iterable[Engagement]
) -> tuple[int, str | None]:
    if given is not None:
        return years.usable(given, f"{path} 的年度"), None
    match = _YEAR_IN_NAME.search(path.stem)
    if match:
        year = years.usable(int(match.group(1)), f"{path} 文件名中的年度")
        return year, f"工作表「参数」未给出年度，按文件名以 {year} 年度计算"
    # A period's end says the year as well as a start: a district that appointed nobody
    # new during the year still has its leavers, and the periods of a year's input reach
    # into that year. An end far off (9999-12-31 for "open") says nothing.
    seen = [
        day.year
        for e in engagements
        for p in e.periods
        for day in (p.start, p.end)
        if day is not None and years.out_of_range(day.year) is None
    ]
    if not seen:
        raise UnreadableInput(
            f"{path} 未给出考核年度：请在工作表「参数」中填写「年度」，或用 --year 指定"
        )
    year = max(seen)
    return year, (
        f"工作表「参数」未给出年度，按最晚的开始或结束日期以 {year} 年度计算"
        "（如有误请用 --year 指定）"
    )


_DATA_SHEETS = (COMMUNITIES, LAWYERS, ENGAGEMENTS, QUARTERS, BONUSES)


def _record(row: Row, layout: SheetLayout, issues: list[Issue]) -> records.Record:
    return records.Record(
        row.values, issues, origin=Origin(layout.name, row.number), labels=layout.labels
    )


def _build(
    rows: Iterable[Row] | None,
    layout: SheetLayout,
    build: Callable[[records.Record], T | None],
    issues: list[Issue],
    dropped: set[str] | None = None,
) -> tuple[T, ...]:
    out: list[T] = []
    id_key = layout.columns[0].key
    for row in rows or ():
        built = build(_record(row, layout, issues))
        if built is not None:
            out.append(built)
        elif dropped is not None and not is_blank(row.values.get(id_key)):
            dropped.add(text(row.values[id_key]))
    return tuple(out)


def _engagements(
    rows: Iterable[Row], issues: list[Issue], dropped: records.Dropped
) -> tuple[Engagement, ...]:
    """One engagement per 结对编号, its rows the periods; lawyer and community must agree."""
    first: dict[str, Engagement] = {}
    periods: dict[str, list[Period]] = {}
    left_out = dropped.engagements
    for row in rows:
        values = {**row.values, "start": _date_cell(row.values.get("start"))}
        values["end"] = _date_cell(row.values.get("end"))
        rec = _record(Row(row.number, values), ENGAGEMENTS, issues)
        ident = rec.required("id")
        rec.engagement = ident
        period = records.period(rec)
        if ident is None:
            continue
        known = first.get(ident)
        if known is None:
            lawyer, community = rec.required("lawyer"), rec.required("community")
            if community is not None:
                dropped.engagement_communities[ident] = community
            if lawyer is None or community is None:
                left_out.add(ident)
                continue
            first[ident] = Engagement(ident, lawyer, community, (), rec.origin)
            periods[ident] = []
        elif not _agrees(rec, known):
            left_out.add(ident)
        if period is None:
            left_out.add(ident)
        else:
            periods[ident].append(period)
    return tuple(
        Engagement(e.id, e.lawyer, e.community, tuple(periods[e.id]), e.origin)
        for e in first.values()
        if e.id not in left_out
    )


def _agrees(rec: records.Record, known: Engagement) -> bool:
    """A further period row names the same lawyer and community (or leaves them blank)."""
    ok = True
    for key, expected in (("lawyer", known.lawyer), ("community", known.community)):
        value = text(rec.raw.get(key))
        if value and value != expected:
            rec.issue(
                key,
                f"结对 {known.id} 在第 {known.origin.row} 行为“{expected}”，此行为“{value}”；"
                "同一结对编号的各行须为同一律师、同一社区",
            )
            ok = False
    return ok


def _date_cell(value: Any) -> Any:
    """A day number in a date column (a date cell that lost its format) as the date."""
    is_number = isinstance(value, int | float) and not isinstance(value, bool)
    if is_number and _SERIAL_DAYS[0] <= value <= _SERIAL_DAYS[1] and float(value).is_integer():
        moment = from_excel(value)
        return moment.date() if isinstance(moment, dt.datetime) else value
    return value


def _parameters(
    rows: Iterable[Row] | None, issues: list[Issue]
) -> tuple[int | None, tuple[PolicyOverride, ...]]:
    """The sheet 参数: the year (年度) and the policy overrides, each with its row."""
    year: int | None = None
    overrides: list[PolicyOverride] = []
    for row in rows or ():
        rec = _record(row, PARAMETERS, issues)
        name = rec.required("name")
        if name is None:
            continue
        value = row.values.get("value")
        if name in YEAR_NAMES:
            try:
                year = read_int(value)
            except BadValue as exc:
                raise UnreadableInput(f"工作表「参数」第 {row.number} 行「年度」：{exc}") from None
            continue
        overrides.append(PolicyOverride(name, _parameter_value(value), rec.origin))
    return year, tuple(overrides)


def _parameter_value(value: Any) -> object:
    """A number cell as an exact decimal, text as text, blank as None (e.g. bonus_cap)."""
    if is_blank(value):
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return read_decimal(value)
    return text(value)
