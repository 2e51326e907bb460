"""Reading the district's master data, always through the user's scope (accounts/scope.py).

Every function takes the user first; an object outside the scope is simply not found, so
the views' `get_object_or_404` answers 404 for another street's object.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q, QuerySet

from counsel.apps.accounts import scope
from counsel.apps.accounts.models import User
from counsel.apps.org.models import (
    Community,
    Engagement,
    EngagementPeriod,
    LawFirm,
    Lawyer,
    Street,
)


def covering(day: dt.date, prefix: str = "") -> Q:
    """Periods (or, with a prefix, rows with periods) that include `day`."""
    return Q(**{f"{prefix}start__lte": day}) & (
        Q(**{f"{prefix}end__isnull": True}) | Q(**{f"{prefix}end__gte": day})
    )


def active_engagements(user: User, day: dt.date) -> QuerySet[Engagement]:
    """Engagements in scope that serve on `day`."""
    return scope.engagements(user).filter(covering(day, "periods__")).distinct()


@dataclass(frozen=True)
class StreetRow:
    street: Street
    communities: int
    active: int  # communities with a lawyer serving today
    engagements: int  # engagements serving today

    @property
    def coverage(self) -> int:
        """Percent of the street's communities with a lawyer today (whole percent, floor)."""
        return self.active * 100 // self.communities if self.communities else 0


def street_rows(user: User, day: dt.date) -> list[StreetRow]:
    """Each street in scope with its communities and today's engagements (R1)."""
    streets = scope.streets(user).annotate(n=Count("communities", distinct=True))
    active = active_engagements(user, day).values_list("community__street", "community")
    engagements: Counter[int] = Counter()
    served: dict[int, set[int]] = {}
    for street_id, community_id in active:
        engagements[street_id] += 1
        served.setdefault(street_id, set()).add(community_id)
    return [
        StreetRow(
            street=s,
            communities=s.n,
            active=len(served.get(s.pk, ())),
            engagements=engagements[s.pk],
        )
        for s in streets.order_by("code")
    ]


@dataclass(frozen=True)
class CommunityRow:
    community: Community
    current: Engagement | None  # the engagement serving on the day, if any


def _with_periods(qs: QuerySet[Engagement]) -> QuerySet[Engagement]:
    return qs.prefetch_related(Prefetch("periods", queryset=EngagementPeriod.objects.all()))


def community_rows(
    user: User, day: dt.date, *, street: Street | None = None, query: str = ""
) -> list[CommunityRow]:
    """Communities in scope (optionally of one street, or matching a code or name), each
    with the engagement serving on `day`."""
    communities = scope.communities(user)
    if street is not None:
        communities = communities.filter(street=street)
    if query:
        communities = communities.filter(Q(code__icontains=query) | Q(name__icontains=query))
    communities = communities.order_by("code")
    serving: dict[int, Engagement] = {}
    engagements = _with_periods(
        active_engagements(user, day).filter(community__in=communities.values("pk"))
    )
    for engagement in engagements:
        serving[engagement.community_id] = engagement
    return [CommunityRow(c, serving.get(c.pk)) for c in communities]


def serving_engagement(community: Community, day: dt.date) -> Engagement | None:
    """R1: the engagement of the community that serves on `day` (at most one)."""
    return (
        Engagement.objects.select_related("lawyer", "lawyer__firm")
        .filter(community=community)
        .filter(covering(day, "periods__"))
        .first()
    )


def lawyer_list(user: User, *, query: str = "", firm: LawFirm | None = None) -> QuerySet[Lawyer]:
    lawyers = scope.lawyers(user)
    if query:
        lawyers = lawyers.filter(
            Q(code__icontains=query) | Q(name__icontains=query) | Q(firm__name__icontains=query)
        )
    if firm is not None:
        lawyers = lawyers.filter(firm=firm)
    return lawyers.annotate(n_engagements=Count("engagements", distinct=True)).order_by("code")


def law_firm_list(user: User) -> QuerySet[LawFirm]:
    return (
        scope.law_firms(user).annotate(n_lawyers=Count("lawyers", distinct=True)).order_by("name")
    )


ENGAGEMENT_STATUSES = {"active": "当前在岗", "ended": "已结束", "all": "全部"}


def engagement_list(
    user: User,
    day: dt.date,
    *,
    street: Street | None = None,
    query: str = "",
    status: str = "all",
) -> QuerySet[Engagement]:
    engagements = scope.engagements(user)
    if street is not None:
        engagements = engagements.filter(community__street=street)
    if query:
        engagements = engagements.filter(
            Q(code__icontains=query)
            | Q(lawyer__name__icontains=query)
            | Q(community__name__icontains=query)
            | Q(community__code__icontains=query)
        )
    serving = Engagement.objects.filter(covering(day, "periods__")).values("pk")
    if status == "active":
        engagements = engagements.filter(pk__in=serving)
    elif status == "ended":
        engagements = engagements.exclude(pk__in=serving)
    return _with_periods(engagements).order_by("community__code", "code")


def engagement_periods(engagement: Engagement) -> list[EngagementPeriod]:
    return list(engagement.periods.order_by("start", "pk"))


def community_engagements(user: User, community: Community) -> QuerySet[Engagement]:
    """The community's engagements the user may see, earliest first."""
    return _with_periods(scope.engagements(user).filter(community=community)).order_by("code")


def lawyer_engagements(user: User, lawyer: Lawyer) -> QuerySet[Engagement]:
    return _with_periods(scope.engagements(user).filter(lawyer=lawyer)).order_by(
        "community__code", "code"
    )
