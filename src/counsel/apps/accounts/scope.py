"""Scoped querysets: what each role may see. Every list, detail page, export,
autocomplete and API goes through these; nothing else filters by street.

The bureau sees the district; a judicial office its street; a community its own
community; a lawyer their own engagements. An object outside the scope is simply not in
the queryset, so `get_object_or_404(scope.engagements(user), ...)` answers 404.
"""

from __future__ import annotations

from django.db.models import QuerySet

from counsel.apps.accounts.models import Role, User
from counsel.apps.org.models import Community, Engagement, Lawyer, Street


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
