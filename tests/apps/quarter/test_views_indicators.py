"""The bureau's indicator table editor."""

from __future__ import annotations

import pytest
from django.urls import reverse

from counsel.apps.quarter.models import IndicatorItem

pytestmark = pytest.mark.django_db


def post_data(world, **changes):  # type: ignore[no-untyped-def]
    items = list(IndicatorItem.objects.filter(year=world.year).order_by("order"))
    data = {
        "items-TOTAL_FORMS": str(len(items) + 1),
        "items-INITIAL_FORMS": str(len(items)),
        "items-MIN_NUM_FORMS": "0",
        "items-MAX_NUM_FORMS": "1000",
    }
    for n, item in enumerate(items):
        row = {
            "id": item.pk,
            "name": item.name,
            "full_marks": item.full_marks,
            "requirement": item.requirement,
            "deduction": item.deduction,
            "per_deduction": item.per_deduction,
            "registration_kind": item.registration_kind,
            "required_count": item.required_count or "",
        }
        if item.deduction_only:
            row["deduction_only"] = "on"
        row.update(changes.get(item.key, {}))
        data.update({f"items-{n}-{k}": v for k, v in row.items()})
    return data


def test_the_editor_refuses_a_table_not_adding_up_to_82(world, as_persona) -> None:
    page = (
        as_persona("bureau")
        .post(
            reverse("quarter:indicators") + "?year=2025",
            post_data(world, duty={"full_marks": "15"}),
        )
        .content.decode()
    )
    assert "指标表各项满分合计 77 分，应为基础履职满分 82 分" in page
    assert IndicatorItem.objects.get(key="duty").full_marks == 20


def test_the_editor_refuses_an_absurd_required_count(world, as_persona) -> None:
    before = IndicatorItem.objects.get(key="duty").required_count
    response = as_persona("bureau").post(
        reverse("quarter:indicators") + "?year=2025",
        post_data(world, duty={"required_count": "99999999999999999999999"}),
    )
    assert response.status_code == 200
    assert "要求次数 99999999999999999999999 无效（应为 0 至 999 次）" in response.content.decode()
    assert IndicatorItem.objects.get(key="duty").required_count == before


def test_the_editor_saves_a_balanced_table(world, as_persona) -> None:
    data = post_data(world, duty={"full_marks": "18"}, consult={"full_marks": "14"})
    response = as_persona("bureau").post(reverse("quarter:indicators") + "?year=2025", data)
    assert response.status_code == 302
    assert IndicatorItem.objects.get(key="consult").full_marks == 14


def test_the_editor_shows_the_table_and_its_sum(world, as_persona) -> None:
    page = as_persona("bureau").get(reverse("quarter:indicators")).content.decode()
    assert "当前合计 <b>82</b> 分" in page and "违规收费（R20）" in page


def test_a_scored_year_shows_the_points_read_only_and_keeps_them(world, as_persona) -> None:
    from tests.apps.factories import full_score

    full_score(world.users["office_a"], world.ea1, world.year, 1)
    client = as_persona("bureau")
    page = client.get(reverse("quarter:indicators")).content.decode()
    assert 'name="items-0-full_marks"' in page and "disabled" in page
    assert "删除</th>" not in page
    data = post_data(world, duty={"full_marks": "15", "requirement": "每季度不少于8次"})
    data["items-TOTAL_FORMS"] = str(int(data["items-TOTAL_FORMS"]) - 1)
    response = client.post(reverse("quarter:indicators") + "?year=2025", data)
    assert response.status_code == 302
    duty = IndicatorItem.objects.get(key="duty")
    assert (duty.full_marks, duty.requirement) == (20, "每季度不少于8次")
