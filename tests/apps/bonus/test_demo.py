"""The demo's declarations, made through the services: last year's all decided and
reported, this year's under way."""

from __future__ import annotations

import datetime as dt

import pytest

from counsel.apps.bonus.demo import load_declarations
from counsel.apps.bonus.models import BonusClaim, BonusDeclaration, ClaimStatus, DeclarationStatus
from counsel.apps.org.services import assessment_year_create
from counsel.web.demo.context import Demo
from tests.apps.factories import add_communities

pytestmark = pytest.mark.django_db


@pytest.fixture
def district(world):  # type: ignore[no-untyped-def]
    add_communities(world, world.street_a, 12)
    add_communities(world, world.street_b, 12)
    assessment_year_create(year=2026, actor=None)
    return world


def test_last_year_s_declarations_are_all_decided_and_reported(district) -> None:
    demo = Demo.of_database(dt.date(2026, 12, 3))
    load_declarations(demo)

    last = BonusDeclaration.objects.filter(year__year=2025).order_by("submitted_at")
    assert last.count() >= 5
    assert {d.status for d in last} == {DeclarationStatus.REPORTED}
    assert sum(d.submitted_late for d in last) == 1
    assert sum(d.community_agrees is False for d in last) == 1
    claims = BonusClaim.objects.filter(declaration__year__year=2025)
    assert {c.status for c in claims} == {ClaimStatus.APPROVED, ClaimStatus.REJECTED}
    assert all(c.evidence.exists() for c in claims)
    decided = [c for c in claims if c.is_lowered or c.status == ClaimStatus.REJECTED]
    assert decided and all(c.decision_reason for c in decided)
    assert "报区司法局" in demo.notes[0]


def test_this_year_s_declarations_are_under_way(district) -> None:
    demo = Demo.of_database(dt.date(2026, 12, 3))
    load_declarations(demo)

    this = BonusDeclaration.objects.filter(year__year=2026)
    assert this.exists()
    assert {d.status for d in this} <= {
        DeclarationStatus.DRAFT,
        DeclarationStatus.SUBMITTED,
        DeclarationStatus.CONFIRMED,
    }
    assert all(
        c.occurred_on < dt.date(2026, 12, 3)
        for c in BonusClaim.objects.filter(declaration__in=this)
    )
