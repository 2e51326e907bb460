"""R6: the bureau edits the indicator table; full marks add up to 82; a scored year keeps
its points."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from counsel.apps.quarter.models import IndicatorItem
from counsel.apps.quarter.services.indicators import IndicatorRow, indicator_table_save
from tests.apps.factories import full_score

pytestmark = pytest.mark.django_db


def rows(world, **changes_by_key) -> list[IndicatorRow]:  # type: ignore[no-untyped-def]
    out = []
    for item in IndicatorItem.objects.filter(year=world.year).order_by("order"):
        values = {
            "id": item.pk,
            "name": item.name,
            "full_marks": item.full_marks,
            "requirement": item.requirement,
            "deduction": item.deduction,
            "per_deduction": item.per_deduction,
            "deduction_only": item.deduction_only,
            "registration_kind": item.registration_kind,
            "required_count": item.required_count,
        }
        values.update(changes_by_key.get(item.key, {}))
        out.append(IndicatorRow(**values))
    return out


def save(world, table):  # type: ignore[no-untyped-def]
    return indicator_table_save(actor=world.users["bureau"], year=world.year, rows=table)


def test_a_table_not_adding_up_to_82_is_refused_with_the_actual_sum(world) -> None:
    with pytest.raises(ValidationError) as caught:
        save(world, rows(world, duty={"full_marks": Decimal(18)}))
    assert caught.value.messages == ["指标表各项满分合计 80 分，应为基础履职满分 82 分"]
    assert IndicatorItem.objects.get(year=world.year, key="duty").full_marks == Decimal(20)


def test_points_moved_between_items_keep_82_and_are_saved_with_history(world) -> None:
    table = rows(
        world,
        duty={"full_marks": Decimal(18)},
        consult={"full_marks": Decimal(14), "name": "法律咨询"},
    )
    save(world, table)
    consult = IndicatorItem.objects.get(year=world.year, key="consult")
    assert (consult.name, consult.full_marks) == ("法律咨询", Decimal(14))
    assert consult.history.latest().history_user == world.users["bureau"]


def test_a_new_item_gets_a_key_and_a_deleted_one_goes(world) -> None:
    table = rows(world, reporting={"delete": True})
    table.append(
        IndicatorRow(
            None,
            "参加培训",
            Decimal(4),
            "每季度参加1次",
            "未参加扣4分",
            Decimal(4),
            False,
            "",
            None,
        )
    )
    save(world, table)
    keys = list(IndicatorItem.objects.filter(year=world.year).values_list("key", flat=True))
    assert "reporting" not in keys and "item1" in keys


def test_a_deduction_only_item_has_no_full_marks(world) -> None:
    with pytest.raises(ValidationError) as caught:
        save(
            world,
            rows(world, fee_taking={"full_marks": Decimal(2)}, duty={"full_marks": Decimal(18)}),
        )
    assert "“违规收费（R20）”只扣不加，满分应为 0（实为 2）" in caught.value.messages


def test_once_scored_the_points_are_fixed_and_the_wording_is_not(world) -> None:
    full_score(world.users["office_a"], world.ea1, world.year, 1)
    with pytest.raises(ValidationError) as caught:
        save(
            world,
            rows(world, duty={"full_marks": Decimal(18)}, consult={"full_marks": Decimal(14)}),
        )
    assert "本年度已有季度评分，不能修改“驻点值班”的满分（20 → 18）" in caught.value.messages
    with pytest.raises(ValidationError, match="不能删除"):
        save(world, rows(world, reporting={"delete": True}))
    save(world, rows(world, duty={"requirement": "每季度驻点值班不少于8次", "required_count": 8}))
    duty = IndicatorItem.objects.get(year=world.year, key="duty")
    assert (duty.requirement, duty.required_count) == ("每季度驻点值班不少于8次", 8)


def test_only_the_bureau_edits_the_table(world) -> None:
    with pytest.raises(PermissionDenied):
        indicator_table_save(actor=world.users["office_a"], year=world.year, rows=rows(world))


def test_a_sum_with_halves_is_written_plainly(world) -> None:
    with pytest.raises(ValidationError) as caught:
        save(world, rows(world, duty={"full_marks": Decimal("19.50")}))
    assert caught.value.messages == ["指标表各项满分合计 81.5 分，应为基础履职满分 82 分"]
