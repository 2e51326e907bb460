"""The demo's quarter: item scores that follow the duty registrations, ratings within the
quota (the best-scored 满意), reports accepted, the latest quarter due partly awaiting the
bureau, 笕桥街道's 2026 Q1 returned."""

from __future__ import annotations

import datetime as dt

import pytest

from counsel.apps.assessment.selectors import policy_for
from counsel.apps.org.models import Street
from counsel.apps.org.services import assessment_year_create
from counsel.apps.quarter import demo
from counsel.apps.quarter.models import (
    QuarterItemScore,
    QuarterReport,
    QuarterScore,
    ReportStatus,
    SatisfactionRating,
)
from counsel.apps.quarter.selectors.progress import progress
from counsel.apps.worklog.demo import load_registrations
from counsel.apps.worklog.models import WorkRecord, WorkStatus
from counsel.web.demo.context import Demo
from tests.apps.factories import add_communities

pytestmark = pytest.mark.django_db


def run(today: dt.date) -> Demo:
    context = Demo.of_database(today)
    load_registrations(context)
    demo.load_quarters(context)
    return context


def test_each_ended_quarter_is_scored_rated_within_the_quota_and_reported(world) -> None:
    context = run(dt.date(2026, 2, 15))
    policy = policy_for(world.year)
    for street in (world.street_a, world.street_b):
        for quarter in (1, 2, 3, 4):
            state = progress(street, world.year, quarter, policy)
            assert state.scored == state.total == state.rated
            assert state.quota.ok, state.quota.issues
    statuses = dict(
        QuarterReport.objects.filter(street=world.street_a, quarter__lte=3).values_list(
            "quarter", "status"
        )
    )
    assert statuses == {1: "accepted", 2: "accepted", 3: "accepted"}
    # The latest quarter due (2025 Q4, due 2026-01-20): with two streets, one awaits the
    # bureau and the other is late.
    latest = QuarterReport.objects.filter(quarter=4)
    assert {(r.status, r.late) for r in latest} == {("submitted", False), ("submitted", True)}
    assert all(r.summary["rows"] for r in latest)
    assert "季度评分" in context.notes[-1]


def test_the_best_scored_engagement_is_the_satisfied_one(world) -> None:
    run(dt.date(2026, 2, 15))
    for quarter in (1, 2, 3, 4):
        scores = dict(
            QuarterScore.objects.filter(
                quarter=quarter, engagement__in=(world.ea1, world.ea2)
            ).values_list("engagement_id", "basic")
        )
        satisfied = SatisfactionRating.objects.filter(
            quarter=quarter, rating="满意", engagement__in=(world.ea1, world.ea2)
        )
        for rating in satisfied:
            assert scores[rating.engagement_id] == max(scores.values())


def test_the_duty_item_follows_the_confirmed_duty_sessions(world) -> None:
    run(dt.date(2025, 7, 1))
    for item in QuarterItemScore.objects.filter(indicator__key="duty", score__quarter=1):
        confirmed = WorkRecord.objects.filter(
            engagement=item.score.engagement,
            kind="驻点值班",
            status=WorkStatus.CONFIRMED,
            date__lt=dt.date(2025, 4, 1),
        ).count()
        assert item.shortfalls == max(0, 6 - confirmed)


def test_jianqiao_2026_q1_is_returned_with_a_reason(world) -> None:
    street = Street.objects.create(
        district=world.district, code="330102016", name="笕桥街道", office_name="笕桥司法所"
    )
    add_communities(world, street, 3)
    year = assessment_year_create(year=2026, actor=None)
    run(dt.date(2026, 12, 3))
    report = QuarterReport.objects.get(street=street, year=year, quarter=1)
    assert report.status == ReportStatus.RETURNED
    assert report.return_reason == demo.RETURN_REASON
    assert [e.action for e in report.events.all()] == ["submit", "return"]
    assert QuarterReport.objects.get(street=street, year=year, quarter=2).status == "accepted"
    assert not QuarterReport.objects.filter(year=year, quarter=4).exists()
    assert not QuarterScore.objects.filter(year=year, quarter=4).exists()
