"""Reading declarations, scoped by role (accounts/scope.py): another street's declaration,
claim or evidence file is simply not found (404)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count, Prefetch, QuerySet, Sum
from django.shortcuts import get_object_or_404

from counsel.apps.accounts import scope
from counsel.apps.accounts.models import User
from counsel.apps.assessment.selectors import policy_for
from counsel.apps.bonus.models import (
    BonusCatalogItem,
    BonusClaim,
    BonusDeclaration,
    BonusEvidence,
    ClaimStatus,
    DeclarationStatus,
)
from counsel.apps.org.models import AssessmentYear, Engagement
from counsel.apps.quarter.active import service_of

ZERO = Decimal("0.00")


def _scoped(user: User) -> QuerySet[BonusDeclaration]:
    """The declarations of the user's engagements; a community sees them once submitted
    (a draft is the lawyer's own until then)."""
    qs = BonusDeclaration.objects.filter(engagement__in=scope.engagements(user))
    if user.is_community:
        qs = qs.exclude(status=DeclarationStatus.DRAFT)
    return qs.select_related(
        "year",
        "engagement__lawyer__firm",
        "engagement__community__street",
        "community_by",
        "reviewed_by",
        "reported_by",
    )


def declarations(
    user: User, year: AssessmentYear, *, street: str = "", status: str = ""
) -> QuerySet[BonusDeclaration]:
    """The declarations of the year the user may see, filtered by street code and status."""
    qs = (
        _scoped(user)
        .filter(year=year)
        .annotate(claim_count=Count("claims"), declared_total=Sum("claims__declared_points"))
    )
    if street:
        qs = qs.filter(engagement__community__street__code=street)
    if status:
        qs = qs.filter(status=status)
    return qs.order_by("engagement__community__street__code", "engagement__community__code")


def declaration_get(user: User, pk: int) -> BonusDeclaration:
    claims = BonusClaim.objects.select_related("item", "decided_by").prefetch_related("evidence")
    return get_object_or_404(
        _scoped(user).prefetch_related(Prefetch("claims", queryset=claims)), pk=pk
    )


def claim_get(user: User, pk: int) -> BonusClaim:
    return get_object_or_404(
        BonusClaim.objects.select_related(
            "item", "declaration__year", "declaration__engagement__community__street"
        ).filter(declaration__in=_scoped(user)),
        pk=pk,
    )


def evidence_get(user: User, pk: int) -> BonusEvidence:
    return get_object_or_404(
        BonusEvidence.objects.select_related("claim__declaration__year").filter(
            claim__declaration__in=_scoped(user)
        ),
        pk=pk,
    )


def catalog(year: AssessmentYear) -> QuerySet[BonusCatalogItem]:
    return BonusCatalogItem.objects.filter(year=year).order_by("order", "id")


@dataclass(frozen=True)
class Serving:
    """One of the lawyer's engagements serving in the year, with its declaration."""

    engagement: Engagement
    days: int
    declaration: BonusDeclaration | None


def lawyer_engagements(user: User, year: AssessmentYear) -> list[Serving]:
    found = {d.engagement_id: d for d in _scoped(user).filter(year=year)}
    out = []
    for engagement in scope.engagements(user).prefetch_related("periods"):
        days = service_of(engagement, year.year).days
        if days:
            out.append(Serving(engagement, days, found.get(engagement.pk)))
    return out


@dataclass(frozen=True)
class ItemCap:
    """R10: one catalog item against what this declaration claims of it."""

    item: BonusCatalogItem
    count: int
    declared: Decimal
    approved: Decimal

    @property
    def over_cap(self) -> bool:
        return self.item.annual_cap is not None and self.declared > self.item.annual_cap


@dataclass(frozen=True)
class Caps:
    """R10 as the lawyer declares: per item and overall; points above a cap do not count."""

    items: tuple[ItemCap, ...]
    overall_cap: Decimal | None
    declared: Decimal
    item_capped: Decimal  # declared points after each item's annual cap
    countable: Decimal  # … and after the overall cap
    approved: Decimal

    @property
    def over_overall(self) -> bool:
        return self.overall_cap is not None and self.item_capped > self.overall_cap


def caps(declaration: BonusDeclaration) -> Caps:
    claims = list(declaration.claims.all())
    rows = []
    for item in catalog(declaration.year):
        mine = [c for c in claims if c.item_id == item.pk]
        rows.append(
            ItemCap(
                item=item,
                count=len(mine),
                declared=sum((c.declared_points for c in mine), ZERO),
                approved=sum(
                    (c.approved_points or ZERO for c in mine if c.status == ClaimStatus.APPROVED),
                    ZERO,
                ),
            )
        )
    overall = policy_for(declaration.year).bonus_cap
    capped = sum(
        (
            min(r.declared, r.item.annual_cap) if r.item.annual_cap is not None else r.declared
            for r in rows
        ),
        ZERO,
    )
    countable = min(capped, overall) if overall is not None else capped
    return Caps(
        items=tuple(rows),
        overall_cap=overall,
        declared=sum((r.declared for r in rows), ZERO),
        item_capped=capped,
        countable=countable,
        approved=sum((r.approved for r in rows), ZERO),
    )


@dataclass(frozen=True)
class Decision:
    """One recorded decision on a claim (R9): who, when, old → new."""

    at: dt.datetime
    user: User | None
    text: str


def decisions(declaration: BonusDeclaration) -> dict[int, list[Decision]]:
    """Claim pk → its recorded decisions, oldest first (the history of 司法所审定)."""
    labels = ("认定", "核减分值", "不予认定")
    out: dict[int, list[Decision]] = {}
    records = (
        BonusClaim.history.filter(declaration_id=declaration.pk)  # type: ignore[attr-defined]
        .select_related("history_user")
        .order_by("history_date", "history_id")
    )
    for h in records:
        reason = h.history_change_reason or ""
        if reason.startswith(labels):
            out.setdefault(h.id, []).append(Decision(h.history_date, h.history_user, reason))
    return out
