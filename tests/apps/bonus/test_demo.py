"""The demo step takes the generated declarations through the whole workflow."""

from __future__ import annotations

import datetime as dt
import io
import random

import pytest

from counsel.apps.bonus import demo
from counsel.apps.bonus.models import BonusClaim, BonusDeclaration, ClaimStatus, DeclarationStatus
from tests.apps.bonus.helpers import draft

pytestmark = pytest.mark.django_db

CLAIMS = tuple(
    (key, f"{key} 事由 {n}", dt.date(2025, 1 + n, 3), None)
    for n, key in enumerate(
        ["honour_district", "media", "major_dispute", "legal_aid_case", "key_task", "media"]
    )
)


def test_the_demo_submits_confirms_and_decides_every_declaration(world) -> None:
    for engagement in (world.ea1, world.ea2, world.eb1):
        draft(world, engagement=engagement, claims=CLAIMS, evidence=False)
    out = io.StringIO()
    demo.step(rng=random.Random(7), stdout=out)

    declarations = BonusDeclaration.objects.order_by("engagement__code")
    assert {d.status for d in declarations} == {DeclarationStatus.REVIEWED}
    assert [d.submitted_late for d in declarations] == [False, False, True]
    assert [d.community_agrees for d in declarations] == [True, False, True]
    assert all(d.submitted_at.date() <= dt.date(2026, 1, 12) for d in declarations)
    claims = BonusClaim.objects.all()
    assert all(c.evidence.exists() for c in claims)
    lowered = [c for c in claims if c.is_lowered]
    rejected = [c for c in claims if c.status == ClaimStatus.REJECTED]
    assert lowered and rejected and all(c.decision_reason for c in lowered + rejected)
    assert "核减" in out.getvalue()


def test_the_demo_leaves_decided_work_alone(world) -> None:
    demo.step(rng=random.Random(1), stdout=io.StringIO())
    assert not BonusDeclaration.objects.exists()
