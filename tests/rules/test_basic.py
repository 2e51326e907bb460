"""R4–R6 §4.2.1: the basic-duty score — quarterly items, the annual mean or sum."""

from __future__ import annotations

from decimal import Decimal

import pytest

from counsel.rules.basic import annual_basic, item_points, quarter_basic
from counsel.rules.policy import Indicator

from .support import SHIPPED, d, with_params

SUM = with_params(basic_aggregation="sum")


def scores(*values: str, first: int = 1) -> dict[int, Decimal]:
    return {first + i: Decimal(v) for i, v in enumerate(values)}


def test_r5_the_annual_score_is_the_mean_of_the_four_quarters_under_mean() -> None:
    basic, step = annual_basic(scores("80.5", "81", "80", "80.5"), SHIPPED)
    assert basic == Decimal("80.50")
    assert step.rule == "R5"
    assert "(80.5 + 81 + 80 + 80.5) ÷ 4 = 80.50" in step.text


def test_r5_the_mean_is_rounded_half_up_to_two_decimals_once() -> None:
    # 69 + 66.5 + 70.5 + 66.5 = 272.5; ÷ 4 = 68.125 → 68.13 (half-up, not half-even 68.12)
    basic, _ = annual_basic(scores("69", "66.5", "70.5", "66.5"), SHIPPED)
    assert basic == Decimal("68.13")


def test_r5_a_mean_of_three_quarters_is_rounded_from_the_exact_third() -> None:
    # 80 + 81 + 81.5 = 242.5; ÷ 3 = 80.8333… → 80.83
    basic, _ = annual_basic(scores("80", "81", "81.5", first=2), SHIPPED)
    assert basic == Decimal("80.83")


def test_r5_under_sum_each_quarter_is_out_of_20_5_and_the_year_is_their_sum() -> None:
    # 20.5 + 20 + 19.75 + 20.125 = 80.375 → 80.38
    basic, step = annual_basic(scores("20.5", "20", "19.75", "20.125"), SUM)
    assert basic == Decimal("80.38")
    assert "20.5 分，求和" in step.text


def test_r5_mean_and_sum_give_the_same_number_for_a_full_year() -> None:
    mean, _ = annual_basic(scores("80", "82", "78", "81"), SHIPPED)
    total, _ = annual_basic(scores("20", "20.5", "19.5", "20.25"), SUM)
    assert mean == total == Decimal("80.25")


def test_r5_an_engagement_without_any_score_has_0_00_and_says_so() -> None:
    basic, step = annual_basic({}, SHIPPED)
    assert basic == Decimal("0.00")
    assert "无季度得分" in step.text


def test_r11_a_full_year_gap_is_named_in_the_trace_and_not_counted_as_zero() -> None:
    basic, step = annual_basic(scores("80", "81", "82"), SHIPPED, (1, 2, 3, 4), True)
    assert basic == Decimal("81.00")  # (80 + 81 + 82) ÷ 3, not ÷ 4
    assert "第4季度缺少基础履职得分（缺项不按 0 分计）" in step.text
    assert "临时结果" in step.text


def test_r11_a_part_year_engagement_uses_the_active_quarters_that_have_a_score() -> None:
    basic, step = annual_basic(scores("70", first=3), SHIPPED, (2, 3, 4), False)
    assert basic == Decimal("70.00")
    assert "在岗的第2季度、第4季度无基础履职得分" in step.text


def indicator(key: str) -> Indicator:
    return next(item for item in SHIPPED.indicators if item.key == key)


def test_r6_an_items_points_lose_the_deduction_per_shortfall_and_never_go_below_zero() -> None:
    duty = indicator("duty")  # 20 points, −3 per missing session
    assert item_points(duty, 0) == 20
    assert item_points(duty, 2) == 14
    assert item_points(duty, 7) == 0


def test_r6_under_sum_an_items_points_scale_by_a_quarter() -> None:
    assert item_points(indicator("duty"), 2, Decimal("0.25")) == Decimal("3.5")


def test_r20_a_deduction_only_item_gives_the_points_taken_off() -> None:
    assert item_points(indicator("fee_taking"), 1) == 20


def full_marks() -> dict[str, Decimal]:
    return {item.key: item.full_marks for item in SHIPPED.indicators if not item.deduction_only}


def test_r6_a_quarter_with_every_item_at_full_marks_scores_82() -> None:
    assert quarter_basic(full_marks(), SHIPPED.indicators, SHIPPED) == 82


def test_r20_a_fee_taking_case_is_deducted_from_the_quarter_total_down_to_no_less_than_0() -> None:
    entries = full_marks() | {"fee_taking": d(20)}
    assert quarter_basic(entries, SHIPPED.indicators, SHIPPED) == 62
    assert quarter_basic({"fee_taking": d(20)}, SHIPPED.indicators, SHIPPED) == 0


def test_r6_an_item_above_its_full_marks_is_refused_under_the_policy_scale() -> None:
    with pytest.raises(ValueError, match="超过满分 20"):
        quarter_basic({"duty": d("20.5")}, SHIPPED.indicators, SHIPPED)
    with pytest.raises(ValueError, match="超过满分 5"):
        quarter_basic({"duty": d(6)}, SHIPPED.indicators, SUM)


def test_r6_a_negative_item_is_refused() -> None:
    with pytest.raises(ValueError, match="不得为负数"):
        quarter_basic({"consult": d(-1)}, SHIPPED.indicators, SHIPPED)


def test_r5_r17_the_annual_score_is_rounded_once_from_the_exact_scores() -> None:
    # Rounded to 28 digits first, 80.0049999… would become 80.005 and then 80.01.
    one, step = annual_basic(scores("80.0049999999999999999999999999", first=4), SHIPPED, (4,))
    assert one == Decimal("80.00")
    assert "80.0049999999999999999999999999" in step.text and "80.005；" not in step.text
    four, _ = annual_basic(
        scores("80.0049999999999999999999999999", "80", "80", "80"), SHIPPED, (1, 2, 3, 4)
    )
    assert four == Decimal("80.00")
    summed, _ = annual_basic(scores("20.0049999999999999999999999999"), SUM, (1,))
    assert summed == Decimal("20.00")
