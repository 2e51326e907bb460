"""The assessment year's policy as the year page shows it: each parameter with its value,
its rule and §, and the note of the policy file; the indicator table, the bonus catalog,
the satisfaction points and the R18 deadlines with their dates."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from decimal import Decimal

from counsel.apps.assessment.selectors import policy_for
from counsel.apps.org.models import AssessmentYear
from counsel.rules.deadlines import Due, deadlines
from counsel.rules.exact import plain
from counsel.rules.policy import CHOICES, PARAMETERS, BonusItem, Indicator, Policy

PARAMETER_LABELS = {
    "basic_aggregation": "年度基础履职分计算方式",
    "quota_base": "满意度配额基数",
    "quota_share": "满意度配额比例（%）",
    "bottom_tier": "第三档人数认定",
    "boundary_ties": "跨档同分处理",
    "week_rounding": "不满一年按周计发的取整",
    "tier_share": "第一档、第三档人数比例（%）",
    "annual_amount": "年度补贴标准（元/社区）",
    "tier1_amount": "第一档金额（元）",
    "tier3_amount": "第三档金额（元）",
    "weeks_per_year": "每年周数",
    "bonus_cap": "每个结对年度加分上限",
    "city_share": "市级财政承担比例（%）",
    "basic_full_marks": "基础履职满分",
}
CHOICE_LABELS = {
    "mean": "mean：在岗季度取平均",
    "sum": "sum：各季度求和",
    "communities": "communities：按街道社区（村）数",
    "rated": "rated：按当季评价数",
    "symmetric": "symmetric：末 k 名",
    "include_90th": "include_90th：含排名第 90% 者",
    "favourable": "favourable：均按较优档次",
    "manual": "manual：由区司法局排序",
    "floor": "floor：只计满周",
    "half_up": "half_up：四舍五入",
    "ceil": "ceil：不足一周按一周",
}


@dataclass(frozen=True)
class ParameterRow:
    name: str
    label: str
    value: str
    ref: str
    note: str
    adjusted: bool  # the bureau's choice for the year differs from the policy file
    choices: tuple[str, ...]


@dataclass(frozen=True)
class YearPolicy:
    year: AssessmentYear
    policy: Policy
    parameters: list[ParameterRow]
    indicators: tuple[Indicator, ...]
    bonus_items: tuple[BonusItem, ...]
    satisfaction: list[tuple[str, str]]
    deadlines: tuple[Due, ...]
    illustrative: str


def _shown(value: object) -> str:
    if value is None:
        return "不设上限"
    if isinstance(value, Decimal):
        return plain(value)
    return CHOICE_LABELS.get(str(value), str(value))


def year_policy(year: AssessmentYear) -> YearPolicy:
    policy = policy_for(year)
    data = tomllib.loads(year.policy_toml)
    entries = data.get("parameters", {})
    rows = []
    for name in PARAMETERS:
        entry = entries.get(name, {})
        note = entry.get("note", "") if isinstance(entry, dict) else ""
        rows.append(
            ParameterRow(
                name=name,
                label=PARAMETER_LABELS.get(name, name),
                value=_shown(getattr(policy, name)),
                ref=policy.refs.get(name, ""),
                note=str(note),
                adjusted=name in year.parameters,
                choices=CHOICES.get(name, ()),
            )
        )
    return YearPolicy(
        year=year,
        policy=policy,
        parameters=rows,
        indicators=policy.indicators,
        bonus_items=policy.bonus_items,
        satisfaction=[(r.value, plain(p)) for r, p in policy.satisfaction_points.items()],
        deadlines=deadlines(year.year, policy),
        illustrative=str(data.get("meta", {}).get("illustrative", "")),
    )
