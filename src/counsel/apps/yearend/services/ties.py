"""R14 `boundary_ties = manual`: the bureau records the order of a tied group, with a reason."""

from __future__ import annotations

from collections.abc import Sequence

from django.core.exceptions import ValidationError
from django.db import transaction

from counsel.apps.accounts.models import User
from counsel.apps.org.models import AssessmentYear
from counsel.apps.yearend.locks import ensure_year_open
from counsel.apps.yearend.models import TieDecision


@transaction.atomic
def tie_decision_record(
    *,
    year: AssessmentYear,
    actor: User | None,
    group: Sequence[str],
    order: Sequence[str],
    reason: str,
) -> TieDecision:
    """Record the order of a tied group (`order` must be the group's engagements, each
    once). A newer decision on the same group replaces the older, which is kept."""
    ensure_year_open(year)
    reason = reason.strip()
    if not reason:
        raise ValidationError("须写明排序理由（R14）。", code="reason_required")
    if len(set(order)) != len(order) or set(order) != set(group):
        raise ValidationError(
            f"排序须恰好包含该同分组的结对 {'、'.join(group)}，每个一次。", code="bad_order"
        )
    for old in TieDecision.objects.filter(year=year, active=True):
        if set(old.engagements) == set(group):
            old.active = False
            old._history_user = actor  # type: ignore[attr-defined]
            old.save()
    decision = TieDecision(year=year, engagements=list(order), reason=reason, decided_by=actor)
    decision._history_user = actor  # type: ignore[attr-defined]
    decision.save()
    return decision
