"""R18 / "never a silent change": when a street-quarter's scores and ratings may change.

A submitted report waits for the bureau (which returns it to allow changes); an accepted
one is locked until the bureau reopens it with a recorded reason; a finalised year is
locked as a whole (its reopening belongs to the year-end).
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError

from counsel.apps.accounts.models import User
from counsel.apps.org.models import AssessmentYear, Engagement, Street
from counsel.apps.quarter.active import is_active, quarter_label
from counsel.apps.quarter.models import QuarterReport, ReportStatus
from counsel.apps.yearend.locks import ensure_year_open


def ensure_changeable(street: Street, year: AssessmentYear, quarter: int) -> None:
    """Refuse a change to the quarter's scores or ratings while it is locked (a finalised
    year until the bureau records its reopening; a report the bureau holds)."""
    ensure_year_open(year)
    report = QuarterReport.objects.filter(street=street, year=year, quarter=quarter).first()
    if report is None or report.editable:
        return
    when = f"{street.name}{year.year}年{quarter_label(quarter)}"
    if report.status == ReportStatus.SUBMITTED:
        raise ValidationError(f"{when}已报送区司法局，等待接收；如需修改，请联系区司法局退回")
    raise ValidationError(
        f"{when}已由区司法局接收并锁定；如需修改，须由区司法局重新开放（记录理由）"
    )


def ensure_office_of(actor: User, street: Street) -> None:
    if not actor.is_office or actor.street_id != street.pk:
        raise PermissionDenied("只有本街道司法所可以评分、评价和报送")


def ensure_active(engagement: Engagement, year: AssessmentYear, quarter: int) -> None:
    """R11: a score or rating for a quarter in which the engagement has no day is refused."""
    if not is_active(engagement, year.year, quarter):
        raise ValidationError(
            f"{engagement.community.name}（{engagement.lawyer.name}）在{year.year}年"
            f"{quarter_label(quarter)}没有在岗日，不能评分或评价（R11）"
        )
