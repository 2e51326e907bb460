"""Writing master data and engagements: R1 refuses a second lawyer at a time; a mid-year
change ends one period and starts the next; every change names who made it."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from counsel.apps.org.models import Engagement, EngagementPeriod, LawFirm, Lawyer
from counsel.apps.org.services import (
    assessment_year_create,
    community_lawyer_change,
    engagement_create,
    engagement_period_add,
    engagement_period_end,
    master_data_save,
    next_code,
)
from counsel.apps.quarter.models import IndicatorItem

pytestmark = pytest.mark.django_db
D = dt.date


def test_a_second_lawyer_for_a_served_community_is_refused_with_the_clash_named(world) -> None:
    with pytest.raises(ValidationError) as caught:
        engagement_create(
            lawyer=world.lawyer_b1, community=world.a1, start=D(2025, 3, 1), actor=None
        )

    message = caught.value.messages[0]
    assert "E9001" in message and "示例律师甲" in message and "R1" in message
    assert not Engagement.objects.filter(lawyer=world.lawyer_b1, community=world.a1).exists()


def test_a_pairing_that_exists_gets_a_new_period_not_a_second_engagement(world) -> None:
    engagement_period_end(period=world.ea1.periods.get(), end=D(2024, 12, 31), actor=None)

    again = engagement_create(
        lawyer=world.lawyer_a1, community=world.a1, start=D(2025, 3, 1), actor=None
    )

    assert again == world.ea1 and again.periods.count() == 2


def test_a_new_engagement_gets_the_next_code(world) -> None:
    engagement_period_end(period=world.ea1.periods.get(), end=D(2025, 6, 30), actor=None)

    engagement = engagement_create(
        lawyer=world.lawyer_b1, community=world.a1, start=D(2025, 7, 1), actor=None
    )

    assert engagement.code == "E9004"


def test_a_lawyer_changes_mid_year_the_old_period_ending_the_day_before(world) -> None:
    new = community_lawyer_change(
        community=world.a1, lawyer=world.lawyer_b1, day=D(2025, 7, 1), actor=world.users["bureau"]
    )

    assert world.ea1.periods.get().end == D(2025, 6, 30)
    assert (new.lawyer, new.community) == (world.lawyer_b1, world.a1)
    assert new.periods.get().start == D(2025, 7, 1) and new.periods.get().end is None


def test_changing_to_the_serving_lawyer_is_refused(world) -> None:
    with pytest.raises(ValidationError, match="已是"):
        community_lawyer_change(
            community=world.a1, lawyer=world.lawyer_a1, day=D(2025, 7, 1), actor=None
        )


def test_a_change_before_a_later_period_is_refused(world) -> None:
    community_lawyer_change(
        community=world.a1, lawyer=world.lawyer_b1, day=D(2025, 7, 1), actor=None
    )

    with pytest.raises(ValidationError, match="之后已有服务期间"):
        community_lawyer_change(
            community=world.a1, lawyer=world.lawyer_a2, day=D(2025, 3, 1), actor=None
        )


def test_an_overlapping_period_of_the_same_community_is_refused(world) -> None:
    with pytest.raises(ValidationError, match="重叠"):
        engagement_period_add(
            engagement=world.ea1, start=D(2023, 6, 1), end=D(2024, 2, 1), actor=None
        )


def test_a_period_before_the_others_is_accepted(world) -> None:
    engagement_period_add(
        engagement=world.ea1, start=D(2022, 1, 1), end=D(2022, 12, 31), actor=None
    )

    assert world.ea1.periods.count() == 2


def test_an_end_before_the_start_is_refused(world) -> None:
    with pytest.raises(ValidationError, match="早于"):
        engagement_period_end(period=world.ea1.periods.get(), end=D(2023, 1, 1), actor=None)


def test_ending_a_period_is_kept_in_history_with_who_did_it(world) -> None:
    period = world.ea1.periods.get()

    engagement_period_end(period=period, end=D(2025, 6, 30), actor=world.users["bureau"])

    last = EngagementPeriod.history.filter(id=period.pk).first()
    assert last.history_user == world.users["bureau"] and last.end == D(2025, 6, 30)


def test_a_lawyer_saved_without_a_code_gets_the_next_one(world) -> None:
    lawyer = master_data_save(
        record=Lawyer(name="示例律师丁", firm=LawFirm.objects.get()), actor=world.users["bureau"]
    )

    assert lawyer.code == "L9004" and next_code(Lawyer, "L") == "L9005"


def test_a_year_cannot_be_opened_twice(world) -> None:
    with pytest.raises(ValidationError, match="已经建立"):
        assessment_year_create(year=2025, actor=None)


def test_a_new_year_copies_the_indicator_table_with_history(world) -> None:
    year = assessment_year_create(year=2026, actor=world.users["bureau"])

    items = IndicatorItem.objects.filter(year=year)
    assert sum(i.full_marks for i in items) == 82
    assert IndicatorItem.history.filter(year=year).first().history_user == world.users["bureau"]


def _finalise_2025(world) -> None:  # type: ignore[no-untyped-def]
    from counsel.apps.org.models import YearStatus

    world.year.status = YearStatus.FINALISED
    world.year.save()


def test_service_days_of_a_finalised_year_cannot_change(world) -> None:
    _finalise_2025(world)
    period = world.ea1.periods.get()
    with pytest.raises(ValidationError, match="2025年度考核结果已定案"):
        engagement_period_end(period=period, end=D(2025, 6, 30), actor=None)
    with pytest.raises(ValidationError, match="2025年度考核结果已定案"):
        community_lawyer_change(
            community=world.a1, lawyer=world.lawyer_b1, day=D(2025, 7, 1), actor=None
        )
    with pytest.raises(ValidationError, match="2025年度考核结果已定案"):
        engagement_create(
            lawyer=world.lawyer_b1, community=world.a2, start=D(2025, 3, 1), actor=None
        )
    period.refresh_from_db()
    assert period.end is None
    assert not Engagement.objects.filter(lawyer=world.lawyer_b1).exclude(pk=world.eb1.pk).exists()


def test_service_days_after_a_finalised_year_still_change(world) -> None:
    _finalise_2025(world)
    new = community_lawyer_change(
        community=world.a1, lawyer=world.lawyer_b1, day=D(2026, 1, 1), actor=None
    )
    assert world.ea1.periods.get().end == D(2025, 12, 31)
    assert new.periods.get().start == D(2026, 1, 1)
