"""R7–R8: ratings of a street-quarter; drafts may break the quota, submissions may not."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from counsel.apps.org.models import EngagementPeriod
from counsel.apps.quarter.models import QuarterReport, SatisfactionRating
from counsel.apps.quarter.services.ratings import RatingEntry, satisfaction_ratings_save
from tests.apps.factories import add_communities, full_score, rate

pytestmark = pytest.mark.django_db


def test_a_draft_breaking_the_quota_is_saved_and_the_problem_named(world) -> None:
    outcome = rate(
        world.users["office_a"],
        world.street_a,
        world.year,
        1,
        {world.ea1: "满意", world.ea2: "满意"},
    )
    assert outcome.saved == 2
    assert SatisfactionRating.objects.count() == 2
    assert not outcome.quota.ok
    assert (
        outcome.quota.issues[0]
        == "湖滨街道第1季度评价“满意” 2 个，超过上限 ⌈社区（村）数 2 × 10%⌉ = 1 个，须减少 1 个"
    )


def test_twenty_communities_with_three_satisfied_cannot_be_submitted(world) -> None:
    office = world.users["office_a"]
    engagements = [world.ea1, world.ea2, *add_communities(world, world.street_a, 18)]
    for engagement in engagements:
        full_score(office, engagement, world.year, 1)
    ratings = {e: "良好" for e in engagements}
    ratings.update({engagements[0]: "满意", engagements[1]: "满意", engagements[2]: "满意"})
    ratings.update({engagements[3]: "普通", engagements[4]: "普通"})
    entries = [RatingEntry(e.pk, value) for e, value in ratings.items()]
    outcome = satisfaction_ratings_save(
        actor=office,
        street=world.street_a,
        year=world.year,
        quarter=1,
        entries=entries,
        submit=True,
    )
    assert outcome.report is None
    assert outcome.quota.arithmetic == "⌈社区（村）数 20 × 10%⌉ = 2"
    assert outcome.refusal == (
        "湖滨街道第1季度评价“满意” 3 个，超过上限 ⌈社区（村）数 20 × 10%⌉ = 2 个，须减少 1 个",
    )
    # The draft stays saved; the report is not submitted.
    assert SatisfactionRating.objects.filter(rating="满意").count() == 3
    assert not QuarterReport.objects.filter(status="submitted").exists()
    # One 满意 fewer and the same screen submits.
    ratings[engagements[2]] = "良好"
    entries = [RatingEntry(e.pk, value) for e, value in ratings.items()]
    outcome = satisfaction_ratings_save(
        actor=office,
        street=world.street_a,
        year=world.year,
        quarter=1,
        entries=entries,
        submit=True,
    )
    assert outcome.report is not None and outcome.report.status == "submitted"


def test_too_few_ordinary_is_named_with_the_bound(world) -> None:
    outcome = rate(
        world.users["office_a"],
        world.street_a,
        world.year,
        1,
        {world.ea1: "良好", world.ea2: "良好"},
    )
    assert outcome.quota.issues == (
        "湖滨街道第1季度评价“普通” 0 个，少于下限 ⌈社区（村）数 2 × 10%⌉ = 1，须至少 1 个，还差 1 个",
    )


def test_ordinary_without_points_needs_a_reason(world) -> None:
    with pytest.raises(ValidationError) as caught:
        satisfaction_ratings_save(
            actor=world.users["office_a"],
            street=world.street_a,
            year=world.year,
            quarter=1,
            entries=[RatingEntry(world.ea1.pk, "普通（不赋分）", " ")],
        )
    assert caught.value.messages == ["示例甲社区（示例律师甲）：评“普通（不赋分）”须写明理由（R7）"]


def test_an_engagement_not_active_in_the_quarter_or_of_another_street_is_refused(world) -> None:
    EngagementPeriod.objects.filter(engagement=world.ea2).update(end=dt.date(2025, 3, 31))
    for engagement in (world.ea2, world.eb1):
        with pytest.raises(ValidationError, match="R11"):
            satisfaction_ratings_save(
                actor=world.users["office_a"],
                street=world.street_a,
                year=world.year,
                quarter=2,
                entries=[RatingEntry(engagement.pk, "良好")],
            )


def test_a_cleared_select_withdraws_the_rating_and_history_keeps_it(world) -> None:
    office = world.users["office_a"]
    rate(office, world.street_a, world.year, 1, {world.ea1: "良好"})
    rating = SatisfactionRating.objects.get()
    outcome = rate(office, world.street_a, world.year, 1, {world.ea1: ""})
    assert outcome.saved == 1
    assert not SatisfactionRating.objects.exists()
    reasons = [
        h.history_change_reason
        for h in SatisfactionRating.history.filter(id=rating.pk).order_by("history_date")
    ]
    assert reasons == ["满意度 — → 良好", "撤销评价（原为 良好）"]


def test_an_unchanged_rating_is_not_rewritten(world) -> None:
    office = world.users["office_a"]
    rate(office, world.street_a, world.year, 1, {world.ea1: "良好"})
    assert rate(office, world.street_a, world.year, 1, {world.ea1: "良好"}).saved == 0
