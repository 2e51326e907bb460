"""R9: recognising the same event declared twice."""

from __future__ import annotations

import datetime as dt

import pytest

from counsel.apps.bonus.duplicates import possible_duplicates, similar
from counsel.apps.org.models import Community, Engagement, EngagementPeriod
from tests.apps.bonus.helpers import claims, draft


@pytest.mark.parametrize(
    ("a", "b", "alike"),
    [
        ("化解某小区物业费群体纠纷", "化解某小区物业费群体纠纷。", True),
        ("化解 某小区 物业费群体纠纷", "化解某小区物业费群体纠纷", True),
        ("承办王某劳动争议法律援助案件", "承办王某劳动争议法援案件", True),
        ("承办王某劳动争议法律援助案件", "获评市级优秀社区律师", False),
        ("", "", False),
    ],
)
def test_accounts_of_an_event_read_alike_ignoring_spaces_and_punctuation(a, b, alike) -> None:
    assert similar(a, b) is alike


@pytest.mark.django_db
def test_the_reviewer_is_shown_claims_that_may_be_the_same_event(world) -> None:
    mine = draft(
        world, claims=(("major_dispute", "化解某小区物业费群体纠纷", dt.date(2025, 8, 12), None),)
    )
    a3 = Community.objects.create(street=world.street_b, code="330102001052", name="示例戊社区")
    other = Engagement.objects.create(code="E9005", lawyer=world.lawyer_a1, community=a3)
    EngagementPeriod.objects.create(engagement=other, start=dt.date(2025, 1, 1))
    theirs = draft(
        world,
        engagement=other,
        claims=(("major_dispute", "化解某小区物业费群体纠纷一事", dt.date(2025, 9, 1), None),),
    )
    unrelated = draft(
        world,
        engagement=world.eb1,
        claims=(("major_dispute", "化解某小区物业费群体纠纷", dt.date(2025, 8, 12), None),),
    )
    found = possible_duplicates(claims(mine)[0])
    assert claims(theirs)[0] in found  # the same lawyer, another engagement, alike
    assert claims(unrelated)[0] not in found  # another lawyer in another street
