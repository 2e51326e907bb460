"""Looking up what a URL names, within the user's scope (another street's → 404)."""

from __future__ import annotations

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404

from counsel.apps.accounts import scope
from counsel.apps.org.models import AssessmentYear, Engagement, Street
from counsel.apps.quarter.models import QuarterReport, ReportStatus


def year_or_404(year: int) -> AssessmentYear:
    return get_object_or_404(AssessmentYear, year=year)


def quarter_or_404(quarter: int) -> int:
    if quarter not in (1, 2, 3, 4):
        raise Http404("季度无效")
    return quarter


def street_or_404(request: HttpRequest, pk: int) -> Street:
    return get_object_or_404(scope.streets(request.user), pk=pk)  # type: ignore[arg-type]


def engagement_or_404(request: HttpRequest, pk: int) -> Engagement:
    qs = scope.engagements(request.user).prefetch_related("periods")  # type: ignore[arg-type]
    return get_object_or_404(qs, pk=pk)


def report_of(street: Street, year: AssessmentYear, quarter: int) -> QuarterReport | None:
    return QuarterReport.objects.filter(street=street, year=year, quarter=quarter).first()


def can_edit(request: HttpRequest, report: QuarterReport | None, year: AssessmentYear) -> bool:
    """The office may change the quarter now (the bureau only reads)."""
    if not getattr(request.user, "is_office", False) or not year.is_open:
        return False
    return report is None or report.status in (
        ReportStatus.DRAFT,
        ReportStatus.RETURNED,
        ReportStatus.REOPENED,
    )


def street_quarter(
    request: HttpRequest, street: int, year: int, quarter: int
) -> tuple[Street, AssessmentYear, int]:
    """The street (in scope), the assessment year and the quarter a URL names."""
    return street_or_404(request, street), year_or_404(year), quarter_or_404(quarter)
