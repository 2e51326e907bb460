"""R8: the quota of a street-quarter as the rating screen shows it, from the rules."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from counsel.apps.org.models import Community, Street
from counsel.rules.policy import Policy
from counsel.rules.quota import quota_arithmetic, quota_check, quota_issues
from counsel.rules.types import QuotaCheck, Rating


@dataclass(frozen=True)
class QuotaState:
    check: QuotaCheck
    arithmetic: str  # ⌈社区（村）数 20 × 10%⌉ = 2
    issues: tuple[str, ...]  # quota_issues messages: the bound, the counts, the arithmetic
    communities: int
    unrated: int  # engagements active in the quarter with no rating yet

    @property
    def ok(self) -> bool:
        return not self.issues


def quota_state(
    street: Street,
    quarter: int,
    ratings: Sequence[Rating],
    policy: Policy,
    *,
    unrated: int = 0,
) -> QuotaState:
    """R8 with C = the street's communities and villages (or the ratings, `quota_base`)."""
    communities = Community.objects.filter(street=street).count()
    check = quota_check(
        street=street.name,
        quarter=quarter,
        communities=communities,
        ratings=list(ratings),
        policy=policy,
    )
    return QuotaState(
        check=check,
        arithmetic=quota_arithmetic(check, policy),
        issues=tuple(issue.message for issue in quota_issues(check, policy)),
        communities=communities,
        unrated=unrated,
    )
