"""Declarations of the test world taken to a given stage through the services."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.core.files.base import ContentFile

from counsel.apps.bonus.models import BonusCatalogItem, BonusClaim, BonusDeclaration
from counsel.apps.bonus.services import declaration as lawyer
from counsel.apps.bonus.services import review
from counsel.apps.org.models import Engagement
from tests.apps.yearend.helpers import cst
from tests.fixtures.world import World


def item(world: World, key: str) -> BonusCatalogItem:
    return BonusCatalogItem.objects.get(year=world.year, key=key)


def pdf(name: str = "证明.pdf") -> ContentFile:
    return ContentFile(b"%PDF-1.4\n%%EOF\n", name=name)


def draft(
    world: World,
    engagement: Engagement | None = None,
    claims: tuple[tuple[str, str, dt.date, Decimal | None], ...] = (
        ("honour_city", "获杭州市优秀社区律师", dt.date(2025, 6, 1), None),
        ("major_dispute", "化解某小区物业费群体纠纷", dt.date(2025, 8, 12), None),
    ),
    *,
    evidence: bool = True,
) -> BonusDeclaration:
    declaration = lawyer.declaration_open(
        year=world.year, engagement=engagement or world.ea1, actor=world.users["lawyer"]
    )
    for key, reason, day, points in claims:
        claim = lawyer.claim_add(
            declaration=declaration,
            actor=None,
            item=item(world, key),
            reason=reason,
            occurred_on=day,
            points=points,
        )
        if evidence:
            lawyer.evidence_add(claim=claim, actor=None, upload=pdf())
    return declaration


def submitted(world: World, **kwargs: object) -> BonusDeclaration:
    declaration = draft(world, **kwargs)  # type: ignore[arg-type]
    return lawyer.declaration_submit(declaration=declaration, actor=None, now=cst(2026, 1, 8))


def confirmed(world: World, *, agrees: bool = True) -> BonusDeclaration:
    declaration = submitted(world)
    return review.community_opinion_give(
        declaration=declaration,
        actor=world.users["community"],
        agrees=agrees,
        remark="" if agrees else "第2项不属实",
    )


def claims(declaration: BonusDeclaration) -> list[BonusClaim]:
    return list(declaration.claims.select_related("item").order_by("id"))
