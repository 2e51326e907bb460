"""Why an engagement got its amount: the trace of the rules (R-id and §) with the inputs
it was computed from, as kept in the version."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.shortcuts import get_object_or_404

from counsel.apps.accounts import scope
from counsel.apps.accounts.models import User
from counsel.apps.bonus.models import BonusDeclaration
from counsel.apps.org.models import Engagement
from counsel.apps.yearend.models import ResultVersion
from counsel.apps.yearend.selectors.ranking import Row, all_rows
from counsel.exchange.values import STATUS_LABELS, read_status
from counsel.rules import policy as rules_policy


@dataclass(frozen=True)
class Step:
    rule: str
    section: str
    text: str


@dataclass(frozen=True)
class QuarterLine:
    quarter: int
    basic: str | None
    rating: str | None
    points: Decimal | None


@dataclass(frozen=True)
class BonusLine:
    item: str
    points: str
    status: str
    counts: bool


@dataclass
class Explanation:
    engagement: Engagement
    version: ResultVersion | None
    row: Row | None
    steps: list[Step] = field(default_factory=list)
    quarters: list[QuarterLine] = field(default_factory=list)
    bonuses: list[BonusLine] = field(default_factory=list)
    declaration: BonusDeclaration | None = None
    ranked: int = 0


def engagement_for(user: User, code: str) -> Engagement:
    """The engagement if the user may see it; 404 otherwise (another lawyer's, street's)."""
    return get_object_or_404(scope.engagements(user), code=code)


def explanation(user: User, code: str, version: ResultVersion | None) -> Explanation:
    engagement = engagement_for(user, code)
    out = Explanation(engagement=engagement, version=version, row=None)
    if version is None:
        return out
    out.declaration = (
        BonusDeclaration.objects.filter(year=version.year_id, engagement=engagement)
        .filter(engagement__in=scope.engagements(user))
        .first()
    )
    rows = all_rows(version)
    out.ranked = sum(1 for r in rows if r.rank is not None)
    out.row = next((r for r in rows if r.id == code), None)
    out.steps = [Step(*step) for step in version.trace_json.get(code, [])]
    out.quarters = _quarters(version, code)
    out.bonuses = _bonuses(version, code)
    return out


def _quarters(version: ResultVersion, code: str) -> list[QuarterLine]:
    points = rules_policy.loads(version.policy_toml).satisfaction_points
    by_label = {rating.value: value for rating, value in points.items()}
    lines = []
    for raw in version.input_json.get("quarters", []):
        if raw["engagement"] != code:
            continue
        rating = raw.get("rating")
        lines.append(
            QuarterLine(
                quarter=int(raw["quarter"]),
                basic=raw.get("basic"),
                rating=rating,
                points=by_label.get(rating) if rating else None,
            )
        )
    return sorted(lines, key=lambda line: line.quarter)


def _bonuses(version: ResultVersion, code: str) -> list[BonusLine]:
    items = {row["key"]: row["name"] for row in version.catalog}
    lines = []
    for raw in version.input_json.get("bonuses", []):
        if raw["engagement"] != code:
            continue
        status = read_status(raw["status"])
        lines.append(
            BonusLine(
                item=items.get(raw.get("item") or "", raw.get("item") or "其他加分"),
                points=str(raw["points"]),
                status=STATUS_LABELS[status],
                counts=status.value == "approved",
            )
        )
    return lines
