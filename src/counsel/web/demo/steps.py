"""The demo's steps, in order: the one place where an area adds its own (work
registrations, quarterly reports, the declarations' workflow…). Each step takes the Demo
context and writes through the models or services; `load_demo` runs them all in one
transaction, unless the demo district is there already."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from django.db import transaction

from counsel.apps.org.models import District
from counsel.web.demo.bonuses import load_bonuses
from counsel.web.demo.context import Demo
from counsel.web.demo.district import DISTRICT_CODE, load_district
from counsel.web.demo.people import load_people
from counsel.web.demo.scores import load_scores
from counsel.web.demo.users import load_users
from counsel.web.demo.years import load_years

Step = Callable[[Demo], None]

STEPS: list[tuple[str, Step]] = [
    ("区、街道与社区（村）", load_district),
    ("执业机构、社区律师与结对", load_people),
    ("账号", load_users),
    ("考核年度", load_years),
    ("季度考核与满意度评价", load_scores),
    ("加分申报", load_bonuses),
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
