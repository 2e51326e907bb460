"""R18 §4.5: the year's deadlines, and on time or late in China Standard Time."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from counsel.rules.policy import Deadline, Policy

#: R18: a deadline day ends at 24:00 China Standard Time (UTC+8), whatever the server's zone.
CHINA_STANDARD_TIME = dt.timezone(dt.timedelta(hours=8), "CST")


@dataclass(frozen=True)
class Due:
    """A deadline of year Y with its date."""

    deadline: Deadline
    date: dt.date

    @property
    def key(self) -> str:
        return self.deadline.key

    @property
    def label(self) -> str:
        return self.deadline.label

    @property
    def ends_at(self) -> dt.datetime:
        """The first instant after the deadline day: 00:00 CST of the next day."""
        next_day = self.date + dt.timedelta(days=1)
        return dt.datetime(next_day.year, next_day.month, next_day.day, tzinfo=CHINA_STANDARD_TIME)


def deadlines(year: int, policy: Policy) -> tuple[Due, ...]:
    """R18 §4.5: the dates of year Y (4/20, 7/20, 10/20; Y+1 1/10, 1/20, 1/25 by default)."""
    dues = (Due(d, dt.date(year + d.year_offset, d.month, d.day)) for d in policy.deadlines)
    return tuple(sorted(dues, key=lambda due: (due.date, due.key)))


def due(year: int, key: str, policy: Policy) -> Due:
    for item in deadlines(year, policy):
        if item.key == key:
            return item
    raise KeyError(f"未知的截止事项 {key}")


def china_date(moment: dt.datetime) -> dt.date:
    """The calendar day of an instant in China Standard Time."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("时间须带时区（R18 以北京时间判断是否逾期）")
    return moment.astimezone(CHINA_STANDARD_TIME).date()


def is_late(moment: dt.datetime, deadline_day: dt.date) -> bool:
    """R18: work at 23:59 CST on the day is on time; at 00:30 the next day it is late."""
    return china_date(moment) > deadline_day


def days_left(today: dt.date, deadline_day: dt.date) -> int:
    """Whole days from today until the deadline day (negative once it has passed)."""
    return (deadline_day - today).days
