"""The quarterly report screens: the office submits; the bureau sees the grid, returns,
accepts, reopens and downloads the summary."""

from __future__ import annotations

import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from counsel.apps.quarter.models import QuarterReport
from tests.apps.factories import ready_street_a, record

pytestmark = pytest.mark.django_db


def url(world, name: str = "quarter:report", quarter: int = 1) -> str:  # type: ignore[no-untyped-def]
    return reverse(name, kwargs={"street": world.street_a.pk, "year": 2025, "quarter": quarter})


def test_the_office_sees_what_stops_the_submission(world, as_persona) -> None:
    page = as_persona("office_a").get(url(world)).content.decode()
    assert "以下问题解决后才能报送" in page and "还有 2 个结对未评分" in page
    response = as_persona("office_a").post(url(world, "quarter:report_submit"), follow=True)
    assert "未能报送：还有 2 个结对未评分" in response.content.decode()


def test_the_office_submits_and_the_bureau_accepts(world, as_persona) -> None:
    record(world)
    ready_street_a(world)
    office = as_persona("office_a")
    office.post(url(world, "quarter:report_submit"), {"note": "本季度工作正常"})
    report = QuarterReport.objects.get()
    assert (report.status, report.note) == ("submitted", "本季度工作正常")
    bureau = as_persona("bureau")
    page = bureau.get(url(world)).content.decode()
    assert "接收本季度报送" in page and "退回司法所" in page and "提交时的版本" in page
    bureau.post(url(world, "quarter:report_accept"))
    report.refresh_from_db()
    assert report.status == "accepted"
    assert "已接收" in bureau.get(reverse("quarter:overview") + "?year=2025").content.decode()


def test_the_bureau_returns_with_a_reason_and_the_office_reads_it(world, as_persona) -> None:
    ready_street_a(world)
    as_persona("office_a").post(url(world, "quarter:report_submit"))
    bureau = as_persona("bureau")
    bureau.post(url(world, "quarter:report_return"), {"reason": ""})
    assert QuarterReport.objects.get().status == "submitted"
    bureau.post(url(world, "quarter:report_return"), {"reason": "请复核满意度"})
    assert QuarterReport.objects.get().status == "returned"
    page = as_persona("office_a").get(url(world)).content.decode()
    assert "区司法局退回理由：请复核满意度" in page
    grid = bureau.get(reverse("quarter:overview") + "?year=2025")
    assert grid.context["stats"]["returned"] == 1 and "已退回待重报" in grid.content.decode()


def test_a_reopening_is_recorded_and_shown(world, as_persona) -> None:
    ready_street_a(world)
    as_persona("office_a").post(url(world, "quarter:report_submit"))
    bureau = as_persona("bureau")
    bureau.post(url(world, "quarter:report_accept"))
    bureau.post(url(world, "quarter:report_reopen"), {"reason": "社区反映评价有误"})
    page = bureau.get(url(world)).content.decode()
    assert "重新开放理由：社区反映评价有误" in page
    assert "<b>重新开放</b>：社区反映评价有误" in page


def test_the_summary_downloads_as_submitted(world, as_persona) -> None:
    record(world)
    ready_street_a(world)
    as_persona("office_a").post(url(world, "quarter:report_submit"))
    record(world, kind="法律咨询")  # after the submission: not in the snapshot
    response = as_persona("bureau").get(url(world, "quarter:report_summary_xlsx"))
    ws = load_workbook(io.BytesIO(response.content)).active
    assert ws["A1"].value == "湖滨街道2025年第一季度律师进社区值班登记汇总表"
    totals = [c.value for c in ws[ws.max_row]]
    assert totals[0] == "合计" and totals[3] == 1 and totals[5] == 0


def test_the_grid_shows_missing_reports_as_late(world, as_persona) -> None:
    page = as_persona("bureau").get(reverse("quarter:overview") + "?year=2025").content.decode()
    assert page.count("未提交（逾期）") >= 8  # two streets × four quarters, all past due


def test_another_streets_report_is_not_found(world, as_persona) -> None:
    assert as_persona("office_b").get(url(world)).status_code == 404
    assert as_persona("office_b").get(url(world, "quarter:report_summary_xlsx")).status_code == 404


def test_home_sends_each_role_to_its_start(world, as_persona) -> None:
    office = as_persona("office_a").get(reverse("quarter:home"))
    assert office["Location"] == reverse("quarter:street", kwargs={"street": world.street_a.pk})
    assert as_persona("bureau").get(reverse("quarter:home"))["Location"] == reverse(
        "quarter:overview"
    )


def test_the_street_page_shows_the_four_quarters(world, as_persona) -> None:
    ready_street_a(world)
    page = (
        as_persona("office_a")
        .get(reverse("quarter:street", kwargs={"street": world.street_a.pk}))
        .content.decode()
    )
    assert page.count("报送期限") == 4 and "2026年1月20日" in page
