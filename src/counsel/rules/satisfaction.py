"""R7 §4.2.2: satisfaction (18 points) — the sum of the quarters' ratings."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from counsel.rules.exact import ZERO, exact_sum, plain, two_places
from counsel.rules.periods import gap_note
from counsel.rules.policy import Policy
from counsel.rules.types import Rating, TraceStep


def annual_satisfaction(
    ratings: Mapping[int, Rating],
    policy: Policy,
    active: Sequence[int] = (),
    full_year: bool = False,
) -> tuple[Decimal, TraceStep]:
    """R7 §4.2.2: 满意 4.5 · 良好 3 · 普通 1.5 · 普通（不赋分）0, summed over the quarters.

    The trace names the `active` quarters without a rating (R11: a gap is not a 0).
    """
    quarters = sorted(ratings)
    gaps = gap_note("满意度评价", active, quarters, full_year)
    if not quarters:
        return two_places(ZERO), TraceStep(
            "R7", "§4.2.2", f"满意度评价：本年度无评价，记 0.00{gaps}"
        )
    points = [policy.satisfaction_points[ratings[q]] for q in quarters]
    result = two_places(exact_sum(points))
    terms = " + ".join(
        f"第{q}季度{ratings[q].value} {plain(p)}" for q, p in zip(quarters, points, strict=True)
    )
    return result, TraceStep("R7", "§4.2.2", f"满意度评价 = {terms} = {result}{gaps}")
