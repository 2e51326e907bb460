"""R2/R11/R15: the assessment year, days served and the quarters an engagement is active."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from counsel.rules.types import Period

QUARTERS = (1, 2, 3, 4)


def year_bounds(year: int) -> tuple[dt.date, dt.date]:
    """R2 §4.5: 1 January to 31 December of year Y."""
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


@cache
def quarter_bounds(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    start = dt.date(year, 3 * quarter - 2, 1)
    end = dt.date(year + 1, 1, 1) if quarter == 4 else dt.date(year, 3 * quarter + 1, 1)
    return start, end - dt.timedelta(days=1)


@dataclass(frozen=True)
class Service:
    """The days of year Y an engagement covers, as merged inclusive intervals."""

    intervals: tuple[tuple[dt.date, dt.date], ...]
    year: int
    # Worked out once here: every engagement asks for them, some once per quarter record.
    days: int = field(init=False, compare=False, repr=False)
    full_year: bool = field(init=False, compare=False, repr=False)
    active_quarters: tuple[int, ...] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        first, last = year_bounds(self.year)
        # R15: calendar days of year Y covered by the periods (inclusive).
        object.__setattr__(
            self, "days", sum((end - start).days + 1 for start, end in self.intervals)
        )
        # R11: the periods cover every day of year Y.
        object.__setattr__(self, "full_year", self.intervals == ((first, last),))
        active = []
        for quarter in QUARTERS:
            start, end = quarter_bounds(self.year, quarter)
            if any(a <= end and b >= start for a, b in self.intervals):
                active.append(quarter)
        object.__setattr__(self, "active_quarters", tuple(active))

    @property
    def first_day(self) -> dt.date | None:
        return self.intervals[0][0] if self.intervals else None

    def active_in(self, quarter: int) -> bool:
        """R11: the engagement has at least one day in the quarter."""
        return quarter in self.active_quarters


def gap_note(what: str, active: Sequence[int], given: Iterable[int], full_year: bool) -> str:
    """R11 §4.4: the active quarters without a value, said in the trace; never counted as 0."""
    have = set(given)
    missing = [q for q in active if q not in have]
    if not missing:
        return ""
    listed = "、".join(f"第{q}季度" for q in missing)
    if full_year:
        return f"；{listed}缺少{what}（缺项不按 0 分计），本结果为临时结果，补齐后方可定案"
    return f"；在岗的{listed}无{what}，按有{what}的在岗季度计"


def service(periods: Iterable[Period], year: int) -> Service:
    """Clip the periods to year Y and merge them (a day counts once)."""
    return _service(tuple((p.start, p.end) for p in periods), year)


@lru_cache(maxsize=4096)
def _service(spans: tuple[tuple[dt.date, dt.date | None], ...], year: int) -> Service:
    # Most engagements of a year share their dates (all year, or since the same day):
    # a Service is immutable, so one serves them all.
    first, last = year_bounds(year)
    clipped = sorted(
        (max(start, first), min(end or last, last))
        for start, end in spans
        if start <= last and (end is None or end >= first) and (end or last) >= start
    )
    merged: list[tuple[dt.date, dt.date]] = []
    for start, end in clipped:
        if merged and start <= merged[-1][1] + dt.timedelta(days=1):
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return Service(intervals=tuple(merged), year=year)


def overlap(a: Service, b: Service) -> tuple[dt.date, dt.date] | None:
    """R1: the first stretch of days two engagements of one community share, if any."""
    for a_start, a_end in a.intervals:
        for b_start, b_end in b.intervals:
            start, end = max(a_start, b_start), min(a_end, b_end)
            if start <= end:
                return start, end
    return None
