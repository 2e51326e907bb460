"""R7–R8: the judicial office rates every engagement of a street-quarter on one screen.

Drafts may break the quota; submitting the quarter may not (quarter_report_submit).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction

from counsel.apps.accounts.models import User
from counsel.apps.assessment.selectors import policy_for
from counsel.apps.org.models import AssessmentYear, Street
from counsel.apps.quarter.active import active_engagements
from counsel.apps.quarter.models import QuarterReport, SatisfactionRating
from counsel.apps.quarter.selectors.quota import QuotaState, quota_state
from counsel.apps.quarter.services.locks import ensure_changeable, ensure_office_of
from counsel.apps.quarter.services.reports import quarter_report_submit
from counsel.rules.types import Rating


@dataclass(frozen=True)
class RatingEntry:
    engagement_id: int
    rating: str  # "" = not rated yet
    reason: str = ""


@dataclass(frozen=True)
class RatingsOutcome:
    quota: QuotaState
    saved: int  # ratings changed
    report: QuarterReport | None = None  # set when the quarter was submitted
    refusal: tuple[str, ...] = ()  # why the submission was refused


def _check_entries(entries: Sequence[RatingEntry], names: dict[int, str]) -> None:
    errors: list[str] = []
    for entry in entries:
        if entry.engagement_id not in names:
            errors.append("所选结对不在本街道本季度的在岗名单中（R11）")
        elif entry.rating and entry.rating not in {r.value for r in Rating}:
            errors.append(f"{names[entry.engagement_id]}：“{entry.rating}”不是满意度等级")
        elif entry.rating == Rating.ORDINARY_ZERO.value and not entry.reason.strip():
            errors.append(f"{names[entry.engagement_id]}：评“普通（不赋分）”须写明理由（R7）")
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def satisfaction_ratings_save(
    *,
    actor: User,
    street: Street,
    year: AssessmentYear,
    quarter: int,
    entries: Sequence[RatingEntry],
    submit: bool = False,
) -> RatingsOutcome:
    """Save the ratings as a draft (the quota may still be broken); with `submit`, then
    submit the quarter — refused, with the reasons, while the quota is broken or something
    is missing, the draft staying saved."""
    ensure_office_of(actor, street)
    ensure_changeable(street, year, quarter)
    active = {e.pk: e for e in active_engagements(street, year.year, quarter)}
    names = {pk: f"{e.community.name}（{e.lawyer.name}）" for pk, e in active.items()}
    _check_entries(entries, names)
    existing = {
        r.engagement_id: r
        for r in SatisfactionRating.objects.select_for_update().filter(
            year=year, quarter=quarter, engagement__in=list(active)
        )
    }
    saved = 0
    for entry in entries:
        current = existing.get(entry.engagement_id)
        reason = entry.reason.strip()
        if not entry.rating:
            if current is not None:
                current._history_user = actor  # type: ignore[attr-defined]
                current._change_reason = f"撤销评价（原为 {current.rating}）"  # type: ignore[attr-defined]
                current.delete()
                saved += 1
            continue
        if current is not None and current.rating == entry.rating and current.reason == reason:
            continue
        before = current.rating if current is not None else "—"
        record = current or SatisfactionRating(
            year=year, engagement=active[entry.engagement_id], quarter=quarter
        )
        record.rating = entry.rating
        record.reason = reason
        record.updated_by = actor
        record._history_user = actor  # type: ignore[attr-defined]
        record._change_reason = f"满意度 {before} → {entry.rating}"  # type: ignore[attr-defined]
        record.save()
        saved += 1

    given = [
        Rating(value)
        for value in SatisfactionRating.objects.filter(
            year=year, quarter=quarter, engagement__in=list(active)
        ).values_list("rating", flat=True)
    ]
    policy = policy_for(year)
    quota = quota_state(street, quarter, given, policy, unrated=len(active) - len(given))
    if not submit:
        return RatingsOutcome(quota=quota, saved=saved)
    try:
        with transaction.atomic():
            report = quarter_report_submit(actor=actor, street=street, year=year, quarter=quarter)
    except ValidationError as exc:
        return RatingsOutcome(quota=quota, saved=saved, refusal=tuple(exc.messages))
    return RatingsOutcome(quota=quota, saved=saved, report=report)
