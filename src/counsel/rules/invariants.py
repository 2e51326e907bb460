"""The invariants of a usable policy (R3, R6–R8, R10, R13, R16, R18).

A policy file or an override that breaks one is refused with a `PolicyError` naming the
entry at fault; `counsel.rules.policy` re-exports both.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from counsel.rules.types import Rating

if TYPE_CHECKING:
    from counsel.rules.policy import BonusItem, Deadline, Policy

#: R3 §4.2: 基础履职 82 + 满意度评价 18 = 基础分 100; the text fixes both parts.
BASIC_FULL_MARKS = Decimal(82)
SATISFACTION_FULL_MARKS = Decimal(18)
QUARTERS_PER_YEAR = 4


class PolicyError(ValueError):
    """A policy that cannot be used; `name` is the entry at fault (`file`: the whole file)."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(message if name == "file" else f"政策参数 {name}：{message}")
        self.name = name


def check(policy: Policy) -> None:
    """The invariants of a usable policy (R3 §4.2, R6–R8 §4.2.1–§4.2.2, R10 §4.2.3, R13 §4.4,
    R16 §4.3, R18 §4.5)."""
    if not Decimal(0) < policy.tier_share <= Decimal(50):
        raise PolicyError("tier_share", f"应在 0 与 50 之间，实为 {policy.tier_share}")
    if not Decimal(0) < policy.quota_share <= Decimal(100):
        raise PolicyError("quota_share", f"应在 0 与 100 之间，实为 {policy.quota_share}")
    if policy.city_share > Decimal(100):
        raise PolicyError("city_share", f"不得超过 100，实为 {policy.city_share}")
    if not policy.tier1_amount >= policy.annual_amount >= policy.tier3_amount:
        raise PolicyError(
            "tier1_amount",
            f"档次金额应为第一档 ≥ 第二档 ≥ 第三档（R13 上浮或下调），实为 "
            f"{policy.tier1_amount}、{policy.annual_amount}、{policy.tier3_amount}",
        )
    if policy.basic_full_marks != BASIC_FULL_MARKS:
        raise PolicyError(
            "basic_full_marks",
            f"基础履职满分应为 {BASIC_FULL_MARKS} 分（R3 §4.2），实为 {policy.basic_full_marks}",
        )
    _check_indicators(policy)
    _check_satisfaction(policy)
    _check_bonus_items(policy.bonus_items)
    for deadline in policy.deadlines:
        _check_deadline(deadline)


def _check_indicators(policy: Policy) -> None:
    """R6 §4.2.1: the indicator table's full marks add up to 82 (20.5 a quarter under `sum`)."""
    marks = sum((item.full_marks for item in policy.indicators), Decimal(0))
    if marks != policy.basic_full_marks:
        raise PolicyError(
            "indicators",
            f"指标表各项满分合计 {marks} 分，应为基础履职满分 {policy.basic_full_marks} 分",
        )
    keys = [item.key for item in policy.indicators]
    if len(set(keys)) != len(keys):
        raise PolicyError("indicators", "指标编号重复")
    for item in policy.indicators:
        where = f"indicators.{item.key}"
        if item.full_marks < 0 or item.per_deduction < 0:
            raise PolicyError(where, "满分和每次扣分不得为负数")
        if item.deduction_only and item.full_marks != 0:
            # R20: a deduction-only item never gives points, so it adds nothing to the 82.
            raise PolicyError(where, f"只扣不加的项目满分应为 0，实为 {item.full_marks}")


def _check_satisfaction(policy: Policy) -> None:
    """R7 §4.2.2: 满意 ≥ 良好 ≥ 普通 ≥ 普通（不赋分） = 0, four quarters of 满意 = 18 (R3)."""
    points = policy.satisfaction_points
    missing = [rating.value for rating in Rating if rating not in points]
    if missing:
        raise PolicyError("satisfaction", f"缺少满意度等级 {'、'.join(missing)} 的分值")
    if points[Rating.ORDINARY_ZERO] != 0:
        raise PolicyError("satisfaction", "“普通（不赋分）”的分值应为 0")
    ladder = [points[rating] for rating in Rating]
    if ladder != sorted(ladder, reverse=True):
        raise PolicyError("satisfaction", "分值应为 满意 ≥ 良好 ≥ 普通 ≥ 普通（不赋分）")
    if points[Rating.SATISFIED] * QUARTERS_PER_YEAR != SATISFACTION_FULL_MARKS:
        raise PolicyError(
            "satisfaction",
            f"“满意”每季度 {points[Rating.SATISFIED]} 分，四个季度合计应为满意度满分 "
            f"{SATISFACTION_FULL_MARKS} 分（R3 §4.2）",
        )


def _check_bonus_items(items: tuple[BonusItem, ...]) -> None:
    """R10 §4.2.3: keys unique, points per occurrence positive, annual caps not negative."""
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        raise PolicyError("bonus", "加分项目编号重复")
    for item in items:
        if item.points <= 0 or (item.annual_cap is not None and item.annual_cap < 0):
            raise PolicyError(f"bonus.{item.key}", "每次分值应为正数，年度上限不得为负数")


def _check_deadline(deadline: Deadline) -> None:
    """R18 §4.5: a date that exists in every year (no 29 February), in year Y or Y + 1."""
    where = f"deadlines.{deadline.key}"
    if deadline.year_offset not in (0, 1):
        raise PolicyError(
            where, f"year 应为 0（考核年度）或 1（次年），实为 {deadline.year_offset}"
        )
    try:
        dt.date(2001, deadline.month, deadline.day)
    except (ValueError, OverflowError):
        raise PolicyError(
            where, f"{deadline.month} 月 {deadline.day} 日不是每年都有的日期"
        ) from None
    if deadline.quarter is not None and deadline.quarter not in (1, 2, 3, 4):
        raise PolicyError(where, f"quarter 应为 1–4，实为 {deadline.quarter}")
