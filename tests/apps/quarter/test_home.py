"""The quarter on the home page: the office's quarters to score, rate and submit, the
bureau's reports to accept and streets late; the quarterly deadlines done once the
report is in, and linked to the report page."""

from __future__ import annotations

import pytest
from django.urls import reverse

from counsel.apps.bonus.models import BonusClaim, BonusDeclaration
from counsel.apps.quarter.home import bureau_reports, office_quarters
from counsel.web.home.deadlines import due_items
from tests.apps.factories import ready_street_a, report

pytestmark = pytest.mark.django_db


def _due(user, day, key):  # type: ignore[no-untyped-def]
    return next(i for i in due_items(user, day) if i.due.key == key)


def test_the_office_sees_each_quarter_begun_with_what_is_left_and_its_due_date(
    world, today
) -> None:
    today(2025, 8, 1)
    ready_street_a(world, 1)
    report(world, quarter=1)

    items = office_quarters(world.users["office_a"], world.year).items

    assert [i.label for i in items] == [
        "2025年第二季度评分、评价与报送",
        "2025年第三季度评分、评价与报送",
    ]
    late, ahead = items
    assert (late.tone, late.status, str(late.date)) == ("late", "已逾期 12 天", "2025-07-20")
    assert late.detail == "已评分 0/2、已评价 0/2"
    assert ahead.tone == "" and ahead.status == "还有 80 天"
    assert late.url == reverse(
        "quarter:report", kwargs={"street": world.street_a.pk, "year": 2025, "quarter": 2}
    )


def test_a_returned_report_comes_first_with_the_bureau_s_reason(world, today) -> None:
    today(2025, 8, 1)
    returned = report(world, status="returned", quarter=1)
    returned.return_reason = "请复核第一季度满意度评价"
    returned.save()

    first = office_quarters(world.users["office_a"], world.year).items[0]

    assert first.label == "2025年第一季度评分、评价与报送" and first.status == "已退回"
    assert first.detail == "区司法局已退回：请复核第一季度满意度评价" and first.tone == "late"


def test_the_bureau_sees_reports_to_accept_and_streets_late(world, today) -> None:
    today(2025, 5, 1)
    report(world, quarter=1)

    labels = [(i.label, i.tone) for i in bureau_reports(world.users["bureau"], world.year).items]

    assert labels == [
        ("清波街道2025年第一季度逾期未报送", "late"),
        ("湖滨街道2025年第一季度待接收", "soon"),
        ("各街道季度报送一览", ""),
    ]


def test_a_quarterly_deadline_is_done_once_the_report_is_in(world, today) -> None:
    day = today(2025, 8, 1)
    office = world.users["office_a"]
    assert _due(office, day, "q1_report").detail == "报告尚未提交（已评分 0/2、已评价 0/2）"

    ready_street_a(world, 1)
    report(world, quarter=1)

    item = _due(office, day, "q1_report")
    assert (item.state, item.status) == ("done", "已完成")
    assert item.url == reverse(
        "quarter:report", kwargs={"street": world.street_a.pk, "year": 2025, "quarter": 1}
    )


def test_the_bureau_is_told_which_streets_have_not_reported(world, today) -> None:
    day = today(2025, 8, 1)
    report(world, quarter=2)

    item = _due(world.users["bureau"], day, "q2_report")

    assert item.state == "late" and item.detail == "1 个街道未报送：清波街道"
    assert item.url == reverse("quarter:overview") + "?year=2025"


def test_the_annual_scoring_waits_for_the_bonus_review(world, today) -> None:
    day = today(2026, 1, 25)
    report(world, quarter=4)
    declaration = BonusDeclaration.objects.create(
        year=world.year, engagement=world.ea1, status="confirmed"
    )
    BonusClaim.objects.create(declaration=declaration, declared_points=1, status="confirmed")

    item = _due(world.users["office_a"], day, "annual_scoring")

    assert item.state == "late" and item.detail == "1 份加分申报待审定"


def test_a_deadline_still_ahead_does_not_list_what_is_missing(world, today) -> None:
    day = today(2025, 4, 10)

    item = _due(world.users["office_a"], day, "q1_report")

    assert item.state == "soon" and item.detail == ""
