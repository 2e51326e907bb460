"""Home-page cards of work registration: what waits for the user (`cards(user, year)`)."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from counsel.apps.accounts.models import User
from counsel.apps.worklog import selectors
from counsel.apps.worklog.models import WorkStatus


def cards(user: User, year: Any) -> list[dict[str, Any]]:
    """Lawyer: returned registrations; community: registrations to confirm; office and
    bureau: registrations still waiting for their community. `year` is an AssessmentYear
    or a year number; registrations are counted for that year."""
    number = int(getattr(year, "year", year))
    qs = selectors.records(user).filter(date__year=number)
    url = reverse("worklog:list")
    items: list[dict[str, Any]] = []
    if user.is_lawyer:
        returned = qs.filter(status=WorkStatus.RETURNED).count()
        waiting = qs.filter(status=WorkStatus.SUBMITTED).count()
        if returned:
            items.append(
                {
                    "label": f"被社区退回、待修改的登记 {returned} 条",
                    "url": f"{url}?status=returned",
                    "late": True,
                }
            )
        if waiting:
            items.append(
                {
                    "label": f"等待社区确认的登记 {waiting} 条",
                    "url": f"{url}?status=submitted",
                    "late": False,
                }
            )
        items.append(
            {"label": "登记一次值班或服务", "url": reverse("worklog:create"), "late": False}
        )
        return [{"title": "工作登记", "items": items}]
    waiting = qs.filter(status=WorkStatus.SUBMITTED).count()
    if user.is_community:
        label = f"待确认的律师工作登记 {waiting} 条" if waiting else "没有待确认的登记"
        items.append({"label": label, "url": f"{url}?status=submitted", "late": False})
        return [{"title": "登记确认", "items": items}]
    if user.is_office or user.is_bureau:
        if waiting:
            items.append(
                {
                    "label": f"尚待社区确认的登记 {waiting} 条",
                    "url": f"{url}?status=submitted",
                    "late": False,
                }
            )
        items.append(
            {"label": "值班登记汇总表", "url": reverse("worklog:summary_index"), "late": False}
        )
        return [{"title": "工作登记", "items": items}]
    return []
