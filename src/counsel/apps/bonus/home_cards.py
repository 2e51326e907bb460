"""The bonus declarations' cards on each role's home page: what is due, and what is late
(R18 in China Standard Time)."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils import timezone

from counsel.apps.accounts.models import User
from counsel.apps.bonus import selectors
from counsel.apps.bonus.models import DeclarationStatus
from counsel.apps.org.models import AssessmentYear
from counsel.rules.deadlines import is_late


def _item(label: str, url: str, late: bool = False) -> dict[str, Any]:
    return {"label": label, "url": url, "late": late}


def cards(user: User, year: AssessmentYear) -> list[dict[str, Any]]:
    now = timezone.now()
    query = f"?year={year.year}"
    listing = reverse("bonus:list") + query
    if user.is_lawyer:
        due = selectors.deadline(year, "lawyer_declaration")
        passed = is_late(now, due.date)
        items = []
        for row in selectors.lawyer_engagements(user, year):
            d = row.declaration
            if d is None:
                url = reverse("bonus:mine") + query
                items.append(_item(f"{row.engagement.community.name}：未填写", url, passed))
            else:
                url = reverse("bonus:declaration", kwargs={"pk": d.pk})
                late = (d.is_draft and passed) or d.submitted_late
                items.append(
                    _item(f"{row.engagement.community.name}：{d.get_status_display()}", url, late)
                )
        title = f"加分申报（{due.date.month}月{due.date.day}日前提交）"
        return [{"title": title, "items": items}]
    counts = {
        status: selectors.declarations(user, year, status=status).count()
        for status in DeclarationStatus.values
    }
    review_due = selectors.deadline(year, "annual_scoring")
    review_passed = is_late(now, review_due.date)
    if user.is_community:
        waiting = counts[DeclarationStatus.SUBMITTED]
        url = f"{listing}&status={DeclarationStatus.SUBMITTED}"
        return [
            {
                "title": "待确认的加分申报",
                "items": [_item(f"{waiting} 份待社区确认", url, bool(waiting) and review_passed)],
            }
        ]
    if user.is_office:
        waiting = counts[DeclarationStatus.CONFIRMED]
        reviewed = counts[DeclarationStatus.REVIEWED]
        return [
            {
                "title": f"加分申报审定（{review_due.date.month}月{review_due.date.day}日前）",
                "items": [
                    _item(
                        f"{waiting} 份待审定",
                        f"{listing}&status={DeclarationStatus.CONFIRMED}",
                        bool(waiting) and review_passed,
                    ),
                    _item(
                        f"{counts[DeclarationStatus.SUBMITTED]} 份待社区确认",
                        f"{listing}&status={DeclarationStatus.SUBMITTED}",
                    ),
                    _item(
                        f"{reviewed} 份已审定待报送",
                        f"{listing}&status={DeclarationStatus.REVIEWED}",
                    ),
                ],
            }
        ]
    if user.is_bureau:
        labels = dict(DeclarationStatus.choices)
        return [
            {
                "title": "加分申报",
                "items": [
                    _item(f"{labels[s]}：{n} 份", f"{listing}&status={s}")
                    for s, n in counts.items()
                    if n
                ]
                or [_item("尚无申报", listing)],
            }
        ]
    return []
