"""The scoring screens: the list of a quarter's engagements, the sheet, the live total."""

from __future__ import annotations

import pytest
from django.urls import reverse

from counsel.apps.quarter.models import QuarterScore
from tests.apps.factories import report

pytestmark = pytest.mark.django_db


def sheet_url(world, name: str = "quarter:score") -> str:  # type: ignore[no-untyped-def]
    return reverse(name, kwargs={"engagement": world.ea1.pk, "year": 2025, "quarter": 1})


def blank(world) -> dict[str, str]:  # type: ignore[no-untyped-def]
    from counsel.apps.quarter.models import IndicatorItem

    data = {"remark": ""}
    for key in IndicatorItem.objects.filter(year=world.year).values_list("key", flat=True):
        data.update({f"s_{key}": "", f"p_{key}": "", f"r_{key}": ""})
    return data


def test_the_sheet_shows_every_item_and_full_marks_before_any_entry(world, as_persona) -> None:
    page = as_persona("office_a").get(sheet_url(world)).content.decode()
    assert "驻点值班" in page and "违规收费（R20）" in page and "只扣不加" in page
    assert "登记 0 次，已确认 0 次 / 要求 6 次" in page
    assert "data-total>82<small> / 82 分" in page
    assert 'hx-post="' + sheet_url(world, "quarter:score_preview") in page


def test_the_live_total_is_computed_on_the_server(world, as_persona) -> None:
    data = {**blank(world), "s_duty": "2", "s_fee_taking": "1"}
    fragment = (
        as_persona("office_a")
        .post(sheet_url(world, "quarter:score_preview"), data)
        .content.decode()
    )
    assert "data-total>56<small>" in fragment  # 82 − 6 − 20 (R20)
    assert "驻点值班：扣分须写明扣分说明" in fragment
    assert 'id="pts-duty" hx-swap-oob="true"' in fragment
    assert ">−20</span>" in fragment


def test_an_unreadable_entry_does_not_break_the_live_total(world, as_persona) -> None:
    data = {**blank(world), "s_duty": "abc", "p_consult": "13"}
    fragment = (
        as_persona("office_a")
        .post(sheet_url(world, "quarter:score_preview"), data)
        .content.decode()
    )
    assert "法律咨询与答复：13 分超过满分 12 分" in fragment


def test_saving_returns_to_the_list_with_the_total(world, as_persona) -> None:
    data = {**blank(world), "s_duty": "1", "r_duty": "少1次"}
    response = as_persona("office_a").post(sheet_url(world), data, follow=True)
    assert "基础履职 79.00 分" in response.content.decode()
    assert QuarterScore.objects.get().basic == 79


def test_a_refused_save_shows_why_and_writes_nothing(world, as_persona) -> None:
    data = {**blank(world), "s_duty": "1"}
    page = as_persona("office_a").post(sheet_url(world), data).content.decode()
    assert "驻点值班：扣分须写明扣分说明" in page
    assert not QuarterScore.objects.exists()


def test_an_absurd_number_of_shortfalls_is_refused_and_writes_nothing(world, as_persona) -> None:
    data = {**blank(world), "s_duty": "99999999999999999999999", "r_duty": "缺勤"}
    response = as_persona("office_a").post(sheet_url(world), data)
    assert response.status_code == 200
    assert "驻点值班：扣分次数 99999999999999999999999 无效（应为 0 至 999 次）" in (
        response.content.decode()
    )
    assert not QuarterScore.objects.exists()
    fragment = as_persona("office_a").post(sheet_url(world, "quarter:score_preview"), data)
    assert "扣分次数 99999999999999999999999 无效" in fragment.content.decode()


def test_the_bureau_reads_the_sheet_and_cannot_save(world, as_persona) -> None:
    client = as_persona("bureau")
    page = client.get(sheet_url(world)).content.decode()
    assert "区司法局只读查看" in page and "<fieldset disabled" in page
    client.post(sheet_url(world), blank(world))
    assert not QuarterScore.objects.exists()


def test_a_locked_quarter_says_so_and_keeps_its_scores(world, as_persona) -> None:
    report(world, status="accepted")
    client = as_persona("office_a")
    assert "已由区司法局接收并锁定" in client.get(sheet_url(world)).content.decode()
    client.post(sheet_url(world), blank(world))
    assert not QuarterScore.objects.exists()


def test_the_list_shows_each_engagement_and_its_state(world, as_persona) -> None:
    url = reverse(
        "quarter:scores", kwargs={"street": world.street_a.pk, "year": 2025, "quarter": 1}
    )
    page = as_persona("office_a").get(url).content.decode()
    assert page.count("未评分") == 2 and "示例乙社区" in page


def test_another_streets_engagement_is_not_found(world, as_persona) -> None:
    assert as_persona("office_b").get(sheet_url(world)).status_code == 404
