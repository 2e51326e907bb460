"""R14 manual: the bureau's order of a tied group needs a reason and exactly the group."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from counsel.apps.yearend.models import TieDecision
from counsel.apps.yearend.selectors.runs import tie_orders
from counsel.apps.yearend.services.ties import tie_decision_record
from counsel.apps.yearend.services.versions import year_finalise
from tests.apps.yearend.cases import case, load_case

pytestmark = pytest.mark.django_db


def test_an_order_without_a_reason_is_refused(world) -> None:
    with pytest.raises(ValidationError, match="理由"):
        tie_decision_record(
            year=world.year, actor=None, group=["A", "B"], order=["B", "A"], reason="  "
        )
    assert not TieDecision.objects.exists()


@pytest.mark.parametrize("order", [["A"], ["A", "A"], ["A", "C"], ["A", "B", "C"]])
def test_an_order_must_hold_each_engagement_of_the_group_once(world, order) -> None:
    with pytest.raises(ValidationError, match="恰好包含"):
        tie_decision_record(year=world.year, actor=None, group=["A", "B"], order=order, reason="x")


def test_a_newer_order_of_the_same_group_replaces_the_older_which_is_kept(world) -> None:
    bureau = world.users["bureau"]
    first = tie_decision_record(
        year=world.year, actor=bureau, group=["A", "B"], order=["A", "B"], reason="先"
    )
    second = tie_decision_record(
        year=world.year, actor=bureau, group=["B", "A"], order=["B", "A"], reason="后"
    )
    first.refresh_from_db()
    assert not first.active and second.active
    assert [o.engagements for o in tie_orders(world.year)] == [("B", "A")]
    assert second.decided_by == bureau and second.history.first().history_user == bureau


def test_no_order_can_be_recorded_once_the_year_is_finalised() -> None:
    year = load_case(case("small-street"))
    year_finalise(year=year, actor=None)
    with pytest.raises(ValidationError, match="已定案"):
        tie_decision_record(year=year, actor=None, group=["E01"], order=["E01"], reason="x")
