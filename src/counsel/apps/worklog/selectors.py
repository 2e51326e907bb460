"""Reading registrations, always within the viewer's scope (accounts.scope)."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet
from django.shortcuts import get_object_or_404

from counsel.apps.accounts import scope
from counsel.apps.accounts.models import User
from counsel.apps.org.models import Engagement
from counsel.apps.worklog.models import WorkAttachment, WorkRecord, WorkStatus
from counsel.rules.periods import quarter_bounds


def records(user: User) -> QuerySet[WorkRecord]:
    """The registrations the user may see: a lawyer's own, a community's, a street's, all."""
    return (
        WorkRecord.objects.filter(engagement__in=scope.engagements(user))
        .select_related("engagement__lawyer", "engagement__community__street")
        .prefetch_related("attachments")
    )


def record_or_404(user: User, pk: int) -> WorkRecord:
    return get_object_or_404(records(user), pk=pk)


def attachment_or_404(user: User, pk: int) -> WorkAttachment:
    return get_object_or_404(
        WorkAttachment.objects.filter(record__engagement__in=scope.engagements(user)), pk=pk
    )


def in_quarter(qs: QuerySet[WorkRecord], year: int, quarter: int) -> QuerySet[WorkRecord]:
    start, end = quarter_bounds(year, quarter)
    return qs.filter(date__gte=start, date__lte=end)


@dataclass(frozen=True)
class KindCount:
    registered: int
    confirmed: int


def registration_counts(engagement: Engagement, year: int, quarter: int) -> dict[str, KindCount]:
    """R4/R19: per kind, the sessions registered in the quarter and those confirmed."""
    rows = (
        in_quarter(WorkRecord.objects.filter(engagement=engagement), year, quarter)
        .values("kind")
        .annotate(
            registered=Count("id"),
            confirmed=Count("id", filter=Q(status=WorkStatus.CONFIRMED)),
        )
    )
    return {row["kind"]: KindCount(row["registered"], row["confirmed"]) for row in rows}


def lawyer_engagements(user: User) -> QuerySet[Engagement]:
    """The engagements a lawyer registers work for (their own)."""
    return scope.engagements(user).prefetch_related("periods").order_by("community__code")


def counts_by_status(qs: QuerySet[WorkRecord]) -> dict[str, int]:
    found = dict(qs.order_by().values_list("status").annotate(n=Count("id")))
    return {status: found.get(status, 0) for status in WorkStatus.values}
