"""Home-page cards of the quarter (`cards(user, year)`): what each role has to do now.

Office: quarters to score, rate and submit (with their due date, late ones flagged) and
reports the bureau returned or reopened. Bureau: reports awaiting acceptance and the
streets whose report is overdue.
"""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils import timezone

from counsel.apps.accounts import scope
from counsel.apps.accounts.models import User
from counsel.apps.assessment.selectors import policy_for
from counsel.apps.org.models import AssessmentYear
from counsel.apps.quarter.active import quarter_label
from counsel.apps.quarter.models import ReportStatus
from counsel.apps.quarter.selectors.progress import progress
from counsel.apps.quarter.selectors.reports import report_grid
from counsel.rules.deadlines import china_date
from counsel.rules.periods import quarter_bounds


def _year(year: Any) -> AssessmentYear | None:
    if isinstance(year, AssessmentYear):
        return year
    return AssessmentYear.objects.filter(year=int(year)).first()


def cards(user: User, year: Any) -> list[dict[str, Any]]:
    record = _year(year)
    if record is None or not (user.is_office or user.is_bureau):
        return []
    policy = policy_for(record)
    now = timezone.now()
    today = china_date(now)
    grid = report_grid(record, scope.streets(user), policy, now)
    items: list[dict[str, Any]] = []
    if user.is_office:
        for street, cells in grid:
            for cell in cells:
                if today < quarter_bounds(record.year, cell.quarter)[0]:
                    continue
                status = cell.report.status if cell.report else ReportStatus.DRAFT
                if status in (ReportStatus.SUBMITTED, ReportStatus.ACCEPTED):
                    continue
                state = progress(street, record, cell.quarter, policy)
                todo = []
                if state.scored < state.total:
                    todo.append(f"评分 {state.scored}/{state.total}")
                if state.rated < state.total:
                    todo.append(f"评价 {state.rated}/{state.total}")
                if not state.quota.ok and state.rated:
                    todo.append("配额不符")
                what = "、".join(todo) or "待报送"
                if status == ReportStatus.RETURNED:
                    what = f"区司法局已退回：{cell.report.return_reason if cell.report else ''}"
                elif status == ReportStatus.REOPENED:
                    what = "区司法局已重新开放，修改后重新报送"
                items.append(
                    {
                        "label": f"{quarter_label(cell.quarter)}（{what}；{cell.due.date:%m月%d日}前报送）",
                        "url": reverse(
                            "quarter:report",
                            kwargs={
                                "street": street.pk,
                                "year": record.year,
                                "quarter": cell.quarter,
                            },
                        ),
                        "late": cell.late,
                    }
                )
        return [{"title": f"{record.year}年季度考核", "items": items}]
    awaiting = [c for _, cells in grid for c in cells if c.awaiting]
    overdue = [c for _, cells in grid for c in cells if c.label == "未提交（逾期）"]
    for cell in awaiting:
        items.append(
            {
                "label": f"{cell.street.name}{quarter_label(cell.quarter)}待接收"
                + ("（逾期提交）" if cell.late else ""),
                "url": _report_url(cell.street.pk, record.year, cell.quarter),
                "late": cell.late,
            }
        )
    for cell in overdue:
        items.append(
            {
                "label": f"{cell.street.name}{quarter_label(cell.quarter)}逾期未提交（期限 {cell.due.date:%m月%d日}）",
                "url": _report_url(cell.street.pk, record.year, cell.quarter),
                "late": True,
            }
        )
    items.append(
        {
            "label": "各街道季度报送一览",
            "url": reverse("quarter:overview") + f"?year={record.year}",
            "late": False,
        }
    )
    return [{"title": f"{record.year}年季度报送", "items": items}]


def _report_url(street: int, year: int, quarter: int) -> str:
    return reverse("quarter:report", kwargs={"street": street, "year": year, "quarter": quarter})
