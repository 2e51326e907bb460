"""The engine run on the year as the database holds it now (nothing is stored)."""

from __future__ import annotations

from dataclasses import dataclass

from counsel.apps.assessment.selectors import policy_for, year_input
from counsel.apps.org.models import AssessmentYear
from counsel.apps.yearend.models import TieDecision
from counsel.rules import assess
from counsel.rules.policy import Policy
from counsel.rules.types import Result, TieOrder, YearInput


@dataclass(frozen=True)
class Run:
    data: YearInput
    policy: Policy
    result: Result


def tie_orders(year: AssessmentYear) -> tuple[TieOrder, ...]:
    """R14: the bureau's recorded orders in force (the latest per group)."""
    return tuple(
        TieOrder(tuple(d.engagements), d.reason)
        for d in TieDecision.objects.filter(year=year, active=True).order_by("id")
    )


def year_run(year: AssessmentYear) -> Run:
    data = year_input(year, tie_orders=tie_orders(year))
    policy = policy_for(year)
    return Run(data, policy, assess(data, policy))
