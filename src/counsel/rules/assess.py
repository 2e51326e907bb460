"""The one entry point: a year's inputs and the policy in force → the result (R1–R17)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from types import MappingProxyType
from typing import Never

from counsel.rules import validate
from counsel.rules.basic import annual_basic
from counsel.rules.bonus import annual_bonus
from counsel.rules.exact import ZERO, two_places
from counsel.rules.pay import part_year_amount, split, tier_amount
from counsel.rules.periods import QUARTERS
from counsel.rules.policy import EXCHANGE_PARAMETERS, PARAMETERS, Policy, PolicyError
from counsel.rules.quota import quota_check, quota_issues
from counsel.rules.ranking import Candidate, rank
from counsel.rules.satisfaction import annual_satisfaction
from counsel.rules.types import (
    BonusRecord,
    EngagementResult,
    Issue,
    QuotaCheck,
    Rating,
    Result,
    Tier,
    Totals,
    TraceStep,
    YearInput,
)


@dataclass(slots=True)
class _Scored:
    """An engagement's score parts before ranking and pay (internal and never changed
    after it is made: a plain slotted class, built quicker than a frozen one)."""

    id: str
    lawyer: str
    community: str
    street: str
    full_year: bool
    days: int
    first_day: dt.date | None
    basic: Decimal
    satisfaction: Decimal
    bonus: Decimal
    total: Decimal
    trace: tuple[TraceStep, ...]

    def result(
        self,
        *,
        rank: int | None,
        tier: Tier | None,
        weeks: int | None,
        amount: Decimal,
        city: Decimal,
        district: Decimal,
        flags: tuple[str, ...],
        trace: tuple[TraceStep, ...],
    ) -> EngagementResult:
        return EngagementResult(
            id=self.id,
            lawyer=self.lawyer,
            community=self.community,
            street=self.street,
            full_year=self.full_year,
            days=self.days,
            weeks=weeks,
            basic=self.basic,
            satisfaction=self.satisfaction,
            bonus=self.bonus,
            total=self.total,
            rank=rank,
            tier=tier,
            amount=amount,
            city_share=city,
            district_share=district,
            flags=flags,
            trace=trace,
            first_day=self.first_day,
        )


def apply_overrides(data: YearInput, policy: Policy) -> tuple[Policy, list[Issue]]:
    """EXCHANGE.md `policy`: the input's parameters over the policy in force; a bad one is
    reported (`bad_value`) and left out."""
    issues: list[Issue] = []
    for override in data.overrides:
        if override.name not in EXCHANGE_PARAMETERS:
            # quota_share (R8) and basic_full_marks (R3) are the policy file's to set.
            known = "仅可由政策文件设定" if override.name in PARAMETERS else "未知参数"
            issues.append(
                Issue.at(
                    "bad_value",
                    f"政策参数 {override.name}：{known}（输入可调整：{'、'.join(EXCHANGE_PARAMETERS)}）",
                    override.origin,
                    field=override.name,
                )
            )
            continue
        try:
            policy = policy.with_overrides({override.name: override.value})
        except PolicyError as exc:
            issues.append(Issue.at("bad_value", str(exc), override.origin, field=override.name))
    return policy, issues


def assess(data: YearInput, policy: Policy) -> Result:
    """Assess year Y: scores (R3–R10), quotas (R8), ranking and tiers (R11–R14), pay (R15,
    R16). The result is final only when the input has no error; otherwise it is
    provisional and only the errors are authoritative."""
    policy, issues = apply_overrides(data, policy)
    checked = validate.check_input(data, policy)
    issues.extend(checked.issues)
    quota = _quota(checked, policy)
    for check in quota:
        issues.extend(quota_issues(check, policy))
    parts = _Parts(policy)
    scored = [_score(ident, checked, parts) for ident in checked.engagements]
    scored = [s for s in scored if s.days > 0]
    full = [s for s in scored if s.full_year]
    ranking = rank(
        [Candidate(s.id, s.community, s.total, s.bonus, s.satisfaction) for s in full],
        policy,
        data.tie_orders,
    )
    issues.extend(ranking.issues)
    by_id = {s.id: s for s in scored}
    results: list[EngagementResult] = []
    for placement in ranking.placements:
        s = by_id[placement.id]
        amount = parts.tier_amount(placement.tier)
        city, district, step = parts.split(amount)
        flags = ("tie_at_boundary",) if placement.tied_at_boundary else ()
        results.append(
            s.result(
                rank=placement.rank,
                tier=placement.tier,
                weeks=None,
                amount=amount,
                city=city,
                district=district,
                flags=flags,
                trace=(*s.trace, *placement.trace, step),
            )
        )
    part = sorted(
        (s for s in scored if not s.full_year), key=lambda s: (s.community, s.first_day, s.id)
    )
    for s in part:
        weeks, amount, pay_step = parts.part_year(s.days)
        city, district, step = parts.split(amount)
        results.append(
            s.result(
                rank=None,
                tier=None,
                weeks=weeks,
                amount=amount,
                city=city,
                district=district,
                flags=("part_year",),
                trace=(*s.trace, pay_step, step),
            )
        )
    return Result(
        year=data.year,
        final=not issues,
        policy=policy.parameters(),
        engagements=tuple(results),
        quota=tuple(quota),
        errors=tuple(sorted(_with_streets(issues, data, checked), key=_issue_order)),
        totals=_totals(results, len(checked.communities), ranking.n, policy),
        ties=ranking.ties,
    )


def _quota(checked: validate.Checked, policy: Policy) -> list[QuotaCheck]:
    """R8: every street of the input, every quarter, with the ratings given there."""
    streets: dict[str, int] = {}
    for community in sorted(checked.communities.values(), key=lambda c: c.code):
        streets[community.street] = streets.get(community.street, 0) + 1
    # Doubt (R8): every rating given counts, so a community whose lawyer changed during
    # the quarter brings two ratings (one per engagement) against a bound taken from the
    # communities; the other reading counts one rating per community and quarter.
    given: dict[tuple[str, int], list[Rating]] = {}
    for ident, by_quarter in checked.ratings.items():
        street = checked.communities[checked.engagements[ident].community].street
        for quarter, rating in by_quarter.items():
            given.setdefault((street, quarter), []).append(rating)
    return [
        quota_check(
            street=street,
            quarter=q,
            communities=count,
            ratings=given.get((street, q), []),
            policy=policy,
        )
        for street, count in sorted(streets.items())
        for q in QUARTERS
    ]


class _Parts:
    """The score parts and pay of one assessment, each worked out once per distinct input.

    Thousands of engagements share their ratings (four quarters of four levels), their
    bonuses (most have none), their tier and their pay; each part and its trace step
    depend on nothing else, and steps are immutable, so equal inputs share one answer.
    """

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self._satisfaction: dict[object, tuple[Decimal, TraceStep]] = {}
        self._bonus: dict[object, tuple[Decimal, TraceStep]] = {}
        self._tiers: dict[Tier, Decimal] = {}
        self._splits: dict[Decimal, tuple[Decimal, Decimal, TraceStep]] = {}
        self._part_year: dict[int, tuple[int, Decimal, TraceStep]] = {}

    def satisfaction(
        self, ratings: Mapping[int, Rating], active: tuple[int, ...], full: bool
    ) -> tuple[Decimal, TraceStep]:
        key = (tuple(sorted(ratings.items(), key=_first)), active, full)
        found = self._satisfaction.get(key)
        if found is None:
            found = annual_satisfaction(ratings, self.policy, active, full)
            self._satisfaction[key] = found
        return found

    def bonus(self, records: tuple[BonusRecord, ...]) -> tuple[Decimal, TraceStep]:
        found = self._bonus.get(records)
        if found is None:
            found = self._bonus[records] = annual_bonus(records, self.policy)
        return found

    def tier_amount(self, tier: Tier) -> Decimal:
        found = self._tiers.get(tier)
        if found is None:
            found = self._tiers[tier] = tier_amount(tier, self.policy)
        return found

    def split(self, amount: Decimal) -> tuple[Decimal, Decimal, TraceStep]:
        found = self._splits.get(amount)
        if found is None:
            found = self._splits[amount] = split(amount, self.policy)
        return found

    def part_year(self, days: int) -> tuple[int, Decimal, TraceStep]:
        found = self._part_year.get(days)
        if found is None:
            found = self._part_year[days] = part_year_amount(days, self.policy)
        return found


def _first(pair: tuple[int, Rating]) -> int:
    return pair[0]


def _score(ident: str, checked: validate.Checked, parts: _Parts) -> _Scored:
    item = checked.engagements[ident]
    service = checked.services[ident]
    community = checked.communities[item.community]
    if service.full_year:
        served = f"{service.days} 天，全年在岗，参加全区排名"
    elif service.days:
        served = f"{service.days} 天（自 {service.first_day} 起），不满一年，不参加排名，按周计发"
    else:
        served = "0 天，本年度无服务，不列入结果"
    active, full = service.active_quarters, service.full_year
    basic, basic_step = annual_basic(checked.scores.get(ident, _NONE), parts.policy, active, full)
    satisfaction, rating_step = parts.satisfaction(checked.ratings.get(ident, _NONE), active, full)
    bonus, bonus_step = parts.bonus(checked.bonuses.get(ident, ()))
    total = basic + satisfaction + bonus
    steps = (
        TraceStep("R11", "§4.4", f"{community.street}{community.name}，本年度在岗 {served}"),
        basic_step,
        rating_step,
        bonus_step,
        TraceStep(
            "R3",
            "§4.2",
            f"绩效评估总分 = 基础履职 {basic} + 满意度 {satisfaction} + 加分 {bonus} = {total}",
        ),
    )
    return _Scored(
        ident,
        item.lawyer,
        item.community,
        community.street,
        service.full_year,
        service.days,
        service.first_day,
        basic,
        satisfaction,
        bonus,
        total,
        steps,
    )


_NONE: Mapping[int, Never] = MappingProxyType({})


def _totals(
    results: Sequence[EngagementResult], communities: int, ranked: int, policy: Policy
) -> Totals:
    tiers = [r.tier for r in results if r.tier is not None]
    return Totals(
        communities=communities,
        ranked=ranked,
        tier1=sum(1 for t in tiers if t == 1),
        tier2=sum(1 for t in tiers if t == 2),
        tier3=sum(1 for t in tiers if t == 3),
        part_year=sum(1 for r in results if not r.full_year),
        pool=two_places(policy.annual_amount * communities),
        payout=sum((r.amount for r in results), CENTS),
        city=sum((r.city_share for r in results), CENTS),
        district=sum((r.district_share for r in results), CENTS),
    )


CENTS = two_places(ZERO)


def _with_streets(issues: list[Issue], data: YearInput, checked: validate.Checked) -> list[Issue]:
    """Every error about an engagement also names its street when its community is known
    (EXCHANGE.md), whichever check found it (an unknown lawyer, a period, a tie)."""
    if all(i.street is not None or i.engagement is None for i in issues):
        return issues
    communities = checked.communities
    street_of = {
        e.id: communities[e.community].street
        for e in data.engagements
        if e.community in communities
    }
    return [
        replace(i, street=street_of.get(i.engagement))
        if i.engagement is not None and i.street is None
        else i
        for i in issues
    ]


def _issue_order(issue: Issue) -> tuple[object, ...]:
    return (
        issue.sheet or "",
        issue.row or 0,
        issue.street or "",
        issue.engagement or "",
        issue.quarter or 0,
        issue.code,
        issue.message,
    )
