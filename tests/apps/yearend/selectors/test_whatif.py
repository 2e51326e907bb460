"""What-if: the real input under other parameters; nothing stored; who moves and the budget
difference against the real result."""

from __future__ import annotations

from decimal import Decimal

import pytest

from counsel.apps.org.models import AssessmentYear
from counsel.apps.yearend.models import ResultVersion
from counsel.apps.yearend.selectors.whatif import base_parameters, whatif_run
from counsel.apps.yearend.services.versions import year_finalise
from counsel.rules.policy import PolicyError
from tests.apps.yearend.cases import case, load_case

pytestmark = pytest.mark.django_db


def test_include_90th_on_twenty_ranked_moves_position_18_to_the_third_tier() -> None:
    year = load_case(case("twenty-ranked"))
    real = year_finalise(year=year, actor=None)
    before = ResultVersion.objects.count(), AssessmentYear.objects.get(pk=year.pk).parameters

    outcome = whatif_run(year, base_parameters(year) | {"bottom_tier": "include_90th"})

    position_18 = real.result_json["engagements"][17]["id"]
    moves = [(c.id, c.old_tier, c.new_tier) for c in outcome.comparison.tier_moves]
    assert moves == [(position_18, "第二档", "第三档")]
    assert outcome.comparison.budget_difference == Decimal("-2000.00")
    assert outcome.comparison.tier_moves[0].amount_difference == Decimal("-2000.00")
    assert outcome.comparison.tier_moves[0].lawyer == "欧阳律师10"
    assert (
        ResultVersion.objects.count(),
        AssessmentYear.objects.get(pk=year.pk).parameters,
    ) == before


def test_the_same_parameters_change_nothing() -> None:
    year = load_case(case("small-street"))
    year_finalise(year=year, actor=None)
    outcome = whatif_run(year, base_parameters(year))
    assert outcome.comparison.changes == () and outcome.comparison.budget_difference == 0


def test_amounts_and_rounding_change_the_budget() -> None:
    year = load_case(case("part-year"))
    year_finalise(year=year, actor=None)
    outcome = whatif_run(year, base_parameters(year) | {"week_rounding": "floor"})
    # ceil → floor: each part-year engagement with a broken week loses one week
    changed = {c.id: c.amount_difference for c in outcome.comparison.amount_changes}
    assert changed and all(d < 0 for d in changed.values())
    assert sum(changed.values()) == outcome.comparison.budget_difference
    dearer = whatif_run(year, base_parameters(year) | {"annual_amount": "13000"})
    assert dearer.comparison.budget_difference > 0
    assert dearer.result.totals.pool == Decimal("78000.00")


def test_without_a_version_the_live_data_is_compared(world) -> None:
    outcome = whatif_run(world.year, base_parameters(world.year) | {"bonus_cap": None})
    assert outcome.base is None and not outcome.result.final


def test_a_bad_parameter_is_refused_by_the_policy(world) -> None:
    with pytest.raises(PolicyError):
        whatif_run(world.year, base_parameters(world.year) | {"tier_share": "80"})
