"""Reading master data through the user's scope."""

from __future__ import annotations

import datetime as dt

import pytest

from counsel.apps.org import selectors
from counsel.apps.org.services import engagement_period_end

pytestmark = pytest.mark.django_db
DAY = dt.date(2025, 8, 1)


def test_street_rows_count_communities_engagements_and_coverage(world) -> None:
    engagement_period_end(period=world.ea2.periods.get(), end=dt.date(2025, 6, 30), actor=None)

    rows = {r.street.name: r for r in selectors.street_rows(world.users["bureau"], DAY)}

    a = rows["湖滨街道"]
    assert (a.communities, a.active, a.engagements, a.coverage) == (2, 1, 1, 50)
    assert rows["清波街道"].coverage == 100


def test_an_office_sees_only_its_street(world) -> None:
    rows = selectors.street_rows(world.users["office_b"], DAY)

    assert [r.street for r in rows] == [world.street_b]


def test_community_rows_carry_the_engagement_serving_on_the_day(world) -> None:
    rows = selectors.community_rows(world.users["office_a"], DAY)

    assert [(r.community, r.current) for r in rows] == [
        (world.a1, world.ea1),
        (world.a2, world.ea2),
    ]


def test_community_rows_filter_by_code_or_name(world) -> None:
    rows = selectors.community_rows(world.users["bureau"], DAY, query="丙")

    assert [r.community for r in rows] == [world.b1]


def test_engagements_filter_by_status(world) -> None:
    engagement_period_end(period=world.ea2.periods.get(), end=dt.date(2025, 6, 30), actor=None)
    user = world.users["bureau"]

    assert list(selectors.engagement_list(user, DAY, status="ended")) == [world.ea2]
    assert world.ea2 not in selectors.engagement_list(user, DAY, status="active")


def test_a_lawyer_sees_their_own_engagements_only(world) -> None:
    assert list(selectors.engagement_list(world.users["lawyer"], DAY)) == [world.ea1]
