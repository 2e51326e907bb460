"""Attachments only within scope; the lawyer's sheet imported; its template downloaded."""

from __future__ import annotations

import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from counsel.apps.worklog.models import WorkAttachment, WorkRecord
from tests.apps.factories import PNG, png, record, xlsx

pytestmark = pytest.mark.django_db


def attachment(world) -> WorkAttachment:  # type: ignore[no-untyped-def]
    item = WorkAttachment(
        record=record(world), original_name="签到表.png", content_type="image/png", size=72
    )
    item.file.save("签到表.png", png(), save=True)
    return item


def test_an_attachment_is_served_to_those_who_see_its_registration(world, as_persona) -> None:
    item = attachment(world)
    response = as_persona("community").get(reverse("worklog:attachment", args=[item.pk]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PNG
    assert response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "inline" in response["Content-Disposition"]


def test_an_attachment_of_another_street_is_not_found(world, as_persona) -> None:
    item = attachment(world)
    assert (
        as_persona("office_b").get(reverse("worklog:attachment", args=[item.pk])).status_code == 404
    )


def test_media_files_have_no_public_url(world, client) -> None:
    item = attachment(world)
    assert client.get("/media/" + item.file.name).status_code == 404


def test_the_template_downloads_as_a_workbook(world, as_persona) -> None:
    response = as_persona("lawyer").get(reverse("worklog:import_template"))
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert "filename*=UTF-8''" in response["Content-Disposition"]
    wb = load_workbook(io.BytesIO(response.content))
    assert wb["工作登记"]["A1"].value == "日期*"


def test_an_import_with_errors_lists_them_and_writes_nothing(world, as_persona) -> None:
    content = xlsx(
        [
            ["日期", "开始时间", "结束时间", "地点", "类型", "服务人数", "服务内容", "处理结果"],
            ["2025-02-30", "9:00", "10:00", "中心", "值班", 1, "x", ""],
        ]
    )
    upload = io.BytesIO(content)
    upload.name = "登记.xlsx"
    page = as_persona("lawyer").post(
        reverse("worklog:import"), {"engagement": world.ea1.pk, "file": upload}
    )
    text = page.content.decode()
    assert "未导入：发现 1 处问题" in text
    assert "不是有效日期" in text
    assert not WorkRecord.objects.exists()


def test_a_good_import_says_how_many_were_registered(world, as_persona) -> None:
    content = xlsx(
        [
            ["日期", "开始时间", "结束时间", "地点", "类型", "服务人数", "服务内容", "处理结果"],
            ["2025-02-03", "9:00", "10:00", "中心", "值班", 1, "x", ""],
        ]
    )
    upload = io.BytesIO(content)
    upload.name = "登记.xlsx"
    response = as_persona("lawyer").post(
        reverse("worklog:import"), {"engagement": world.ea1.pk, "file": upload}, follow=True
    )
    assert "已导入 1 条登记" in response.content.decode()
    assert WorkRecord.objects.count() == 1
