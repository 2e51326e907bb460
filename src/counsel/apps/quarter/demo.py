"""Demo data of the quarter: item-by-item scores, satisfaction ratings within the quota,
and the quarterly reports — 2025 Q1–Q4 and 2026 Q1–Q2 accepted, 2026 Q3 submitted (some
streets late, one missing), and 笕桥街道's 2026 Q1 returned by the bureau so that its
officer can rate Q1 again (and meet the quota refusal).

`step(rng=random.Random(seed), stdout=sys.stdout)`; run it after the work registrations
(`counsel.apps.worklog.demo.step`): duty shortfalls follow the confirmed duty sessions.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import TextIO

from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from counsel.apps.accounts.models import Role, User
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
from counsel.rules.deadlines import CHINA_STANDARD_TIME, china_date, is_late
from counsel.rules.exact import share_ceil, two_places
from counsel.rules.periods import quarter_bounds
from counsel.rules.policy import Policy
from counsel.rules.types import Rating

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


def _confirmed_duty(engagement: Engagement, year: int, quarter: int) -> int:
    first, last = quarter_bounds(year, quarter)
    return WorkRecord.objects.filter(
        engagement=engagement,
        kind=WorkKind.DUTY,
        status=WorkStatus.CONFIRMED,
        date__gte=first,
        date__lte=last,
    ).count()


def _entries(
    engagement: Engagement, year: int, quarter: int, items: list[IndicatorItem], rng: random.Random
) -> dict[str, ItemEntry]:
    entries: dict[str, ItemEntry] = {}
    registered = WorkRecord.objects.filter(engagement=engagement).exists()
    for item in items:
        shortfalls = 0
        remark = ""
        if item.registration_kind == WorkKind.DUTY and item.required_count:
            done = _confirmed_duty(engagement, year, quarter) if registered else item.required_count
            shortfalls = max(0, item.required_count - done)
            remark = f"已确认驻点值班 {done} 次，少 {shortfalls} 次" if shortfalls else ""
        elif item.deduction_only:
            shortfalls = 1 if rng.random() < 0.002 else 0
            remark = "经核实收取居民咨询费" if shortfalls else ""
        elif rng.random() < 0.08:
            shortfalls = 1
            remark = REMARKS.get(item.key, "经核查有一次未达要求")
        entries[item.key] = ItemEntry(item.key, shortfalls=shortfalls, remark=remark)
    return entries


def _scores(
    street_engagements: list[Engagement],
    year: AssessmentYear,
    quarter: int,
    policy: Policy,
    items: list[IndicatorItem],
    office: User | None,
    rng: random.Random,
) -> int:
    done = set(
        QuarterScore.objects.filter(
            year=year, quarter=quarter, engagement__in=street_engagements
        ).values_list("engagement_id", flat=True)
    )
    by_key = {i.key: i for i in items}
    scores: list[QuarterScore] = []
    computations = []
    for engagement in street_engagements:
        if engagement.pk in done:
            continue
        computed = score_compute(policy, _entries(engagement, year.year, quarter, items, rng))
        assert computed.total is not None, computed.errors
        scores.append(
            QuarterScore(
                year=year,
                engagement=engagement,
                quarter=quarter,
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
    return len(scores)


def _ratings(
    street: Street,
    street_engagements: list[Engagement],
    year: AssessmentYear,
    quarter: int,
    policy: Policy,
    office: User | None,
    rng: random.Random,
) -> None:
    """R8: at most ⌈C/10⌉ 满意 and at least as many 普通, the rest 良好."""
    if SatisfactionRating.objects.filter(
        year=year, quarter=quarter, engagement__in=street_engagements
    ).exists():
        return
    bound = share_ceil(street.communities.count(), policy.quota_share)
    order = list(street_engagements)
    rng.shuffle(order)
    ordinary = min(bound, len(order))
    satisfied = min(bound, len(order) - ordinary)
    ratings = []
    for n, engagement in enumerate(order):
        reason = ""
        if n < ordinary:
            rating = Rating.ORDINARY
            if rng.random() < 0.1:
                rating, reason = Rating.ORDINARY_ZERO, "本季度居民投诉2次，经核实服务态度欠佳"
        elif n < ordinary + satisfied:
            rating = Rating.SATISFIED
        else:
            rating = Rating.GOOD
        ratings.append(
            SatisfactionRating(
                year=year,
                engagement=engagement,
                quarter=quarter,
                rating=rating.value,
                reason=reason,
                updated_by=office,
            )
        )
    bulk_create_with_history(ratings, SatisfactionRating, default_user=office)


def _at(day: dt.date, hour: int, minute: int) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=CHINA_STANDARD_TIME)


def _report(
    street: Street,
    year: AssessmentYear,
    quarter: int,
    policy: Policy,
    fate: str,
    office: User | None,
    bureau: User | None,
    rng: random.Random,
) -> None:
    """fate: accepted | submitted | late | returned | missing."""
    if (
        fate == "missing"
        or QuarterReport.objects.filter(street=street, year=year, quarter=quarter).exists()
    ):
        return
    due = due_of(year.year, quarter, policy).date
    if fate == "late":
        day = due + dt.timedelta(days=rng.randint(1, 6))
    else:
        day = due - dt.timedelta(days=rng.randint(0, 8))
    submitted = _at(day, rng.randint(9, 17), rng.randint(0, 59))
    report = QuarterReport(
        street=street,
        year=year,
        quarter=quarter,
        status=ReportStatus.SUBMITTED,
        first_submitted_at=submitted,
        submitted_at=submitted,
        submitted_by=office,
        late=is_late(submitted, due),
        summary=duty_summary(
            street, year.year, quarter, made_at=submitted.strftime("%Y-%m-%d %H:%M")
        ).to_dict(),
    )
    report._history_user = office  # type: ignore[attr-defined]
    report.save()
    events = [(ReportAction.SUBMIT, office, submitted, "", report.late)]
    decided = submitted + dt.timedelta(days=rng.randint(1, 4), hours=rng.randint(0, 5))
    if fate == "accepted":
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
    for action, actor, at, reason, late in events:
        QuarterReportEvent.objects.create(
            report=report, action=action, actor=actor, at=at, reason=reason, late=late
        )


def _fates(streets: list[Street], rng: random.Random) -> dict[int, str]:
    """2026 Q3 (the latest quarter due): most on time, three late, one missing."""
    others = [s for s in streets if s.name != RETURNED_STREET]
    picked = rng.sample(others, k=min(4, len(others)))
    fates = {s.pk: "submitted" for s in streets}
    for street in picked[:3]:
        fates[street.pk] = "late"
    if len(picked) > 3:
        fates[picked[3].pk] = "missing"
    return fates


@transaction.atomic
def step(*, rng: random.Random, stdout: TextIO, today: dt.date | None = None) -> None:
    """Scores, ratings and reports of every quarter ended before today."""
    today = today or china_date(timezone.now())
    bureau = User.objects.filter(role=Role.BUREAU).order_by("pk").first()
    offices = {
        u.street_id: u for u in User.objects.filter(role=Role.JUDICIAL_OFFICE).order_by("pk")
    }
    streets = list(Street.objects.order_by("code"))
    counts = {"scores": 0, "reports": 0}
    years = list(AssessmentYear.objects.order_by("year"))
    ended = [
        (year, q) for year in years for q in (1, 2, 3, 4) if quarter_bounds(year.year, q)[1] < today
    ]
    latest_due = [(y, q) for y, q in ended if due_of(y.year, q, policy_for(y)).date < today]
    last = latest_due[-1] if latest_due else None
    for year in years:
        policy = policy_for(year)
        items = list(IndicatorItem.objects.filter(year=year).order_by("order", "id"))
        for quarter in (1, 2, 3, 4):
            if (year, quarter) not in ended:
                continue
            fates = _fates(streets, rng) if (year, quarter) == last else {}
            for street in streets:
                office = offices.get(street.pk)
                engagements = active_engagements(street, year.year, quarter)
                counts["scores"] += _scores(engagements, year, quarter, policy, items, office, rng)
                _ratings(street, engagements, year, quarter, policy, office, rng)
                fate = fates.get(street.pk, "accepted")
                if street.name == RETURNED_STREET and (year.year, quarter) == (2026, 1):
                    fate = "returned"
                if due_of(year.year, quarter, policy).date >= today and fate == "accepted":
                    fate = "submitted"
                _report(street, year, quarter, policy, fate, office, bureau, rng)
                counts["reports"] += 1
    stdout.write(f"季度评分：{counts['scores']} 条；季度报送：{counts['reports']} 个街道季度\n")
