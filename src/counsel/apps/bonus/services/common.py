"""What the bonus services share: the clock, the deadlines, the history user."""

from __future__ import annotations

import datetime as dt

from django.db import models
from django.utils import timezone

from counsel.apps.accounts.models import User
from counsel.apps.assessment.selectors import due_for
from counsel.apps.org.models import AssessmentYear
from counsel.rules.deadlines import is_late


def moment(now: dt.datetime | None) -> dt.datetime:
    return now or timezone.now()


def late(year: AssessmentYear, key: str, at: dt.datetime) -> bool:
    """R18: after the deadline day `key` of the year, in China Standard Time."""
    return is_late(at, due_for(year, key).date)


def save(obj: models.Model, actor: User | None, reason: str = "") -> None:
    """Save with the history user (and reason) recorded."""
    obj._history_user = actor  # type: ignore[attr-defined]
    if reason:
        obj._change_reason = reason  # type: ignore[attr-defined]
    obj.save()
