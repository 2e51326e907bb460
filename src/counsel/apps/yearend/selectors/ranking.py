"""R12–R16 as pages show them: the rows of a version in rank order, scoped by role.

Ranks are district-wide whoever looks: an office sees its street's rows with their
district ranks, a lawyer their own engagements, a community its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from counsel.apps.accounts import scope
from counsel.apps.accounts.models import User
from counsel.apps.org.models import Street
from counsel.apps.yearend.compare import tier_label
from counsel.apps.yearend.models import ResultVersion
from counsel.apps.yearend.selectors.versions import names

FLAG_LABELS = {"tie_at_boundary": "跨档同分", "part_year": "不满一年"}


@dataclass(frozen=True)
class Row:
    """One engagement of a result as the ranking, pay table and disclosure show it."""

    id: str
    lawyer_id: str
    lawyer: str
    firm: str
    community_code: str
    community: str
    street: str
    full_year: bool
    days: int
    weeks: int | None
    basic: Decimal
    satisfaction: Decimal
    bonus: Decimal
    total: Decimal
    rank: int | None
    tier: int | None
    amount: Decimal
    city_share: Decimal
    district_share: Decimal
    flags: tuple[str, ...]

    @property
    def tier_label(self) -> str:
        return tier_label({"tier": self.tier, "weeks": self.weeks})

    @property
    def flag_labels(self) -> list[str]:
        return [FLAG_LABELS.get(f, f) for f in self.flags]

    @property
    def tied(self) -> bool:
        return "tie_at_boundary" in self.flags


def _row(raw: dict[str, Any], who: Any) -> Row:
    return Row(
        id=raw["id"],
        lawyer_id=raw["lawyer"],
        lawyer=who.lawyer(raw["lawyer"]),
        firm=who.firm(raw["lawyer"]),
        community_code=raw["community"],
        community=who.community(raw["community"]),
        street=raw["street"],
        full_year=raw["full_year"],
        days=raw["days"],
        weeks=raw["weeks"],
        basic=Decimal(raw["basic"]),
        satisfaction=Decimal(raw["satisfaction"]),
        bonus=Decimal(raw["bonus"]),
        total=Decimal(raw["total"]),
        rank=raw["rank"],
        tier=raw["tier"],
        amount=Decimal(raw["amount"]),
        city_share=Decimal(raw["city_share"]),
        district_share=Decimal(raw["district_share"]),
        flags=tuple(raw["flags"]),
    )


def all_rows(version: ResultVersion) -> list[Row]:
    """Every engagement of the version, in the result's order (unscoped: callers scope)."""
    who = names(version)
    return [_row(raw, who) for raw in version.result_json["engagements"]]


def visible_codes(user: User) -> set[str] | None:
    """The engagement codes the user may see; None for the whole district (bureau)."""
    if user.is_bureau:
        return None
    return set(scope.engagements(user).values_list("code", flat=True))


def rows(user: User, version: ResultVersion, *, street: str = "") -> list[Row]:
    """The version's rows the user may see, optionally one street's (by name)."""
    allowed = visible_codes(user)
    out = [r for r in all_rows(version) if allowed is None or r.id in allowed]
    if street:
        out = [r for r in out if r.street == street]
    return out


def street_names(user: User) -> list[str]:
    return list(scope.streets(user).order_by("code").values_list("name", flat=True))


def street_pool(version: ResultVersion, street_list: list[str] | None) -> Decimal:
    """R16: 12000 × the communities (of the given streets, or of the district)."""
    amount = Decimal(str(version.parameters.get("annual_amount", "12000")))
    communities = version.input_json.get("communities", [])
    count = sum(1 for c in communities if street_list is None or c["street"] in street_list)
    return (amount * count).quantize(Decimal("0.01"))


def scope_streets(user: User, street: str) -> list[str] | None:
    """The streets a table covers: one picked, the office's own, or the district (None)."""
    if street:
        return [street]
    if user.is_bureau:
        return None
    return list(Street.objects.filter(pk=user.street_id).values_list("name", flat=True))


@dataclass(frozen=True)
class Histogram:
    """R13 drawn: how many ranked engagements per 1-point band of total, by tier, and the
    totals where 第一档 ends and 第三档 begins."""

    bands: list[dict[str, Any]]
    tier1_line: dict[str, Any] | None
    tier3_line: dict[str, Any] | None
    n: int


def histogram(version: ResultVersion) -> Histogram:
    ranked = [r for r in version.result_json["engagements"] if r["rank"] is not None]
    counts: dict[int, list[int]] = {}
    for r in ranked:
        band = int(Decimal(r["total"]))  # ⌊total⌋: totals are never negative
        counts.setdefault(band, [0, 0, 0])[int(r["tier"]) - 1] += 1
    bands = [
        {"from": band, "tier1": c[0], "tier2": c[1], "tier3": c[2]}
        for band, c in sorted(counts.items())
    ]
    positions = list(enumerate(ranked, start=1))
    first = [(p, r) for p, r in positions if r["tier"] == 1]
    third = [(p, r) for p, r in positions if r["tier"] == 3]
    tier1 = {"total": first[-1][1]["total"], "position": first[-1][0]} if first else None
    tier3 = {"total": third[0][1]["total"], "position": third[0][0]} if third else None
    return Histogram(bands, tier1, tier3, len(ranked))
