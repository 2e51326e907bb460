"""R4–R6, R11, R20: scoring a quarter item by item; history keeps who and old → new."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from counsel.apps.assessment.selectors import policy_for
from counsel.apps.org.models import EngagementPeriod
from counsel.apps.quarter.models import QuarterItemScore, QuarterScore
from counsel.apps.quarter.services.scores import ItemEntry, quarter_score_save, score_compute
from tests.apps.factories import full_score, report, score_with

pytestmark = pytest.mark.django_db


def test_shortfalls_take_the_items_deduction_off_never_below_zero(world) -> None:
    policy = policy_for(world.year)
    computed = score_compute(
        policy,
        {
            "duty": ItemEntry("duty", shortfalls=2, remark="少 2 次"),
            "reporting": ItemEntry("reporting", shortfalls=3, remark="未报告"),
        },
    )
    assert computed.item("duty").points == Decimal(14)  # 20 − 2 × 3
    assert computed.item("reporting").points == Decimal(0)  # 4 − 12, not below 0
    assert computed.total == Decimal(82 - 6 - 4)
    assert computed.ok


def test_the_fee_taking_item_takes_points_off_the_quarter(world) -> None:
    computed = score_compute(
        policy_for(world.year), {"fee_taking": ItemEntry("fee_taking", shortfalls=1, remark="收费")}
    )
    assert computed.item("fee_taking").points == Decimal(20)
    assert computed.deducted == Decimal(20)
    assert computed.total == Decimal(62)


def test_points_may_be_given_directly_but_not_above_full_marks(world) -> None:
    policy = policy_for(world.year)
    given = score_compute(
        policy, {"consult": ItemEntry("consult", points=Decimal("10.5"), remark="迟复")}
    )
    assert given.total == Decimal("80.5")
    over = score_compute(policy, {"consult": ItemEntry("consult", points=Decimal(13))})
    assert over.total is None
    assert "法律咨询与答复：13 分超过满分 12 分" in over.errors


def test_a_deduction_without_a_remark_is_refused_but_the_total_still_shows(world) -> None:
    computed = score_compute(policy_for(world.year), {"duty": ItemEntry("duty", shortfalls=1)})
    assert computed.total == Decimal(79)
    assert computed.errors == ("驻点值班：扣分须写明扣分说明",)


def test_under_sum_aggregation_each_item_is_scaled_by_a_quarter(world) -> None:
    world.year.parameters = {"basic_aggregation": "sum"}
    world.year.save()
    computed = score_compute(
        policy_for(world.year), {"duty": ItemEntry("duty", shortfalls=1, remark="x")}
    )
    assert computed.item("duty").points == Decimal("4.25")  # 20 × ¼ − 3 × ¼
    assert computed.total == Decimal("19.75")  # 20.5 − 0.75


def test_saving_writes_the_score_and_its_items_with_who_and_old_to_new(world) -> None:
    office = world.users["office_a"]
    first = full_score(office, world.ea1, world.year, 1)
    assert first.basic == Decimal(82)
    assert first.items.count() == 9
    second = score_with(office, world.ea1, world.year, 1, duty=1)
    assert second.pk == first.pk and second.basic == Decimal(79)
    latest = second.history.latest()
    assert latest.history_user == office
    assert latest.history_change_reason.startswith("基础履职 82 → 79（驻点值班 20 → 17）")
    duty = QuarterItemScore.objects.get(score=second, indicator__key="duty")
    assert (duty.points, duty.shortfalls, duty.remark) == (Decimal(17), 1, "duty 扣 1 次")
    assert duty.history.latest().history_change_reason == "驻点值班 20 → 17"
    assert duty.history.count() == 2
    # Items that did not change get no new history.
    assert QuarterItemScore.objects.get(score=second, indicator__key="consult").history.count() == 1


def test_a_quarter_without_a_day_of_the_engagement_is_refused(world) -> None:
    EngagementPeriod.objects.filter(engagement=world.ea1).update(end=dt.date(2025, 3, 31))
    with pytest.raises(ValidationError) as caught:
        full_score(world.users["office_a"], world.ea1, world.year, 2)
    assert "没有在岗日" in caught.value.messages[0] and "R11" in caught.value.messages[0]
    assert not QuarterScore.objects.exists()


def test_another_streets_office_and_the_bureau_may_not_score(world) -> None:
    for name in ("office_b", "bureau"):
        with pytest.raises(PermissionDenied):
            full_score(world.users[name], world.ea1, world.year, 1)


def test_a_submitted_or_accepted_quarter_refuses_changes(world) -> None:
    report(world, status="submitted")
    with pytest.raises(ValidationError, match="等待接收"):
        full_score(world.users["office_a"], world.ea1, world.year, 1)
    report(world).__class__.objects.update(status="accepted")
    with pytest.raises(ValidationError, match="重新开放"):
        full_score(world.users["office_a"], world.ea1, world.year, 1)
    # Other quarters are not locked.
    assert full_score(world.users["office_a"], world.ea1, world.year, 2).basic == Decimal(82)


def test_a_finalised_year_refuses_changes(world) -> None:
    world.year.status = "finalised"
    world.year.save()
    with pytest.raises(ValidationError, match="已定案"):
        quarter_score_save(
            actor=world.users["office_a"],
            engagement=world.ea1,
            year=world.year,
            quarter=1,
            entries={},
        )
