"""R18: submitting, returning, accepting and reopening a quarterly report; deadlines in
China Standard Time whatever the server's zone; an accepted quarter locked."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import override_settings

from counsel.apps.org.services import assessment_year_create
from counsel.apps.quarter.models import QuarterReport, ReportStatus
from counsel.apps.quarter.services.reports import (
    quarter_report_accept,
    quarter_report_reopen,
    quarter_report_return,
    quarter_report_submit,
)
from tests.apps.factories import cst, full_score, rate, ready_street_a, record, score_with

pytestmark = pytest.mark.django_db


def submit(world, now, year=None, quarter=1):  # type: ignore[no-untyped-def]
    return quarter_report_submit(
        actor=world.users["office_a"],
        street=world.street_a,
        year=year or world.year,
        quarter=quarter,
        now=now,
    )


def year_2026(world):  # type: ignore[no-untyped-def]
    year = assessment_year_create(year=2026, actor=None)
    office = world.users["office_a"]
    for engagement in (world.ea1, world.ea2):
        full_score(office, engagement, year, 1)
    rate(office, world.street_a, year, 1, {world.ea1: "满意", world.ea2: "普通"})
    return year


@pytest.mark.parametrize("zone", ["UTC", "America/New_York", "Asia/Shanghai"])
def test_submitted_at_2359_cst_on_the_day_is_on_time(world, zone: str) -> None:
    with override_settings(TIME_ZONE=zone):
        year = year_2026(world)
        report = submit(world, cst(2026, 4, 20, 23, 59), year)
    assert report.status == ReportStatus.SUBMITTED
    assert report.late is False
    assert report.events.get().late is False


@pytest.mark.parametrize("zone", ["UTC", "America/New_York", "Asia/Shanghai"])
def test_submitted_at_0030_cst_the_next_day_is_late(world, zone: str) -> None:
    with override_settings(TIME_ZONE=zone):
        year = year_2026(world)
        report = submit(world, cst(2026, 4, 21, 0, 30), year)
    assert report.late is True
    assert report.events.get().late is True


def test_the_fourth_quarter_is_due_with_the_annual_scoring_on_20_january(world) -> None:
    ready_street_a(world, quarter=4)
    assert submit(world, cst(2026, 1, 20, 23, 59), quarter=4).late is False
    QuarterReport.objects.all().delete()
    assert submit(world, cst(2026, 1, 21, 0, 30), quarter=4).late is True


def test_a_quarter_cannot_be_submitted_before_it_ends(world) -> None:
    ready_street_a(world)
    with pytest.raises(ValidationError, match="季度结束后才能报送"):
        submit(world, cst(2025, 3, 31, 23, 59))


def test_missing_scores_ratings_and_a_broken_quota_are_all_listed(world) -> None:
    full_score(world.users["office_a"], world.ea1, world.year, 1)
    rate(world.users["office_a"], world.street_a, world.year, 1, {world.ea1: "良好"})
    with pytest.raises(ValidationError) as caught:
        submit(world, cst(2025, 4, 10))
    assert caught.value.messages == [
        "还有 1 个结对未评分：示例乙社区",
        "还有 1 个结对未评价满意度：示例乙社区",
        "湖滨街道第1季度评价“普通” 0 个，少于下限 ⌈社区（村）数 2 × 10%⌉ = 1，须至少 1 个，还差 1 个",
    ]
    assert not QuarterReport.objects.filter(status="submitted").exists()


def test_the_submission_keeps_a_snapshot_of_the_duty_summary(world) -> None:
    record(world)
    ready_street_a(world)
    report = submit(world, cst(2025, 4, 10))
    assert report.summary["street"] == "湖滨街道"
    assert report.summary["rows"][0]["duty_sessions"] == 1
    assert report.summary["made_at"] == "2025-04-10 12:00"
    assert report.submitted_by == world.users["office_a"]


def test_only_the_streets_office_submits(world) -> None:
    ready_street_a(world)
    with pytest.raises(PermissionDenied):
        quarter_report_submit(
            actor=world.users["office_b"], street=world.street_a, year=world.year, quarter=1
        )


def test_a_returned_report_is_corrected_and_resubmitted_late_judged_on_the_first(world) -> None:
    ready_street_a(world)
    report = submit(world, cst(2025, 4, 18))
    with pytest.raises(ValidationError):
        quarter_report_return(actor=world.users["bureau"], report=report, reason="")
    quarter_report_return(
        actor=world.users["bureau"], report=report, reason="请复核满意度", now=cst(2025, 4, 19)
    )
    report.refresh_from_db()
    assert (report.status, report.return_reason) == ("returned", "请复核满意度")
    score_with(world.users["office_a"], world.ea1, world.year, 1, duty=1)  # editable again
    again = submit(world, cst(2025, 4, 25))
    assert again.late is False  # first submitted on 18 April
    assert [e.late for e in again.events.all()] == [False, False, True]
    assert again.return_reason == ""


def test_an_accepted_quarter_is_locked_until_a_recorded_reopening(world) -> None:
    ready_street_a(world)
    report = submit(world, cst(2025, 4, 18))
    quarter_report_accept(actor=world.users["bureau"], report=report, now=cst(2025, 4, 22, 9))
    with pytest.raises(ValidationError, match="已由区司法局接收并锁定"):
        score_with(world.users["office_a"], world.ea1, world.year, 1, duty=1)
    with pytest.raises(ValidationError, match="已由区司法局接收并锁定"):
        rate(world.users["office_a"], world.street_a, world.year, 1, {world.ea1: "良好"})
    with pytest.raises(ValidationError, match="须写明理由"):
        quarter_report_reopen(actor=world.users["bureau"], report=report, reason=" ")
    quarter_report_reopen(
        actor=world.users["bureau"],
        report=report,
        reason="社区反映评价有误",
        now=cst(2025, 5, 6, 10),
    )
    report.refresh_from_db()
    assert report.status == ReportStatus.REOPENED
    reopening = report.events.get(action="reopen")
    assert (reopening.actor, reopening.at, reopening.reason) == (
        world.users["bureau"],
        cst(2025, 5, 6, 10),
        "社区反映评价有误",
    )
    assert score_with(world.users["office_a"], world.ea1, world.year, 1, duty=1).basic == 79
    statuses = [h.status for h in report.history.order_by("history_date", "history_id")]
    assert statuses[-2:] == ["accepted", "reopened"]


def test_transitions_out_of_turn_are_refused(world) -> None:
    ready_street_a(world)
    report = submit(world, cst(2025, 4, 18))
    with pytest.raises(ValidationError, match="不能重新开放"):
        quarter_report_reopen(actor=world.users["bureau"], report=report, reason="x")
    with pytest.raises(ValidationError, match="不能再次提交"):
        submit(world, cst(2025, 4, 19))
    quarter_report_accept(actor=world.users["bureau"], report=report)
    with pytest.raises(ValidationError, match="不能接收"):
        quarter_report_accept(actor=world.users["bureau"], report=report)
    with pytest.raises(ValidationError, match="不能退回"):
        quarter_report_return(actor=world.users["bureau"], report=report, reason="x")


def test_only_the_bureau_decides(world) -> None:
    ready_street_a(world)
    report = submit(world, cst(2025, 4, 18))
    for name in ("office_a", "office_b", "community"):
        with pytest.raises(PermissionDenied):
            quarter_report_accept(actor=world.users[name], report=report)


def test_a_second_submission_says_the_state_once(world) -> None:
    ready_street_a(world)
    report = submit(world, cst(2025, 4, 18))
    quarter_report_accept(actor=world.users["bureau"], report=report)

    with pytest.raises(ValidationError) as refused:
        submit(world, cst(2025, 4, 19))

    assert refused.value.messages == ["湖滨街道2025年第1季度已接收，不能再次提交"]
