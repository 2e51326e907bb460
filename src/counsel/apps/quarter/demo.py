"""The demo's quarters (R4–R8, R18): item-by-item scores whose duty item follows the
confirmed duty sessions and whose other items follow how well the lawyer works, ratings
within the ⌈C/10⌉ quota of every street-quarter (the best-scored 满意, the lowest 普通, a
few 普通（不赋分） with their reason), one verified fee-taking case (R20), and the
quarterly reports: last year's all accepted; this year's first and second accepted —
except 笕桥街道's first, returned by the bureau with a reason so that its office can rate
it again (and meet the quota refusal) — and the third, the latest due, mostly accepted,
some awaiting the bureau (one late), one street late and one not yet reported.

Run after the work registrations (`counsel.apps.worklog.demo`).
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

from simple_history.utils import bulk_create_with_history

from counsel.apps.accounts.models import User
from counsel.apps.assessment.selectors import policy_for
from counsel.apps.org.models import AssessmentYear, Engagement, Street
from counsel.apps.quarter.active import active_engagements
from counsel.apps.quarter.models import (
    IndicatorItem,
    QuarterItemScore,
    QuarterReport,
    QuarterReportEvent,
    QuarterScore,
    ReportAction,
    ReportStatus,
    SatisfactionRating,
)
from counsel.apps.quarter.selectors.progress import due_of
from counsel.apps.quarter.services.scores import ItemEntry, score_compute
from counsel.apps.worklog.models import WorkKind, WorkRecord, WorkStatus
from counsel.apps.worklog.summary import duty_summary
from counsel.rules.deadlines import is_late
from counsel.rules.exact import share_ceil, two_places
from counsel.rules.periods import quarter_bounds
from counsel.rules.types import Rating
from counsel.web.demo.context import Demo, office_hours

RETURNED_STREET = "笕桥街道"
RETURN_REASON = "第一季度满意度评价与社区反馈不一致，请复核各社区评价后重新报送"
REMARKS = {
    "consult": "居民反映一次咨询未在24小时内答复",
    "education": "宣传活动无签到记录",
    "mediation": "一件移交纠纷未参与调处",
    "counsel": "一份合同未按时审查",
    "legal_aid": "一次符合条件的援助未引导",
    "registration": "部分登记未在3日内完成",
    "reporting": "一件重大事项未及时报告",
}
ZERO_REASONS = (
    "本季度两次未按约定时间到岗值班，经社区反映、司法所核实属实",
    "居民法律咨询多次未及时答复，社区负责人评价较差",
    "本季度居民投诉2次，经核实服务态度欠佳",
)
FEE_CASE = "经核实收取居民咨询费 200 元，已责令退还（R20）"


def _confirmed_duty() -> Counter[tuple[int, int, int]]:
    """Confirmed duty sessions by (engagement pk, year, quarter), in one query."""
    found: Counter[tuple[int, int, int]] = Counter()
    for engagement, day in WorkRecord.objects.filter(
        kind=WorkKind.DUTY, status=WorkStatus.CONFIRMED
    ).values_list("engagement_id", "date"):
        found[(engagement, day.year, (day.month - 1) // 3 + 1)] += 1
    return found


def _entries(
    engagement: Engagement,
    quarter: tuple[int, int],
    items: list[IndicatorItem],
    duty: Counter[tuple[int, int, int]],
    quality: float,
    rng: random.Random,
) -> dict[str, ItemEntry]:
    entries: dict[str, ItemEntry] = {}
    chance = 0.02 + (1 - quality) * 0.12  # a weaker lawyer falls short more often
    for item in items:
        shortfalls = 0
        remark = ""
        if item.registration_kind == WorkKind.DUTY and item.required_count:
            done = duty[(engagement.pk, *quarter)]
            shortfalls = max(0, item.required_count - done)
            remark = f"已确认驻点值班 {done} 次，少 {shortfalls} 次" if shortfalls else ""
        elif not item.deduction_only and rng.random() < chance:
            shortfalls = 1
            remark = REMARKS.get(item.key, "经核查有一次未达要求")
        entries[item.key] = ItemEntry(item.key, shortfalls=shortfalls, remark=remark)
    return entries


class _Quarter:
    """One quarter of one year as the demo fills it, street by street."""

    def __init__(self, demo: Demo, year: AssessmentYear, quarter: int, rng: random.Random):
        self.demo = demo
        self.year = year
        self.quarter = quarter
        self.rng = rng
        self.policy = policy_for(year)
        self.items = list(IndicatorItem.objects.filter(year=year).order_by("order", "id"))
        self.due = due_of(year.year, quarter, self.policy).date

    def scores(
        self,
        engagements: list[Engagement],
        office: User | None,
        duty: Counter[tuple[int, int, int]],
        fee_case: int | None,
    ) -> list[QuarterScore]:
        by_key = {i.key: i for i in self.items}
        scores: list[QuarterScore] = []
        computations = []
        for engagement in engagements:
            entries = _entries(
                engagement,
                (self.year.year, self.quarter),
                self.items,
                duty,
                self.demo.quality(engagement.lawyer_id),
                self.rng,
            )
            if engagement.pk == fee_case:
                fee = next(i for i in self.items if i.deduction_only)
                entries[fee.key] = ItemEntry(fee.key, shortfalls=1, remark=FEE_CASE)
            computed = score_compute(self.policy, entries)
            assert computed.total is not None, computed.errors
            scores.append(
                QuarterScore(
                    year=self.year,
                    engagement=engagement,
                    quarter=self.quarter,
                    basic=two_places(computed.total),
                    updated_by=office,
                )
            )
            computations.append(computed)
        saved = bulk_create_with_history(
            scores, QuarterScore, default_user=office, default_change_reason="评分"
        )
        rows = [
            QuarterItemScore(
                score=score,
                indicator=by_key[result.indicator.key],
                points=result.points,
                shortfalls=result.shortfalls,
                remark=result.remark,
            )
            for score, computed in zip(saved, computations, strict=True)
            for result in computed.items
        ]
        bulk_create_with_history(rows, QuarterItemScore, default_user=office)
        return saved

    def ratings(self, street: Street, scores: list[QuarterScore], office: User | None) -> None:
        """R7–R8: the best-scored get 满意 (at most ⌈C/10⌉), the lowest 普通 (at least
        ⌈C/10⌉, never more than the ratings given), the rest 良好."""
        rng = self.rng
        size = sum(1 for c in self.demo.communities if c.street_id == street.pk)
        bound = share_ceil(size or street.communities.count(), self.policy.quota_share)
        order = sorted(scores, key=lambda s: (s.basic, rng.random()), reverse=True)
        least = min(bound, len(order))
        satisfied = min(max(0, bound - (rng.random() < 0.3)), len(order) - least)
        ordinary = max(least, min(bound + (rng.random() < 0.3), len(order) - satisfied))
        ratings = []
        for n, score in enumerate(order):
            reason = ""
            if n < satisfied:
                rating = Rating.SATISFIED
            elif n >= len(order) - ordinary:
                rating = Rating.ORDINARY
                if n == len(order) - 1 and rng.random() < 0.25:
                    rating, reason = Rating.ORDINARY_ZERO, rng.choice(ZERO_REASONS)
            else:
                rating = Rating.GOOD
            ratings.append(
                SatisfactionRating(
                    year=self.year,
                    engagement_id=score.engagement_id,
                    quarter=self.quarter,
                    rating=rating.value,
                    reason=reason,
                    updated_by=office,
                )
            )
        bulk_create_with_history(
            ratings, SatisfactionRating, default_user=office, default_change_reason="满意度评价"
        )

    def report(
        self,
        street: Street,
        engagements: list[Engagement],
        fate: str,
        office: User | None,
        bureau: User | None,
    ) -> None:
        """fate: accepted | late-accepted | submitted | late | returned | missing."""
        if fate == "missing":
            return
        rng = self.rng
        if fate.startswith("late"):
            day = self.due + dt.timedelta(days=rng.randint(1, 6))
        else:
            day = self.due - dt.timedelta(days=rng.randint(0, 8))
        submitted = office_hours(day, rng)
        made = submitted.strftime("%Y-%m-%d %H:%M")
        report = QuarterReport(
            street=street,
            year=self.year,
            quarter=self.quarter,
            status=ReportStatus.SUBMITTED,
            first_submitted_at=submitted,
            submitted_at=submitted,
            submitted_by=office,
            late=is_late(submitted, self.due),
            summary=duty_summary(
                street, self.year.year, self.quarter, made_at=made, active=engagements
            ).to_dict(),
        )
        report._history_user = office  # type: ignore[attr-defined]
        report.save()
        events = [(ReportAction.SUBMIT, office, submitted, "", report.late)]
        decided = submitted + dt.timedelta(days=rng.randint(1, 4), hours=rng.randint(0, 5))
        if fate in ("accepted", "late-accepted"):
            report.status = ReportStatus.ACCEPTED
            report.accepted_at, report.accepted_by = decided, bureau
            events.append((ReportAction.ACCEPT, bureau, decided, "", False))
        elif fate == "returned":
            report.status = ReportStatus.RETURNED
            report.return_reason = RETURN_REASON
            events.append((ReportAction.RETURN, bureau, decided, RETURN_REASON, False))
        if len(events) > 1:
            report._history_user = bureau  # type: ignore[attr-defined]
            report.save()
        QuarterReportEvent.objects.bulk_create(
            QuarterReportEvent(report=report, action=a, actor=who, at=at, reason=why, late=late)
            for a, who, at, why, late in events
        )


def _fates(streets: list[Street], rng: random.Random) -> dict[int, str]:
    """The latest quarter due: most accepted; two awaiting the bureau (one of them late),
    one late and accepted, one not reported at all."""
    others = [s for s in streets if s.name != RETURNED_STREET]
    picked = rng.sample(others, k=min(4, len(others)))
    fates = {s.pk: "accepted" for s in streets}
    for street, fate in zip(
        picked, ("submitted", "late", "late-accepted", "missing"), strict=False
    ):
        fates[street.pk] = fate
    return fates


def load_quarters(demo: Demo) -> None:
    """Scores, ratings and reports of every quarter ended before today."""
    rng = demo.random_for("quarters")
    today = demo.today
    streets = sorted(demo.streets.values(), key=lambda s: s.code)
    duty = _confirmed_duty()
    ended = [
        (year, q)
        for year in sorted(demo.years.values(), key=lambda y: y.year)
        for q in (1, 2, 3, 4)
        if quarter_bounds(year.year, q)[1] < today
    ]
    due = [(y, q) for y, q in ended if due_of(y.year, q, policy_for(y)).date < today]
    latest = due[-1] if due else None
    # R20: one verified fee-taking case, in the second quarter of last year.
    fee_quarter = (demo.years.get(demo.previous_year), 2)
    fee_street = rng.choice(streets).pk if streets else None
    counts = Counter[str]()
    for year, quarter in ended:
        work = _Quarter(demo, year, quarter, rng)
        fates = _fates(streets, rng) if (year, quarter) == latest else {}
        for street in streets:
            office = demo.offices.get(street.pk)
            engagements = active_engagements(street, year.year, quarter)
            fee = None
            if (year, quarter) == fee_quarter and street.pk == fee_street and engagements:
                fee = rng.choice(engagements).pk
            scores = work.scores(engagements, office, duty, fee)
            work.ratings(street, scores, office)
            fate = fates.get(street.pk, "accepted")
            if street.name == RETURNED_STREET and (year.year, quarter) == (demo.current_year, 1):
                fate = "returned"
            if work.due >= today:
                fate = "submitted" if fate != "missing" else fate
            work.report(street, engagements, fate, office, demo.bureau)
            counts["scores"] += len(scores)
            counts[fate] += 1
    demo.say(
        f"季度评分 {counts['scores']} 条；季度报送：已接收 "
        f"{counts['accepted'] + counts['late-accepted']} 个，待接收 "
        f"{counts['submitted'] + counts['late']} 个，退回 {counts['returned']} 个，"
        f"未报送 {counts['missing']} 个"
    )
