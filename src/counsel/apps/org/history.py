"""The change log of the master data and engagements (who, when, what, old → new), read
from django-simple-history's historical tables. For the bureau only; it shows personal
data in full, as the bureau's own pages do."""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from itertools import islice
from typing import Any

from django.db import models

from counsel.apps.org.models import (
    AssessmentYear,
    Community,
    District,
    Engagement,
    EngagementPeriod,
    LawFirm,
    Lawyer,
    Street,
)

TRACKED: dict[str, type[models.Model]] = {
    "street": Street,
    "community": Community,
    "lawfirm": LawFirm,
    "lawyer": Lawyer,
    "engagement": Engagement,
    "period": EngagementPeriod,
    "year": AssessmentYear,
    "district": District,
}
KINDS = {"+": "新建", "~": "修改", "-": "删除"}
# Housekeeping fields a reader does not need to see change.
HIDDEN = {"id", "policy_toml"}


def model_choices() -> list[tuple[str, str]]:
    return [(key, str(model._meta.verbose_name)) for key, model in TRACKED.items()]


@dataclass(frozen=True)
class Change:
    field: str
    old: str
    new: str


@dataclass
class Entry:
    """One historical record as the log shows it."""

    record: Any = field(repr=False)
    model_key: str

    @property
    def when(self) -> dt.datetime:
        return self.record.history_date  # type: ignore[no-any-return]

    @property
    def who(self) -> str:
        user = self.record.history_user
        return str(user) if user else "系统"

    @property
    def kind(self) -> str:
        return KINDS.get(self.record.history_type, self.record.history_type)

    @property
    def kind_code(self) -> str:
        return {"+": "green", "~": "blue", "-": "red"}.get(self.record.history_type, "")

    @property
    def model_label(self) -> str:
        return str(TRACKED[self.model_key]._meta.verbose_name)

    @property
    def reason(self) -> str:
        return self.record.history_change_reason or ""

    @property
    def object_label(self) -> str:
        r = self.record
        if self.model_key in ("community", "street"):
            return f"{r.name}（{r.code}）"
        if self.model_key == "lawyer":
            return f"{r.code} {r.name}"
        if self.model_key == "engagement":
            return f"结对 {r.code}"
        if self.model_key == "period":
            code = _label("engagement", r.engagement_id)
            return f"结对 {code} 的服务期间"
        if self.model_key == "year":
            return f"{r.year}年度"
        return str(r.name)

    @cached_property
    def changes(self) -> list[Change]:
        r = self.record
        model = TRACKED[self.model_key]
        if r.history_type == "~":
            previous = r.prev_record
            if previous is None:
                return []
            delta = r.diff_against(previous)
            return [
                Change(
                    _verbose(model, c.field),
                    _show(model, c.field, c.old),
                    _show(model, c.field, c.new),
                )
                for c in delta.changes
                if c.field not in HIDDEN
            ]
        if r.history_type == "+":
            return [
                Change(_verbose(model, f.name), "", _show(model, f.name, getattr(r, f.attname)))
                for f in model._meta.concrete_fields
                if f.name not in HIDDEN and getattr(r, f.attname) not in (None, "", {})
            ]
        return []


def _verbose(model: type[models.Model], name: str) -> str:
    return str(model._meta.get_field(name).verbose_name)


_RELATED = {
    "street": (Street, "name"),
    "community": (Community, "name"),
    "firm": (LawFirm, "name"),
    "lawyer": (Lawyer, "name"),
    "engagement": (Engagement, "code"),
    "district": (District, "name"),
}


def _label(name: str, pk: object) -> str:
    """A related object's name for a raw id in the log (the id when it is gone)."""
    if pk is None:
        return ""
    model, attr = _RELATED[name]
    value = model._default_manager.filter(pk=pk).values_list(attr, flat=True).first()
    return str(value) if value is not None else f"#{pk}（已删除）"


def _show(model: type[models.Model], name: str, value: object) -> str:
    if value is None or value == "":
        return "（空）"
    model_field = model._meta.get_field(name)
    if model_field.is_relation and name in _RELATED:
        return _label(name, value)
    if getattr(model_field, "choices", None):
        return str(dict(model_field.choices).get(value, value))  # type: ignore[arg-type]
    return str(value)


class ChangeLog:
    """The historical records of several models, newest first, paged without loading them
    all: Paginator slices it, and each slice merges only as many rows as it needs."""

    def __init__(self, querysets: dict[str, models.QuerySet[Any]]) -> None:
        self.querysets = {
            key: qs.select_related("history_user").order_by("-history_date", "-history_id")
            for key, qs in querysets.items()
        }

    def count(self) -> int:
        return sum(qs.count() for qs in self.querysets.values())

    def _merged(self, stop: int) -> Iterator[Entry]:
        def stream(key: str, qs: models.QuerySet[Any]) -> Iterator[tuple[Any, str, Any]]:
            return ((r.history_date, key, r) for r in qs[:stop])

        streams = [stream(key, qs) for key, qs in self.querysets.items()]
        for _, key, record in heapq.merge(*streams, key=lambda t: t[0], reverse=True):
            yield Entry(record, key)

    def __getitem__(self, index: slice) -> list[Entry]:
        assert isinstance(index, slice)
        start, stop = index.start or 0, index.stop
        return list(islice(self._merged(stop), start, stop))

    def __len__(self) -> int:
        return self.count()


def change_log(
    *, model_key: str | None = None, since: dt.date | None = None, until: dt.date | None = None
) -> ChangeLog:
    querysets: dict[str, models.QuerySet[Any]] = {}
    for key, model in TRACKED.items():
        if model_key and key != model_key:
            continue
        qs = model.history.all()  # type: ignore[attr-defined]
        if since:
            qs = qs.filter(history_date__date__gte=since)
        if until:
            qs = qs.filter(history_date__date__lte=until)
        querysets[key] = qs
    return ChangeLog(querysets)


def engagement_history(engagement: Engagement) -> list[Entry]:
    """The engagement's own records and its periods', newest first."""
    return ChangeLog(
        {
            "engagement": Engagement.history.filter(id=engagement.pk),  # type: ignore[attr-defined]
            "period": EngagementPeriod.history.filter(engagement_id=engagement.pk),  # type: ignore[attr-defined]
        }
    )[0:500]
