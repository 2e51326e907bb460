"""R4–R6: the scoring sheet of an engagement's quarter — the indicator table, what was
given, and beside each item the registrations of its kind (R19)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from counsel.apps.accounts.models import User
from counsel.apps.org.models import AssessmentYear, Engagement
from counsel.apps.quarter.models import IndicatorItem, QuarterItemScore, QuarterScore
from counsel.apps.worklog.selectors import registration_counts
from counsel.rules.policy import Indicator, Policy


@dataclass(frozen=True)
class SheetRow:
    item: IndicatorItem
    indicator: Indicator
    full: Decimal  # full marks this quarter (× ¼ under `sum`)
    saved: QuarterItemScore | None
    registered: int | None  # registrations of the item's kind this quarter
    confirmed: int | None
    required: int | None

    @property
    def shortfall_hint(self) -> int | None:
        """Sessions missing against the requirement, counting confirmed ones only."""
        if self.required is None or self.confirmed is None:
            return None
        return max(0, self.required - self.confirmed)


@dataclass(frozen=True)
class Change:
    at: dt.datetime
    user: User | None
    text: str


@dataclass(frozen=True)
class ScoreSheet:
    engagement: Engagement
    year: AssessmentYear
    quarter: int
    score: QuarterScore | None
    rows: tuple[SheetRow, ...]
    changes: tuple[Change, ...]


def _changes(score: QuarterScore | None) -> tuple[Change, ...]:
    if score is None:
        return ()
    found = [
        Change(h.history_date, h.history_user, h.history_change_reason or "评分")
        for h in score.history.select_related("history_user")
    ]
    items = QuarterItemScore.history.filter(score_id=score.pk).select_related("history_user")
    found += [
        Change(h.history_date, h.history_user, f"· {h.history_change_reason}")
        for h in items
        if h.history_change_reason
    ]
    return tuple(sorted(found, key=lambda c: c.at, reverse=True))


def score_sheet(
    engagement: Engagement, year: AssessmentYear, quarter: int, policy: Policy
) -> ScoreSheet:
    scale = policy.quarter_full_marks / policy.basic_full_marks
    score = QuarterScore.objects.filter(year=year, engagement=engagement, quarter=quarter).first()
    saved = {s.indicator_id: s for s in score.items.select_related("indicator")} if score else {}
    counts = registration_counts(engagement, year.year, quarter)
    indicators = {i.key: i for i in policy.indicators}
    rows = []
    for item in IndicatorItem.objects.filter(year=year).order_by("order", "id"):
        indicator = indicators[item.key]
        kind = item.registration_kind
        count = counts.get(kind) if kind else None
        rows.append(
            SheetRow(
                item=item,
                indicator=indicator,
                full=Decimal(0) if item.deduction_only else item.full_marks * scale,
                saved=saved.get(item.pk),
                registered=(count.registered if count else 0) if kind else None,
                confirmed=(count.confirmed if count else 0) if kind else None,
                required=item.required_count if kind else None,
            )
        )
    return ScoreSheet(engagement, year, quarter, score, tuple(rows), _changes(score))
