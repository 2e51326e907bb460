"""The year end's cards on each role's home page: the annual report (office), the
streets' reports and finalisation readiness (bureau), the result (lawyer, community)."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils import timezone

from counsel.apps.accounts.models import User
from counsel.apps.org.models import AssessmentYear
from counsel.apps.yearend.models import AnnualReport
from counsel.apps.yearend.selectors import ranking
from counsel.apps.yearend.selectors.readiness import readiness
from counsel.apps.yearend.selectors.reports import report_due, street_reports
from counsel.apps.yearend.selectors.versions import current_version
from counsel.rules.deadlines import is_late


def _item(label: str, url: str, late: bool = False) -> dict[str, Any]:
    return {"label": label, "url": url, "late": late}


def cards(user: User, year: AssessmentYear) -> list[dict[str, Any]]:
    query = f"?year={year.year}"
    if user.is_office:
        due = report_due(year)
        report = AnnualReport.objects.filter(year=year, street=user.street_id).first()
        url = reverse("yearend:report") + query
        if report is None:
            item = _item("尚未报送", url, is_late(timezone.now(), due.date))
        else:
            label = f"已于 {timezone.localtime(report.reported_at):%Y-%m-%d} 报送"
            item = _item(label + ("（逾期）" if report.late else ""), url, report.late)
        return [
            {"title": f"年度考核结果报送（{due.date.month}月{due.date.day}日前）", "items": [item]}
        ]
    if user.is_bureau:
        url = reverse("yearend:overview") + query
        states = [s.state for s in street_reports(year)]
        state = readiness(year)
        if not year.is_open:
            ready_label = "已定案"
        elif state.final:
            ready_label = "可以定案"
        else:
            ready_label = f"定案前尚有 {len(state.problems)} 个问题"
        return [
            {
                "title": f"{year.year}年度定案",
                "items": [
                    _item(f"街道已报送 {states.count('reported')} 个", url),
                    _item(f"逾期报送 {states.count('late')} 个", url, bool(states.count("late"))),
                    _item(f"未报送 {states.count('missing')} 个", url),
                    _item(ready_label, url + "#problems", not state.final and year.is_open),
                ],
            }
        ]
    version = current_version(year)
    if version is None:
        return []
    items = [
        _item(
            f"{r.community}：{r.tier_label}，{r.amount} 元",
            reverse("yearend:explanation", kwargs={"code": r.id}) + query,
        )
        for r in ranking.rows(user, version)
    ]
    kind = "定案" if version.final else "试算"
    return [{"title": f"{year.year}年度考核结果（{kind}）", "items": items}] if items else []
