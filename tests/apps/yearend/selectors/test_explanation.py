"""Why an engagement got its amount: rule ids, §, the inputs; only for those who may see
the engagement (another lawyer's answers 404)."""

from __future__ import annotations

import pytest
from django.http import Http404

from counsel.apps.bonus.services import review
from counsel.apps.yearend.selectors.explanation import explanation
from counsel.apps.yearend.services.versions import year_finalise
from tests.apps.bonus.helpers import claims, confirmed
from tests.apps.yearend.helpers import score_world

pytestmark = pytest.mark.django_db


def _finalised_world(world):  # type: ignore[no-untyped-def]
    score_world(world)
    declaration = confirmed(world)
    first, second = claims(declaration)
    review.claim_decide(claim=first, actor=None, decision=review.APPROVE)
    review.claim_decide(claim=second, actor=None, decision=review.REJECT, reason="非本社区")
    return year_finalise(year=world.year, actor=None), declaration


def test_the_lawyer_sees_the_trace_with_rule_ids_and_sections(world) -> None:
    version, declaration = _finalised_world(world)
    x = explanation(world.users["lawyer"], "E9001", version)
    assert [s.rule for s in x.steps] == ["R11", "R5", "R7", "R10", "R3", "R12", "R13", "R13", "R16"]
    assert [s.section for s in x.steps][:4] == ["§4.4", "§4.2.1", "§4.2.2", "§4.2.3"]
    assert "获市级表彰 2" in x.steps[3].text
    assert x.row is not None and str(x.row.amount) == "12000.00" and x.ranked == 3
    assert [(q.quarter, q.basic, q.rating, str(q.points)) for q in x.quarters] == [
        (q, "80.00", "满意", "4.5") for q in (1, 2, 3, 4)
    ]
    assert [(b.item, b.points, b.counts) for b in x.bonuses] == [
        ("获市级表彰", "2.00", True),
        ("成功化解重大矛盾纠纷或群体性事件", "1.00", False),
    ]
    assert x.declaration == declaration


def test_another_lawyers_engagement_is_not_found(world) -> None:
    version, _ = _finalised_world(world)
    with pytest.raises(Http404):
        explanation(world.users["lawyer"], "E9002", version)
    with pytest.raises(Http404):
        explanation(world.users["office_b"], "E9001", version)
    assert explanation(world.users["office_a"], "E9002", version).row is not None


def test_before_any_version_the_page_says_so(world) -> None:
    x = explanation(world.users["lawyer"], "E9001", None)
    assert x.row is None and x.steps == []
