"""Two results side by side (`counsel-result/1` objects): who moved tier, whose amount
changed, and the budget difference. Used for a new version against the previous one and
for a what-if against the real result."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

TIER_LABELS = {1: "第一档", 2: "第二档", 3: "第三档"}


def tier_label(row: Mapping[str, Any] | None) -> str:
    """第一档 … 第三档 for a ranked engagement, 按周计发（N 周） for a part-year one."""
    if row is None:
        return "—"
    if row.get("tier") is not None:
        return TIER_LABELS[int(row["tier"])]
    return f"按周计发（{row.get('weeks') or 0} 周）"


@dataclass(frozen=True)
class Change:
    id: str
    lawyer: str
    community: str
    street: str
    old: Mapping[str, Any] | None
    new: Mapping[str, Any] | None

    @property
    def old_tier(self) -> str:
        return tier_label(self.old)

    @property
    def new_tier(self) -> str:
        return tier_label(self.new)

    @property
    def old_amount(self) -> Decimal:
        return Decimal(self.old["amount"]) if self.old else Decimal("0.00")

    @property
    def new_amount(self) -> Decimal:
        return Decimal(self.new["amount"]) if self.new else Decimal("0.00")

    @property
    def amount_difference(self) -> Decimal:
        return self.new_amount - self.old_amount

    @property
    def tier_moved(self) -> bool:
        return self.old_tier != self.new_tier

    def value(self, side: str, key: str) -> Any:
        row = self.old if side == "old" else self.new
        return row.get(key) if row else None


@dataclass(frozen=True)
class Comparison:
    changes: tuple[Change, ...]
    old_totals: Mapping[str, Any]
    new_totals: Mapping[str, Any]

    @property
    def tier_moves(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.tier_moved)

    @property
    def amount_changes(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.amount_difference)

    @property
    def old_payout(self) -> Decimal:
        return Decimal(self.old_totals["payout"])

    @property
    def new_payout(self) -> Decimal:
        return Decimal(self.new_totals["payout"])

    @property
    def budget_difference(self) -> Decimal:
        """New payout minus old payout (negative: the new reading pays less)."""
        return self.new_payout - self.old_payout


def compare(
    old: Mapping[str, Any],
    new: Mapping[str, Any],
    names: Mapping[str, str] | None = None,
    communities: Mapping[str, str] | None = None,
) -> Comparison:
    """Every engagement whose rank, score, tier or amount differs between the two results
    (or that is in one only), in the new result's order. `names` maps lawyer ids to
    names, `communities` community codes to names."""
    names = names or {}
    communities = communities or {}
    old_rows = {row["id"]: row for row in old["engagements"]}
    new_rows = {row["id"]: row for row in new["engagements"]}
    order = [row["id"] for row in new["engagements"]] + [
        row["id"] for row in old["engagements"] if row["id"] not in new_rows
    ]
    changes = []
    for ident in order:
        a, b = old_rows.get(ident), new_rows.get(ident)
        if a is not None and b is not None and _same(a, b):
            continue
        row = b or a
        assert row is not None
        changes.append(
            Change(
                id=ident,
                lawyer=names.get(row["lawyer"], row["lawyer"]),
                community=communities.get(row["community"], row["community"]),
                street=row["street"],
                old=a,
                new=b,
            )
        )
    return Comparison(tuple(changes), old["totals"], new["totals"])


_COMPARED = ("rank", "tier", "weeks", "amount", "total", "basic", "satisfaction", "bonus")


def _same(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    return all(a.get(key) == b.get(key) for key in _COMPARED)
