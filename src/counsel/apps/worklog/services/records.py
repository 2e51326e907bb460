"""R19: register a duty session or service, confirm it, return it, resubmit it.

Every change records who made it (history); a registration made after the end of its
quarter (in China Standard Time, R18) is marked late. Registrations feed the year's scores:
once the bureau finalises a year, its registrations stay as they are until it records a
reopening.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone

from counsel.apps.accounts.models import User
from counsel.apps.org.models import Engagement
from counsel.apps.worklog.models import WorkAttachment, WorkKind, WorkRecord, WorkStatus
from counsel.apps.worklog.services.attachments import attach, check_uploads, stored_files
from counsel.apps.yearend.locks import ensure_open_on
from counsel.rules.deadlines import china_date
from counsel.rules.periods import quarter_bounds


@dataclass(frozen=True)
class WorkInput:
    """The fields of one registration as the lawyer gives them (form or sheet row)."""

    date: dt.date
    start_time: dt.time
    end_time: dt.time
    place: str
    kind: str
    people_served: int
    content: str
    result: str = ""


def is_late(day: dt.date, registered_at: dt.datetime) -> bool:
    """R19/R18: registered after the last day of the session's quarter (CST)."""
    _, last = quarter_bounds(day.year, (day.month - 1) // 3 + 1)
    return china_date(registered_at) > last


#: One session serves at most this many people (a bound against typing slips, and what
#: the database column holds on every backend).
MAX_PEOPLE_SERVED = 10_000
PLACE_MAX_LENGTH = 100
TEXT_MAX_LENGTH = 2000


def problems(engagement: Engagement, data: WorkInput, today: dt.date) -> dict[str, str]:
    """What is wrong with a registration, by field (empty when it can be saved)."""
    found: dict[str, str] = {}
    if data.date > today:
        found["date"] = f"日期 {data.date:%Y-%m-%d} 晚于今天，不能登记将来的工作"
    elif not engagement.is_active_on(data.date):
        found["date"] = f"{data.date:%Y-%m-%d} 不在结对“{engagement.community.name}”的服务期间内"
    if data.end_time <= data.start_time:
        found["end_time"] = f"结束时间 {data.end_time:%H:%M} 应晚于开始时间 {data.start_time:%H:%M}"
    if data.kind not in WorkKind.values:
        found["kind"] = f"类型“{data.kind}”不在 {'、'.join(WorkKind.values)} 之中"
    if data.people_served < 0:
        found["people_served"] = "服务人数不能为负数"
    elif data.people_served > MAX_PEOPLE_SERVED:
        found["people_served"] = (
            f"服务人数 {data.people_served} 过大：一次登记不超过 {MAX_PEOPLE_SERVED} 人，请核对"
        )
    if not data.place.strip():
        found["place"] = "请填写地点"
    elif len(data.place.strip()) > PLACE_MAX_LENGTH:
        found["place"] = f"地点不超过 {PLACE_MAX_LENGTH} 个字（现有 {len(data.place.strip())} 个）"
    if not data.content.strip():
        found["content"] = "请填写服务内容"
    for field, label in (("content", "服务内容"), ("result", "处理结果")):
        length = len(getattr(data, field).strip())
        if length > TEXT_MAX_LENGTH:
            found[field] = f"{label}不超过 {TEXT_MAX_LENGTH} 个字（现有 {length} 个），请精简"
    return found


def _check(engagement: Engagement, data: WorkInput, now: dt.datetime) -> None:
    found = problems(engagement, data, china_date(now))
    if found:
        raise ValidationError({field: [message] for field, message in found.items()})


def _not_twice(engagement: Engagement, data: WorkInput, exclude: int | None = None) -> None:
    """The same session (date, start time and kind) is registered once: a double tap on
    the submit button, or a form sent again, must not count it twice (as the sheet import
    already refuses)."""
    same = WorkRecord.objects.filter(
        engagement=engagement, date=data.date, start_time=data.start_time, kind=data.kind
    ).exclude(pk=exclude)
    if same.exists():
        raise ValidationError(
            {
                "date": [
                    f"{data.date:%Y-%m-%d} {data.start_time:%H:%M} 的{data.kind}已登记过"
                    "（同一日期、开始时间和类型），请勿重复登记"
                ]
            },
            code="duplicate",
        )


def _own(actor: User, engagement: Engagement) -> None:
    if not actor.is_lawyer or actor.lawyer_id != engagement.lawyer_id:
        raise PermissionDenied("只有结对律师本人可以登记或修改工作记录")


def _apply(record: WorkRecord, data: WorkInput) -> None:
    record.date = data.date
    record.start_time = data.start_time
    record.end_time = data.end_time
    record.place = data.place.strip()
    record.kind = data.kind
    record.people_served = data.people_served
    record.content = data.content.strip()
    record.result = data.result.strip()


@transaction.atomic
def work_record_register(
    *,
    actor: User,
    engagement: Engagement,
    data: WorkInput,
    uploads: Sequence[UploadedFile] = (),
    now: dt.datetime | None = None,
    imported: bool = False,
) -> WorkRecord:
    """R19: the lawyer registers a session or service; it waits for the community."""
    now = now or timezone.now()
    _own(actor, engagement)
    ensure_open_on(data.date)
    _check(engagement, data, now)
    _not_twice(engagement, data)
    files = check_uploads(uploads)
    record = WorkRecord(
        engagement=engagement,
        registered_at=now,
        registered_by=actor,
        status=WorkStatus.SUBMITTED,
        late=is_late(data.date, now),
        imported=imported,
    )
    _apply(record, data)
    record._history_user = actor  # type: ignore[attr-defined]
    record._change_reason = "登记"  # type: ignore[attr-defined]
    with stored_files() as written:
        record.save()
        attach(record, files, actor, written)
    return record


@transaction.atomic
def work_record_update(
    *,
    actor: User,
    record: WorkRecord,
    data: WorkInput,
    uploads: Sequence[UploadedFile] = (),
    remove: Sequence[int] = (),
    now: dt.datetime | None = None,
) -> WorkRecord:
    """The lawyer corrects a registration not yet confirmed (a returned one goes back to
    the community). Late stays judged on the first registration: a correction the
    community asked for is not a late registration."""
    now = now or timezone.now()
    record = WorkRecord.objects.select_for_update().get(pk=record.pk)
    _own(actor, record.engagement)
    if not record.editable:
        raise ValidationError("社区已确认的登记不能再修改")
    ensure_open_on(record.date)
    ensure_open_on(data.date)
    _check(record.engagement, data, now)
    _not_twice(record.engagement, data, exclude=record.pk)
    kept = record.attachments.exclude(pk__in=remove)
    files = check_uploads(uploads, already=kept.count())
    was_returned = record.status == WorkStatus.RETURNED
    _apply(record, data)
    record.status = WorkStatus.SUBMITTED
    record.return_reason = ""
    record.late = is_late(record.date, record.registered_at)
    record._history_user = actor  # type: ignore[attr-defined]
    record._change_reason = "退回后重新提交" if was_returned else "修改"  # type: ignore[attr-defined]
    with stored_files() as written:
        record.save()
        for attachment in record.attachments.filter(pk__in=remove):
            _remove(attachment, actor)
        attach(record, files, actor, written)
    return record


def _remove(attachment: WorkAttachment, actor: User) -> None:
    name = attachment.file.name
    storage = attachment.file.storage
    attachment._history_user = actor  # type: ignore[attr-defined]
    attachment.delete()
    transaction.on_commit(lambda: storage.delete(name) if name else None)


def _review(
    actor: User, record: WorkRecord, status: str, verb: str, now: dt.datetime | None
) -> WorkRecord:
    """The community's decision on a registration waiting for it."""
    record = WorkRecord.objects.select_for_update().get(pk=record.pk)
    if not actor.is_community or actor.community_id != record.engagement.community_id:
        raise PermissionDenied("只有结对社区（村）可以确认或退回登记")
    if record.status != WorkStatus.SUBMITTED:
        raise ValidationError(f"该登记{record.get_status_display()}，不能{verb}")
    ensure_open_on(record.date)
    record.status = status
    record.reviewed_at = now or timezone.now()
    record.reviewed_by = actor
    record._history_user = actor  # type: ignore[attr-defined]
    return record


@transaction.atomic
def work_record_confirm(
    *, actor: User, record: WorkRecord, now: dt.datetime | None = None
) -> WorkRecord:
    """R19 核对确认: the community confirms the registration."""
    record = _review(actor, record, WorkStatus.CONFIRMED, "确认", now)
    record._change_reason = "社区确认"  # type: ignore[attr-defined]
    record.save()
    return record


@transaction.atomic
def work_record_return(
    *, actor: User, record: WorkRecord, reason: str, now: dt.datetime | None = None
) -> WorkRecord:
    """The community returns a registration to the lawyer, saying why."""
    if not reason.strip():
        raise ValidationError({"reason": ["请写明退回理由"]})
    record = _review(actor, record, WorkStatus.RETURNED, "退回", now)
    record.return_reason = reason.strip()
    record._change_reason = f"社区退回：{record.return_reason}"  # type: ignore[attr-defined]
    record.save()
    return record
