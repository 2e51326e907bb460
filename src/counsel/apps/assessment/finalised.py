"""An import must not rewrite who served in a finalised year: the stored result of that
year rests on those days (R11 days served, R15 weeks). Only a change of the days inside a
finalised year is refused — ending in 2026 a period begun in 2021 leaves 2025 as it was."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from counsel.apps.org.models import AssessmentYear, EngagementPeriod, YearStatus
from counsel.rules.periods import service
from counsel.rules.types import Issue, Period, YearInput

Span = tuple[dt.date, dt.date | None]


def _days_in(spans: list[Span], year: int) -> tuple[tuple[dt.date, dt.date], ...]:
    """The days of the year the spans cover, as R11 counts them (clipped and merged)."""
    return service([Period(start, end) for start, end in spans], year).intervals


def finalised_days_changed(data: YearInput) -> list[Issue]:
    """One `year_finalised` problem per engagement of the file whose days of service in a
    finalised year differ from what the database holds."""
    closed = list(
        AssessmentYear.objects.exclude(status=YearStatus.OPEN)
        .order_by("year")
        .values_list("year", flat=True)
    )
    if not closed:
        return []
    stored: dict[str, list[Span]] = defaultdict(list)
    for code, start, end in EngagementPeriod.objects.filter(
        engagement__code__in=[e.id for e in data.engagements]
    ).values_list("engagement__code", "start", "end"):
        stored[code].append((start, end))
    streets = {c.code: c.street for c in data.communities}
    issues = []
    for engagement in data.engagements:
        wanted: list[Span] = [(p.start, p.end) for p in engagement.periods]
        changed = [
            y for y in closed if _days_in(wanted, y) != _days_in(stored.get(engagement.id, []), y)
        ]
        if changed:
            years = "、".join(f"{y}年度" for y in changed)
            origin = engagement.periods[0].origin if engagement.periods else None
            issues.append(
                Issue.at(
                    "year_finalised",
                    f"结对 {engagement.id} 的在岗期间改变了已定案的{years}的在岗天数；"
                    "如确需变更，请区司法局先记录重新开启该年度（说明理由）",
                    *(() if origin is None else (origin,)),
                    engagement=engagement.id,
                    street=streets.get(engagement.community),
                    field="开始日期",
                )
            )
    return issues
