"""R2, R11, R15: the assessment year, days served, full year and active quarters."""

from __future__ import annotations

import datetime as dt

from counsel.rules.periods import overlap, quarter_bounds, service, year_bounds

from .support import day, period


def test_r2_the_assessment_year_runs_from_1_january_to_31_december() -> None:
    assert year_bounds(2025) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))


def test_r2_quarters_are_calendar_quarters_including_29_february_in_a_leap_year() -> None:
    assert quarter_bounds(2024, 1) == (dt.date(2024, 1, 1), dt.date(2024, 3, 31))
    assert quarter_bounds(2025, 4) == (dt.date(2025, 10, 1), dt.date(2025, 12, 31))


def test_r11_an_engagement_serving_since_before_the_year_is_full_year_with_365_days() -> None:
    served = service([period("2021-05-01")], 2025)
    assert served.full_year
    assert served.days == 365


def test_r11_a_leap_year_has_366_days_of_service() -> None:
    served = service([period("2023-01-01", "2024-12-31")], 2024)
    assert served.full_year and served.days == 366


def test_r11_two_adjacent_periods_that_cover_the_year_make_a_full_year() -> None:
    served = service([period("2025-07-01"), period("2024-01-01", "2025-06-30")], 2025)
    assert served.full_year
    assert served.days == 365


def test_r11_a_one_day_gap_makes_the_engagement_part_year() -> None:
    served = service([period("2024-01-01", "2025-06-29"), period("2025-07-01")], 2025)
    assert not served.full_year
    assert served.days == 364


def test_r11_a_new_appointment_on_1_january_covers_every_day_and_is_full_year() -> None:
    assert service([period("2025-01-01")], 2025).full_year


def test_r15_days_are_the_calendar_days_of_the_year_inclusive_of_both_ends() -> None:
    served = service([period("2024-07-01", "2025-03-31")], 2025)
    assert served.days == 31 + 28 + 31
    assert served.first_day == dt.date(2025, 1, 1)


def test_r15_appointed_on_1_april_serves_275_days() -> None:
    assert service([period("2025-04-01")], 2025).days == 275


def test_r15_a_leap_year_part_year_counts_29_february() -> None:
    assert service([period("2024-02-01", "2024-03-01")], 2024).days == 30


def test_r15_overlapping_periods_of_one_engagement_count_each_day_once() -> None:
    served = service([period("2025-01-01", "2025-01-31"), period("2025-01-15", "2025-02-10")], 2025)
    assert served.days == 41


def test_r11_an_engagement_with_no_day_in_the_year_has_no_days_and_no_active_quarter() -> None:
    for spans in ([period("2023-01-01", "2024-12-31")], [period("2026-01-01")]):
        served = service(spans, 2025)
        assert (served.days, served.first_day, served.active_quarters) == (0, None, ())
        assert not served.full_year


def test_r11_a_period_ending_before_it_starts_gives_no_day() -> None:
    assert service([period("2025-03-01", "2025-02-01")], 2025).days == 0


def test_r11_a_quarter_is_active_when_the_engagement_has_at_least_one_day_in_it() -> None:
    assert service([period("2025-03-31", "2025-03-31")], 2025).active_quarters == (1,)
    assert service([period("2025-04-01")], 2025).active_quarters == (2, 3, 4)
    assert service([period("2024-06-01", "2025-07-01")], 2025).active_quarters == (1, 2, 3)


def test_r1_overlap_finds_the_first_shared_stretch_of_two_engagements() -> None:
    a = service([period("2024-01-01", "2025-06-30")], 2025)
    b = service([period("2025-06-15")], 2025)
    c = service([period("2025-07-01")], 2025)
    assert overlap(a, b) == (day("2025-06-15"), day("2025-06-30"))
    assert overlap(a, c) is None
