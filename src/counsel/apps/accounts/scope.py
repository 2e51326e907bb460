"""Scoped querysets: what each role may see. Every list, detail page, export,
autocomplete and API goes through these; nothing else filters by street.

The bureau sees the district; a judicial office its street; a community its own
community; a lawyer their own engagements. An object outside the scope is simply not in
the queryset, so `get_object_or_404(scope.engagements(user), ...)` answers 404.
"""

from __future__ import annotations

import datetime as dt

from django.db.models import Q, QuerySet
from django.utils import timezone

from counsel.apps.accounts.models import Role, User
from counsel.apps.org.models import Community, Engagement, EngagementPeriod, LawFirm, Lawyer, Street


def streets(user: User) -> QuerySet[Street]:
    qs = Street.objects.all()
    if user.role == Role.BUREAU:
        return qs
    if user.role == Role.JUDICIAL_OFFICE:
        return qs.filter(pk=user.street_id)
    if user.role == Role.COMMUNITY:
        return qs.filter(communities=user.community_id)
    if user.role == Role.LAWYER:
        return qs.filter(communities__engagements__lawyer=user.lawyer_id).distinct()
    return qs.none()


def communities(user: User) -> QuerySet[Community]:
    qs = Community.objects.select_related("street")
    if user.role == Role.BUREAU:
        return qs
    if user.role == Role.JUDICIAL_OFFICE:
        return qs.filter(street=user.street_id)
    if user.role == Role.COMMUNITY:
        return qs.filter(pk=user.community_id)
    if user.role == Role.LAWYER:
        return qs.filter(engagements__lawyer=user.lawyer_id).distinct()
    return qs.none()


def engagements(user: User) -> QuerySet[Engagement]:
    qs = Engagement.objects.select_related(
        "lawyer", "lawyer__firm", "community", "community__street"
    )
    if user.role == Role.BUREAU:
        return qs
    if user.role == Role.JUDICIAL_OFFICE:
        return qs.filter(community__street=user.street_id)
    if user.role == Role.COMMUNITY:
        return qs.filter(community=user.community_id)
    if user.role == Role.LAWYER:
        return qs.filter(lawyer=user.lawyer_id)
    return qs.none()


def lawyers(user: User) -> QuerySet[Lawyer]:
    qs = Lawyer.objects.select_related("firm")
    if user.role == Role.BUREAU:
        return qs
    if user.role == Role.JUDICIAL_OFFICE:
        return qs.filter(engagements__community__street=user.street_id).distinct()
    if user.role == Role.COMMUNITY:
        return qs.filter(engagements__community=user.community_id).distinct()
    if user.role == Role.LAWYER:
        return qs.filter(pk=user.lawyer_id)
    return qs.none()


def sees_personal_data(user: User) -> bool:
    """Licence numbers and phones are shown in full to the bureau only."""
    return user.role == Role.BUREAU


def law_firms(user: User) -> QuerySet[LawFirm]:
    """Firms of the lawyers in scope (a firm is not personal data, but a street's list of
    firms is its own)."""
    if user.role == Role.BUREAU:
        return LawFirm.objects.all()
    return LawFirm.objects.filter(lawyers__in=lawyers(user)).distinct()


def sees_lawyer_phone(user: User, lawyer: Lawyer, *, today: dt.date | None = None) -> bool:
    """The bureau sees every phone; a community head sees the phone of the lawyer serving
    their community today, because calling their lawyer is what the pairing is for (the
    pairing itself is posted on the community's noticeboard). Licence numbers stay masked."""
    if sees_personal_data(user):
        return True
    if user.role != Role.COMMUNITY or not user.community_id:
        return False
    day = today or timezone.localdate()
    return EngagementPeriod.objects.filter(
        Q(end__isnull=True) | Q(end__gte=day),
        engagement__lawyer=lawyer,
        engagement__community=user.community_id,
        start__lte=day,
    ).exists()
