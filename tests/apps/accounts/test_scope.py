"""Scope helpers added for the master data pages."""

from __future__ import annotations

import datetime as dt

import pytest

from counsel.apps.accounts import scope
from counsel.apps.org.models import LawFirm
from counsel.apps.org.services import engagement_period_end

pytestmark = pytest.mark.django_db
DAY = dt.date(2025, 8, 1)


def test_a_community_head_sees_the_phone_of_the_lawyer_serving_them_today(world) -> None:
    head = world.users["community"]

    assert scope.sees_lawyer_phone(head, world.lawyer_a1, today=DAY)
    assert not scope.sees_lawyer_phone(head, world.lawyer_a2, today=DAY)


def test_once_the_engagement_ended_the_phone_is_masked_again(world) -> None:
    engagement_period_end(period=world.ea1.periods.get(), end=dt.date(2025, 6, 30), actor=None)

    assert not scope.sees_lawyer_phone(world.users["community"], world.lawyer_a1, today=DAY)


@pytest.mark.parametrize("persona", ["office_a", "lawyer"])
def test_only_the_bureau_and_the_community_see_a_phone(world, persona) -> None:
    assert not scope.sees_lawyer_phone(world.users[persona], world.lawyer_a1, today=DAY)
    assert scope.sees_lawyer_phone(world.users["bureau"], world.lawyer_a1, today=DAY)


def test_firms_are_those_of_the_lawyers_in_scope(world) -> None:
    LawFirm.objects.create(name="无关律所")

    assert list(scope.law_firms(world.users["office_b"])) == [world.lawyer_b1.firm]
    assert scope.law_firms(world.users["bureau"]).count() == 2
