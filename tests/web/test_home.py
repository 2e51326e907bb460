"""The home page of each role: what is due now (R18 with dates and days left), what is
late, the scope, the district overview; areas add their own cards."""

from __future__ import annotations

import json

import pytest

from counsel.web.home import cards
from counsel.web.home.cards import Card, Item, card
from counsel.web.home.deadlines import due_items

pytestmark = pytest.mark.django_db


def _states(user, day):  # type: ignore[no-untyped-def]
    return {i.due.key: (i.state, i.days) for i in due_items(user, day)}


def test_the_deadline_day_itself_is_not_late(world, today) -> None:
    day = today(2025, 10, 20)

    item = next(i for i in due_items(world.users["office_a"], day) if i.due.key == "q3_report")

    assert (item.state, item.status) == ("soon", "今天截止")


def test_a_lawyer_is_shown_the_declaration_deadline_of_the_year(world, today) -> None:
    day = today(2025, 12, 3)

    assert _states(world.users["lawyer"], day) == {"lawyer_declaration": ("open", 38)}


def test_in_january_last_year_s_deadlines_are_the_ones_due(world, today) -> None:
    day = today(2026, 1, 15)

    states = _states(world.users["office_a"], day)

    assert set(states) == {"annual_scoring", "annual_report"}
    assert states["annual_scoring"] == ("soon", 5)


def test_the_home_page_shows_due_dates_and_late_items_in_red(world, as_persona, today) -> None:
    today(2025, 8, 1)

    page = as_persona("office_a").get("/").content.decode()

    assert "报送第二季度考核结果及值班登记汇总表" in page and "2025-07-20" in page
    assert "已逾期 12 天" in page and "tone-late" in page and "还有 80 天" in page


def test_the_bureau_home_has_the_district_chart_with_local_echarts(
    world, as_persona, today
) -> None:
    today(2025, 8, 1)

    page = as_persona("bureau").get("/").content.decode()

    assert "/static/vendor/echarts.min.js" in page and 'id="district-data"' in page
    data = json.loads(page.split('id="district-data" type="application/json">')[1].split("<")[0])
    assert data["streets"] == ["清波街道", "湖滨街道"] and data["coverage"] == [100, 100]


def test_a_community_home_shows_its_lawyer_with_the_phone_to_call(world, as_persona, today) -> None:
    today(2025, 8, 1)

    page = as_persona("community").get("/").content.decode()

    assert "示例律师甲" in page and 'href="tel:13800000001"' in page


def test_a_lawyer_home_lists_their_engagements(world, as_persona, today) -> None:
    today(2025, 8, 1)

    page = as_persona("lawyer").get("/").content.decode()

    assert "我的结对" in page and world.a1.name in page and world.b1.name not in page


def test_an_area_adds_a_card_for_its_roles(world, as_persona, monkeypatch) -> None:
    monkeypatch.setattr(cards, "REGISTRY", list(cards.REGISTRY))
    cards.discover()

    @card(roles=("judicial_office",), order=1)
    def reports(user, year):  # type: ignore[no-untyped-def]
        return Card("季度报告", [Item("第三季度报告待报送", detail=user.street.name)])

    assert "第三季度报告待报送" in as_persona("office_a").get("/").content.decode()
    assert "第三季度报告待报送" not in as_persona("lawyer").get("/").content.decode()


def test_an_area_links_a_deadline_to_where_its_work_is_done(world, today, monkeypatch) -> None:
    from counsel.web.home import deadlines

    cards.discover()
    monkeypatch.setattr(deadlines, "LINKS", {})
    day = today(2025, 8, 1)

    @deadlines.deadline_link("q3_report")
    def report_page(user, year, due):  # type: ignore[no-untyped-def]
        return f"/quarter/{year.year}/{due.deadline.quarter}/"

    item = next(i for i in due_items(world.users["office_a"], day) if i.due.key == "q3_report")
    assert item.url == "/quarter/2025/3/"


def test_a_long_list_of_streets_is_given_by_its_number() -> None:
    from counsel.web.home.deadlines import streets_named

    assert streets_named(["甲街道", "乙街道"], "未报送") == "2 个街道未报送：甲街道、乙街道"
    assert streets_named(["甲", "乙", "丙", "丁"], "未报送") == "4 个街道未报送"
