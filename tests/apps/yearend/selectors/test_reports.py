"""R18: a street's year as its office sees it; the streets as the bureau sees them."""

from __future__ import annotations

import pytest

from counsel.apps.yearend.selectors.reports import street_reports, street_year
from counsel.apps.yearend.services.reports import annual_report_submit
from tests.apps.bonus.helpers import confirmed, draft, submitted
from tests.apps.yearend.helpers import cst, score_world

pytestmark = pytest.mark.django_db


def test_the_street_lists_its_problems_only(world) -> None:
    state = street_year(world.year, world.street_b)
    assert {p.issue.engagement for p in state.problems} == {"E9003"}
    assert len(state.problems) == 8 and not state.ready
    assert state.due.date.isoformat() == "2026-01-25"


def test_declarations_are_sorted_by_who_must_act(world) -> None:
    score_world(world)
    confirmed(world)
    submitted(world, engagement=world.ea2)
    draft(world, engagement=world.eb1)
    a = street_year(world.year, world.street_a)
    b = street_year(world.year, world.street_b)
    assert (len(a.to_review), len(a.awaiting_community), len(a.drafts)) == (1, 1, 0)
    assert (len(b.to_review), len(b.awaiting_community), len(b.drafts)) == (0, 0, 1)
    assert not a.ready and b.ready


def test_the_bureau_sees_each_street_reported_late_or_missing(world) -> None:
    score_world(world)
    annual_report_submit(year=world.year, street=world.street_b, actor=None, now=cst(2026, 1, 27))
    states = {r.street.name: (r.state, r.state_label) for r in street_reports(world.year)}
    assert states == {"湖滨街道": ("missing", "未报送"), "清波街道": ("late", "逾期报送")}
