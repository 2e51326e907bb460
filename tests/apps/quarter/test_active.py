"""R11: the engagements a quarter concerns."""

from __future__ import annotations

import datetime as dt

import pytest

from counsel.apps.org.models import EngagementPeriod
from counsel.apps.quarter.active import active_engagements, is_active, quarter_label

pytestmark = pytest.mark.django_db


def test_an_engagement_ended_in_march_is_active_in_q1_only(world) -> None:
    EngagementPeriod.objects.filter(engagement=world.ea2).update(end=dt.date(2025, 3, 1))
    assert is_active(world.ea2, 2025, 1) and not is_active(world.ea2, 2025, 2)
    assert active_engagements(world.street_a, 2025, 2) == [world.ea1]
    assert active_engagements(world.street_a, 2025, 1) == [world.ea1, world.ea2]


def test_quarters_are_labelled_in_chinese() -> None:
    assert [quarter_label(q) for q in (1, 2, 3, 4)] == [
        "第一季度",
        "第二季度",
        "第三季度",
        "第四季度",
    ]
