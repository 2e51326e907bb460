"""A finalised year refuses every change to its quarters — scores, ratings, reports, the
indicator table — even through an object loaded before the finalisation, until the bureau
records a reopening (who, when, why)."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from counsel.apps.org.models import AssessmentYear
from counsel.apps.quarter.models import IndicatorItem
from counsel.apps.quarter.services.indicators import IndicatorRow, indicator_table_save
from counsel.apps.quarter.services.reports import quarter_report_submit
from counsel.apps.yearend.services.versions import year_finalise, year_reopen
from tests.apps.factories import cst, full_score, rate
from tests.apps.yearend.helpers import score_world

pytestmark = pytest.mark.django_db

FINALISED = "2025年度考核结果已定案，不能再修改"


def _finalise(world) -> None:  # type: ignore[no-untyped-def]
    score_world(world)
    # The world's year object is loaded before the finalisation and stays "open" in memory.
    year_finalise(year=AssessmentYear.objects.get(pk=world.year.pk), actor=world.users["bureau"])
    assert world.year.is_open


def _table(world) -> list[IndicatorRow]:  # type: ignore[no-untyped-def]
    return [
        IndicatorRow(
            id=i.pk,
            name=i.name + "（改）",
            full_marks=i.full_marks,
            requirement=i.requirement,
            deduction=i.deduction,
            per_deduction=i.per_deduction,
            deduction_only=i.deduction_only,
            registration_kind=i.registration_kind,
            required_count=i.required_count,
        )
        for i in IndicatorItem.objects.filter(year=world.year).order_by("order")
    ]


def test_a_finalised_year_refuses_scores_ratings_reports_and_the_indicator_table(world) -> None:
    _finalise(world)
    office = world.users["office_a"]
    with pytest.raises(ValidationError, match=FINALISED):
        full_score(office, world.ea1, world.year, 1)
    with pytest.raises(ValidationError, match=FINALISED):
        rate(office, world.street_a, world.year, 1, {world.ea1: "良好"})
    with pytest.raises(ValidationError, match=FINALISED):
        quarter_report_submit(
            actor=office, street=world.street_a, year=world.year, quarter=1, now=cst(2026, 1, 5)
        )
    with pytest.raises(ValidationError, match=FINALISED):
        indicator_table_save(actor=world.users["bureau"], year=world.year, rows=_table(world))


def test_a_recorded_reopening_lets_the_office_change_its_quarter_again(world) -> None:
    _finalise(world)
    year_reopen(year=world.year, actor=world.users["bureau"], reason="司法所更正第一季度评分")

    score = full_score(world.users["office_a"], world.ea1, world.year, 1)

    assert score.basic == 82
