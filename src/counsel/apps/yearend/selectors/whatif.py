"""What-if (R5, R13–R16 parameters): the current version's input run under other
parameters — nothing is stored — against the real result."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from counsel.apps.assessment.selectors import policy_for
from counsel.apps.org.models import AssessmentYear
from counsel.apps.yearend import snapshot
from counsel.apps.yearend.compare import Comparison, compare
from counsel.apps.yearend.models import ResultVersion
from counsel.apps.yearend.selectors.runs import year_run
from counsel.apps.yearend.selectors.versions import current_version, names
from counsel.exchange.json_io import result_dict
from counsel.rules import assess
from counsel.rules.types import Result


@dataclass(frozen=True)
class WhatIf:
    base: ResultVersion | None  # None: no version yet, the live data was used
    parameters: Mapping[str, object]
    result: Result
    comparison: Comparison


def base_parameters(year: AssessmentYear) -> dict[str, object]:
    """The parameters of the real result: the current version's, else the policy in force."""
    version = current_version(year)
    if version is not None:
        return dict(version.parameters)
    return policy_for(year).parameters()


def whatif_run(year: AssessmentYear, parameters: Mapping[str, object]) -> WhatIf:
    """Assess the real input again with `parameters` (PolicyError if one is bad)."""
    version = current_version(year)
    if version is not None:
        policy = snapshot.stored_policy(version.policy_toml, parameters, version.catalog)
        data = snapshot.stored_input(version.input_json, version.tie_orders)
        real: dict[str, Any] = version.result_json
        who = names(version)
        lawyer_names, community_names = who.lawyer_names(), who.community_names()
    else:
        run = year_run(year)
        policy = policy_for(year, parameters=dict(parameters))
        data = run.data
        real = result_dict(run.result)
        lawyer_names = {lw.id: lw.name for lw in data.lawyers}
        community_names = {c.code: c.name for c in data.communities}
    result = assess(data, policy)
    return WhatIf(
        base=version,
        parameters=dict(parameters),
        result=result,
        comparison=compare(real, result_dict(result), lawyer_names, community_names),
    )
