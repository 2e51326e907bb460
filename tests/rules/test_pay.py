"""R13, R15, R16 §4.3–§4.4: tier amounts, part-year weeks and pay, the city/district split."""

from __future__ import annotations

from decimal import Decimal

import pytest

from counsel.rules.pay import part_year_amount, part_year_weeks, split, tier_amount, tier_size
from counsel.rules.types import Tier

from .support import SHIPPED, with_params


def test_r13_the_tiers_pay_14000_12000_and_10000() -> None:
    assert [tier_amount(t, SHIPPED) for t in Tier] == [
        Decimal("14000.00"),
        Decimal("12000.00"),
        Decimal("10000.00"),
    ]


def test_r13_tier_amounts_are_parameters() -> None:
    chosen = with_params(tier1_amount="15000", annual_amount="12500", tier3_amount="9000")
    assert [tier_amount(t, chosen) for t in Tier] == [15000, 12500, 9000]


@pytest.mark.parametrize(("n", "k"), [(0, 0), (9, 0), (10, 1), (188, 18), (203, 20)])
def test_r13_k_is_the_floor_of_n_times_10_percent(n: int, k: int) -> None:
    assert tier_size(n, SHIPPED) == k


@pytest.mark.parametrize(
    ("days", "weeks"), [(0, 0), (6, 0), (7, 1), (13, 1), (275, 39), (364, 52), (365, 52), (366, 52)]
)
def test_r15_floor_counts_complete_weeks_only_at_most_52(days: int, weeks: int) -> None:
    assert part_year_weeks(days, SHIPPED) == weeks


@pytest.mark.parametrize(
    ("days", "weeks"), [(3, 0), (4, 1), (276, 39), (277, 40), (364, 52), (365, 52)]
)
def test_r15_half_up_rounds_days_over_7_to_the_nearest_week(days: int, weeks: int) -> None:
    assert part_year_weeks(days, with_params(week_rounding="half_up")) == weeks


@pytest.mark.parametrize(("days", "weeks"), [(1, 1), (7, 1), (8, 2), (275, 40), (365, 52)])
def test_r15_ceil_counts_a_started_week_as_a_week_at_most_52(days: int, weeks: int) -> None:
    assert part_year_weeks(days, with_params(week_rounding="ceil")) == weeks


@pytest.mark.parametrize(
    ("days", "amount"),
    [
        (275, "9000.00"),  # 39 weeks: 12000 × 39 ÷ 52
        (7, "230.77"),  # 12000 ÷ 52 = 230.769…
        (70, "2307.69"),  # 10 weeks: 2307.692…
        (357, "11769.23"),  # 51 weeks: 11769.230…, not 230.77 × 51 = 11769.27
        (6, "0.00"),
    ],
)
def test_r15_the_amount_is_12000_times_weeks_over_52_rounded_once_at_the_end(
    days: int, amount: str
) -> None:
    _, paid, _ = part_year_amount(days, SHIPPED)
    assert paid == Decimal(amount)


def test_r15_the_trace_shows_days_weeks_and_the_arithmetic() -> None:
    weeks, _, step = part_year_amount(275, SHIPPED)
    assert weeks == 39
    assert step.rule == "R15"
    assert "在岗 275 天" in step.text and "39 周" in step.text
    assert "12000 × 39 ÷ 52 = 9000.00" in step.text


def test_r15_weeks_per_year_and_the_annual_amount_are_parameters() -> None:
    _, paid, _ = part_year_amount(182, with_params(weeks_per_year="53"))
    assert paid == Decimal("5886.79")  # 12000 × 26 ÷ 53 = 5886.792…
    _, paid, _ = part_year_amount(182, with_params(annual_amount="13000", tier1_amount="15000"))
    assert paid == Decimal("6500.00")


@pytest.mark.parametrize(
    ("amount", "city", "district"),
    [
        ("14000.00", "7000.00", "7000.00"),
        ("230.77", "115.39", "115.38"),
        ("2307.69", "1153.85", "1153.84"),
        ("0.00", "0.00", "0.00"),
    ],
)
def test_r16_the_city_pays_half_rounded_half_up_and_the_district_the_rest(
    amount: str, city: str, district: str
) -> None:
    got_city, got_district, step = split(Decimal(amount), SHIPPED)
    assert (got_city, got_district) == (Decimal(city), Decimal(district))
    assert step.rule == "R16"
    assert city in step.text and district in step.text


@pytest.mark.parametrize(("share", "city"), [("60", "5400.00"), ("0", "0.00"), ("100", "9000.00")])
def test_r16_city_share_is_a_parameter(share: str, city: str) -> None:
    got_city, got_district, _ = split(Decimal(9000), with_params(city_share=share))
    assert got_city == Decimal(city)
    assert got_city + got_district == Decimal(9000)


def test_r16_r17_the_city_share_is_rounded_once_from_the_exact_product() -> None:
    policy = with_params(city_share="33.33333333333333333333333333")
    city, district, _ = split(Decimal("14000.00"), policy)
    # 14000 × 33.33333333333333333333333333 % = 4666.666666…62 → 4666.67
    assert (city, district) == (Decimal("4666.67"), Decimal("9333.33"))


def test_r15_r16_an_amount_beyond_what_can_be_paid_is_refused() -> None:
    from counsel.rules.policy import PolicyError

    with pytest.raises(PolicyError, match="超出可处理的范围"):
        with_params(annual_amount="1e1000000")
