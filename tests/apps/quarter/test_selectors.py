"""The quarter's selectors: progress, quota, the scoring sheet and the report grid."""

from __future__ import annotations

import datetime as dt

import pytest

from counsel.apps.assessment.selectors import policy_for
from counsel.apps.org.models import Street
from counsel.apps.quarter.models import QuarterReport, ReportStatus
from counsel.apps.quarter.selectors.progress import due_of, progress
from counsel.apps.quarter.selectors.quota import quota_state
from counsel.apps.quarter.selectors.reports import cell_state, report_grid
from counsel.apps.quarter.selectors.scoring import score_sheet
from counsel.apps.worklog.models import WorkStatus
from counsel.rules.types import Rating
from tests.apps.factories import add_communities, cst, full_score, record, report, score_with

pytestmark = pytest.mark.django_db


def test_the_due_dates_follow_the_policy(world) -> None:
    policy = policy_for(world.year)
    assert [due_of(2025, q, policy).date for q in (1, 2, 3, 4)] == [
        dt.date(2025, 4, 20),
        dt.date(2025, 7, 20),
        dt.date(2025, 10, 20),
        dt.date(2026, 1, 20),
    ]


def test_the_quota_counts_the_streets_communities_not_its_engagements(world) -> None:
    add_communities(world, world.street_a, 9)  # 11 communities → ⌈11/10⌉ = 2
    state = quota_state(
        world.street_a, 1, [Rating.SATISFIED] * 2 + [Rating.ORDINARY], policy_for(world.year)
    )
    assert state.communities == 11
    assert state.arithmetic == "⌈社区（村）数 11 × 10%⌉ = 2"
    assert state.check.max_satisfied == 2
    assert state.issues == (
        "湖滨街道第1季度评价“普通” 1 个，少于下限 ⌈社区（村）数 11 × 10%⌉ = 2，须至少 2 个，还差 1 个",
    )


def test_progress_counts_the_active_engagements_scored_and_rated(world) -> None:
    full_score(world.users["office_a"], world.ea1, world.year, 1)
    state = progress(world.street_a, world.year, 1, policy_for(world.year))
    assert (state.total, state.scored, state.rated) == (2, 1, 0)
    assert state.problems[0] == "还有 1 个结对未评分：示例乙社区"


def test_the_scoring_sheet_puts_the_registrations_beside_their_items(world) -> None:
    for day in (6, 7, 8):
        record(world, day=dt.date(2025, 1, day), status=WorkStatus.CONFIRMED)
    record(world, day=dt.date(2025, 1, 9))
    score_with(world.users["office_a"], world.ea1, world.year, 1, duty=3)
    sheet = score_sheet(world.ea1, world.year, 1, policy_for(world.year))
    duty = next(r for r in sheet.rows if r.item.key == "duty")
    assert (duty.registered, duty.confirmed, duty.required, duty.shortfall_hint) == (4, 3, 6, 3)
    assert duty.saved is not None and duty.saved.shortfalls == 3
    reporting = next(r for r in sheet.rows if r.item.key == "reporting")
    assert reporting.registered is None and reporting.shortfall_hint is None
    assert any(c.text.startswith("基础履职 — → 73") for c in sheet.changes)
    assert any(c.text == "· 驻点值班 — → 11" for c in sheet.changes)


@pytest.mark.parametrize(
    ("status", "late", "today", "expected"),
    [
        (None, False, dt.date(2025, 4, 10), ("未提交", "", False)),
        (None, False, dt.date(2025, 3, 10), ("季度未结束", "", False)),
        (None, False, dt.date(2025, 4, 21), ("未提交（逾期）", "red", True)),
        ("submitted", False, dt.date(2025, 4, 21), ("已提交", "blue", False)),
        ("submitted", True, dt.date(2025, 4, 21), ("逾期提交", "amber", True)),
        ("returned", False, dt.date(2025, 4, 21), ("已退回", "red", False)),
        ("accepted", False, dt.date(2025, 4, 21), ("已接收", "green", False)),
        ("accepted", True, dt.date(2025, 4, 21), ("已接收（逾期提交）", "green", True)),
        ("reopened", False, dt.date(2025, 4, 21), ("已重新开放", "amber", False)),
    ],
)
def test_each_state_has_its_badge(world, status, late, today, expected) -> None:  # type: ignore[no-untyped-def]
    found = None
    if status:
        found = QuarterReport(
            street=world.street_a, year=world.year, quarter=1, status=status, late=late
        )
    due = due_of(2025, 1, policy_for(world.year))
    assert cell_state(found, due, dt.date(2025, 3, 31), today) == expected


def test_the_grid_has_every_street_and_quarter_in_scope(world) -> None:
    report(world, status=ReportStatus.ACCEPTED)
    grid = report_grid(
        world.year, Street.objects.order_by("code"), policy_for(world.year), cst(2026, 2, 1)
    )
    assert [s.name for s, _ in grid] == ["清波街道", "湖滨街道"]
    hubin = dict(grid)[world.street_a]
    assert [c.label for c in hubin] == [
        "已接收",
        "未提交（逾期）",
        "未提交（逾期）",
        "未提交（逾期）",
    ]
