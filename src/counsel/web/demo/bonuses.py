"""Bonus declarations (附件2) with their claims (R9): last year's reviewed — most approved,
some lowered or rejected with a reason, a few still waiting for the community or the
office — and reported to the bureau; this year's being declared."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from counsel.apps.bonus.models import (
    BonusCatalogItem,
    BonusClaim,
    BonusDeclaration,
    ClaimStatus,
    DeclarationStatus,
)
from counsel.apps.org.models import AssessmentYear, Engagement
from counsel.web.demo.context import Demo

REASONS = {
    "honour_district": "获评区级“优秀社区律师”",
    "honour_city": "获评市级“律师进社区（村）工作先进个人”",
    "honour_province": "获省级法律服务先进个人表彰",
    "media": "调解案例被区融媒体中心刊发",
    "major_dispute": "成功化解小区物业费群体性纠纷",
    "legal_aid_case": "承办本社区居民劳动争议法律援助案件",
    "key_task": "参与街道征迁政策法律咨询专班",
}
WEIGHTS = {
    "media": 5,
    "major_dispute": 5,
    "legal_aid_case": 6,
    "key_task": 4,
    "honour_district": 2,
    "honour_city": 1,
    "honour_province": 1,
}
REJECTED = ("佐证材料不足，无法认定", "该事项已在其他结对中申报，同一事件只能申报一次（R9）")


def _moment(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime(day.year, day.month, day.day, 10, 0))


def _status(rng: random.Random, past: bool) -> str:
    roll = rng.random()
    if not past:
        return ClaimStatus.CONFIRMED if roll < 0.4 else ClaimStatus.DECLARED
    # Last year is reviewed; a few claims are still waiting (late: R18 shows them).
    if roll < 0.82:
        return ClaimStatus.APPROVED
    if roll < 0.95:
        return ClaimStatus.REJECTED
    return ClaimStatus.CONFIRMED if roll < 0.98 else ClaimStatus.DECLARED


def _declare_year(demo: Demo, record: AssessmentYear, share: float) -> None:
    rng = demo.random_for(f"bonuses-{record.year}")
    past = record.year < demo.current_year
    catalog = list(BonusCatalogItem.objects.filter(year=record).order_by("order"))
    keys = [c.key for c in catalog]
    weights = [WEIGHTS.get(k, 1) for k in keys]
    engagements = list(
        Engagement.objects.select_related("community", "lawyer")
        .prefetch_related("periods")
        .order_by("code")
    )
    first, last = dt.date(record.year, 1, 1), min(dt.date(record.year, 12, 31), demo.today)
    for engagement in engagements:
        spans = [
            (max(p.start, first), min(p.end or last, last))
            for p in engagement.periods.all()
            if p.start <= last and (p.end is None or p.end >= first)
        ]
        if not spans or rng.random() > share:
            continue
        office = demo.offices.get(engagement.community.street_id)
        claims = []
        for key in rng.choices(keys, weights, k=rng.choice((1, 1, 2, 2, 3))):
            item = catalog[keys.index(key)]
            start, end = rng.choice(spans)
            day = start + dt.timedelta(days=rng.randint(0, max(0, (end - start).days)))
            status = _status(rng, past)
            claim = BonusClaim(
                item=item,
                reason=REASONS.get(key, item.name),
                occurred_on=day,
                declared_points=item.points,
                status=status,
            )
            if status in (ClaimStatus.APPROVED, ClaimStatus.REJECTED):
                claim.decided_by = office
                claim.decided_at = _moment(dt.date(record.year + 1, 1, rng.randint(11, 19)))
                claim.approved_points = item.points if status == ClaimStatus.APPROVED else None
                if status == ClaimStatus.REJECTED:
                    claim.decision_reason = rng.choice(REJECTED)
                elif item.points >= 1 and rng.random() < 0.12:
                    claim.approved_points = item.points - Decimal("0.5")
                    claim.decision_reason = "部分事实未能核实，核减 0.5 分"
            claims.append(claim)
        statuses = {c.status for c in claims}
        if ClaimStatus.DECLARED in statuses:
            state = (
                DeclarationStatus.SUBMITTED
                if past or rng.random() < 0.5
                else DeclarationStatus.DRAFT
            )
        elif ClaimStatus.CONFIRMED in statuses:
            state = DeclarationStatus.CONFIRMED
        else:
            state = DeclarationStatus.REPORTED if rng.random() < 0.8 else DeclarationStatus.REVIEWED
        submitted = (
            _moment(dt.date(record.year + 1, 1, rng.randint(3, 10)))
            if past
            else (_moment(demo.today) if state != DeclarationStatus.DRAFT else None)
        )
        declaration = BonusDeclaration(
            year=record, engagement=engagement, status=state, submitted_at=submitted
        )
        declaration._history_user = demo.lawyer_users.get(engagement.lawyer_id)  # type: ignore[attr-defined]
        declaration.save()
        for claim in claims:
            claim.declaration = declaration
        bulk_create_with_history(claims, BonusClaim, default_user=office)


def load_bonuses(demo: Demo) -> None:
    _declare_year(demo, demo.years[demo.previous_year], share=0.45)
    _declare_year(demo, demo.years[demo.current_year], share=0.15)
