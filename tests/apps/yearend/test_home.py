"""The year end on the home page: the bureau's year to finalise, an office's annual
report, a lawyer's and a community's result with its explanation."""

from __future__ import annotations

import pytest
from django.urls import reverse

from counsel.apps.yearend.home import bureau_finalisation, my_result, office_annual_report
from counsel.apps.yearend.services.reports import annual_report_submit
from counsel.apps.yearend.services.versions import year_assess, year_finalise
from counsel.web.home.deadlines import due_items
from tests.apps.yearend.helpers import cst, score_world

pytestmark = pytest.mark.django_db


def test_the_bureau_sees_the_ended_year_to_finalise_and_what_stops_it(world, today) -> None:
    today(2026, 12, 3)
    [item] = bureau_finalisation(world.users["bureau"], None).items
    assert item.label == "2025年度考核定案" and item.status == "尚有 24 个问题"
    assert item.detail == "街道年度报送：已报送 0 个（逾期 0 个），未报送 2 个"
    assert item.url == reverse("yearend:overview") + "?year=2025#problems"

    score_world(world)
    assert bureau_finalisation(world.users["bureau"], None).items[0].status == "可以定案"

    year_finalise(year=world.year, actor=None)
    [item] = bureau_finalisation(world.users["bureau"], None).items
    assert (item.label, item.detail, item.tone) == ("2025年度已定案", "第1版", "done")


def test_no_card_while_no_year_has_ended(world, today) -> None:
    today(2025, 6, 1)

    assert bureau_finalisation(world.users["bureau"], None) is None


def test_the_office_sees_in_january_whether_its_street_can_report(world, today) -> None:
    today(2025, 12, 3)
    assert office_annual_report(world.users["office_a"], world.year) is None

    today(2026, 1, 21)
    [item] = office_annual_report(world.users["office_a"], world.year).items
    assert item.detail == "尚有 16 个问题、0 份加分申报待审定" and item.status == "还有 4 天"

    score_world(world)
    annual_report_submit(year=world.year, street=world.street_a, actor=None, now=cst(2026, 1, 20))
    [item] = office_annual_report(world.users["office_a"], world.year).items
    assert (item.status, item.tone) == ("已报送", "done")
    assert item.detail == "已于 2026-01-20 12:00 报送"


def test_the_annual_report_deadline_is_done_once_reported(world, today) -> None:
    day = today(2026, 1, 21)
    score_world(world)
    annual_report_submit(year=world.year, street=world.street_a, actor=None, now=cst(2026, 1, 20))

    mine = next(i for i in due_items(world.users["office_a"], day) if i.due.key == "annual_report")
    all_ = next(i for i in due_items(world.users["bureau"], day) if i.due.key == "annual_report")

    assert mine.state == "done" and mine.url == reverse("yearend:report") + "?year=2025"
    assert all_.state == "soon" and all_.url == reverse("yearend:overview") + "?year=2025"


def test_the_lawyer_and_community_see_their_result_with_the_explanation(world, today) -> None:
    today(2026, 2, 1)
    assert my_result(world.users["lawyer"], world.year) is None
    score_world(world)
    year_assess(year=world.year, actor=None)

    card = my_result(world.users["lawyer"], world.year)

    assert card.title == "2025年度考核结果（试算，尚未定案）"
    [item] = card.items
    assert item.label == "示例甲社区：第二档，12000.00 元"
    assert item.url == reverse("yearend:explanation", kwargs={"code": "E9001"}) + "?year=2025"
    assert my_result(world.users["community"], world.year).items == card.items
