"""Home-page cards of the quarter: the office's quarters to do, the bureau's reports."""

from __future__ import annotations

import pytest

from counsel.apps.quarter.home_cards import cards
from tests.apps.factories import report

pytestmark = pytest.mark.django_db


def items(user, year):  # type: ignore[no-untyped-def]
    return [item for card in cards(user, year) for item in card["items"]]


def test_the_office_sees_each_quarter_to_do_with_its_due_date_and_lateness(world) -> None:
    found = items(world.users["office_a"], world.year)
    assert len(found) == 4  # 2025 has ended: every quarter is to do, all overdue
    assert found[0]["label"].startswith("第一季度（评分 0/2、评价 0/2；04月20日前报送）")
    assert all(item["late"] for item in found)


def test_a_returned_report_shows_the_bureaus_reason(world) -> None:
    found = report(world, status="returned")
    found.return_reason = "请复核"
    found.save()
    assert "区司法局已退回：请复核" in items(world.users["office_a"], 2025)[0]["label"]


def test_the_bureau_sees_reports_awaiting_acceptance_and_overdue_streets(world) -> None:
    report(world, status="submitted")
    labels = [item["label"] for item in items(world.users["bureau"], 2025)]
    assert "湖滨街道第一季度待接收" in labels
    assert "清波街道第一季度逾期未提交（期限 04月20日）" in labels
    assert labels[-1] == "各街道季度报送一览"


def test_other_roles_and_unknown_years_get_no_card(world) -> None:
    assert cards(world.users["lawyer"], 2025) == []
    assert cards(world.users["bureau"], 1999) == []
