"""R18: the street's quarterly report — submitted by the office, returned, accepted or
reopened by the bureau, each step recorded."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from counsel.apps.accounts.decorators import bureau_only, bureau_or_office, office_only
from counsel.apps.assessment.selectors import policy_for
from counsel.apps.quarter.active import quarter_label
from counsel.apps.quarter.forms import ReasonForm, SubmitForm
from counsel.apps.quarter.models import QuarterReport
from counsel.apps.quarter.selectors.progress import due_of, progress
from counsel.apps.quarter.selectors.reports import cell_state
from counsel.apps.quarter.services.reports import (
    quarter_report_accept,
    quarter_report_reopen,
    quarter_report_return,
    quarter_report_submit,
)
from counsel.apps.quarter.views.common import (
    can_edit,
    quarter_or_404,
    report_of,
    street_or_404,
    street_quarter,
    year_or_404,
)
from counsel.apps.worklog.summary import SERVICE_KINDS, DutySummary
from counsel.apps.worklog.summary_xlsx import summary_workbook
from counsel.apps.worklog.views.files import xlsx_response
from counsel.apps.worklog.views.summary import current_summary
from counsel.rules.deadlines import china_date
from counsel.rules.periods import quarter_bounds


def _summary(report: QuarterReport | None, street, year, quarter) -> tuple[DutySummary, bool]:  # type: ignore[no-untyped-def]
    """The summary as submitted while the bureau holds the report, else as it stands."""
    if report is not None and report.summary and not report.editable:
        return DutySummary.from_dict(report.summary), True
    return current_summary(street, year.year, quarter), False


@bureau_or_office
def report_page(request: HttpRequest, street: int, year: int, quarter: int) -> HttpResponse:
    place, record, q = street_quarter(request, street, year, quarter)
    policy = policy_for(record)
    report = report_of(place, record, q)
    due = due_of(record.year, q, policy)
    badge = cell_state(report, due, quarter_bounds(record.year, q)[1], china_date(timezone.now()))
    summary, snapshot = _summary(report, place, record, q)
    return render(
        request,
        "quarter/report.html",
        {
            "street": place,
            "year": record,
            "quarter": q,
            "label": quarter_label(q),
            "report": report,
            "events": report.events.select_related("actor") if report else [],
            "progress": progress(place, record, q, policy),
            "due": due,
            "badge": badge,
            "summary": summary,
            "snapshot": snapshot,
            "kinds": SERVICE_KINDS,
            "editable": can_edit(request, report, record),
            "submit_form": SubmitForm(initial={"note": report.note if report else ""}),
            "reason_form": ReasonForm(),
        },
    )


def _back(report_street: int, year: int, quarter: int) -> HttpResponse:
    return redirect("quarter:report", street=report_street, year=year, quarter=quarter)


@office_only
@require_POST
def report_submit(request: HttpRequest, street: int, year: int, quarter: int) -> HttpResponse:
    place, record, q = street_quarter(request, street, year, quarter)
    form = SubmitForm(request.POST)
    note = form.cleaned_data["note"] if form.is_valid() else ""
    try:
        quarter_report_submit(
            actor=request.user,  # type: ignore[arg-type]
            street=place,
            year=record,
            quarter=q,
            note=note,
        )
    except ValidationError as exc:
        for message in exc.messages:
            messages.error(request, f"未能报送：{message}")
    else:
        messages.success(request, f"已报送{place.name}{record.year}年{quarter_label(q)}考核结果")
    return _back(place.pk, record.year, q)


def _report(request: HttpRequest, street: int, year: int, quarter: int) -> QuarterReport:
    place = street_or_404(request, street)
    return get_object_or_404(
        QuarterReport, street=place, year=year_or_404(year), quarter=quarter_or_404(quarter)
    )


def _with_reason(
    request: HttpRequest, street: int, year: int, quarter: int, service, done: str
) -> HttpResponse:  # type: ignore[no-untyped-def]
    report = _report(request, street, year, quarter)
    form = ReasonForm(request.POST)
    if not form.is_valid():
        messages.error(request, "须写明理由")
        return _back(street, year, quarter)
    try:
        service(actor=request.user, report=report, reason=form.cleaned_data["reason"])
    except ValidationError as exc:
        messages.error(request, "；".join(exc.messages))
    else:
        messages.success(request, f"{report}{done}")
    return _back(street, year, quarter)


@bureau_only
@require_POST
def report_return(request: HttpRequest, street: int, year: int, quarter: int) -> HttpResponse:
    return _with_reason(request, street, year, quarter, quarter_report_return, "已退回司法所")


@bureau_only
@require_POST
def report_reopen(request: HttpRequest, street: int, year: int, quarter: int) -> HttpResponse:
    return _with_reason(
        request, street, year, quarter, quarter_report_reopen, "已重新开放，司法所可修改后重新报送"
    )


@bureau_only
@require_POST
def report_accept(request: HttpRequest, street: int, year: int, quarter: int) -> HttpResponse:
    report = _report(request, street, year, quarter)
    try:
        quarter_report_accept(actor=request.user, report=report)  # type: ignore[arg-type]
    except ValidationError as exc:
        messages.error(request, "；".join(exc.messages))
    else:
        messages.success(request, f"已接收{report}，该季度已锁定")
    return _back(street, year, quarter)


@bureau_or_office
def report_summary_xlsx(request: HttpRequest, street: int, year: int, quarter: int) -> HttpResponse:
    """The duty-registration summary as submitted with the report (or as it stands)."""
    place, record, q = street_quarter(request, street, year, quarter)
    summary, _ = _summary(report_of(place, record, q), place, record, q)
    return xlsx_response(summary_workbook(summary), f"{summary.title}.xlsx")
