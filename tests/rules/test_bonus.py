"""R9–R10 §4.2.3: bonus points — approved only, per occurrence, per item, overall cap."""

from __future__ import annotations

from decimal import Decimal

from counsel.rules.bonus import annual_bonus
from counsel.rules.types import BonusRecord, BonusStatus

from .support import SHIPPED, with_params

APPROVED = BonusStatus.APPROVED


def rec(item: str | None, points: str, status: BonusStatus = APPROVED) -> BonusRecord:
    return BonusRecord("E1", item, Decimal(points), status)


def test_r9_only_approved_points_count() -> None:
    records = [
        rec("honour_district", "1"),
        rec("honour_district", "1", BonusStatus.DECLARED),
        rec("media", "0.5", BonusStatus.CONFIRMED),
        rec("major_dispute", "1", BonusStatus.REJECTED),
    ]
    bonus, step = annual_bonus(records, SHIPPED)
    assert bonus == Decimal("1.00")
    assert "另有 3 项未审定或未通过，不计分" in step.text


def test_r9_no_approved_item_gives_0_00_and_says_why() -> None:
    bonus, step = annual_bonus([rec("media", "0.5", BonusStatus.DECLARED)], SHIPPED)
    assert bonus == Decimal("0.00")
    assert step.rule == "R9"
    assert "无经审定的加分项目" in step.text


def test_r9_an_approved_occurrence_counts_at_most_the_items_value() -> None:
    # the validator reports the 3 as bad_value; the provisional result counts 1
    bonus, _ = annual_bonus([rec("honour_district", "3")], SHIPPED)
    assert bonus == Decimal("1.00")


def test_r9_lowered_points_count_as_approved() -> None:
    bonus, _ = annual_bonus([rec("honour_city", "1.5")], SHIPPED)
    assert bonus == Decimal("1.50")


def test_r10_each_item_is_held_to_its_annual_cap() -> None:
    # 市级表彰 2 × 3 = 6 → cap 4; 媒体刊用 0.5 × 3 = 1.5 (cap 2, not reached)
    records = [rec("honour_city", "2")] * 3 + [rec("media", "0.5")] * 3
    bonus, step = annual_bonus(records, with_params(bonus_cap=None))
    assert bonus == Decimal("5.50")
    assert step.rule == "R10"
    assert "获市级表彰 6（年度上限 4）→ 4" in step.text


def test_r10_the_overall_cap_applies_after_the_item_caps() -> None:
    # 4 (市级, capped) + 3 (省级) + 1.5 (媒体) = 8.5 → overall cap 5
    records = [rec("honour_city", "2")] * 3 + [rec("honour_province", "3"), rec("media", "0.5")]
    records += [rec("media", "0.5")] * 2
    bonus, step = annual_bonus(records, SHIPPED)
    assert bonus == Decimal("5.00")
    assert "合计 8.5 超过每年上限 5，按 5 计" in step.text


def test_r10_bonus_cap_none_leaves_the_total_uncapped() -> None:
    records = [rec("honour_city", "2")] * 2 + [rec("honour_province", "3")] * 2
    bonus, _ = annual_bonus(records, with_params(bonus_cap=None))
    assert bonus == Decimal("7.00")  # 4 + 3 (province capped at 3 a year)


def test_r10_the_overall_cap_is_a_parameter() -> None:
    bonus, _ = annual_bonus([rec("honour_province", "3")], with_params(bonus_cap="2.5"))
    assert bonus == Decimal("2.50")


def test_r10_a_record_without_a_catalog_item_is_held_only_by_the_overall_cap() -> None:
    bonus, step = annual_bonus([rec(None, "1.5"), rec(None, "2")], SHIPPED)
    assert bonus == Decimal("3.50")
    assert "其他加分 3.5" in step.text


def test_r10_the_trace_lists_the_items_in_a_fixed_order_whatever_the_input_order() -> None:
    records = [rec("media", "0.5"), rec("honour_district", "1"), rec(None, "0.5")]
    first = annual_bonus(records, SHIPPED)
    second = annual_bonus(list(reversed(records)), SHIPPED)
    assert first == second


def test_r10_r17_points_are_added_exactly_before_the_one_rounding() -> None:
    records = [
        rec(None, "1.0049999999999999999999999999"),
        rec(None, "0.0000000000000000000000000001"),
    ]
    bonus, _ = annual_bonus(records, with_params(bonus_cap=None))
    assert bonus == Decimal("1.01")  # exactly 1.005
    bonus, _ = annual_bonus(records[:1], with_params(bonus_cap=None))
    assert bonus == Decimal("1.00")
