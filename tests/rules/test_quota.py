"""R8 §4.2.2: at most ⌈C × 10%⌉ 满意 and at least ⌈C × 10%⌉ 普通 per street-quarter."""

from __future__ import annotations

import pytest

from counsel.rules.policy import Policy
from counsel.rules.quota import quota_check, quota_issues
from counsel.rules.types import QuotaCheck, Rating

from .support import SHIPPED, with_params

SAT, GOOD, ORD, ZERO = Rating.SATISFIED, Rating.GOOD, Rating.ORDINARY, Rating.ORDINARY_ZERO


def check(communities: int, ratings: list[Rating], policy: Policy = SHIPPED) -> QuotaCheck:
    return quota_check(
        street="湖滨街道", quarter=2, communities=communities, ratings=ratings, policy=policy
    )


@pytest.mark.parametrize(
    ("c", "bound"), [(1, 1), (9, 1), (10, 1), (11, 2), (12, 2), (30, 3), (31, 4)]
)
def test_r8_both_bounds_are_the_ceiling_of_c_times_10_percent(c: int, bound: int) -> None:
    result = check(c, [GOOD] * c)
    assert (result.max_satisfied, result.min_ordinary) == (bound, bound)


def test_r8_thirty_communities_allow_three_satisfied_not_four() -> None:
    result = check(30, [SAT] * 4 + [ORD] * 3 + [GOOD] * 23)
    assert result.max_satisfied == 3
    assert not result.satisfied_ok


def test_r8_both_ordinary_variants_count_toward_the_minimum() -> None:
    result = check(12, [SAT, SAT, ORD, ZERO] + [GOOD] * 8)
    assert (result.satisfied, result.ordinary) == (2, 2)
    assert result.ok


def test_r8_the_minimum_of_ordinary_is_never_more_than_the_ratings_given() -> None:
    assert check(30, [ORD, ORD]).min_ordinary == 2
    assert check(30, [ORD]).min_ordinary == 1
    assert check(30, []).min_ordinary == 0
    assert check(30, []).ok


def test_r8_quota_base_rated_counts_the_ratings_given_not_the_communities() -> None:
    result = check(30, [SAT, SAT, ORD, ORD] + [GOOD] * 8, with_params(quota_base="rated"))
    assert (result.base, result.max_satisfied, result.min_ordinary) == (12, 2, 2)
    assert result.ok


def test_r8_too_many_satisfied_is_refused_with_the_counts_and_the_arithmetic() -> None:
    result = check(12, [SAT, SAT, SAT, ORD, ORD] + [GOOD] * 7)
    (issue,) = quota_issues(result, SHIPPED)
    assert issue.code == "quota_satisfied_exceeded"
    assert (issue.street, issue.quarter) == ("湖滨街道", 2)
    assert "3 个" in issue.message
    assert "⌈社区（村）数 12 × 10%⌉ = 2" in issue.message


def test_r8_too_few_ordinary_is_refused_with_the_counts_and_the_arithmetic() -> None:
    result = check(12, [SAT, ORD] + [GOOD] * 10)
    (issue,) = quota_issues(result, SHIPPED)
    assert issue.code == "quota_ordinary_short"
    assert "“普通” 1 个" in issue.message and "须至少 2 个" in issue.message


def test_r8_the_ordinary_message_names_the_ratings_cap_when_it_lowers_the_bound() -> None:
    result = check(30, [GOOD])
    (issue,) = quota_issues(result, SHIPPED)
    assert "且不超过评价数 1" in issue.message


def test_r8_a_quarter_breaking_both_bounds_reports_both() -> None:
    codes = [i.code for i in quota_issues(check(12, [SAT, SAT, SAT] + [GOOD] * 9), SHIPPED)]
    assert codes == ["quota_satisfied_exceeded", "quota_ordinary_short"]


def test_r8_a_quarter_within_both_bounds_reports_nothing() -> None:
    assert quota_issues(check(12, [SAT, SAT, ORD, ORD] + [GOOD] * 8), SHIPPED) == []
