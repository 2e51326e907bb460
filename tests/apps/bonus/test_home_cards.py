"""What each role's home page shows of the declarations."""

from __future__ import annotations

import pytest
from django.urls import reverse

from counsel.apps.bonus.home_cards import cards
from tests.apps.bonus.helpers import confirmed, submitted

pytestmark = pytest.mark.django_db


def test_the_lawyer_sees_each_engagement_and_a_late_unsubmitted_one(world) -> None:
    [card] = cards(world.users["lawyer"], world.year)
    assert card["title"] == "加分申报（1月10日前提交）"
    [item] = card["items"]
    assert item == {
        "label": "示例甲社区：未填写",
        "url": reverse("bonus:mine") + "?year=2025",
        "late": True,
    }


def test_the_community_sees_what_awaits_it(world) -> None:
    declaration = submitted(world)
    [card] = cards(world.users["community"], world.year)
    assert card["items"][0]["label"] == "1 份待社区确认" and card["items"][0]["late"]
    assert declaration.status == "submitted"


def test_the_office_sees_what_to_review_and_report(world) -> None:
    confirmed(world)
    [card] = cards(world.users["office_a"], world.year)
    labels = [i["label"] for i in card["items"]]
    assert labels == ["1 份待审定", "0 份待社区确认", "0 份已审定待报送"]
    assert card["items"][0]["late"] and "status=confirmed" in card["items"][0]["url"]
    assert cards(world.users["office_b"], world.year)[0]["items"][0]["label"] == "0 份待审定"


def test_the_bureau_sees_the_counts_by_status(world) -> None:
    assert cards(world.users["bureau"], world.year)[0]["items"][0]["label"] == "尚无申报"
    submitted(world)
    assert cards(world.users["bureau"], world.year)[0]["items"][0]["label"].startswith("已提交")
