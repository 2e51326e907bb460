"""Work registration on the home page: what waits for each role."""

from __future__ import annotations

import pytest
from django.urls import reverse

from counsel.apps.worklog.home import (
    community_confirmations,
    lawyer_registrations,
    street_registrations,
)
from counsel.apps.worklog.models import WorkStatus
from tests.apps.factories import record

pytestmark = pytest.mark.django_db


def test_the_lawyer_is_told_of_returned_registrations_first(world, today) -> None:
    today(2025, 8, 1)
    record(world, status=WorkStatus.RETURNED)
    record(world)

    items = lawyer_registrations(world.users["lawyer"], world.year).items

    assert [(i.label, i.tone) for i in items] == [
        ("被社区退回、待修改的登记 1 条", "late"),
        ("等待社区确认的登记 1 条", "info"),
        ("登记一次值班或服务", ""),
    ]
    assert items[0].url == reverse("worklog:list") + "?status=returned"


def test_the_community_is_told_what_waits_for_its_confirmation(world, today) -> None:
    today(2025, 8, 1)
    card = community_confirmations(world.users["community"], world.year)
    assert card.items == []

    record(world)
    record(world, status=WorkStatus.CONFIRMED)

    [item] = community_confirmations(world.users["community"], world.year).items
    assert item.label == "待核对确认的律师工作登记 1 条" and item.tone == "soon"


def test_an_office_sees_its_own_street_s_waiting_registrations_only(world, today) -> None:
    today(2025, 8, 1)
    record(world, world.eb1)

    mine = [i.label for i in street_registrations(world.users["office_a"], world.year).items]
    theirs = [i.label for i in street_registrations(world.users["office_b"], world.year).items]

    assert mine == ["值班登记汇总表"]
    assert theirs == ["尚待社区确认的登记 1 条", "值班登记汇总表"]


def test_a_finalised_year_s_registrations_no_longer_wait(world, today) -> None:
    today(2026, 2, 1)
    record(world, status=WorkStatus.RETURNED)
    world.year.status = "finalised"
    world.year.save()

    labels = [i.label for i in lawyer_registrations(world.users["lawyer"], world.year).items]

    assert labels == ["登记一次值班或服务"]
