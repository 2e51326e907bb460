"""Bonus declarations: the declaration of EA1 (street A, the lawyer persona's engagement in
the community persona's community); office_b gets 404 on it."""

from __future__ import annotations

import datetime as dt

from django.core.files.base import ContentFile

from counsel.apps.bonus.models import BonusCatalogItem, BonusClaim, BonusDeclaration, BonusEvidence
from counsel.apps.bonus.services import declaration as services
from tests.access.registry import ALL, STREET_A, Route
from tests.fixtures.world import World

LAWYER = frozenset({"lawyer"})
COMMUNITY = frozenset({"community"})
OFFICE_A = frozenset({"office_a"})
ANY_OFFICE = frozenset({"office_a", "office_b"})


def _draft(w: World) -> BonusDeclaration:
    found = BonusDeclaration.objects.filter(year=w.year, engagement=w.ea1).first()
    if found is not None:
        return found
    d = services.declaration_open(year=w.year, engagement=w.ea1, actor=None)
    item = BonusCatalogItem.objects.get(year=w.year, key="honour_district")
    claim = services.claim_add(
        declaration=d, actor=None, item=item, reason="区级表彰", occurred_on=dt.date(2025, 6, 1)
    )
    upload = ContentFile(b"%PDF-1.4\n%%EOF\n", name="证书.pdf")
    services.evidence_add(claim=claim, actor=None, upload=upload)
    return d


def declaration(w: World) -> BonusDeclaration:
    """Submitted, so that the community may see it too (a draft is the lawyer's own)."""
    d = _draft(w)
    if d.is_draft:
        services.declaration_submit(declaration=d, actor=None)
    return d


def claim(w: World) -> BonusClaim:
    return declaration(w).claims.get()


def evidence(w: World) -> BonusEvidence:
    return claim(w).evidence.get()


ROUTES = [
    Route("bonus:list", ALL),
    Route("bonus:mine", LAWYER),
    Route("bonus:start", LAWYER, kwargs=lambda w: {"code": w.ea1.code}, method="post"),
    Route("bonus:declaration", STREET_A, kwargs=lambda w: {"pk": declaration(w).pk}),
    Route("bonus:print", STREET_A, kwargs=lambda w: {"pk": declaration(w).pk}),
    Route(
        "bonus:claim_add",
        LAWYER,
        kwargs=lambda w: {"pk": declaration(w).pk},
        method="post",
        data=lambda w: {"reason": ""},
    ),
    Route("bonus:submit", LAWYER, kwargs=lambda w: {"pk": declaration(w).pk}, method="post"),
    Route(
        "bonus:opinion",
        COMMUNITY,
        kwargs=lambda w: {"pk": declaration(w).pk},
        method="post",
        data=lambda w: {"agrees": "yes"},
    ),
    Route("bonus:claim_edit", LAWYER, kwargs=lambda w: {"pk": claim(w).pk}),
    Route("bonus:claim_delete", LAWYER, kwargs=lambda w: {"pk": claim(w).pk}, method="post"),
    Route("bonus:evidence_add", LAWYER, kwargs=lambda w: {"pk": claim(w).pk}, method="post"),
    Route(
        "bonus:decide",
        OFFICE_A,
        kwargs=lambda w: {"pk": claim(w).pk},
        method="post",
        data=lambda w: {f"c{claim(w).pk}-decision": "approve"},
    ),
    Route("bonus:evidence", STREET_A, kwargs=lambda w: {"pk": evidence(w).pk}),
    Route("bonus:evidence_delete", LAWYER, kwargs=lambda w: {"pk": evidence(w).pk}, method="post"),
    Route("bonus:report", ANY_OFFICE, method="post"),
]
