"""Services that write the district's master data; each records who did what (history)."""

from __future__ import annotations

from importlib import resources

from django.db import transaction

from counsel.apps.accounts.models import User
from counsel.apps.bonus.models import BonusCatalogItem
from counsel.apps.org.models import AssessmentYear
from counsel.apps.quarter.models import IndicatorItem
from counsel.rules import policy as rules_policy


def shipped_policy_toml() -> str:
    return (
        resources.files("counsel.rules")
        .joinpath("policies/shangcheng.toml")
        .read_text(encoding="utf-8")
    )


@transaction.atomic
def assessment_year_create(
    *, year: int, actor: User | None, policy_toml: str | None = None
) -> AssessmentYear:
    """Open year Y with a policy file (the shipped one by default); copy its indicator
    table and bonus catalog into the year's editable rows."""
    text = policy_toml or shipped_policy_toml()
    policy = rules_policy.loads(text)  # refuses a file that breaks an invariant
    record = AssessmentYear(year=year, policy_toml=text)
    record._history_user = actor  # type: ignore[attr-defined]
    record.save()
    IndicatorItem.objects.bulk_create(
        IndicatorItem(
            year=record,
            key=i.key,
            name=i.name,
            full_marks=i.full_marks,
            requirement=i.requirement,
            deduction=i.deduction,
            per_deduction=i.per_deduction,
            deduction_only=i.deduction_only,
            registration_kind=i.registration_kind or "",
            required_count=i.required_count,
            order=n,
        )
        for n, i in enumerate(policy.indicators)
    )
    BonusCatalogItem.objects.bulk_create(
        BonusCatalogItem(
            year=record, key=b.key, name=b.name, points=b.points, annual_cap=b.annual_cap, order=n
        )
        for n, b in enumerate(policy.bonus_items)
    )
    return record
