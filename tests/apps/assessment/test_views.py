"""The exchange pages: the upload shows every problem in a table, or what was written."""

from __future__ import annotations

import io
import json
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook

from counsel.apps.org.models import Community
from counsel.apps.quarter.models import QuarterScore
from tests.apps.assessment.conftest import minimal

pytestmark = pytest.mark.django_db


def _upload(data, name="input.json"):  # type: ignore[no-untyped-def]
    return SimpleUploadedFile(name, json.dumps(data, ensure_ascii=False).encode("utf-8"))


def test_an_upload_with_problems_lists_them_and_writes_nothing(world, as_persona) -> None:
    data = minimal(
        communities=[{"code": "330102003070", "name": "新社区", "street": "湖滨街道"}],
        quarters=[{"engagement": "E404", "quarter": 1, "basic": "80"}],
    )

    response = as_persona("bureau").post(
        "/assessment/import/", {"year": 2025, "file": _upload(data)}, headers={"HX-Request": "true"}
    )

    text = response.content.decode()
    assert response.status_code == 200 and "<html" not in text  # the htmx fragment
    assert "未写入任何数据" in text and "季度考核" in text and "E404" in text
    assert not Community.objects.filter(code="330102003070").exists()


def test_a_good_upload_is_written_and_counted(world, as_persona) -> None:
    data = minimal(
        quarters=[{"engagement": "E9001", "quarter": 1, "basic": "80", "rating": "良好"}]
    )

    response = as_persona("bureau").post(
        "/assessment/import/", {"year": 2025, "file": _upload(data)}
    )

    text = response.content.decode()
    assert "已导入 2025年度" in text and "季度基础履职得分" in text
    assert QuarterScore.objects.filter(engagement=world.ea1, quarter=1).exists()


def test_checking_only_writes_nothing(world, as_persona) -> None:
    data = minimal(quarters=[{"engagement": "E9001", "quarter": 1, "basic": "80"}])

    response = as_persona("bureau").post(
        "/assessment/import/", {"year": 2025, "file": _upload(data), "dry_run": "on"}
    )

    assert "校验通过" in response.content.decode()
    assert not QuarterScore.objects.exists()


def test_a_file_of_another_kind_is_refused_by_the_form(world, as_persona) -> None:
    response = as_persona("bureau").post(
        "/assessment/import/", {"year": 2025, "file": _upload({}, "data.csv")}
    )

    assert "不支持的文件类型" in response.content.decode()


def test_the_exchange_page_offers_import_to_the_bureau_only(world, as_persona) -> None:
    assert "上传并导入" in as_persona("bureau").get("/assessment/exchange/").content.decode()
    page = as_persona("office_a").get("/assessment/exchange/").content.decode()
    assert "上传并导入" not in page and "导出（湖滨街道）" in page


def test_the_template_is_a_workbook_with_every_sheet(world, as_persona) -> None:
    response = as_persona("office_a").get("/assessment/template.xlsx")

    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert "attachment" in response["Content-Disposition"]


def test_the_export_and_import_forms_do_not_share_element_ids(world, as_persona) -> None:
    page = as_persona("bureau").get(reverse("assessment:exchange")).content.decode()
    ids = re.findall(r'\bid="([^"]+)"', page)
    assert ids and len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)


def test_an_unreadable_workbook_is_named_as_uploaded_with_the_sheets_it_has(
    world, as_persona
) -> None:
    book = Workbook()
    book.active.title = "季度考核表"
    content = io.BytesIO()
    book.save(content)
    upload = SimpleUploadedFile("笕桥2025考核.xlsx", content.getvalue())

    response = as_persona("bureau").post("/assessment/import/", {"year": 2025, "file": upload})

    text = response.content.decode()
    assert "笕桥2025考核.xlsx 缺少工作表" in text and "「季度考核表」" in text
    assert "/tmp" not in text and "upload.xlsx" not in text
