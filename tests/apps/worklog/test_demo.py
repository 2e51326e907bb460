"""The demo's registrations: every engagement, every quarter begun, up to today."""

from __future__ import annotations

import datetime as dt

import pytest

from counsel.apps.worklog.demo import load_registrations
from counsel.apps.worklog.models import WorkRecord, WorkStatus
from counsel.web.demo.context import Demo

pytestmark = pytest.mark.django_db


def load(today: dt.date) -> Demo:
    demo = Demo.of_database(today)
    load_registrations(demo)
    return demo


def test_registrations_cover_each_quarter_begun_and_stop_before_today(world) -> None:
    demo = load(dt.date(2025, 5, 15))
    records = WorkRecord.objects.all()
    assert demo.notes[0].startswith("工作登记 ")
    assert records.filter(date__month__lte=3).exists()
    assert records.filter(date__month__gte=4).exists()
    assert not records.filter(date__gte=dt.date(2025, 5, 15)).exists()
    for engagement in (world.ea1, world.ea2, world.eb1):
        duty = records.filter(engagement=engagement, kind="驻点值班", date__month__lte=3)
        assert duty.count() >= 3
    # Registrations of the last week still wait for their community.
    recent = records.filter(registered_at__date__gte=dt.date(2025, 5, 9))
    assert recent and all(r.status != WorkStatus.CONFIRMED for r in recent)
    # An ended quarter's registrations are all confirmed, by the community.
    first = records.filter(date__month__lte=3)
    assert {r.status for r in first} == {WorkStatus.CONFIRMED}
    assert {r.reviewed_by for r in first.filter(engagement=world.ea1)} == {world.users["community"]}


def test_only_the_quarter_under_way_has_registrations_returned(world) -> None:
    load(dt.date(2025, 5, 15))

    returned = WorkRecord.objects.filter(status=WorkStatus.RETURNED)

    assert all(r.date >= dt.date(2025, 4, 1) and r.return_reason for r in returned)


def test_the_same_seed_gives_the_same_registrations(world) -> None:
    load(dt.date(2025, 4, 1))
    first = list(WorkRecord.objects.order_by("id").values_list("date", "kind", "start_time"))
    WorkRecord.objects.all().delete()
    load(dt.date(2025, 4, 1))
    assert (
        list(WorkRecord.objects.order_by("id").values_list("date", "kind", "start_time")) == first
    )
