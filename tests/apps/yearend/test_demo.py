"""The demo step: every street reports (one late), then provisional version 1."""

from __future__ import annotations

import io
import random

import pytest

from counsel.apps.org.models import AssessmentYear
from counsel.apps.yearend import demo
from counsel.apps.yearend.models import AnnualReport, ResultVersion
from tests.apps.yearend.helpers import score_world

pytestmark = pytest.mark.django_db


def test_the_demo_reports_every_street_one_late_and_assesses_without_finalising(world) -> None:
    score_world(world)
    out = io.StringIO()
    demo.step(rng=random.Random(3), stdout=out)
    reports = AnnualReport.objects.all()
    assert reports.count() == 2 and sum(r.late for r in reports) == 1
    version = ResultVersion.objects.get()
    assert version.number == 1 and not version.final and version.current
    assert version.result_json["final"] is True
    assert AssessmentYear.objects.get(year=2025).is_open
    assert "第1版" in out.getvalue()


def test_a_street_that_cannot_report_is_named_and_the_year_is_still_assessed(world) -> None:
    out = io.StringIO()
    demo.step(rng=random.Random(3), stdout=out)
    assert "湖滨街道 未能报送" in out.getvalue()
    assert ResultVersion.objects.get().result_json["final"] is False
