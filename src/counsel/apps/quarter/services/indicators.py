"""R6: the bureau edits the year's indicator table; full marks must add up to 82.

Once a quarter of the year has been scored item by item, the points of the table (full
marks, deduction per shortfall, deduction-only, the items themselves) are fixed: changing
them would silently change scores already given and reported. The wording (name,
requirement, deduction text) and the link to a registration kind and its count stay
editable, since they change no score.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from counsel.apps.accounts.models import User
from counsel.apps.assessment.selectors import policy_for
from counsel.apps.org.models import AssessmentYear
from counsel.apps.quarter.models import IndicatorItem, QuarterItemScore
from counsel.apps.yearend.locks import ensure_year_open
from counsel.rules import policy as rules_policy
from counsel.rules.exact import plain
from counsel.rules.policy import Indicator

#: The most sessions an item can require in a quarter (a bound against typing slips, and
#: what the database column holds on every backend).
MAX_REQUIRED_COUNT = 999

POINT_FIELDS = (
    ("full_marks", "满分"),
    ("per_deduction", "每次扣分"),
    ("deduction_only", "只扣不加"),
)


@dataclass(frozen=True)
class IndicatorRow:
    """One row of the editor; `id` None for a new item; `delete` to remove it."""

    id: int | None
    name: str
    full_marks: Decimal
    requirement: str
    deduction: str
    per_deduction: Decimal
    deduction_only: bool
    registration_kind: str
    required_count: int | None
    delete: bool = False


def year_is_scored(year: AssessmentYear) -> bool:
    return QuarterItemScore.objects.filter(score__year=year).exists()


def _new_key(taken: set[str]) -> str:
    n = 1
    while f"item{n}" in taken:
        n += 1
    return f"item{n}"


def _tidy(value: Decimal) -> Decimal:
    """20.00 → 20, 12.50 → 12.5: so the sum in a refusal reads as a clerk writes it."""
    return Decimal(int(value)) if value == value.to_integral_value() else value.normalize()


def _shown(value: object) -> str:
    if isinstance(value, bool):
        return "是" if value else "否"
    return plain(value) if isinstance(value, Decimal) else str(value)


def _check_fixed(rows: Sequence[IndicatorRow], items: dict[int, IndicatorItem]) -> list[str]:
    errors: list[str] = []
    for row in rows:
        if row.id is None and not row.delete:
            errors.append(f"本年度已有季度评分，不能新增指标“{row.name}”")
            continue
        if row.id is None:
            continue
        item = items[row.id]
        if row.delete:
            errors.append(f"本年度已有季度评分，不能删除指标“{item.name}”")
            continue
        for field, label in POINT_FIELDS:
            old, new = getattr(item, field), getattr(row, field)
            if old != new:
                errors.append(
                    f"本年度已有季度评分，不能修改“{item.name}”的{label}（{_shown(old)} → {_shown(new)}）"
                )
    return errors


def _check_rows(rows: Sequence[IndicatorRow]) -> list[str]:
    errors: list[str] = []
    names = [r.name.strip() for r in rows if not r.delete]
    for name in {n for n in names if names.count(n) > 1}:
        errors.append(f"指标名称“{name}”重复")
    for row in rows:
        if row.delete:
            continue
        if not row.name.strip():
            errors.append("指标名称不能为空")
        if row.deduction_only and row.full_marks != 0:
            errors.append(f"“{row.name}”只扣不加，满分应为 0（实为 {plain(row.full_marks)}）")
        if row.full_marks < 0 or row.per_deduction < 0:
            errors.append(f"“{row.name}”的分值不能为负数")
        if row.required_count is not None and not 0 <= row.required_count <= MAX_REQUIRED_COUNT:
            errors.append(
                f"“{row.name}”的要求次数 {row.required_count} 无效"
                f"（应为 0 至 {MAX_REQUIRED_COUNT} 次）"
            )
    return errors


@transaction.atomic
def indicator_table_save(
    *, actor: User, year: AssessmentYear, rows: Sequence[IndicatorRow]
) -> list[IndicatorItem]:
    """Save the table or refuse it, saying why (e.g. the actual sum of full marks)."""
    if not actor.is_bureau:
        raise PermissionDenied("只有区司法局律工科可以修改指标表")
    ensure_year_open(year)
    items = {i.pk: i for i in IndicatorItem.objects.select_for_update().filter(year=year)}
    unknown = [r.id for r in rows if r.id is not None and r.id not in items]
    if unknown:
        raise ValidationError("指标表已被他人修改，请刷新后重试")
    errors = _check_rows(rows)
    if year_is_scored(year):
        errors += _check_fixed(rows, items)
    kept = [r for r in rows if not r.delete]
    taken = {i.key for i in items.values()}
    keys = {}
    for n, row in enumerate(kept):
        keys[n] = items[row.id].key if row.id is not None else _new_key(taken)
        taken.add(keys[n])
    table = tuple(
        Indicator(
            key=keys[n],
            name=row.name.strip(),
            full_marks=_tidy(row.full_marks),
            requirement=row.requirement.strip(),
            deduction=row.deduction.strip(),
            per_deduction=_tidy(row.per_deduction),
            deduction_only=row.deduction_only,
            registration_kind=row.registration_kind or None,
            required_count=row.required_count,
        )
        for n, row in enumerate(kept)
    )
    try:
        rules_policy.check(replace(policy_for(year), indicators=table))
    except rules_policy.PolicyError as exc:
        errors.append(str(exc).removeprefix(f"政策参数 {exc.name}："))
    if errors:
        raise ValidationError(errors)

    for row in rows:
        if row.delete and row.id is not None:
            item = items[row.id]
            item._history_user = actor  # type: ignore[attr-defined]
            item.delete()
    saved: list[IndicatorItem] = []
    for n, (row, indicator) in enumerate(zip(kept, table, strict=True)):
        item = items[row.id] if row.id is not None else IndicatorItem(year=year, key=indicator.key)
        values = {
            "name": indicator.name,
            "full_marks": indicator.full_marks,
            "requirement": indicator.requirement,
            "deduction": indicator.deduction,
            "per_deduction": indicator.per_deduction,
            "deduction_only": indicator.deduction_only,
            "registration_kind": row.registration_kind,
            "required_count": row.required_count,
            "order": n,
        }
        if item.pk and all(getattr(item, k) == v for k, v in values.items()):
            saved.append(item)
            continue
        for field, value in values.items():
            setattr(item, field, value)
        item._history_user = actor  # type: ignore[attr-defined]
        item.save()
        saved.append(item)
    return saved
