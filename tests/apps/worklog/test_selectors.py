"""Registrations are read within the viewer's scope; counts per kind feed the scoring."""

from __future__ import annotations

import datetime as dt

import pytest
from django.http import Http404

from counsel.apps.worklog import selectors
from counsel.apps.worklog.models import WorkStatus
from tests.apps.factories import record

pytestmark = pytest.mark.django_db


def test_each_role_sees_the_registrations_of_its_scope(world) -> None:
    mine = record(world, world.ea1)
    neighbour = record(world, world.ea2)
    elsewhere = record(world, world.eb1)
    seen = {name: set(selectors.records(world.users[name])) for name in world.users}
    assert seen["bureau"] == {mine, neighbour, elsewhere}
    assert seen["office_a"] == {mine, neighbour}
    assert seen["office_b"] == {elsewhere}
    assert seen["community"] == {mine}
    assert seen["lawyer"] == {mine}


def test_another_streets_registration_is_not_found(world) -> None:
    item = record(world, world.ea1)
    with pytest.raises(Http404):
        selectors.record_or_404(world.users["office_b"], item.pk)


def test_registration_counts_are_per_kind_within_the_quarter(world) -> None:
    record(world, day=dt.date(2025, 1, 6), status=WorkStatus.CONFIRMED)
    record(world, day=dt.date(2025, 3, 31), status=WorkStatus.SUBMITTED)
    record(world, day=dt.date(2025, 4, 1), status=WorkStatus.CONFIRMED)  # Q2
    record(world, day=dt.date(2025, 2, 6), kind="法治宣传", status=WorkStatus.RETURNED)
    counts = selectors.registration_counts(world.ea1, 2025, 1)
    assert counts["驻点值班"].registered == 2
    assert counts["驻点值班"].confirmed == 1
    assert counts["法治宣传"].registered == 1
    assert counts["法治宣传"].confirmed == 0
    assert "法律咨询" not in counts


def test_counts_by_status_include_every_status(world) -> None:
    record(world, status=WorkStatus.RETURNED)
    counts = selectors.counts_by_status(selectors.records(world.users["lawyer"]))
    assert counts == {"submitted": 0, "confirmed": 0, "returned": 1}
