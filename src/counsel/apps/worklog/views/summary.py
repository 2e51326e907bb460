"""The duty-registration summary (律师进社区值班登记汇总表): on screen and as XLSX."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from counsel.apps.accounts import scope
from counsel.apps.accounts.decorators import bureau_or_office
from counsel.apps.org.models import Street
from counsel.apps.quarter.active import quarter_label
from counsel.apps.worklog.summary import SERVICE_KINDS, DutySummary, duty_summary
from counsel.apps.worklog.summary_xlsx import summary_workbook
from counsel.apps.worklog.views.files import xlsx_response
from counsel.rules.deadlines import CHINA_STANDARD_TIME
from counsel.web.years import selected_year


def _street(request: HttpRequest, street: int) -> Street:
    return get_object_or_404(scope.streets(request.user), pk=street)  # type: ignore[arg-type]


def _quarter(quarter: int) -> int:
    if quarter not in (1, 2, 3, 4):
        raise Http404("季度无效")
    return quarter


def current_summary(street: Street, year: int, quarter: int) -> DutySummary:
    made = timezone.now().astimezone(CHINA_STANDARD_TIME).strftime("%Y-%m-%d %H:%M")
    return duty_summary(street, year, quarter, made_at=made)


@bureau_or_office
def summary_index(request: HttpRequest) -> HttpResponse:
    year = selected_year(request)
    streets = scope.streets(request.user)  # type: ignore[arg-type]
    return render(
        request,
        "worklog/summary_index.html",
        {
            "year": year,
            "streets": streets,
            "quarters": [(q, quarter_label(q)) for q in (1, 2, 3, 4)],
        },
    )


@bureau_or_office
def summary_page(request: HttpRequest, street: int, year: int, quarter: int) -> HttpResponse:
    place = _street(request, street)
    summary = current_summary(place, year, _quarter(quarter))
    return render(
        request,
        "worklog/summary.html",
        {"summary": summary, "street": place, "kinds": SERVICE_KINDS, "snapshot": False},
    )


@bureau_or_office
def summary_xlsx(request: HttpRequest, street: int, year: int, quarter: int) -> HttpResponse:
    place = _street(request, street)
    summary = current_summary(place, year, _quarter(quarter))
    return xlsx_response(summary_workbook(summary), f"{summary.title}.xlsx")
