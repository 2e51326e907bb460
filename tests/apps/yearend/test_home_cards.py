"""What each role's home page shows of the year end."""

from __future__ import annotations

import pytest

from counsel.apps.yearend.home_cards import cards
from counsel.apps.yearend.services.reports import annual_report_submit
from counsel.apps.yearend.services.versions import year_assess
from tests.apps.yearend.helpers import cst, score_world

pytestmark = pytest.mark.django_db


def test_the_office_sees_its_report_due_then_done(world) -> None:
    [card] = cards(world.users["office_a"], world.year)
    assert card["title"] == "年度考核结果报送（1月25日前）"
    assert card["items"][0]["label"] == "尚未报送" and card["items"][0]["late"]
    score_world(world)
    annual_report_submit(year=world.year, street=world.street_a, actor=None, now=cst(2026, 1, 20))
    item = cards(world.users["office_a"], world.year)[0]["items"][0]
    assert item["label"] == "已于 2026-01-20 报送" and not item["late"]


def test_the_bureau_sees_the_streets_and_readiness(world) -> None:
    [card] = cards(world.users["bureau"], world.year)
    labels = [i["label"] for i in card["items"]]
    assert labels == ["街道已报送 0 个", "逾期报送 0 个", "未报送 2 个", "定案前尚有 24 个问题"]
    score_world(world)
    assert cards(world.users["bureau"], world.year)[0]["items"][-1]["label"] == "可以定案"


def test_the_lawyer_and_community_see_their_result_once_computed(world) -> None:
    assert cards(world.users["lawyer"], world.year) == []
    score_world(world)
    year_assess(year=world.year, actor=None)
    [card] = cards(world.users["lawyer"], world.year)
    assert card["title"] == "2025年度考核结果（试算）"
    assert card["items"][0]["label"] == "示例甲社区：第二档，12000.00 元"
    assert cards(world.users["community"], world.year)[0]["items"] == card["items"]
