"""The demo's year end: every street reports (one late), then provisional version 1."""

from __future__ import annotations

import datetime as dt

import pytest

from counsel.apps.org.models import AssessmentYear
from counsel.apps.yearend.demo import load_year_end
from counsel.apps.yearend.models import AnnualReport, ResultVersion
from counsel.web.demo.context import Demo
from tests.apps.yearend.helpers import score_world

pytestmark = pytest.mark.django_db


def test_the_demo_reports_every_street_one_late_and_assesses_without_finalising(world) -> None:
    score_world(world)
    demo = Demo.of_database(dt.date(2026, 12, 3))

    load_year_end(demo)

    reports = AnnualReport.objects.all()
    assert reports.count() == 2 and sum(r.late for r in reports) == 1
    version = ResultVersion.objects.get()
    assert version.number == 1 and not version.final and version.current
    assert version.result_json["final"] is True
    assert AssessmentYear.objects.get(year=2025).is_open
    assert "考核试算第1版" in demo.notes[-1]


def test_a_street_that_cannot_report_is_named_and_the_year_is_still_assessed(world) -> None:
    demo = Demo.of_database(dt.date(2026, 12, 3))

    load_year_end(demo)

    assert any(n.startswith("湖滨街道未能报送2025年度") for n in demo.notes)
    assert ResultVersion.objects.get().result_json["final"] is False
