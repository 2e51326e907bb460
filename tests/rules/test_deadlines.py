"""R18 §4.5: the year's deadlines as data, on time or late in China Standard Time."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from counsel.rules.deadlines import (
    CHINA_STANDARD_TIME,
    china_date,
    days_left,
    deadlines,
    due,
    is_late,
)

from .support import SHIPPED

UTC = dt.UTC
NEW_YORK_WINTER = dt.timezone(dt.timedelta(hours=-5))
KATHMANDU = dt.timezone(dt.timedelta(hours=5, minutes=45))


def test_r18_the_shipped_deadlines_of_2025_are_the_dates_of_the_text() -> None:
    assert [(d.key, d.date) for d in deadlines(2025, SHIPPED)] == [
        ("q1_report", dt.date(2025, 4, 20)),
        ("q2_report", dt.date(2025, 7, 20)),
        ("q3_report", dt.date(2025, 10, 20)),
        ("lawyer_declaration", dt.date(2026, 1, 10)),
        ("annual_scoring", dt.date(2026, 1, 20)),
        ("annual_report", dt.date(2026, 1, 25)),
    ]


def test_r18_each_deadline_says_who_owes_what() -> None:
    declaration = due(2025, "lawyer_declaration", SHIPPED)
    assert declaration.deadline.role == "lawyer"
    assert "加分申报" in declaration.label
    assert due(2025, "q2_report", SHIPPED).deadline.quarter == 2


def test_r18_an_unknown_deadline_is_an_error() -> None:
    with pytest.raises(KeyError):
        due(2025, "q4_report", SHIPPED)


def test_r18_a_deadline_day_ends_at_24_00_china_standard_time() -> None:
    assert due(2025, "q1_report", SHIPPED).ends_at == dt.datetime(
        2025, 4, 21, tzinfo=CHINA_STANDARD_TIME
    )


DAY = dt.date(2026, 1, 10)


@pytest.mark.parametrize(
    "moment",
    [
        dt.datetime(2026, 1, 10, 23, 59, tzinfo=CHINA_STANDARD_TIME),
        dt.datetime(2026, 1, 10, 15, 59, tzinfo=UTC),
        dt.datetime(2026, 1, 10, 10, 59, tzinfo=NEW_YORK_WINTER),
        dt.datetime(2026, 1, 10, 21, 44, tzinfo=KATHMANDU),
        dt.datetime(2026, 1, 9, 23, 0, tzinfo=CHINA_STANDARD_TIME),
    ],
)
def test_r18_work_at_23_59_cst_on_the_day_is_on_time_whatever_the_zone(moment: dt.datetime) -> None:
    assert not is_late(moment, DAY)


@pytest.mark.parametrize(
    "moment",
    [
        dt.datetime(2026, 1, 11, 0, 30, tzinfo=CHINA_STANDARD_TIME),
        dt.datetime(2026, 1, 10, 16, 30, tzinfo=UTC),  # still 10 January in UTC
        dt.datetime(2026, 1, 10, 11, 30, tzinfo=NEW_YORK_WINTER),  # still the 10th in New York
        dt.datetime(2026, 1, 10, 22, 15, tzinfo=KATHMANDU),
    ],
)
def test_r18_work_at_00_30_cst_the_next_day_is_late_whatever_the_zone(moment: dt.datetime) -> None:
    assert is_late(moment, DAY)


def test_r18_the_end_of_the_day_is_exact_to_the_instant() -> None:
    assert not is_late(dt.datetime(2026, 1, 10, 15, 59, 59, 999999, tzinfo=UTC), DAY)
    assert is_late(dt.datetime(2026, 1, 10, 16, 0, tzinfo=UTC), DAY)


def test_r18_a_naive_datetime_is_refused_because_its_zone_is_unknown() -> None:
    with pytest.raises(ValueError, match="时区"):
        is_late(dt.datetime(2026, 1, 10, 23, 59), DAY)


def test_r18_the_china_date_of_an_instant_is_taken_at_utc_plus_8() -> None:
    assert china_date(dt.datetime(2025, 12, 31, 16, 0, tzinfo=UTC)) == dt.date(2026, 1, 1)


def test_r18_days_left_counts_whole_days_and_turns_negative_after_the_day() -> None:
    assert days_left(dt.date(2026, 1, 8), DAY) == 2
    assert days_left(DAY, DAY) == 0
    assert days_left(dt.date(2026, 1, 11), DAY) == -1


@pytest.mark.parametrize("zone", ["UTC", "America/New_York", "Asia/Shanghai", "Pacific/Kiritimati"])
def test_r18_the_servers_own_time_zone_does_not_change_the_answer(
    zone: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        on_time = dt.datetime(2026, 1, 10, 23, 59, tzinfo=CHINA_STANDARD_TIME).astimezone()
        late = dt.datetime(2026, 1, 11, 0, 30, tzinfo=CHINA_STANDARD_TIME).astimezone()
        assert (is_late(on_time, DAY), is_late(late, DAY)) == (False, True)
    finally:
        monkeypatch.undo()
        time.tzset()
