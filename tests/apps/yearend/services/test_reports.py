"""R18: an office reports its street's year by 1/25 of Y+1 (CST); not while something is
missing or a declaration awaits its decision; the reviewed declarations go with it."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile

from counsel.apps.bonus.models import BonusCatalogItem, DeclarationStatus
from counsel.apps.bonus.services import declaration as lawyer
from counsel.apps.bonus.services import review
from counsel.apps.yearend.models import AnnualReport
from counsel.apps.yearend.services.reports import annual_report_submit
from tests.apps.yearend.helpers import cst, score_world

pytestmark = pytest.mark.django_db


def _confirmed_declaration(world):  # type: ignore[no-untyped-def]
    declaration = lawyer.declaration_open(year=world.year, engagement=world.ea1, actor=None)
    item = BonusCatalogItem.objects.get(year=world.year, key="media")
    claim = lawyer.claim_add(
        declaration=declaration,
        actor=None,
        item=item,
        reason="经验被区级媒体刊用",
        occurred_on=dt.date(2025, 5, 1),
    )
    lawyer.evidence_add(claim=claim, actor=None, upload=ContentFile(b"x", name="报道.png"))
    lawyer.declaration_submit(declaration=declaration, actor=None, now=cst(2026, 1, 5))
    review.community_opinion_give(declaration=declaration, actor=None, agrees=True, remark="")
    return declaration, claim


def test_a_street_with_missing_scores_cannot_report(world) -> None:
    with pytest.raises(ValidationError, match="问题未解决"):
        annual_report_submit(year=world.year, street=world.street_a, actor=None)
    assert not AnnualReport.objects.exists()


def test_a_street_cannot_report_while_a_declaration_awaits_its_decision(world) -> None:
    score_world(world)
    _confirmed_declaration(world)
    with pytest.raises(ValidationError, match="待司法所审定"):
        annual_report_submit(year=world.year, street=world.street_a, actor=None)


@pytest.mark.parametrize(
    ("moment", "late"),
    [(cst(2026, 1, 25, 23, 59), False), (cst(2026, 1, 26, 0, 30), True)],
    ids=["23:59 on the day", "00:30 the next day"],
)
def test_the_report_is_late_after_25_january_in_china_standard_time(world, moment, late) -> None:
    score_world(world)
    declaration, claim = _confirmed_declaration(world)
    review.claim_decide(claim=claim, actor=None, decision=review.APPROVE)
    office = world.users["office_a"]
    report = annual_report_submit(
        year=world.year, street=world.street_a, actor=office, remark="全年无异常", now=moment
    )
    assert report.late is late
    assert report.reported_by == office and report.reported_at == moment
    declaration.refresh_from_db()
    assert declaration.status == DeclarationStatus.REPORTED
    assert declaration.reported_at == moment


def test_a_street_reports_once(world) -> None:
    score_world(world)
    annual_report_submit(year=world.year, street=world.street_b, actor=None)
    with pytest.raises(ValidationError, match="已经报送"):
        annual_report_submit(year=world.year, street=world.street_b, actor=None)


def test_the_utc_server_clock_does_not_change_the_verdict(world, settings) -> None:
    settings.TIME_ZONE = "UTC"
    score_world(world)
    on_time = dt.datetime(2026, 1, 25, 15, 59, tzinfo=dt.UTC)  # 23:59 CST
    report = annual_report_submit(year=world.year, street=world.street_b, actor=None, now=on_time)
    assert report.late is False
