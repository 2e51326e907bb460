"""The pay table download (bureau: district; office: its street) and the public list."""

from __future__ import annotations

from io import BytesIO

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from counsel.apps.yearend.services.versions import year_finalise
from tests.apps.yearend.helpers import score_world

pytestmark = pytest.mark.django_db


def _sheet(response):  # type: ignore[no-untyped-def]
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    return load_workbook(BytesIO(response.content)).active


def test_no_pay_table_before_the_year_is_computed(world, as_persona) -> None:
    assert as_persona("bureau").get(reverse("yearend:paytable")).status_code == 404


def test_the_public_list_downloads_the_version_on_screen(world, as_persona) -> None:
    score_world(world)
    year_finalise(year=world.year, actor=None)
    page = as_persona("bureau").get(reverse("yearend:disclosure") + "?version=1")
    assert "disclosure.xlsx?year=2025&version=1" in page.content.decode()


def test_the_bureau_downloads_the_district_and_the_office_its_street(world, as_persona) -> None:
    score_world(world)
    year_finalise(year=world.year, actor=None)
    district = as_persona("bureau").get(reverse("yearend:paytable"))
    assert "attachment" in district["Content-Disposition"]
    sheet = _sheet(district)
    assert sheet["A1"].value == "上城区2025年度律师进社区（村）工作补贴发放表"
    assert [sheet.cell(row=r, column=2).value for r in (4, 5, 6)] == [
        "示例律师甲",
        "示例律师乙",
        "示例律师丙",
    ]
    street = _sheet(as_persona("office_a").get(reverse("yearend:paytable")))
    assert street["A1"].value == "上城区湖滨街道2025年度律师进社区（村）工作补贴发放表"
    assert [street.cell(row=r, column=2).value for r in (4, 5)] == ["示例律师甲", "示例律师乙"]
    assert street["A6"].value == "合计"


def test_the_public_list_on_screen_and_as_a_workbook_has_masked_names(world, as_persona) -> None:
    score_world(world)
    year_finalise(year=world.year, actor=None)
    client = as_persona("bureau")
    page = client.get(reverse("yearend:disclosure")).content.decode()
    assert "示****" in page
    for secret in ("示例律师甲", "L9001", "E9001", "13301202510000001", "13800000001"):
        assert secret not in page
    sheet = _sheet(client.get(reverse("yearend:disclosure_xlsx")))
    cells = " ".join(str(c) for row in sheet.iter_rows(values_only=True) for c in row if c)
    assert "示****" in cells and "示例律师甲" not in cells and "E9001" not in cells


def test_before_any_result_the_public_list_says_so_instead_of_not_found(world, as_persona) -> None:
    response = as_persona("office_a").get(reverse("yearend:disclosure"))
    assert response.status_code == 200
    assert "2025年度尚未计算考核结果" in response.content.decode()
