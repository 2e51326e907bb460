"""The office's annual report page: what is missing, then confirm and report."""

from __future__ import annotations

import pytest
from django.urls import reverse

from counsel.apps.yearend.models import AnnualReport
from tests.apps.yearend.helpers import score_world

pytestmark = pytest.mark.django_db


def test_the_office_sees_what_is_missing_and_cannot_report(world, as_persona) -> None:
    client = as_persona("office_b")
    page = client.get(reverse("yearend:report")).content.decode()
    assert "结对 E9003 缺少第1季度基础履职得分" in page and "E9001" not in page
    response = client.post(reverse("yearend:report"), {"remark": ""}, follow=True)
    assert "问题未解决" in response.content.decode() and not AnnualReport.objects.exists()


def test_the_office_reports_and_the_bureau_sees_it_late(world, as_persona) -> None:
    score_world(world)
    response = as_persona("office_b").post(
        reverse("yearend:report"), {"remark": "无异常"}, follow=True
    )
    assert "标记为逾期" in response.content.decode()
    report = AnnualReport.objects.get()
    assert report.street == world.street_b and report.late and report.remark == "无异常"
    overview = as_persona("bureau").get(reverse("yearend:overview")).content.decode()
    assert "逾期报送" in overview and "未报送" in overview
