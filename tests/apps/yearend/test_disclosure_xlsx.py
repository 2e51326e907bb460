"""The public list as a workbook: masked names; no full names, codes, licences or phones."""

from __future__ import annotations

from io import BytesIO

import pytest
from openpyxl import load_workbook

from counsel.apps.org.models import Lawyer
from counsel.apps.yearend.disclosure_xlsx import disclosure
from counsel.apps.yearend.selectors.disclosure import public_rows
from counsel.apps.yearend.selectors.ranking import all_rows
from counsel.apps.yearend.services.versions import year_finalise
from tests.apps.yearend.cases import case, load_case

pytestmark = pytest.mark.django_db


def test_the_workbook_holds_no_full_name_code_licence_or_phone() -> None:
    version = year_finalise(year=load_case(case("small-street")), actor=None)
    Lawyer.objects.filter(code="L01").update(licence_no="13301202510000001", phone="13800000001")
    rows = all_rows(version)
    content = disclosure(2025, public_rows(rows), "（第1版，定案）")
    sheet = load_workbook(BytesIO(content)).active
    cells = [str(c) for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
    text = " ".join(cells)
    assert sheet["A1"].value == "上城区2025年度律师进社区（村）工作考核结果公示"
    assert sheet["B4"].value == "示*****"
    for row in rows:
        assert row.lawyer not in text and row.lawyer_id not in text and row.id not in text
    assert "13301202510000001" not in text and "13800000001" not in text
    assert "公示期" in text
