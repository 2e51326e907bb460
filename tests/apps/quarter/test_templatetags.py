"""Times on screen in China Standard Time whatever the server's zone."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.test import override_settings

from counsel.apps.quarter.templatetags.cst import cst, points


@override_settings(TIME_ZONE="America/New_York")
def test_an_instant_is_shown_in_china_standard_time() -> None:
    moment = dt.datetime(2026, 4, 20, 15, 59, tzinfo=dt.UTC)
    assert cst(moment) == "2026-04-20 23:59"
    assert cst(None) == ""


def test_points_are_written_as_a_clerk_writes_them() -> None:
    assert points(Decimal("80.50")) == "80.5"
    assert points(Decimal("82.00")) == "82"
    assert points(None) == "—"
