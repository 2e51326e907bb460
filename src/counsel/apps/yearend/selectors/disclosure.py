"""The public list (公示): masked names, where, total, tier and amount — no licence
numbers, phones or lawyer codes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from counsel.apps.org.models import mask_name
from counsel.apps.yearend.selectors.ranking import Row


@dataclass(frozen=True)
class PublicRow:
    name: str
    community: str
    street: str
    total: Decimal
    rank: int | None
    tier: str
    amount: Decimal


def public_rows(rows: Sequence[Row]) -> list[PublicRow]:
    return [
        PublicRow(
            name=mask_name(r.lawyer),
            community=r.community,
            street=r.street,
            total=r.total,
            rank=r.rank,
            tier=r.tier_label,
            amount=r.amount,
        )
        for r in rows
    ]
