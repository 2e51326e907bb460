"""The lawyer's registration screens and the community's confirmation screens."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from counsel.apps.worklog.models import WorkRecord, WorkStatus
from counsel.rules.deadlines import china_date
from tests.apps.factories import png, record

pytestmark = pytest.mark.django_db


def form_data(world, **changes):  # type: ignore[no-untyped-def]
    today = china_date(timezone.now())
    data = {
        "engagement": world.ea1.pk,
        "date": today.isoformat(),
        "start_time": "09:00",
        "end_time": "11:30",
        "kind": "驻点值班",
        "place": "社区服务中心",
        "people_served": "3",
        "content": "解答居民咨询",
        "result": "",
    }
    data.update(changes)
    return data


def test_the_lawyer_registers_a_session_with_a_photo(world, as_persona) -> None:
    client = as_persona("lawyer")
    page = client.get(reverse("worklog:create"))
    assert 'capture="environment"' in page.content.decode()
    assert 'accept="image/*"' in page.content.decode()
    response = client.post(reverse("worklog:create"), {**form_data(world), "photos": png()})
    assert response.status_code == 302
    saved = WorkRecord.objects.get()
    assert saved.engagement == world.ea1
    assert saved.attachments.count() == 1
    listing = client.get(reverse("worklog:list"), follow=True).content.decode()
    assert "待确认" in listing and "等待社区确认" in listing


def test_a_refused_registration_shows_the_reason_on_its_field(world, as_persona) -> None:
    client = as_persona("lawyer")
    response = client.post(
        reverse("worklog:create"), form_data(world, start_time="15:00", end_time="14:00")
    )
    assert response.status_code == 200
    assert "应晚于开始时间" in response.content.decode()
    assert not WorkRecord.objects.exists()


def test_the_lawyer_cannot_register_for_another_engagement(world, as_persona) -> None:
    response = as_persona("lawyer").post(
        reverse("worklog:create"), form_data(world, engagement=world.ea2.pk)
    )
    assert response.status_code == 200
    assert not WorkRecord.objects.exists()


def test_a_returned_registration_is_edited_and_resubmitted(world, as_persona) -> None:
    item = record(world, status=WorkStatus.RETURNED, day=dt.date(2025, 2, 10))
    item.return_reason = "时间不符"
    item.save()
    client = as_persona("lawyer")
    listing = client.get(reverse("worklog:list")).content.decode()
    assert "退回理由：时间不符" in listing and "修改并重新提交" in listing
    edit = client.get(reverse("worklog:edit", args=[item.pk])).content.decode()
    assert "社区退回理由：时间不符" in edit and 'value="2025-02-10"' in edit
    response = client.post(
        reverse("worklog:edit", args=[item.pk]),
        form_data(world, date="2025-02-10", start_time="14:00", end_time="16:00"),
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert (item.status, item.start_time) == (WorkStatus.SUBMITTED, dt.time(14))


def test_a_confirmed_registration_is_not_offered_for_editing(world, as_persona) -> None:
    item = record(world, status=WorkStatus.CONFIRMED)
    response = as_persona("lawyer").get(reverse("worklog:edit", args=[item.pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("worklog:detail", args=[item.pk])


def test_the_community_sees_what_waits_and_confirms_it(world, as_persona) -> None:
    waiting = record(world)
    record(world, status=WorkStatus.CONFIRMED, day=dt.date(2025, 2, 11))
    client = as_persona("community")
    page = client.get(reverse("worklog:list")).content.decode()
    assert f'data-record="{waiting.pk}"' in page
    assert page.count("data-record=") == 1  # only what waits, by default
    response = client.post(
        reverse("worklog:confirm", args=[waiting.pk]), {"next": reverse("worklog:list")}
    )
    assert response["Location"] == reverse("worklog:list")
    waiting.refresh_from_db()
    assert waiting.status == WorkStatus.CONFIRMED


def test_the_community_returns_with_a_reason_and_not_without(world, as_persona) -> None:
    item = record(world)
    client = as_persona("community")
    client.post(reverse("worklog:return", args=[item.pk]), {"reason": ""})
    item.refresh_from_db()
    assert item.status == WorkStatus.SUBMITTED
    client.post(reverse("worklog:return", args=[item.pk]), {"reason": "未附签到表"})
    item.refresh_from_db()
    assert (item.status, item.return_reason) == (WorkStatus.RETURNED, "未附签到表")


def test_an_unsafe_next_is_ignored(world, as_persona) -> None:
    item = record(world)
    response = as_persona("community").post(
        reverse("worklog:confirm", args=[item.pk]), {"next": "//evil.example/"}
    )
    assert response["Location"] == reverse("worklog:detail", args=[item.pk])


def test_the_detail_shows_the_history_and_the_office_sees_its_street(world, as_persona) -> None:
    item = record(world)
    page = as_persona("office_a").get(reverse("worklog:detail", args=[item.pk])).content.decode()
    assert "办理记录" in page and "示例甲社区" in page
    assert as_persona("office_b").get(reverse("worklog:detail", args=[item.pk])).status_code == 404


def test_the_list_filters_by_kind_and_dates(world, as_persona) -> None:
    record(world, day=dt.date(2025, 1, 6))
    record(world, day=dt.date(2025, 2, 6), kind="法治宣传")
    page = as_persona("office_a").get(
        reverse("worklog:list"), {"kind": "法治宣传", "start": "2025-02-01", "end": "2025-02-28"}
    )
    assert page.content.decode().count("data-record=") == 1


def test_an_absurd_number_of_people_is_refused_on_its_field(world, as_persona) -> None:
    response = as_persona("lawyer").post(
        reverse("worklog:create"), form_data(world, people_served="99999999999999999999999")
    )
    assert response.status_code == 200
    assert "服务人数 99999999999999999999999 过大" in response.content.decode()
    assert not WorkRecord.objects.exists()


def test_a_huge_content_is_refused_on_its_field(world, as_persona) -> None:
    response = as_persona("lawyer").post(
        reverse("worklog:create"), form_data(world, content="咨" * 2001)
    )
    assert "服务内容不超过 2000 个字（现有 2001 个）" in response.content.decode()
    assert not WorkRecord.objects.exists()


def test_the_same_session_sent_twice_is_registered_once(world, as_persona) -> None:
    client = as_persona("lawyer")
    assert client.post(reverse("worklog:create"), form_data(world)).status_code == 302
    again = client.post(reverse("worklog:create"), form_data(world))
    assert again.status_code == 200
    assert "已登记过（同一日期、开始时间和类型），请勿重复登记" in again.content.decode()
    assert WorkRecord.objects.count() == 1
    other = client.post(
        reverse("worklog:create"), form_data(world, start_time="14:00", end_time="15:00")
    )
    assert other.status_code == 302
    first = WorkRecord.objects.order_by("pk").first()
    assert first is not None
    # correcting a registration keeps its own date, time and kind
    edit = client.post(reverse("worklog:edit", args=[first.pk]), form_data(world, place="居委会"))
    assert edit.status_code == 302
