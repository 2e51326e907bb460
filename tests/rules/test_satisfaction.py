"""R7 §4.2.2: satisfaction — four levels, summed over the quarters, at most 18."""

from __future__ import annotations

from decimal import Decimal

from counsel.rules.satisfaction import annual_satisfaction
from counsel.rules.types import Rating

from .support import SHIPPED


def test_r7_the_four_levels_give_4_5_3_1_5_and_0_summed_over_the_year() -> None:
    ratings = {1: Rating.SATISFIED, 2: Rating.GOOD, 3: Rating.ORDINARY, 4: Rating.ORDINARY_ZERO}
    points, step = annual_satisfaction(ratings, SHIPPED)
    assert points == Decimal("9.00")
    assert step.rule == "R7"
    assert "第1季度满意 4.5" in step.text and "第4季度普通（不赋分） 0" in step.text


def test_r7_four_quarters_of_satisfied_give_the_full_18() -> None:
    points, _ = annual_satisfaction(dict.fromkeys((1, 2, 3, 4), Rating.SATISFIED), SHIPPED)
    assert points == Decimal("18.00")


def test_r7_both_ordinary_variants_are_ordinary_but_only_one_gives_points() -> None:
    assert Rating.ORDINARY.is_ordinary and Rating.ORDINARY_ZERO.is_ordinary
    assert not Rating.GOOD.is_ordinary
    points, _ = annual_satisfaction({1: Rating.ORDINARY, 2: Rating.ORDINARY_ZERO}, SHIPPED)
    assert points == Decimal("1.50")


def test_r7_no_rating_gives_0_00_and_the_trace_says_so() -> None:
    points, step = annual_satisfaction({}, SHIPPED)
    assert points == Decimal("0.00")
    assert "无评价" in step.text


def test_r11_a_missing_rating_of_a_full_year_engagement_is_named_not_counted_as_zero() -> None:
    points, step = annual_satisfaction(
        {1: Rating.GOOD, 2: Rating.GOOD}, SHIPPED, (1, 2, 3, 4), True
    )
    assert points == Decimal("6.00")
    assert "第3季度、第4季度缺少满意度评价" in step.text
