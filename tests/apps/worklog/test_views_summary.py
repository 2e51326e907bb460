"""The duty-registration summary on screen and as XLSX, for the office and the bureau."""

from __future__ import annotations

import datetime as dt
import io
from urllib.parse import unquote

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from tests.apps.factories import record

pytestmark = pytest.mark.django_db


def url(world, name: str, quarter: int = 1) -> str:  # type: ignore[no-untyped-def]
    return reverse(name, kwargs={"street": world.street_a.pk, "year": 2025, "quarter": quarter})


def test_the_office_sees_its_streets_summary(world, as_persona) -> None:
    record(world, day=dt.date(2025, 1, 6))
    page = as_persona("office_a").get(url(world, "worklog:summary")).content.decode()
    assert "湖滨街道2025年第一季度律师进社区值班登记汇总表" in page
    assert "示例甲社区" in page and "合计" in page


def test_the_bureau_downloads_the_summary_of_any_street(world, as_persona) -> None:
    record(world, day=dt.date(2025, 1, 6))
    response = as_persona("bureau").get(url(world, "worklog:summary_xlsx"))
    assert "湖滨街道2025年第一季度律师进社区值班登记汇总表.xlsx" in unquote(
        response["Content-Disposition"]
    )
    ws = load_workbook(io.BytesIO(response.content)).active
    assert ws["A1"].value.startswith("湖滨街道2025年")


def test_another_street_and_a_fifth_quarter_are_not_found(world, as_persona) -> None:
    assert as_persona("office_b").get(url(world, "worklog:summary")).status_code == 404
    assert as_persona("office_a").get(url(world, "worklog:summary", quarter=5)).status_code == 404


def test_the_index_lists_the_streets_in_scope(world, as_persona) -> None:
    page = as_persona("office_a").get(reverse("worklog:summary_index")).content.decode()
    assert "湖滨街道" in page and "清波街道" not in page
