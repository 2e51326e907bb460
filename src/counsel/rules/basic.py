"""R4–R6 §4.2.1: the basic-duty score (82 points)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from counsel.rules.exact import ZERO, exact_sum, plain, ratio_two_places, two_places
from counsel.rules.periods import gap_note
from counsel.rules.policy import Indicator, Policy
from counsel.rules.types import TraceStep


def annual_basic(
    scores: Mapping[int, Decimal],
    policy: Policy,
    active: Sequence[int] = (),
    full_year: bool = False,
) -> tuple[Decimal, TraceStep]:
    """R5 §4.2.1: the annual basic score from the quarters that have one.

    `mean`: each quarter out of 82, the mean of the scored active quarters; `sum`: each
    quarter out of 20.5, their sum. Rounded half-up to 2 decimals, once. The trace names
    the `active` quarters without a score (R11: a gap is not a 0).
    """
    quarters = sorted(scores)
    values = [scores[q] for q in quarters]
    gaps = (
        ""
        if tuple(quarters) == tuple(active)
        else gap_note("基础履职得分", active, quarters, full_year)
    )
    if not values:
        return two_places(ZERO), TraceStep(
            "R5", "§4.2.1", f"基础履职：本年度无季度得分，记 0.00{gaps}"
        )
    written = [plain(v) for v in values]
    terms = " + ".join(written)
    listed = "、".join([f"第{q}季度 {w}" for q, w in zip(quarters, written, strict=True)])
    total = exact_sum(values)
    most = plain(policy.quarter_full_marks)
    if policy.basic_aggregation == "sum":
        result = two_places(total)
        text = f"基础履职（各季度满分 {most} 分，求和）：{listed}；{terms} = {result}"
    else:
        result = ratio_two_places(total, len(values))
        mean = f"({terms}) ÷ {len(values)}" if len(values) > 1 else terms
        text = f"基础履职（各季度满分 {most} 分，取平均）：{listed}；{mean} = {result}（四舍五入保留两位小数）"
    return result, TraceStep("R5", "§4.2.1", text + gaps)


def item_points(indicator: Indicator, shortfalls: int, scale: Decimal = Decimal(1)) -> Decimal:
    """R6: an item's points after `shortfalls` deductions, never below 0.

    For a deduction-only item (R20) the result is the points taken off.
    """
    deducted = indicator.per_deduction * shortfalls * scale
    if indicator.deduction_only:
        return deducted
    return max(ZERO, indicator.full_marks * scale - deducted)


def quarter_basic(
    entries: Mapping[str, Decimal], indicators: Sequence[Indicator], policy: Policy
) -> Decimal:
    """R6 §4.2.1: one quarter's basic score from the points given item by item.

    Ordinary items give 0 … full marks (scaled by ¼ under `sum`); deduction-only items
    (R20) take their points off the quarter's total, which never goes below 0.
    """
    scale = policy.quarter_full_marks / policy.basic_full_marks
    earned = ZERO
    deducted = ZERO
    for indicator in indicators:
        value = entries.get(indicator.key, ZERO)
        if value < ZERO:
            raise ValueError(f"{indicator.name}：分值不得为负数")
        if indicator.deduction_only:
            deducted += value
        elif value > indicator.full_marks * scale:
            raise ValueError(
                f"{indicator.name}：{plain(value)} 分超过满分 {plain(indicator.full_marks * scale)} 分"
            )
        else:
            earned += value
    return max(ZERO, earned - deducted)
