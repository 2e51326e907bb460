"""The demo's steps, in order: the one place where the areas add their own. Each step
takes the Demo context and writes through the models or services; `load_demo` runs them
all in one transaction, unless the demo district is there already.

The story, on 3 December 2026: 2025 is complete — registered, scored, rated, reported
quarter by quarter, its declarations decided and its annual reports in — and assessed as
provisional version 1, ready for the bureau to finalise; 2026 is under way."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from django.db import transaction

from counsel.apps.bonus.demo import load_declarations
from counsel.apps.org.models import District
from counsel.apps.quarter.demo import load_quarters
from counsel.apps.worklog.demo import load_registrations
from counsel.apps.yearend.demo import load_year_end
from counsel.web.demo.context import Demo
from counsel.web.demo.district import DISTRICT_CODE, load_district
from counsel.web.demo.people import load_people
from counsel.web.demo.users import load_users
from counsel.web.demo.years import load_years

Step = Callable[[Demo], None]

STEPS: list[tuple[str, Step]] = [
    ("区、街道与社区（村）", load_district),
    ("执业机构、社区律师与结对", load_people),
    ("账号", load_users),
    ("考核年度", load_years),
    ("工作登记", load_registrations),  # before the quarters: duty items follow it
    ("季度评分、满意度评价与季度报送", load_quarters),
    ("加分申报", load_declarations),
    ("年度报送与年度考核试算", load_year_end),
]


def is_loaded() -> bool:
    return District.objects.filter(code=DISTRICT_CODE).exists()


def load_demo(today: dt.date, *, report: Callable[[str], None] = lambda _: None) -> Demo | None:
    """Load the demo district; None (and nothing written) when it is there already."""
    if is_loaded():
        return None
    demo = Demo(today=today)
    with transaction.atomic():
        for label, step in STEPS:
            report(label)
            step(demo)
    return demo
