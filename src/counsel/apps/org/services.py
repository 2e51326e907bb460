"""Services that write the district's master data; each records who did what (history)."""

from __future__ import annotations

import datetime as dt
import re
from importlib import resources

from django.core.exceptions import ValidationError
from django.db import models, transaction
from simple_history.utils import bulk_create_with_history

from counsel.apps.accounts.models import User
from counsel.apps.bonus.models import BonusCatalogItem
from counsel.apps.org.models import (
    AssessmentYear,
    Community,
    Engagement,
    EngagementPeriod,
    Lawyer,
    YearStatus,
)
from counsel.apps.quarter.models import IndicatorItem
from counsel.apps.yearend.locks import ensure_year_open
from counsel.rules import policy as rules_policy


def shipped_policy_toml() -> str:
    return (
        resources.files("counsel.rules")
        .joinpath("policies/shangcheng.toml")
        .read_text(encoding="utf-8")
    )


def record_save(record: models.Model, actor: User | None) -> None:
    """Save with the actor as the history user (who changed what, django-simple-history)."""
    record._history_user = actor  # type: ignore[attr-defined]
    record.save()


def record_delete(record: models.Model, actor: User | None) -> None:
    record._history_user = actor  # type: ignore[attr-defined]
    record.delete()


def next_code(model: type[models.Model], prefix: str, width: int = 4) -> str:
    """The next free code of the form L0001 / E0001 (one past the highest number used)."""
    pattern = re.compile(rf"^{re.escape(prefix)}(\d+)$")
    numbers = [
        int(m.group(1))
        for code in model._default_manager.filter(code__startswith=prefix).values_list(
            "code", flat=True
        )
        if (m := pattern.match(code))
    ]
    return f"{prefix}{max(numbers, default=0) + 1:0{width}d}"


@transaction.atomic
def master_data_save(*, record: models.Model, actor: User | None) -> models.Model:
    """Create or change a street, community, firm or lawyer (bureau); a lawyer without a
    code gets the next free one."""
    if isinstance(record, Lawyer) and not record.code:
        record.code = next_code(Lawyer, "L")
    record.full_clean()
    record_save(record, actor)
    return record


@transaction.atomic
def assessment_year_create(
    *, year: int, actor: User | None, policy_toml: str | None = None
) -> AssessmentYear:
    """Open year Y with a policy file (the shipped one by default); copy its indicator
    table and bonus catalog into the year's editable rows."""
    if AssessmentYear.objects.filter(year=year).exists():
        raise ValidationError(f"{year}年度已经建立")
    text = policy_toml or shipped_policy_toml()
    policy = rules_policy.loads(text)  # refuses a file that breaks an invariant
    record = AssessmentYear(year=year, policy_toml=text)
    record_save(record, actor)
    bulk_create_with_history(
        [
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
        ],
        IndicatorItem,
        default_user=actor,
    )
    bulk_create_with_history(
        [
            BonusCatalogItem(
                year=record,
                key=b.key,
                name=b.name,
                points=b.points,
                annual_cap=b.annual_cap,
                order=n,
            )
            for n, b in enumerate(policy.bonus_items)
        ],
        BonusCatalogItem,
        default_user=actor,
    )
    return record


# ------------------------------------------------------------------ engagements (R1)


def _span(start: dt.date, end: dt.date | None) -> str:
    return f"{start} 至 {end or '今'}"


def check_no_overlap(
    *,
    community: Community,
    start: dt.date,
    end: dt.date | None,
    ignore: EngagementPeriod | None = None,
) -> None:
    """R1 §4.1: a community has at most one lawyer at a time; refuse a period that
    overlaps any other period of the community's engagements, saying which."""
    if end is not None and end < start:
        raise ValidationError(f"结束日期 {end} 早于开始日期 {start}")
    clash = EngagementPeriod.objects.filter(
        engagement__community=community, start__lte=end or dt.date.max
    )
    clash = clash.filter(models.Q(end__isnull=True) | models.Q(end__gte=start))
    if ignore is not None:
        clash = clash.exclude(pk=ignore.pk)
    other = clash.select_related("engagement__lawyer").order_by("start").first()
    if other is not None:
        raise ValidationError(
            f"服务期间 {_span(start, end)} 与 {community.name} 已有的服务期间 "
            f"{_span(other.start, other.end)}（结对 {other.engagement.code}，"
            f"律师 {other.engagement.lawyer.name}）重叠：同一社区（村）同一时间只能有一名"
            "社区律师（R1 §4.1）。请先结束原服务期间，或改用“更换律师”。"
        )


