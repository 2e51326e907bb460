"""R11: which engagements a quarter concerns — those with at least one day in it."""

from __future__ import annotations

from counsel.apps.org.models import Engagement, Street
from counsel.rules.periods import Service, service
from counsel.rules.types import Period


def service_of(engagement: Engagement, year: int) -> Service:
    """The engagement's days in year Y (uses prefetched periods when there are)."""
    return service((Period(start=p.start, end=p.end) for p in engagement.periods.all()), year)


def is_active(engagement: Engagement, year: int, quarter: int) -> bool:
    return service_of(engagement, year).active_in(quarter)


def active_engagements(street: Street, year: int, quarter: int) -> list[Engagement]:
    """The street's engagements active in the quarter, by community code."""
    candidates = (
        Engagement.objects.filter(community__street=street)
        .select_related("lawyer", "community", "community__street")
        .prefetch_related("periods")
        .order_by("community__code", "code")
    )
    return [e for e in candidates if is_active(e, year, quarter)]


def quarter_label(quarter: int) -> str:
    return f"第{'一二三四'[quarter - 1]}季度"
