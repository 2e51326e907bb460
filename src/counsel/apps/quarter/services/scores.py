"""R4–R6: the judicial office scores an engagement's quarter item by item.

The items' points come from `counsel.rules.basic.item_points` (shortfalls × deduction,
never below 0; a deduction-only item (R20) gives the points taken off) or are given
directly; the quarter's total from `quarter_basic`. Decimal only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction

from counsel.apps.accounts.models import User
from counsel.apps.assessment.selectors import policy_for
from counsel.apps.org.models import AssessmentYear, Engagement
from counsel.apps.quarter.models import IndicatorItem, QuarterItemScore, QuarterScore
from counsel.apps.quarter.services.locks import ensure_active, ensure_changeable, ensure_office_of
from counsel.rules.basic import item_points, quarter_basic
from counsel.rules.exact import ZERO, plain, two_places
from counsel.rules.policy import Indicator, Policy

#: The most shortfalls one item can have in a quarter (a bound against typing slips, and
#: what the database column holds on every backend).
MAX_SHORTFALLS = 999


@dataclass(frozen=True)
class ItemEntry:
    """What the officer gives on one item: shortfalls, or the points directly."""

    key: str
    shortfalls: int | None = None
    points: Decimal | None = None
    remark: str = ""


@dataclass(frozen=True)
class ItemResult:
    indicator: Indicator
    full: Decimal  # the item's full marks in this quarter (× ¼ under `sum`)
    points: Decimal  # a deduction-only item: the points taken off
    shortfalls: int | None
    remark: str
    error: str | None = None

    @property
    def deducted(self) -> bool:
        if self.indicator.deduction_only:
            return self.points > ZERO
        return self.points < self.full


@dataclass(frozen=True)
class ScoreComputation:
    items: tuple[ItemResult, ...]
    total: Decimal | None
    errors: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.errors

    def item(self, key: str) -> ItemResult | None:
        return next((i for i in self.items if i.indicator.key == key), None)

    @property
    def earned(self) -> Decimal:
        return sum((i.points for i in self.items if not i.indicator.deduction_only), ZERO)

    @property
    def deducted(self) -> Decimal:
        """Points the deduction-only items (R20) take off the quarter."""
        return sum((i.points for i in self.items if i.indicator.deduction_only), ZERO)


def score_compute(policy: Policy, entries: Mapping[str, ItemEntry]) -> ScoreComputation:
    """Each item's points and the quarter's total, or what is wrong (nothing is saved)."""
    scale = policy.quarter_full_marks / policy.basic_full_marks
    items: list[ItemResult] = []
    errors: list[str] = []
    unreadable = False
    for indicator in policy.indicators:
        entry = entries.get(indicator.key) or ItemEntry(indicator.key)
        full = ZERO if indicator.deduction_only else indicator.full_marks * scale
        error = None
        if entry.points is not None:
            points = entry.points
            if points < ZERO:
                error = f"{indicator.name}：分值不得为负数"
            elif not indicator.deduction_only and points > full:
                error = f"{indicator.name}：{plain(points)} 分超过满分 {plain(full)} 分"
            unreadable = unreadable or error is not None
        elif entry.shortfalls is not None and not 0 <= entry.shortfalls <= MAX_SHORTFALLS:
            points = ZERO
            error = (
                f"{indicator.name}：扣分次数 {entry.shortfalls} 无效"
                f"（应为 0 至 {MAX_SHORTFALLS} 次），请核对"
            )
            unreadable = True
        else:
            points = two_places(item_points(indicator, entry.shortfalls or 0, scale))
        result = ItemResult(indicator, full, points, entry.shortfalls, entry.remark.strip(), error)
        if error is None and result.deducted and not result.remark:
            error = f"{indicator.name}：扣分须写明扣分说明"
            result = ItemResult(indicator, full, points, entry.shortfalls, "", error)
        if error:
            errors.append(error)
        items.append(result)
    total: Decimal | None = None
    if not unreadable:  # a missing remark does not stop the total being shown
        total = quarter_basic({i.indicator.key: i.points for i in items}, policy.indicators, policy)
    return ScoreComputation(tuple(items), total, tuple(errors))


def _change_text(
    old: Mapping[str, Decimal], new: Mapping[str, Decimal], names: Mapping[str, str]
) -> str:
    changed = [
        f"{names[key]} {plain(old[key]) if key in old else '—'} → {plain(value)}"
        for key, value in new.items()
        if old.get(key) != value
    ]
    return "；".join(changed)


@transaction.atomic
def quarter_score_save(
    *,
    actor: User,
    engagement: Engagement,
    year: AssessmentYear,
    quarter: int,
    entries: Mapping[str, ItemEntry],
    remark: str = "",
) -> QuarterScore:
    """R4: save the quarter's item scores and total; history keeps who and old → new."""
    street = engagement.community.street
    ensure_office_of(actor, street)
    ensure_changeable(street, year, quarter)
    ensure_active(engagement, year, quarter)
    policy = policy_for(year)
    computed = score_compute(policy, entries)
    if not computed.ok or computed.total is None:
        raise ValidationError(list(computed.errors))
    rows = {i.key: i for i in IndicatorItem.objects.filter(year=year)}
    missing = [i.indicator.name for i in computed.items if i.indicator.key not in rows]
    if missing:
        raise ValidationError(f"本年度指标表中没有 {'、'.join(missing)}，请区司法局先完善指标表")

    score = (
        QuarterScore.objects.select_for_update()
        .filter(year=year, engagement=engagement, quarter=quarter)
        .first()
    )
    old_items = {}
    old_total = None
    if score is None:
        score = QuarterScore(year=year, engagement=engagement, quarter=quarter)
    else:
        old_total = score.basic
        old_items = {s.indicator.key: s.points for s in score.items.select_related("indicator")}
    new_items = {i.indicator.key: i.points for i in computed.items}
    names = {i.indicator.key: i.indicator.name for i in computed.items}
    total = two_places(computed.total)
    detail = _change_text(old_items, new_items, names)
    head = f"基础履职 {plain(old_total) if old_total is not None else '—'} → {plain(total)}"
    score.basic = total
    score.remark = remark.strip()
    score.updated_by = actor
    score._history_user = actor  # type: ignore[attr-defined]
    score._change_reason = (head + (f"（{detail}）" if detail else ""))[:100]  # type: ignore[attr-defined]
    score.save()

    existing = {s.indicator_id: s for s in score.items.all()}
    for item in computed.items:
        row = rows[item.indicator.key]
        record = existing.get(row.pk) or QuarterItemScore(score=score, indicator=row)
        if (
            record.pk
            and record.points == item.points
            and record.shortfalls == item.shortfalls
            and record.remark == item.remark
        ):
            continue
        before = plain(record.points) if record.pk else "—"
        record.points = item.points
        record.shortfalls = item.shortfalls
        record.remark = item.remark
        record._history_user = actor  # type: ignore[attr-defined]
        record._change_reason = f"{row.name} {before} → {plain(item.points)}"  # type: ignore[attr-defined]
        record.save()
    return score
