"""The test world (tests/fixtures/world.py) with a complete year: every quarter scored and
rated within the quotas, so it can be reported and finalised."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from counsel.apps.quarter.models import QuarterScore, SatisfactionRating
from counsel.rules.deadlines import CHINA_STANDARD_TIME
from tests.fixtures.world import World

#: Street A has 2 communities and street B 1: ⌈C/10⌉ = 1, so each street-quarter gives at
#: most one 满意 and at least one 普通.
GRADES = {"E9001": ("80", "满意"), "E9002": ("78.5", "普通"), "E9003": ("76", "普通")}


def score_world(world: World) -> None:
    for engagement in (world.ea1, world.ea2, world.eb1):
        basic, rating = GRADES[engagement.code]
        for quarter in (1, 2, 3, 4):
            QuarterScore.objects.create(
                year=world.year, engagement=engagement, quarter=quarter, basic=Decimal(basic)
            )
            SatisfactionRating.objects.create(
                year=world.year, engagement=engagement, quarter=quarter, rating=rating
            )


def cst(year: int, month: int, day: int, hour: int = 12, minute: int = 0) -> dt.datetime:
    """An instant in China Standard Time (R18 deadlines end at 24:00 CST)."""
    return dt.datetime(year, month, day, hour, minute, tzinfo=CHINA_STANDARD_TIME)
