"""The policy parameters as a clerk reads them: a Chinese name with its rule, and each
choice in words. The codes (mean, include_90th …) are RULES.md's; the screens show words."""

from __future__ import annotations

from decimal import Decimal

from counsel.rules.exact import plain

PARAMETER_LABELS = {
    "basic_aggregation": "基础履职年度汇总（R5）",
    "quota_base": "满意度配额基数（R8）",
    "quota_share": "满意度配额比例 %（R8）",
    "bottom_tier": "第三档人数（R13）",
    "boundary_ties": "跨档同分（R14）",
    "week_rounding": "不满一年计周（R15）",
    "tier_share": "第一、三档各占比例 %（R13）",
    "annual_amount": "第二档金额／每社区统筹标准（元）",
    "tier1_amount": "第一档金额（元）",
    "tier3_amount": "第三档金额（元）",
    "weeks_per_year": "每年周数（R15）",
    "bonus_cap": "每年加分上限（R10）",
    "city_share": "市级承担比例 %（R16）",
    "basic_full_marks": "基础履职满分（R4）",
}
CHOICE_LABELS = {
    "mean": "各季度满分 82，取平均",
    "sum": "各季度满分 20.5，求和",
    "communities": "按街道社区（村）数",
    "rated": "按当季实际评价数",
    "symmetric": "末 k 名（与第一档对称）",
    "include_90th": "排名第 90% 者并入第三档",
    "favourable": "均按较优档次",
    "manual": "由区司法局记录排序",
    "floor": "只计满周",
    "half_up": "四舍五入",
    "ceil": "不足一周按一周",
}


def parameter_label(name: str) -> str:
    return PARAMETER_LABELS.get(name, name)


def value_label(value: object) -> str:
    """A parameter's value in words: a choice by its label, a number as written, no cap."""
    if value is None or value == "none":
        return "不设上限"
    if isinstance(value, Decimal):
        return plain(value)
    return CHOICE_LABELS.get(str(value), str(value))