def ensure_days_open(first: dt.date, last: dt.date | None) -> None:
    """Who serves from `first` to `last` (None: onwards) feeds the result of every year
    those days fall in: a finalised year refuses the change until its reopening."""
    years = AssessmentYear.objects.filter(year__gte=first.year).exclude(status=YearStatus.OPEN)
    if last is not None:
        years = years.filter(year__lte=last.year)
    for year in years.order_by("year"):
        ensure_year_open(year)


def _period_create(
    engagement: Engagement, start: dt.date, end: dt.date | None, actor: User | None
) -> EngagementPeriod:
    ensure_days_open(start, end)
    check_no_overlap(community=engagement.community, start=start, end=end)
    period = EngagementPeriod(engagement=engagement, start=start, end=end)
    record_save(period, actor)
    return period


@transaction.atomic
def engagement_create(
    *,
    lawyer: Lawyer,
    community: Community,
    start: dt.date,
    end: dt.date | None = None,
    actor: User | None,
    code: str = "",
) -> Engagement:
    """R1: pair a lawyer with a community from `start` (an existing pairing of the two
    gets a new period instead of a second engagement)."""
    engagement = Engagement.objects.filter(lawyer=lawyer, community=community).first()
    if engagement is None:
        engagement = Engagement(
            code=code or next_code(Engagement, "E"), lawyer=lawyer, community=community
        )
        engagement.full_clean()
        record_save(engagement, actor)
    _period_create(engagement, start, end, actor)
    return engagement


@transaction.atomic
def engagement_period_add(
    *, engagement: Engagement, start: dt.date, end: dt.date | None, actor: User | None
) -> EngagementPeriod:
    return _period_create(engagement, start, end, actor)


@transaction.atomic
def engagement_period_end(
    *, period: EngagementPeriod, end: dt.date | None, actor: User | None
) -> EngagementPeriod:
    """Set (or correct) the last day of a period; empty means still serving."""
    if end != period.end:
        # The days between the old and the new last day change hands.
        known = [d for d in (period.end, end) if d is not None]
        open_ended = period.end is None or end is None
        ensure_days_open(min(known) + dt.timedelta(days=1), None if open_ended else max(known))
    check_no_overlap(
        community=period.engagement.community, start=period.start, end=end, ignore=period
    )
    period.end = end
    record_save(period, actor)
    return period


@transaction.atomic
def community_lawyer_change(
    *, community: Community, lawyer: Lawyer, day: dt.date, actor: User | None
) -> Engagement:
    """R1/R11: the community changes lawyer on `day` (e.g. mid-year): the serving period
    ends the day before and the new lawyer's period starts on `day`."""
    ensure_days_open(day, None)
    later = EngagementPeriod.objects.filter(engagement__community=community, start__gt=day)
    if later.exists():
        first = later.select_related("engagement").order_by("start").first()
        assert first is not None
        raise ValidationError(
            f"{community.name} 在 {day} 之后已有服务期间 {_span(first.start, first.end)}"
            f"（结对 {first.engagement.code}），请先调整该期间"
        )
    serving = (
        EngagementPeriod.objects.filter(engagement__community=community, start__lte=day)
        .filter(models.Q(end__isnull=True) | models.Q(end__gte=day))
        .select_related("engagement")
        .first()
    )
    if serving is not None:
        if serving.engagement.lawyer_id == lawyer.pk:
            raise ValidationError(f"{lawyer.name} 在 {day} 已是 {community.name} 的社区律师")
        if serving.start == day:
            raise ValidationError(
                f"原服务期间从 {day} 开始，不能在同一天更换；请直接修改结对 "
                f"{serving.engagement.code} 的服务期间"
            )
        serving.end = day - dt.timedelta(days=1)
        record_save(serving, actor)
    return engagement_create(lawyer=lawyer, community=community, start=day, actor=actor)
