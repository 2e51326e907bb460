"""R7 §4.2.2: satisfaction (18 points) — the sum of the quarters' ratings."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from counsel.rules.exact import ZERO, plain, two_places
from counsel.rules.policy import Policy
from counsel.rules.types import Rating, TraceStep


def annual_satisfaction(ratings: Mapping[int, Rating], policy: Policy) -> tuple[Decimal, TraceStep]:
    """R7 §4.2.2: 满意 4.5 · 良好 3 · 普通 1.5 · 普通（不赋分）0, summed over the quarters."""
    quarters = sorted(ratings)
    if not quarters:
        return two_places(ZERO), TraceStep("R7", "§4.2.2", "满意度评价：本年度无评价，记 0.00")
    points = [policy.satisfaction_points[ratings[q]] for q in quarters]
    result = two_places(sum(points, ZERO))
    terms = " + ".join(
        f"第{q}季度{ratings[q].value} {plain(p)}" for q, p in zip(quarters, points, strict=True)
    )
    return result, TraceStep("R7", "§4.2.2", f"满意度评价 = {terms} = {result}")
