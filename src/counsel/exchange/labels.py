"""How results read in Chinese: tiers, flags, error codes (the table, the workbook)."""

from __future__ import annotations

from counsel.rules.types import EngagementResult, Tier

TIERS = {Tier.FIRST: "第一档", Tier.SECOND: "第二档", Tier.THIRD: "第三档"}
PART_YEAR = "按周计发"
FLAGS = {"tie_at_boundary": "同分跨档", "part_year": "不满一年"}


def tier(result: EngagementResult) -> str:
    return TIERS[result.tier] if result.tier is not None else PART_YEAR


def flags(result: EngagementResult) -> str:
    return "、".join(FLAGS.get(flag, flag) for flag in result.flags)
