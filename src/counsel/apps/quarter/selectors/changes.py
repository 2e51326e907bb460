"""R7 / "never a silent change": the rating changes of a street-quarter as the office and
the bureau read them — who, when, which engagement, old → new — from the ratings'
history (the score sheet shows a score's own changes)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from counsel.apps.accounts.models import User
from counsel.apps.org.models import AssessmentYear, Engagement, Street
from counsel.apps.quarter.models import SatisfactionRating


@dataclass(frozen=True)
class RatingChange:
    at: dt.datetime
    user: User | None
    engagement: Engagement | None
    text: str


def rating_changes(street: Street, year: AssessmentYear, quarter: int) -> tuple[RatingChange, ...]:
    """Every saved change of the street-quarter's ratings, newest first."""
    engagements = {
        e.pk: e
        for e in Engagement.objects.filter(community__street=street).select_related(
            "community", "lawyer"
        )
    }
    records = (
        SatisfactionRating.history.filter(  # type: ignore[attr-defined]
            year_id=year.pk, quarter=quarter, engagement_id__in=list(engagements)
        )
        .select_related("history_user")
        .order_by("-history_date", "-history_id")
    )
    return tuple(
        RatingChange(
            h.history_date,
            h.history_user,
            engagements.get(h.engagement_id),
            _said(h.history_change_reason, h.rating),
        )
        for h in records
    )


def _said(reason: str | None, rating: str) -> str:
    # A change recorded with only its kind (a first rating) still says what was given.
    if not reason:
        return f"满意度 → {rating}"
    return reason if "→" in reason else f"{reason}：{rating}"
