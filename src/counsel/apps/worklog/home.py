"""Work registration on the home page (R19): a lawyer's returned registrations to correct,
a community's registrations to confirm, a street's registrations still waiting for their
community and its duty-registration summaries."""

from __future__ import annotations

from django.db.models import QuerySet
from django.urls import reverse

from counsel.apps.accounts.models import User
from counsel.apps.org.models import AssessmentYear
from counsel.apps.worklog import selectors
from counsel.apps.worklog.models import WorkRecord, WorkStatus
from counsel.web.home.cards import Card, Item, card, today
from counsel.web.home.deadlines import relevant_years


def _open(user: User) -> QuerySet[WorkRecord]:
    """The user's registrations in the years still open (a finalised year's stay put)."""
    years = [y.year for y in relevant_years(today()) if y.is_open]
    return selectors.records(user).filter(date__year__in=years)


def _listed(status: str) -> str:
    return f"{reverse('worklog:list')}?status={status}"


@card(roles=("lawyer",), order=30)
def lawyer_registrations(user: User, year: AssessmentYear | None) -> Card:
    counts = selectors.counts_by_status(_open(user))
    items = []
    if counts.get(WorkStatus.RETURNED):
        items.append(
            Item(
                label=f"被社区退回、待修改的登记 {counts[WorkStatus.RETURNED]} 条",
                detail="按退回理由修改后重新提交",
                url=_listed(WorkStatus.RETURNED),
                status="待修改",
                tone="late",
            )
        )
    if counts.get(WorkStatus.SUBMITTED):
        items.append(
            Item(
                label=f"等待社区确认的登记 {counts[WorkStatus.SUBMITTED]} 条",
                url=_listed(WorkStatus.SUBMITTED),
                status="待确认",
                tone="info",
            )
        )
    items.append(Item(label="登记一次值班或服务", url=reverse("worklog:create")))
    return Card("工作登记", items)


@card(roles=("community",), order=30)
def community_confirmations(user: User, year: AssessmentYear | None) -> Card:
    waiting = selectors.counts_by_status(_open(user)).get(WorkStatus.SUBMITTED, 0)
    items = []
    if waiting:
        items.append(
            Item(
                label=f"待核对确认的律师工作登记 {waiting} 条",
                detail="逐条确认，或写明理由退回律师修改（R19）",
                url=_listed(WorkStatus.SUBMITTED),
                status="待确认",
                tone="soon",
            )
        )
    return Card("工作登记确认", items, empty="没有待确认的工作登记。")


@card(roles=("judicial_office", "bureau"), order=40)
def street_registrations(user: User, year: AssessmentYear | None) -> Card:
    waiting = selectors.counts_by_status(_open(user)).get(WorkStatus.SUBMITTED, 0)
    items = []
    if waiting:
        items.append(
            Item(
                label=f"尚待社区确认的登记 {waiting} 条",
                url=_listed(WorkStatus.SUBMITTED),
                status="待社区确认",
                tone="info",
            )
        )
    items.append(Item(label="值班登记汇总表", url=reverse("worklog:summary_index")))
    return Card("工作登记", items)
