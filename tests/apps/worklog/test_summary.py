"""R18/R19: the duty-registration summary of a street-quarter."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from counsel.apps.org.models import Engagement, EngagementPeriod
from counsel.apps.worklog.models import WorkStatus
from counsel.apps.worklog.summary import DutySummary, duty_summary
from tests.apps.factories import record

pytestmark = pytest.mark.django_db


def test_the_summary_counts_sessions_hours_services_and_confirmations(world) -> None:
    record(world, day=dt.date(2025, 1, 6), status=WorkStatus.CONFIRMED)  # 3 h
    record(world, day=dt.date(2025, 1, 8), start=dt.time(14), end=dt.time(15, 30), late=True)
    record(world, day=dt.date(2025, 2, 6), kind="法治宣传", people=40, status=WorkStatus.RETURNED)
    record(world, day=dt.date(2025, 4, 6))  # another quarter
    record(world, world.eb1, day=dt.date(2025, 1, 6))  # another street
    summary = duty_summary(world.street_a, 2025, 1)
    assert summary.title == "湖滨街道2025年第一季度律师进社区值班登记汇总表"
    first, second = summary.rows
    assert (first.community, second.community) == ("示例甲社区", "示例乙社区")
    assert first.duty_sessions == 2
    assert first.duty_hours == Decimal("4.5")
    assert first.services["法治宣传"] == 1
    assert first.records == 3
    assert first.people == 46
    assert (first.confirmed, first.unconfirmed, first.late) == (1, 2, 1)
    assert second.records == 0  # active, registered nothing: shown all the same
    totals = summary.totals
    assert (totals.duty_sessions, totals.records, totals.people) == (2, 3, 46)


def test_an_engagement_ended_before_the_quarter_still_shows_with_its_registrations(world) -> None:
    ended = Engagement.objects.create(code="E-OLD", lawyer=world.lawyer_a2, community=world.a1)
    EngagementPeriod.objects.create(
        engagement=ended, start=dt.date(2023, 1, 1), end=dt.date(2023, 6, 30)
    )
    record(world, ended, day=dt.date(2023, 6, 1))
    summary = duty_summary(world.street_a, 2023, 2)
    assert [r.engagement for r in summary.rows] == ["E-OLD"]


def test_a_summary_survives_its_snapshot(world) -> None:
    record(world, day=dt.date(2025, 1, 6), start=dt.time(9), end=dt.time(9, 20))
    summary = duty_summary(world.street_a, 2025, 1, made_at="2025-04-10 09:00")
    again = DutySummary.from_dict(summary.to_dict())
    assert again == summary
    assert again.rows[0].duty_hours == Decimal(20) / Decimal(60)
    assert again.rows[0].hours_shown == Decimal("0.3")
