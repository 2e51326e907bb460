"""Selectors that read the database and return rules types (ARCHITECTURE: selectors).

`policy_for(year)` gives the Policy in force for a year, `due_for(year, key)` one of its
deadlines (R18); `year_input(year)` the whole
year's inputs as the engine reads them — the same YearInput the exchange format gives, so
the web and `counsel assess` agree by construction.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from counsel.apps.bonus.models import BonusCatalogItem, BonusClaim
from counsel.apps.org.models import AssessmentYear, Community, Engagement, Lawyer
from counsel.apps.quarter.models import IndicatorItem, QuarterScore, SatisfactionRating
from counsel.rules import policy as rules_policy
from counsel.rules.deadlines import Due, due
from counsel.rules.policy import BonusItem, Indicator, Policy
from counsel.rules.types import (
    BonusRecord,
    BonusStatus,
    Period,
    QuarterRecord,
    Rating,
    TieOrder,
    YearInput,
)
from counsel.rules.types import (
    Community as RulesCommunity,
)
from counsel.rules.types import (
    Engagement as RulesEngagement,
)
from counsel.rules.types import (
    Lawyer as RulesLawyer,
)


def policy_for(year: AssessmentYear, *, parameters: dict[str, object] | None = None) -> Policy:
    """The policy in force for the year: its file, the bureau's parameters, and the year's
    indicator table and bonus catalog rows. `parameters` replaces the stored choices
    (what-if)."""
    base = rules_policy.loads(year.policy_toml)
    policy = base.with_overrides(year.parameters if parameters is None else parameters)
    indicators = tuple(
        Indicator(
            key=i.key,
            name=i.name,
            full_marks=i.full_marks,
            requirement=i.requirement,
            deduction=i.deduction,
            per_deduction=i.per_deduction,
            deduction_only=i.deduction_only,
            registration_kind=i.registration_kind or None,
            required_count=i.required_count,
        )
        for i in IndicatorItem.objects.filter(year=year).order_by("order", "id")
    )
    items = tuple(
        BonusItem(key=b.key, name=b.name, points=b.points, annual_cap=b.annual_cap)
        for b in BonusCatalogItem.objects.filter(year=year).order_by("order", "id")
    )
    policy = replace(
        policy,
        indicators=indicators or policy.indicators,
        bonus_items=items or policy.bonus_items,
    )
    rules_policy.check(policy)
    return policy


def due_for(year: AssessmentYear, key: str) -> Due:
    """R18: the year's deadline `key` (lawyer_declaration, annual_scoring …) with its date."""
    return due(year.year, key, policy_for(year))


def year_input(year: AssessmentYear, *, tie_orders: tuple[TieOrder, ...] = ()) -> YearInput:
    """Everything the engine reads for the year, from the database (R1–R10)."""
    communities = tuple(
        RulesCommunity(code=c.code, name=c.name, street=c.street.name, kind=c.kind)
        for c in Community.objects.select_related("street").order_by("code")
    )
    lawyers = tuple(
        RulesLawyer(id=lw.code, name=lw.name, firm=lw.firm.name if lw.firm else "")
        for lw in Lawyer.objects.select_related("firm").order_by("code")
    )
    engagements = tuple(
        RulesEngagement(
            id=e.code,
            lawyer=e.lawyer.code,
            community=e.community.code,
            periods=tuple(Period(start=p.start, end=p.end) for p in e.periods.all()),
        )
        for e in Engagement.objects.select_related("lawyer", "community")
        .prefetch_related("periods")
        .order_by("code")
    )
    return YearInput(
        year=year.year,
        communities=communities,
        lawyers=lawyers,
        engagements=engagements,
        quarters=_quarters(year),
        bonuses=_bonuses(year),
        tie_orders=tie_orders,
    )


def _quarters(year: AssessmentYear) -> tuple[QuarterRecord, ...]:
    basics: dict[tuple[str, int], Decimal | None] = {
        (code, q): basic
        for code, q, basic in QuarterScore.objects.filter(year=year).values_list(
            "engagement__code", "quarter", "basic"
        )
    }
    ratings: dict[tuple[str, int], Rating] = {
        (code, q): Rating(value)
        for code, q, value in SatisfactionRating.objects.filter(year=year).values_list(
            "engagement__code", "quarter", "rating"
        )
    }
    keys = sorted(set(basics) | set(ratings))
    return tuple(
        QuarterRecord(
            engagement=code, quarter=q, basic=basics.get((code, q)), rating=ratings.get((code, q))
        )
        for code, q in keys
    )


def _bonuses(year: AssessmentYear) -> tuple[BonusRecord, ...]:
    claims = (
        BonusClaim.objects.filter(declaration__year=year)
        .select_related("declaration__engagement", "item")
        .order_by("declaration__engagement__code", "id")
    )
    return tuple(
        BonusRecord(
            engagement=c.declaration.engagement.code,
            item=c.item.key if c.item else None,
            points=c.counted_points,
            status=BonusStatus(c.status),
        )
        for c in claims
    )
