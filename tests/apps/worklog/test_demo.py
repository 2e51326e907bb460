"""The demo's registrations: every engagement, every quarter begun, up to today."""

from __future__ import annotations

import datetime as dt
import io
import random

import pytest

from counsel.apps.worklog import demo
from counsel.apps.worklog.models import WorkRecord, WorkStatus

pytestmark = pytest.mark.django_db


def test_registrations_cover_each_quarter_begun_and_stop_before_today(world) -> None:
    out = io.StringIO()
    demo.step(rng=random.Random(3), stdout=out, today=dt.date(2025, 5, 15))
    records = WorkRecord.objects.all()
    assert "工作登记" in out.getvalue()
    assert records.filter(date__month__lte=3).exists()
    assert records.filter(date__month__gte=4).exists()
    assert not records.filter(date__gte=dt.date(2025, 5, 15)).exists()
    for engagement in (world.ea1, world.ea2, world.eb1):
        duty = records.filter(engagement=engagement, kind="驻点值班", date__month__lte=3)
        assert duty.count() >= 4
    # Registrations of the last week still wait for their community.
    recent = records.filter(registered_at__date__gte=dt.date(2025, 5, 9))
    assert all(r.status in (WorkStatus.SUBMITTED, WorkStatus.RETURNED) for r in recent)


def test_the_same_seed_gives_the_same_registrations(world) -> None:
    demo.step(rng=random.Random(5), stdout=io.StringIO(), today=dt.date(2025, 4, 1))
    first = list(WorkRecord.objects.order_by("id").values_list("date", "kind", "start_time"))
    WorkRecord.objects.all().delete()
    demo.step(rng=random.Random(5), stdout=io.StringIO(), today=dt.date(2025, 4, 1))
    assert (
        list(WorkRecord.objects.order_by("id").values_list("date", "kind", "start_time")) == first
    )
