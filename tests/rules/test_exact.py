"""R17: exact arithmetic — half-up to the fen once, integer ⌈ ⌉ and ⌊ ⌋."""

from __future__ import annotations

import decimal
from decimal import Decimal
from fractions import Fraction

import pytest

from counsel.rules.exact import (
    plain,
    ratio_two_places,
    share_ceil,
    share_floor,
    share_is_whole,
    two_places,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0.005", "0.01"),
        ("0.004999", "0.00"),
        ("80.125", "80.13"),
        ("68.125", "68.13"),
        ("-0.005", "-0.01"),
        ("12000", "12000.00"),
    ],
)
def test_r17_two_places_rounds_half_up_to_the_fen(value: str, expected: str) -> None:
    assert str(two_places(Decimal(value))) == expected


def test_r17_a_value_that_rounds_to_zero_is_zero_not_minus_zero() -> None:
    assert str(two_places(Decimal("-0.004"))) == "0.00"


def test_r15_twelve_thousand_over_52_is_230_77_for_one_week() -> None:
    assert ratio_two_places(Decimal(12000), 52) == Decimal("230.77")


def test_r15_the_quotient_is_rounded_once_so_52_weeks_give_12000_not_12000_04() -> None:
    assert ratio_two_places(Decimal(12000) * 52, 52) == Decimal("12000.00")
    assert two_places(Decimal("230.77") * 52) == Decimal("12000.04")  # the wrong way


def test_r5_a_mean_of_three_quarters_is_rounded_from_its_exact_value() -> None:
    # 80 + 80 + 80.03 = 240.03; ÷ 3 = 80.01 exactly; 240.02 ÷ 3 = 80.00666… → 80.01
    assert ratio_two_places(Decimal("240.03"), 3) == Decimal("80.01")
    assert ratio_two_places(Decimal("240.02"), 3) == Decimal("80.01")
    assert ratio_two_places(Decimal("240.01"), 3) == Decimal("80.00")


def test_r17_rounding_does_not_depend_on_the_ambient_decimal_context() -> None:
    with decimal.localcontext() as ctx:
        ctx.prec = 4
        ctx.rounding = decimal.ROUND_DOWN
        assert ratio_two_places(Decimal(12000) * 42, 52) == Decimal("9692.31")
        assert two_places(Decimal("14000.005")) == Decimal("14000.01")


def test_r17_a_zero_denominator_is_refused() -> None:
    with pytest.raises(ZeroDivisionError):
        ratio_two_places(Decimal(1), 0)


def test_r8_ceil_of_c_times_10_percent_is_c_plus_9_floor_div_10_for_every_c() -> None:
    for c in range(0, 10_001):
        assert share_ceil(c, Decimal(10)) == (c + 9) // 10


def test_r8_ceil_of_30_times_10_percent_is_3_where_binary_floats_give_4() -> None:
    assert share_ceil(30, Decimal(10)) == 3
    assert sum([0.1] * 30) > 3  # why the engine never goes through float


def test_r13_floor_of_n_times_10_percent_is_n_floor_div_10() -> None:
    assert [share_floor(n, Decimal(10)) for n in (0, 9, 10, 19, 20, 25, 188)] == [
        0,
        0,
        1,
        1,
        2,
        2,
        18,
    ]


def test_r13_fractional_shares_are_taken_exactly() -> None:
    assert share_floor(40, Decimal("12.5")) == 5
    assert share_floor(39, Decimal("12.5")) == 4
    assert share_ceil(39, Decimal("12.5")) == 5
    assert share_ceil(40, Decimal("12.5")) == Fraction(40 * 125, 1000)


def test_r13_n_times_10_percent_is_whole_only_when_10_divides_n() -> None:
    assert [n for n in range(1, 41) if share_is_whole(n, Decimal(10))] == [10, 20, 30, 40]


@pytest.mark.parametrize(
    ("value", "text"), [("80.50", "80.5"), ("100", "100"), ("0.00", "0"), ("12000.00", "12000")]
)
def test_plain_writes_a_number_as_a_clerk_would(value: str, text: str) -> None:
    assert plain(Decimal(value)) == text


def test_r17_a_sum_is_exact_whatever_the_ambient_precision() -> None:
    from counsel.rules.exact import exact_sum

    long = Decimal("80.0049999999999999999999999999")  # 30 digits: more than the 28 kept
    assert sum([long], Decimal(0)) != long  # what the ambient context does
    assert exact_sum([long]) == long
    with decimal.localcontext(decimal.Context(prec=3)):
        assert exact_sum([Decimal("80.25"), Decimal("0.001")]) == Decimal("80.251")
        assert two_places(exact_sum([long])) == Decimal("80.00")


def test_r17_a_product_is_exact_whatever_the_ambient_precision() -> None:
    from counsel.rules.exact import exact_product

    share = Decimal("33.33333333333333333333333333")
    with decimal.localcontext(decimal.Context(prec=5)):
        product = exact_product(Decimal("14000.00"), share)
    assert Fraction(product) == Fraction(Decimal("14000.00")) * Fraction(share)


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("80.0049999999999999999999999999", "80.0049999999999999999999999999"),
        ("1e1000000", "1E+1000000"),
        ("-1e-1000000", "-1E-1000000"),
        ("820.50", "820.5"),
    ],
)
def test_r17_a_number_is_written_as_it_is_however_long_or_large(value: str, written: str) -> None:
    assert plain(Decimal(value)) == written
