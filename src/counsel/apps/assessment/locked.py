"""R18 / "never a silent change": an import goes through the same lock as the office's
forms. A street-quarter whose report the bureau holds (submitted) or has accepted keeps its
scores and ratings until the bureau returns or reopens it with a recorded reason; a file
that would change them is refused, each change named. A file repeating what is stored is
no change and passes."""

from __future__ import annotations

from counsel.apps.org.models import AssessmentYear, Engagement
from counsel.apps.quarter.active import quarter_label
from counsel.apps.quarter.models import (
    EDITABLE_STATUSES,
    QuarterReport,
    QuarterScore,
    ReportStatus,
    SatisfactionRating,
)
from counsel.rules.exact import plain
from counsel.rules.types import Issue, YearInput


def locked_quarters_changed(year: AssessmentYear, data: YearInput) -> list[Issue]:
    """One `quarter_locked` problem per quarter record of the file that changes a stored
    score or rating (or adds one) in a street-quarter that is submitted or accepted."""
    locked = {
        (street, quarter): status
        for street, quarter, status in QuarterReport.objects.filter(year=year)
        .exclude(status__in=EDITABLE_STATUSES)
        .values_list("street__name", "quarter", "status")
    }
    if not locked:
        return []
    streets = {c.code: c.street for c in data.communities}
    file_street = {e.id: streets.get(e.community) for e in data.engagements}
    stored_street = dict(Engagement.objects.values_list("code", "community__street__name"))
    scores = {
        (code, q): basic
        for code, q, basic in QuarterScore.objects.filter(year=year).values_list(
            "engagement__code", "quarter", "basic"
        )
    }
    ratings = {
        (code, q): rating
        for code, q, rating in SatisfactionRating.objects.filter(year=year).values_list(
            "engagement__code", "quarter", "rating"
        )
    }
    issues = []
    for q in data.quarters:
        street = file_street.get(q.engagement) or stored_street.get(q.engagement)
        status = locked.get((street or "", q.quarter))
        if status is None:
            continue
        key = (q.engagement, q.quarter)
        changes = []
        old_basic = scores.get(key)
        if q.basic is not None and q.basic != old_basic:
            before = plain(old_basic) if old_basic is not None else "—"
            changes.append(f"基础履职得分 {before} → {plain(q.basic)}")
        old_rating = ratings.get(key)
        if q.rating is not None and q.rating.value != old_rating:
            changes.append(f"满意度评价 {old_rating or '—'} → {q.rating.value}")
        if not changes:
            continue
        where = f"{street}{year.year}年{quarter_label(q.quarter)}"
        if status == ReportStatus.SUBMITTED:
            held = "已报送区司法局，等待接收；如需修改，请区司法局先退回"
        else:
            held = "已由区司法局接收并锁定；如需修改，须由区司法局先重新开放（记录理由）"
        issues.append(
            Issue.at(
                "quarter_locked",
                f"{where}{held}。文件改动了结对 {q.engagement} 的{'、'.join(changes)}",
                q.origin,
                engagement=q.engagement,
                quarter=q.quarter,
                street=street,
            )
        )
    return issues
