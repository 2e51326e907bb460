"""R18: the judicial office confirms its street's year and reports it to the bureau by
1/25 of Y+1 (late is accepted and marked late, China Standard Time)."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from counsel.apps.accounts.models import User
from counsel.apps.bonus.services.review import declarations_report
from counsel.apps.org.models import AssessmentYear, Street
from counsel.apps.yearend.locks import ensure_year_open
from counsel.apps.yearend.models import AnnualReport
from counsel.apps.yearend.selectors.reports import street_year
from counsel.rules.deadlines import is_late


@transaction.atomic
def annual_report_submit(
    *,
    year: AssessmentYear,
    street: Street,
    actor: User | None,
    remark: str = "",
    now: dt.datetime | None = None,
) -> AnnualReport:
    """Confirm the street's scores and ratings of the year and report them, with the
    reviewed bonus declarations. Refused while a score or rating is missing, a quota is
    broken, or a declaration awaits the office's decision."""
    ensure_year_open(year)
    if AnnualReport.objects.filter(year=year, street=street).exists():
        raise ValidationError(f"{street.name}{year.year}年度考核结果已经报送。", code="reported")
    state = street_year(year, street)
    if state.problems:
        raise ValidationError(
            f"尚有 {len(state.problems)} 个问题未解决（如缺少得分或评价、配额不符），请先处理后再报送。",
            code="problems",
        )
    if state.to_review:
        raise ValidationError(
            f"尚有 {len(state.to_review)} 份加分申报表待司法所审定，请先审定后再报送。",
            code="to_review",
        )
    at = now or timezone.now()
    report = AnnualReport(
        year=year,
        street=street,
        remark=remark.strip(),
        reported_by=actor,
        reported_at=at,
        late=is_late(at, state.due.date),
    )
    report._history_user = actor  # type: ignore[attr-defined]
    report.save()
    declarations_report(year=year, street=street, actor=actor, now=at)
    return report
