"""Readiness: every problem the engine reports with where it is fixed, the boundary ties
and their recorded orders."""

from __future__ import annotations

import pytest
from django.urls import reverse

from counsel.apps.yearend.selectors.readiness import readiness, tie_for
from counsel.apps.yearend.services.ties import tie_decision_record
from tests.apps.bonus.helpers import claims, confirmed
from tests.apps.yearend.cases import case, load_case
from tests.apps.yearend.helpers import score_world

pytestmark = pytest.mark.django_db


def test_a_world_without_scores_lists_each_missing_score_and_rating(world) -> None:
    state = readiness(world.year)
    assert not state.final
    found = {(p.issue.code, p.issue.engagement, p.issue.quarter) for p in state.problems}
    expected = {
        (code, e, q)
        for code in ("missing_score", "missing_rating")
        for e in ("E9001", "E9002", "E9003")
        for q in (1, 2, 3, 4)
    }
    assert found == expected
    assert {p.label for p in state.problems} == {"缺少季度基础履职得分", "缺少季度满意度评价"}


def test_a_complete_world_is_ready_and_pending_declarations_are_counted(world) -> None:
    score_world(world)
    confirmed(world)
    state = readiness(world.year)
    assert state.final and state.problems == [] and state.pending_declarations == 1


def test_a_bonus_approved_above_its_points_links_to_the_declaration(world) -> None:
    score_world(world)
    declaration = confirmed(world)
    claim = claims(declaration)[0]
    claim.status, claim.approved_points = "approved", 9  # as a bad import might leave it
    claim.save()
    problem = readiness(world.year).problems[0]
    assert problem.issue.code == "bad_value"
    assert problem.url == reverse("bonus:declaration", kwargs={"pk": declaration.pk})


def test_a_manual_tie_is_listed_with_a_link_to_record_its_order() -> None:
    year = load_case(case("manual-tie"))
    state = readiness(year)
    assert [p.issue.code for p in state.problems] == ["tie_unresolved"]
    assert state.problems[0].url == f"{reverse('yearend:tie')}?year=2025#ties"
    tie = tie_for(state, "T01,T02")
    assert tie is not None and tie.decision is None and tie.boundary_label == "第一档与第二档之间"
    assert [m.total for m in tie.members] == ["93.50", "93.50"]

    tie_decision_record(
        year=year, actor=None, group=["T01", "T02"], order=["T02", "T01"], reason="r"
    )
    state = readiness(year)
    assert state.final and tie_for(state, "T01,T02").decision.engagements == ["T02", "T01"]
