"""R13, R15, R16 §4.3–§4.4: amounts, part-year weeks and the city/district split."""

from __future__ import annotations

from decimal import Decimal

from counsel.rules.exact import (
    exact_product,
    exact_sum,
    plain,
    ratio_two_places,
    share_floor,
    two_places,
)
from counsel.rules.policy import Policy
from counsel.rules.types import Tier, TraceStep


def tier_amount(tier: Tier, policy: Policy) -> Decimal:
    """R13 §4.4: 14000 / 12000 / 10000 yuan per community per year."""
    amounts = {
        Tier.FIRST: policy.tier1_amount,
        Tier.SECOND: policy.annual_amount,
        Tier.THIRD: policy.tier3_amount,
    }
    return two_places(amounts[tier])


def part_year_weeks(days: int, policy: Policy) -> int:
    """R15 §4.4: weeks from days served (never ISO weeks), at most `weeks_per_year`.

    `floor` counts complete weeks only; `half_up` rounds days/7 half-up; `ceil` counts a
    started week as a week.
    """
    if policy.week_rounding == "half_up":
        weeks = (2 * days + 7) // 14
    elif policy.week_rounding == "ceil":
        weeks = (days + 6) // 7
    else:
        weeks = days // 7
    return min(weeks, policy.weeks_per_year)


def part_year_amount(days: int, policy: Policy) -> tuple[int, Decimal, TraceStep]:
    """R15 §4.4: annual amount × weeks / 52, rounded half-up to the fen once, at the end."""
    weeks = part_year_weeks(days, policy)
    amount = ratio_two_places(exact_product(policy.annual_amount, weeks), policy.weeks_per_year)
    how = {"floor": "只计满周", "half_up": "四舍五入", "ceil": "不足一周按一周"}[
        policy.week_rounding
    ]
    text = (
        f"不满一年按周计发：在岗 {days} 天 ÷ 7 = {weeks} 周（{how}，最多 {policy.weeks_per_year} 周）；"
        f"{plain(policy.annual_amount)} × {weeks} ÷ {policy.weeks_per_year} = {amount} 元"
        "（周基数不取整，结果四舍五入到分）"
    )
    return weeks, amount, TraceStep("R15", "§4.4", text)


def split(amount: Decimal, policy: Policy) -> tuple[Decimal, Decimal, TraceStep]:
    """R16 §4.3: city pays its share rounded half-up to the fen, the district the rest."""
    city = ratio_two_places(exact_product(amount, policy.city_share), 100)
    district = exact_sum((amount, -city))
    text = (
        f"资金分担：市级 {plain(policy.city_share)}% = {city} 元（四舍五入到分），"
        f"区级承担其余 {district} 元"
    )
    return city, district, TraceStep("R16", "§4.3", text)


def tier_size(n: int, policy: Policy) -> int:
    """R13 §4.4: k = ⌊n × 10%⌋, in integers."""
    return share_floor(n, policy.tier_share)
