"""The assessment year's policy as the year page shows it: each parameter with its value,
its rule and §, and the note of the policy file; the indicator table, the bonus catalog,
the satisfaction points and the R18 deadlines with their dates."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass

from counsel.apps.assessment.selectors import policy_for
from counsel.apps.org.models import AssessmentYear
from counsel.apps.org.policy_labels import parameter_label, value_label
from counsel.rules.deadlines import Due, deadlines
from counsel.rules.exact import plain
from counsel.rules.policy import CHOICES, PARAMETERS, BonusItem, Indicator, Policy


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
                label=parameter_label(name),
                value=value_label(getattr(policy, name)),
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
