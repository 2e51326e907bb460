"""R8 §4.2.2: the satisfaction quota of a street in a quarter."""

from __future__ import annotations

from collections.abc import Sequence

from counsel.rules.exact import plain, share_ceil
from counsel.rules.policy import Policy
from counsel.rules.types import Issue, QuotaCheck, Rating


def quota_check(
    *, street: str, quarter: int, communities: int, ratings: Sequence[Rating], policy: Policy
) -> QuotaCheck:
    """R8 §4.2.2: at most ⌈C × 10%⌉ 满意, at least ⌈C × 10%⌉ 普通 (never more than rated).

    C is the street's communities (`quota_base = communities`) or the ratings given
    (`rated`); the ceiling is taken in integers, never through floats.
    """
    rated = len(ratings)
    base = communities if policy.quota_base == "communities" else rated
    bound = share_ceil(base, policy.quota_share)
    return QuotaCheck(
        street=street,
        quarter=quarter,
        base=base,
        max_satisfied=bound,
        min_ordinary=min(bound, rated),
        satisfied=sum(1 for r in ratings if r is Rating.SATISFIED),
        ordinary=sum(1 for r in ratings if r.is_ordinary),
        rated=rated,
    )


def quota_arithmetic(check: QuotaCheck, policy: Policy) -> str:
    """The bound's arithmetic as the screen and the error message show it."""
    what = "社区（村）数" if policy.quota_base == "communities" else "评价数"
    return f"⌈{what} {check.base} × {plain(policy.quota_share)}%⌉ = {check.max_satisfied}"


def quota_issues(check: QuotaCheck, policy: Policy) -> list[Issue]:
    """R8: the bound a street-quarter breaks, with the counts and the arithmetic."""
    issues: list[Issue] = []
    where = f"{check.street}第{check.quarter}季度"
    if not check.satisfied_ok:
        issues.append(
            Issue(
                code="quota_satisfied_exceeded",
                message=(
                    f"{where}评价“满意” {check.satisfied} 个，超过上限 "
                    f"{quota_arithmetic(check, policy)} 个，须减少 "
                    f"{check.satisfied - check.max_satisfied} 个"
                ),
                street=check.street,
                quarter=check.quarter,
            )
        )
    if not check.ordinary_ok:
        bound = quota_arithmetic(check, policy)
        if check.min_ordinary < check.max_satisfied:
            bound += f"，且不超过评价数 {check.rated}"
        issues.append(
            Issue(
                code="quota_ordinary_short",
                message=(
                    f"{where}评价“普通” {check.ordinary} 个，少于下限 {bound}，"
                    f"须至少 {check.min_ordinary} 个，还差 {check.min_ordinary - check.ordinary} 个"
                ),
                street=check.street,
                quarter=check.quarter,
            )
        )
    return issues
