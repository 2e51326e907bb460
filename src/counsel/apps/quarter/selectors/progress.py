"""How far a street-quarter is: scores and ratings of the engagements active in it, the
quota, and what still stops its submission (R4, R7, R8, R11, R18)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from counsel.apps.org.models import AssessmentYear, Engagement, Street
from counsel.apps.quarter.active import active_engagements
from counsel.apps.quarter.models import QuarterScore, SatisfactionRating
from counsel.apps.quarter.selectors.quota import QuotaState, quota_state
from counsel.rules.deadlines import Due, deadlines
from counsel.rules.policy import Policy
from counsel.rules.types import Rating


def due_of(year: int, quarter: int, policy: Policy) -> Due:
    """R18: the quarter's report date (Q1–Q3 4/20, 7/20, 10/20; Q4 with the annual scoring)."""
    for item in deadlines(year, policy):
        if item.deadline.quarter == quarter:
            return item
    raise KeyError(f"政策中没有第{quarter}季度的报送期限")


@dataclass(frozen=True)
class EngagementLine:
    engagement: Engagement
    score: QuarterScore | None
    rating: SatisfactionRating | None

    @property
    def satisfaction(self) -> Rating | None:
        return Rating(self.rating.rating) if self.rating else None


@dataclass(frozen=True)
class Progress:
    street: Street
    year: AssessmentYear
    quarter: int
    lines: tuple[EngagementLine, ...]
    quota: QuotaState

    @property
    def scored(self) -> int:
        return sum(1 for line in self.lines if line.score and line.score.basic is not None)

    @property
    def rated(self) -> int:
        return sum(1 for line in self.lines if line.rating)

    @property
    def total(self) -> int:
        return len(self.lines)

    @property
    def mean_basic(self) -> Decimal | None:
        values = [ln.score.basic for ln in self.lines if ln.score and ln.score.basic is not None]
        return sum(values, Decimal(0)) / len(values) if values else None

    @property
    def problems(self) -> list[str]:
        """What stops the submission, in the words the office reads."""
        found: list[str] = []
        unscored = [ln for ln in self.lines if not (ln.score and ln.score.basic is not None)]
        unrated = [ln for ln in self.lines if not ln.rating]
        if unscored:
            names = "、".join(ln.engagement.community.name for ln in unscored)
            found.append(f"还有 {len(unscored)} 个结对未评分：{names}")
        if unrated:
            names = "、".join(ln.engagement.community.name for ln in unrated)
            found.append(f"还有 {len(unrated)} 个结对未评价满意度：{names}")
        found.extend(self.quota.issues)
        return found


def progress(street: Street, year: AssessmentYear, quarter: int, policy: Policy) -> Progress:
    engagements = active_engagements(street, year.year, quarter)
    ids = [e.pk for e in engagements]
    scores = {
        s.engagement_id: s
        for s in QuarterScore.objects.filter(year=year, quarter=quarter, engagement__in=ids)
    }
    ratings = {
        r.engagement_id: r
        for r in SatisfactionRating.objects.filter(year=year, quarter=quarter, engagement__in=ids)
    }
    lines = tuple(EngagementLine(e, scores.get(e.pk), ratings.get(e.pk)) for e in engagements)
    given = [Rating(r.rating) for r in ratings.values()]
    quota = quota_state(street, quarter, given, policy, unrated=len(ids) - len(given))
    return Progress(street, year, quarter, lines, quota)
