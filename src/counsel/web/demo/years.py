"""The assessment years: last year (scored completely) and this year (in progress), each
with the shipped policy, its indicator table and bonus catalog."""

from __future__ import annotations

from counsel.apps.org.services import assessment_year_create
from counsel.web.demo.context import Demo


def load_years(demo: Demo) -> None:
    for year in (demo.previous_year, demo.current_year):
        demo.years[year] = assessment_year_create(year=year, actor=demo.bureau)
