"""Reading the values hand-kept sheets and files contain (exchange/values.py)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from counsel.exchange.values import (
    BadValue,
    CellError,
    is_blank,
    read_date,
    read_decimal,
    read_int,
    read_quarter,
    read_rating,
    read_status,
    text,
)
from counsel.rules.types import BonusStatus, Rating

NEW_YEAR = dt.date(2025, 1, 1)


@pytest.mark.parametrize(
    "raw",
    [
        "2025-01-01",
        "2025/1/1",
        "2025年1月1日",
        " 2025 年 1 月 1 日 ",
        "２０２５－０１－０１",
        "2025.1.1",
        dt.date(2025, 1, 1),
        dt.datetime(2025, 1, 1, 9, 30),
    ],
)
def test_a_date_is_read_from_a_date_cell_or_any_of_the_usual_spellings(raw: object) -> None:
    assert read_date(raw) == NEW_YEAR


@pytest.mark.parametrize("raw", ["2025-02-30", "2025-13-01", "明年", "20250101", "1/1/2025"])
def test_a_date_that_is_not_one_is_refused_with_a_chinese_message(raw: str) -> None:
    with pytest.raises(BadValue, match="日期"):
        read_date(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (0.1, Decimal("0.1")),
        (80.5, Decimal("80.5")),
        (81, Decimal(81)),
        ("80.25", Decimal("80.25")),
        (" 80.5 分", Decimal("80.5")),
        ("１２０００.５", Decimal("12000.5")),
        (Decimal("1.10"), Decimal("1.10")),
    ],
)
def test_a_number_is_read_exactly_whether_a_number_or_text(raw: object, expected: Decimal) -> None:
    number = read_decimal(raw)
    assert number == expected
    assert str(number) == str(expected)


def test_a_float_cell_is_read_through_its_shortest_repr_not_its_binary_value() -> None:
    assert read_decimal(0.1) != Decimal.from_float(0.1)
    assert read_decimal(0.1 + 0.2) == Decimal("0.30000000000000004")


@pytest.mark.parametrize("raw", ["八十", "1..2", True, "nan", "inf", ""])
def test_what_is_not_a_finite_number_is_refused(raw: object) -> None:
    with pytest.raises(BadValue):
        read_decimal(raw)


@pytest.mark.parametrize("raw", ["7,5", "80,5", "1,5", "１２,０００.５", "12,000", "８０，５"])
def test_a_number_with_a_comma_is_refused_not_read_as_another_number(raw: str) -> None:
    # A score or a bonus is never in the thousands: "7,5" is a decimal comma, not 75.
    with pytest.raises(BadValue, match="不能含逗号"):
        read_decimal(raw)


def test_an_excel_error_value_is_not_a_number() -> None:
    with pytest.raises(BadValue, match="“#DIV/0!”不是数值"):
        read_decimal(CellError("#DIV/0!"))


def test_an_integer_may_be_written_with_a_zero_fraction_but_not_a_real_one() -> None:
    assert read_int(2025.0) == 2025
    assert read_int("2025") == 2025
    with pytest.raises(BadValue, match="整数"):
        read_int("2025.5")


@pytest.mark.parametrize(
    ("raw", "quarter"),
    [
        (1, 1),
        (2.0, 2),
        ("第3季度", 3),
        ("Q4", 4),
        ("二", 2),
        ("第四季度", 4),
        (Decimal("1.0"), 1),
        (Decimal("4.00"), 4),
        ("3.0", 3),
    ],
)
def test_a_quarter_is_read_as_a_number_or_as_a_clerk_writes_it(raw: object, quarter: int) -> None:
    assert read_quarter(raw) == quarter


@pytest.mark.parametrize("raw", [0, 5, "第五季度", "上半年", Decimal("1.5"), Decimal("5.0"), "1,0"])
def test_a_quarter_outside_one_to_four_is_refused(raw: object) -> None:
    with pytest.raises(BadValue, match="季度"):
        read_quarter(raw)


@pytest.mark.parametrize(
    ("raw", "rating"),
    [
        ("满意", Rating.SATISFIED),
        (" 良好 ", Rating.GOOD),
        ("普通", Rating.ORDINARY),
        ("普通（不赋分）", Rating.ORDINARY_ZERO),
        ("普通(不赋分)", Rating.ORDINARY_ZERO),
        ("普通 ( 不赋分 )", Rating.ORDINARY_ZERO),
        ("ordinary_zero", Rating.ORDINARY_ZERO),
        ("Satisfied", Rating.SATISFIED),
    ],
)
def test_a_rating_is_read_with_full_or_half_width_brackets_and_stray_spaces(
    raw: str, rating: Rating
) -> None:
    assert read_rating(raw) is rating


def test_an_unknown_rating_is_refused_naming_the_four_levels() -> None:
    with pytest.raises(BadValue, match="满意、良好、普通"):
        read_rating("很满意")


@pytest.mark.parametrize(
    ("raw", "status"),
    [
        ("approved", BonusStatus.APPROVED),
        ("已审定", BonusStatus.APPROVED),
        ("申报", BonusStatus.DECLARED),
        ("已确认", BonusStatus.CONFIRMED),
        ("未通过", BonusStatus.REJECTED),
    ],
)
def test_a_bonus_status_is_read_in_english_or_chinese(raw: str, status: BonusStatus) -> None:
    assert read_status(raw) is status


def test_text_is_trimmed_and_made_half_width_and_whole_floats_lose_their_fraction() -> None:
    assert text("　Ｌ００１ ") == "L001"
    assert text(330102001001.0) == "330102001001"
    assert text(None) == ""
    assert is_blank("　") and is_blank(None) and not is_blank(0)


@pytest.mark.parametrize(
    "raw", ["1e1000000", "1e15", "-1e20", "1e-21", "9" * 5000, Decimal("1E+999999")]
)
def test_a_number_far_beyond_any_score_is_refused_not_computed_with(raw: object) -> None:
    with pytest.raises(BadValue, match="超出可处理的范围"):
        read_decimal(raw)


@pytest.mark.parametrize(
    "raw", ["999999999999999.99", "1e-20", "0", "0e-1000", "80.0049999999999999999999999999"]
)
def test_a_number_within_reach_is_read_exactly(raw: str) -> None:
    assert read_decimal(raw) == Decimal(raw)
