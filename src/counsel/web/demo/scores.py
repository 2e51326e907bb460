"""Quarterly basic-duty scores, built item by item from the year's indicator table (so the
scoring screens show the details), and satisfaction ratings that respect the ⌈10%⌉ quota of
every street-quarter (R8): at most ⌈C/10⌉ 满意, at least ⌈C/10⌉ 普通, some of them
普通（不赋分） with a written reason (R7).

Last year is scored completely; this year the quarters that have ended (on 3 December:
Q1–Q3), except one engagement of 湖滨街道 whose third quarter the office has not yet
scored — so the home pages show what a late item looks like.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from decimal import Decimal

from simple_history.utils import bulk_create_with_history

from counsel.apps.assessment.selectors import policy_for
from counsel.apps.org.models import AssessmentYear, Engagement
from counsel.apps.quarter.models import (
    IndicatorItem,
    QuarterItemScore,
    QuarterScore,
    SatisfactionRating,
)
from counsel.rules.basic import item_points, quarter_basic
from counsel.rules.exact import share_ceil
from counsel.rules.periods import QUARTERS, quarter_bounds
from counsel.rules.policy import Indicator, Policy
from counsel.rules.types import Rating
from counsel.web.demo.context import Demo

ZERO_REASONS = (
    "本季度两次未按约定时间到岗值班，经社区反映、司法所核实属实",
    "居民法律咨询多次未及时答复，社区负责人评价较差",
    "本季度未开展法治宣传活动，工作登记台账缺失",
)
LATE_STREET = "湖滨街道"


def _active(engagement: Engagement, year: int, quarter: int) -> bool:
    start, end = quarter_bounds(year, quarter)
    return any(
        p.start <= end and (p.end is None or p.end >= start) for p in engagement.periods.all()
    )


def _shortfalls(rng: random.Random, quality: float, indicator: Indicator) -> int:
    """How often the lawyer fell short on an item this quarter: rarely for a good one."""
    if indicator.deduction_only or indicator.full_marks == 0:
        return 0
    chance = 0.04 + (1 - quality) * 0.22
    most = int(indicator.full_marks // max(indicator.per_deduction, Decimal(1)))
    return min(most, sum(1 for _ in range(3) if rng.random() < chance))


def _remark(indicator: Indicator, shortfalls: int) -> str:
    if not shortfalls:
        return ""
    if indicator.deduction_only:
        return f"经核实违规收费 {shortfalls} 起（R20）"
    return f"扣分 {shortfalls} 次：{indicator.deduction}"


def _quarters_to_score(demo: Demo, year: int) -> tuple[int, ...]:
    if year < demo.current_year:
        return QUARTERS
    return tuple(q for q in QUARTERS if quarter_bounds(year, q)[1] < demo.today)


def _score_year(demo: Demo, record: AssessmentYear, skip: set[tuple[int, int]]) -> None:
    rng = demo.random_for(f"scores-{record.year}")
    policy = policy_for(record)
    rows = {i.key: i for i in IndicatorItem.objects.filter(year=record)}
    engagements = list(
        Engagement.objects.select_related("community").prefetch_related("periods").order_by("code")
    )
    quarters = _quarters_to_score(demo, record.year)
    fee_case = rng.choice(engagements).pk if record.year == demo.previous_year else None
    by_street: dict[int, list[tuple[QuarterScore, dict[str, tuple[Decimal, int]]]]] = defaultdict(
        list
    )
    for engagement in engagements:
        quality = demo.lawyer_quality.get(engagement.lawyer_id, 0.5)
        for q in quarters:
            if not _active(engagement, record.year, q) or (engagement.pk, q) in skip:
                continue
            items: dict[str, tuple[Decimal, int]] = {}
            for indicator in policy.indicators:
                n = _shortfalls(rng, quality, indicator)
                if indicator.deduction_only and engagement.pk == fee_case and q == 2:
                    n = 1  # one verified fee-taking case in the district (R20)
                items[indicator.key] = (item_points(indicator, n), n)
            basic = quarter_basic({k: v for k, (v, _) in items.items()}, policy.indicators, policy)
            score = QuarterScore(year=record, engagement=engagement, quarter=q, basic=basic)
            by_street[engagement.community.street_id].append((score, items))
    for street_id, scored in by_street.items():
        office = demo.offices.get(street_id)
        for score, _ in scored:
            score.updated_by = office
        saved = bulk_create_with_history([s for s, _ in scored], QuarterScore, default_user=office)
        details = [
            QuarterItemScore(
                score=score,
                indicator=rows[key],
                points=points,
                shortfalls=n,
                remark=_remark(next(i for i in policy.indicators if i.key == key), n),
            )
            for score, (_, items) in zip(saved, scored, strict=True)
            for key, (points, n) in items.items()
        ]
        bulk_create_with_history(details, QuarterItemScore, default_user=office)
        _rate(demo, record, policy, street_id, saved, rng)


def _rate(
    demo: Demo,
    record: AssessmentYear,
    policy: Policy,
    street_id: int,
    scores: list[QuarterScore],
    rng: random.Random,
) -> None:
    """R7/R8: per quarter, the best-scored get 满意 (at most ⌈C/10⌉), the lowest 普通 (at
    least ⌈C/10⌉), the rest 良好."""
    size = sum(1 for c in demo.communities if c.street_id == street_id)
    bound = share_ceil(size, policy.quota_share)
    office = demo.offices.get(street_id)
    ratings: list[SatisfactionRating] = []
    for q in QUARTERS:
        given = sorted(
            (s for s in scores if s.quarter == q),
            key=lambda s: (s.basic, rng.random()),
            reverse=True,
        )
        if not given:
            continue
        least = min(bound, len(given))  # never more 普通 than ratings given (R8)
        satisfied = min(max(0, bound - (rng.random() < 0.3)), len(given) - least)
        ordinary = max(least, min(bound + (rng.random() < 0.3), len(given) - satisfied))
        for n, score in enumerate(given):
            reason = ""
            if n < satisfied:
                rating = Rating.SATISFIED
            elif n >= len(given) - ordinary:
                rating = Rating.ORDINARY
                if n == len(given) - 1 and rng.random() < 0.3:
                    rating = Rating.ORDINARY_ZERO
                    reason = rng.choice(ZERO_REASONS)
            else:
                rating = Rating.GOOD
            ratings.append(
                SatisfactionRating(
                    year=record,
                    engagement_id=score.engagement_id,
                    quarter=q,
                    rating=rating.value,
                    reason=reason,
                    updated_by=office,
                )
            )
    bulk_create_with_history(ratings, SatisfactionRating, default_user=office)


def load_scores(demo: Demo) -> None:
    _score_year(demo, demo.years[demo.previous_year], skip=set())
    current = demo.years[demo.current_year]
    late = _late_one(demo, current.year)
    _score_year(demo, current, skip=late)


def _late_one(demo: Demo, year: int) -> set[tuple[int, int]]:
    """This year's last ended quarter of one engagement of 湖滨街道, left unscored."""
    quarters = _quarters_to_score(demo, year)
    street = demo.streets.get(LATE_STREET)
    if not quarters or street is None:
        return set()
    last = quarters[-1]
    if quarter_bounds(year, last)[1] + dt.timedelta(days=20) >= demo.today:
        return set()  # its report is not due yet: nothing would be late
    engagement = (
        Engagement.objects.filter(community__street=street).order_by("-community__code").first()
    )
    return {(engagement.pk, last)} if engagement else set()
