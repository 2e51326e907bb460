"""Home-page cards of work registration: what waits for each role."""

from __future__ import annotations

import pytest

from counsel.apps.worklog.home_cards import cards
from counsel.apps.worklog.models import WorkStatus
from tests.apps.factories import record

pytestmark = pytest.mark.django_db


def labels(user, year=2025):  # type: ignore[no-untyped-def]
    return [(item["label"], item["late"]) for card in cards(user, year) for item in card["items"]]


def test_the_lawyer_is_told_of_returned_registrations(world) -> None:
    record(world, status=WorkStatus.RETURNED)
    assert ("被社区退回、待修改的登记 1 条", True) in labels(world.users["lawyer"])


def test_the_community_is_told_what_waits_for_confirmation(world) -> None:
    record(world)
    record(world, status=WorkStatus.CONFIRMED)
    assert labels(world.users["community"], world.year)[0] == ("待确认的律师工作登记 1 条", False)


def test_the_office_sees_its_streets_waiting_registrations_only(world) -> None:
    record(world, world.eb1)
    assert all("尚待社区确认" not in label for label, _ in labels(world.users["office_a"]))
    assert ("尚待社区确认的登记 1 条", False) in labels(world.users["office_b"])
