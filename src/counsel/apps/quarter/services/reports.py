"""R18: the quarterly report — the office submits, the bureau returns, accepts or reopens.

    draft ──submit──► submitted ──accept──► accepted ──reopen──► reopened
      ▲                  │                                           │
      └── returned ◄─return                          submit ◄────────┘

Every step is a QuarterReportEvent (who, when, why) and the report's history. Whether a
report is late is judged on its first submission, in China Standard Time: a report the
bureau returns for correction after the day is not made late by the correction.
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from counsel.apps.accounts.models import User
from counsel.apps.assessment.selectors import policy_for
from counsel.apps.org.models import AssessmentYear, Street
from counsel.apps.quarter.active import quarter_label
from counsel.apps.quarter.models import (
    QuarterReport,
    QuarterReportEvent,
    ReportAction,
    ReportStatus,
)
from counsel.apps.quarter.selectors.progress import due_of, progress
from counsel.apps.quarter.services.locks import ensure_office_of
from counsel.apps.worklog.summary import duty_summary
from counsel.apps.yearend.locks import ensure_year_open
from counsel.rules.deadlines import CHINA_STANDARD_TIME, china_date, is_late
from counsel.rules.periods import quarter_bounds

#: action → (the states it starts from, the state it leads to)
TRANSITIONS: dict[str, tuple[frozenset[str], str]] = {
    ReportAction.SUBMIT: (
        frozenset({ReportStatus.DRAFT, ReportStatus.RETURNED, ReportStatus.REOPENED}),
        ReportStatus.SUBMITTED,
    ),
    ReportAction.RETURN: (frozenset({ReportStatus.SUBMITTED}), ReportStatus.RETURNED),
    ReportAction.ACCEPT: (frozenset({ReportStatus.SUBMITTED}), ReportStatus.ACCEPTED),
    ReportAction.REOPEN: (frozenset({ReportStatus.ACCEPTED}), ReportStatus.REOPENED),
}


def _move(
    report: QuarterReport,
    action: str,
    actor: User,
    now: dt.datetime,
    reason: str = "",
    late: bool = False,
) -> None:
    sources, target = TRANSITIONS[action]
    if report.status not in sources:
        raise ValidationError(
            f"{report}当前为“{report.get_status_display()}”，不能{ReportAction(action).label}"
        )
    report.status = target
    report._history_user = actor  # type: ignore[attr-defined]
    text = ReportAction(action).label + (f"：{reason}" if reason else "")
    report._change_reason = text[:100]  # type: ignore[attr-defined]
    report.save()
    QuarterReportEvent.objects.create(
        report=report, action=action, actor=actor, at=now, reason=reason, late=late
    )


def _locked_report(street: Street, year: AssessmentYear, quarter: int) -> QuarterReport:
    QuarterReport.objects.get_or_create(street=street, year=year, quarter=quarter)
    return QuarterReport.objects.select_for_update().get(street=street, year=year, quarter=quarter)


@transaction.atomic
def quarter_report_submit(
    *,
    actor: User,
    street: Street,
    year: AssessmentYear,
    quarter: int,
    note: str = "",
    now: dt.datetime | None = None,
) -> QuarterReport:
    """R18: submit the quarter's scores, ratings and duty-registration summary. Refused,
    with every reason, while a score or rating is missing or the quota is broken (R8)."""
    now = now or timezone.now()
    ensure_office_of(actor, street)
    ensure_year_open(year)
    report = _locked_report(street, year, quarter)
    sources, _ = TRANSITIONS[ReportAction.SUBMIT]
    if report.status not in sources:
        raise ValidationError(f"{report}{report.get_status_display()}，不能再次提交")
    _, last_day = quarter_bounds(year.year, quarter)
    if china_date(now) <= last_day:
        raise ValidationError(
            f"{quarter_label(quarter)}至 {last_day:%m月%d日} 结束，季度结束后才能报送"
        )
    policy = policy_for(year)
    found = progress(street, year, quarter, policy).problems
    if found:
        raise ValidationError(found)
    due = due_of(year.year, quarter, policy)
    made = now.astimezone(CHINA_STANDARD_TIME).strftime("%Y-%m-%d %H:%M")
    report.first_submitted_at = report.first_submitted_at or now
    report.late = is_late(report.first_submitted_at, due.date)
    report.submitted_at = now
    report.submitted_by = actor
    report.note = note.strip()
    report.return_reason = ""
    report.summary = duty_summary(street, year.year, quarter, made_at=made).to_dict()
    _move(report, ReportAction.SUBMIT, actor, now, late=is_late(now, due.date))
    return report


def _bureau_decides(actor: User, report: QuarterReport) -> QuarterReport:
    """The bureau's decisions: its role, an open year, the report locked for the change."""
    if not actor.is_bureau:
        raise PermissionDenied("只有区司法局律工科可以退回、接收或重新开放季度报送")
    ensure_year_open(report.year)
    return QuarterReport.objects.select_for_update().get(pk=report.pk)


def _with_reason(
    actor: User, report: QuarterReport, action: str, reason: str, now: dt.datetime | None
) -> QuarterReport:
    text = reason.strip()
    if not text:
        raise ValidationError({"reason": [f"{ReportAction(action).label}须写明理由"]})
    report = _bureau_decides(actor, report)
    report.return_reason = text
    _move(report, action, actor, now or timezone.now(), text)
    return report


@transaction.atomic
def quarter_report_return(
    *, actor: User, report: QuarterReport, reason: str, now: dt.datetime | None = None
) -> QuarterReport:
    """The bureau returns a submitted report to the office, saying what to correct."""
    return _with_reason(actor, report, ReportAction.RETURN, reason, now)


@transaction.atomic
def quarter_report_accept(
    *, actor: User, report: QuarterReport, now: dt.datetime | None = None
) -> QuarterReport:
    """The bureau accepts the report: the quarter is locked."""
    now = now or timezone.now()
    report = _bureau_decides(actor, report)
    report.accepted_at = now
    report.accepted_by = actor
    _move(report, ReportAction.ACCEPT, actor, now)
    return report


@transaction.atomic
def quarter_report_reopen(
    *, actor: User, report: QuarterReport, reason: str, now: dt.datetime | None = None
) -> QuarterReport:
    """A recorded reopening (who, when, why) makes an accepted quarter editable again."""
    return _with_reason(actor, report, ReportAction.REOPEN, reason, now)
