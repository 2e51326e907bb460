"""The declarations on each role's home page, and the lawyers' deadline."""

from __future__ import annotations

import pytest
from django.urls import reverse

from counsel.apps.bonus.home import (
    bureau_declarations,
    community_declarations,
    lawyer_declarations,
    office_declarations,
)
from counsel.web.home.deadlines import due_items
from tests.apps.bonus.helpers import confirmed, draft, submitted

pytestmark = pytest.mark.django_db


def test_the_lawyer_sees_each_engagement_of_the_year_due_and_whether_it_is_in(world, today) -> None:
    today(2025, 12, 3)
    [item] = lawyer_declarations(world.users["lawyer"], world.year).items
    assert item.label == "2025年度加分申报：示例甲社区"
    assert (item.status, item.tone, str(item.date)) == ("还有 38 天", "", "2026-01-10")
    assert item.url == reverse("bonus:mine") + "?year=2025"

    declaration = submitted(world)

    [item] = lawyer_declarations(world.users["lawyer"], world.year).items
    assert (item.status, item.tone) == ("已提交", "done")
    assert item.url == reverse("bonus:declaration", kwargs={"pk": declaration.pk})


def test_a_draft_left_after_the_day_is_late_and_the_deadline_says_so(world, today) -> None:
    day = today(2026, 1, 15)
    draft(world)

    [item] = lawyer_declarations(world.users["lawyer"], world.year).items
    deadline = next(i for i in due_items(world.users["lawyer"], day))

    assert (item.status, item.tone) == ("已逾期 5 天", "late")
    assert deadline.state == "late" and deadline.detail == "1 份申报表尚未提交"
    assert deadline.url == reverse("bonus:mine") + "?year=2025"


def test_a_year_whose_declarations_are_long_past_is_not_shown(world, today) -> None:
    today(2026, 3, 1)

    assert lawyer_declarations(world.users["lawyer"], world.year).items == []


def test_the_community_sees_what_awaits_its_confirmation(world, today) -> None:
    today(2026, 1, 12)
    submitted(world)

    [item] = community_declarations(world.users["community"], world.year).items

    assert item.label == "2025年度待确认的加分申报 1 份" and "status=submitted" in item.url


def test_the_office_sees_what_to_review_by_the_annual_scoring(world, today) -> None:
    today(2026, 1, 21)
    confirmed(world)

    items = office_declarations(world.users["office_a"], world.year).items
    other = office_declarations(world.users["office_b"], world.year).items

    assert [(i.label, i.tone, i.status) for i in items] == [
        ("2025年度待审定的加分申报 1 份", "late", "已逾期 1 天")
    ]
    assert "status=confirmed" in items[0].url
    assert other[0].label == "2025年度待审定的加分申报 0 份" and other[0].status == "无待审定"


def test_the_bureau_sees_the_count_by_status(world, today) -> None:
    today(2026, 1, 12)
    submitted(world)

    [item] = bureau_declarations(world.users["bureau"], world.year).items

    assert item.label == "2025年度加分申报 1 份" and item.detail == "已提交，待社区确认 1"
