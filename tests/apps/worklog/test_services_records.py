"""R19: registering, confirming, returning and resubmitting a registration."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import override_settings

from counsel.apps.org.models import AssessmentYear, YearStatus
from counsel.apps.worklog.models import WorkAttachment, WorkRecord, WorkStatus
from counsel.apps.worklog.services import (
    WorkInput,
    work_record_confirm,
    work_record_register,
    work_record_return,
    work_record_update,
)
from counsel.apps.yearend.services.versions import year_reopen
from tests.apps.factories import PDF, cst, png

pytestmark = pytest.mark.django_db


def session(day: dt.date = dt.date(2025, 3, 5), **changes: object) -> WorkInput:
    values: dict[str, object] = {
        "date": day,
        "start_time": dt.time(9, 0),
        "end_time": dt.time(11, 30),
        "place": "社区服务中心",
        "kind": "驻点值班",
        "people_served": 4,
        "content": "解答婚姻家庭咨询",
        "result": "已当场答复",
    }
    values.update(changes)
    return WorkInput(**values)  # type: ignore[arg-type]


def register(world, data=None, now=None, uploads=()):  # type: ignore[no-untyped-def]
    return work_record_register(
        actor=world.users["lawyer"],
        engagement=world.ea1,
        data=data or session(),
        uploads=uploads,
        now=now or cst(2025, 3, 6, 20),
    )


def test_a_registration_waits_for_the_community_and_records_who_made_it(world) -> None:
    record = register(world)
    assert record.status == WorkStatus.SUBMITTED
    assert record.registered_by == world.users["lawyer"]
    assert record.hours == pytest.approx(2.5)
    last = record.history.latest()
    assert last.history_user == world.users["lawyer"]
    assert last.history_change_reason == "登记"


def test_a_registration_on_the_last_day_of_the_quarter_in_china_is_on_time(world) -> None:
    record = register(world, now=cst(2025, 3, 31, 23, 59))
    assert record.late is False


@override_settings(TIME_ZONE="America/New_York")
def test_a_registration_after_the_quarter_ends_in_china_is_late_whatever_the_server_zone(
    world,
) -> None:
    # 00:30 on 1 April in China is still 31 March in New York: late all the same.
    record = register(world, now=cst(2025, 4, 1, 0, 30))
    assert record.late is True


def test_only_the_engagements_own_lawyer_may_register(world) -> None:
    with pytest.raises(PermissionDenied):
        work_record_register(
            actor=world.users["office_a"], engagement=world.ea1, data=session(), now=cst(2025, 3, 6)
        )
    with pytest.raises(PermissionDenied):
        work_record_register(
            actor=world.users["lawyer"], engagement=world.ea2, data=session(), now=cst(2025, 3, 6)
        )


def test_a_future_day_and_an_end_before_the_start_are_refused_by_field(world) -> None:
    bad = session(day=dt.date(2025, 3, 9), start_time=dt.time(11), end_time=dt.time(10))
    with pytest.raises(ValidationError) as caught:
        register(world, data=bad, now=cst(2025, 3, 8))
    assert "晚于今天" in caught.value.message_dict["date"][0]
    assert "应晚于开始时间" in caught.value.message_dict["end_time"][0]
    assert not WorkRecord.objects.exists()


def test_a_day_outside_the_engagement_is_refused(world) -> None:
    with pytest.raises(ValidationError) as caught:
        register(world, data=session(day=dt.date(2023, 12, 31)), now=cst(2025, 1, 2))
    assert "不在结对" in caught.value.message_dict["date"][0]


def test_attachments_are_kept_under_a_random_name(world, media_root) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    record = register(world, uploads=[png(), SimpleUploadedFile("照片.pdf", PDF)])
    names = sorted(a.original_name for a in record.attachments.all())
    assert names == ["照片.pdf", "签到表.png"]
    stored = record.attachments.get(original_name="签到表.png")
    assert "签到表" not in stored.file.name
    assert stored.content_type == "image/png"
    assert (media_root / stored.file.name).exists()


def test_a_file_that_is_not_an_image_or_pdf_is_refused_and_nothing_is_kept(
    world, media_root
) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    fake = SimpleUploadedFile("签到表.jpg", b"MZ\x90\x00 not an image")
    with pytest.raises(ValidationError) as caught:
        register(world, uploads=[png(), fake])
    assert "签到表.jpg" in caught.value.messages[0]
    assert not WorkRecord.objects.exists()
    assert not WorkAttachment.objects.exists()
    assert not [p for p in media_root.rglob("*") if p.is_file()]


def test_the_community_confirms_and_the_record_keeps_who(world) -> None:
    record = register(world)
    work_record_confirm(actor=world.users["community"], record=record, now=cst(2025, 3, 7))
    record.refresh_from_db()
    assert record.status == WorkStatus.CONFIRMED
    assert record.reviewed_by == world.users["community"]
    assert not record.editable


def test_another_community_may_not_confirm(world) -> None:
    from counsel.apps.accounts.models import Role, User

    other = User.objects.create(username="c2", role=Role.COMMUNITY, community=world.a2)
    with pytest.raises(PermissionDenied):
        work_record_confirm(actor=other, record=register(world))


def test_a_return_needs_a_reason_and_a_resubmission_clears_it(world) -> None:
    record = register(world)
    with pytest.raises(ValidationError):
        work_record_return(actor=world.users["community"], record=record, reason="  ")
    work_record_return(actor=world.users["community"], record=record, reason="时间不符")
    record.refresh_from_db()
    assert record.status == WorkStatus.RETURNED
    assert record.return_reason == "时间不符"
    updated = work_record_update(
        actor=world.users["lawyer"],
        record=record,
        data=session(start_time=dt.time(14), end_time=dt.time(17)),
        now=cst(2025, 5, 1),
    )
    assert updated.status == WorkStatus.SUBMITTED
    assert updated.return_reason == ""
    assert updated.start_time == dt.time(14)
    # Corrected after the quarter at the community's request: not a late registration.
    assert updated.late is False
    reasons = [h.history_change_reason for h in updated.history.order_by("history_date")]
    assert reasons == ["登记", "社区退回：时间不符", "退回后重新提交"]


def test_a_confirmed_registration_cannot_be_changed(world) -> None:
    record = register(world)
    work_record_confirm(actor=world.users["community"], record=record)
    with pytest.raises(ValidationError):
        work_record_update(actor=world.users["lawyer"], record=record, data=session())
    with pytest.raises(ValidationError):
        work_record_return(actor=world.users["community"], record=record, reason="不符")


def test_an_update_can_remove_and_add_attachments(world) -> None:
    record = register(world, uploads=[png("a.png")])
    first = record.attachments.get()
    work_record_update(
        actor=world.users["lawyer"],
        record=record,
        data=session(),
        uploads=[png("b.png")],
        remove=[first.pk],
        now=cst(2025, 3, 8),
    )
    assert [a.original_name for a in record.attachments.all()] == ["b.png"]


def _finalise_2025(world) -> None:  # type: ignore[no-untyped-def]
    AssessmentYear.objects.filter(pk=world.year.pk).update(status=YearStatus.FINALISED)


def test_a_finalised_year_refuses_registrations_corrections_and_reviews(world) -> None:
    waiting = register(world)
    _finalise_2025(world)
    finalised = "2025年度考核结果已定案，不能再修改"
    with pytest.raises(ValidationError, match=finalised):
        register(world, data=session(dt.date(2025, 3, 7)))
    with pytest.raises(ValidationError, match=finalised):
        work_record_update(
            actor=world.users["lawyer"], record=waiting, data=session(), now=cst(2025, 3, 8)
        )
    with pytest.raises(ValidationError, match=finalised):
        work_record_confirm(actor=world.users["community"], record=waiting)
    with pytest.raises(ValidationError, match=finalised):
        work_record_return(actor=world.users["community"], record=waiting, reason="请补充")
    assert WorkRecord.objects.get().status == WorkStatus.SUBMITTED


def test_a_reopened_year_takes_registrations_again(world) -> None:
    register(world)
    _finalise_2025(world)
    year_reopen(year=world.year, actor=world.users["bureau"], reason="补登记第一季度值班")

    record = register(world, data=session(dt.date(2025, 3, 7)), now=cst(2026, 2, 1))

    assert record.late and WorkRecord.objects.count() == 2
