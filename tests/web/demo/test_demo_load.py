"""The demo district: the real 14 streets and 203 communities, generated people, and the
story the demo tells on 3 December 2026 — 2025 complete and ready to be finalised, 2026
under way — loaded once for this module."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from django.contrib.auth import authenticate
from django.db import transaction

from counsel.apps.accounts.models import User
from counsel.apps.assessment.selectors import policy_for, year_input
from counsel.apps.bonus.models import BonusClaim, BonusDeclaration
from counsel.apps.org.models import AssessmentYear, Community, Engagement, LawFirm, Lawyer, Street
from counsel.apps.quarter.models import QuarterReport, QuarterScore, SatisfactionRating
from counsel.apps.quarter.selectors.progress import progress
from counsel.apps.worklog.models import WorkRecord
from counsel.apps.yearend.models import AnnualReport, ResultVersion
from counsel.apps.yearend.selectors.readiness import readiness
from counsel.apps.yearend.services.versions import year_finalise
from counsel.rules import assess
from counsel.rules.basic import quarter_basic
from counsel.rules.periods import service
from counsel.rules.types import Period
from counsel.web.demo.context import PASSWORD
from counsel.web.demo.people import DEMO_COMMUNITY
from counsel.web.demo.steps import load_demo
from counsel.web.demo.summary import assessment_summary
from counsel.web.demo.users import demo_logins

TODAY = dt.date(2026, 12, 3)
pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):  # type: ignore[no-untyped-def]
    with django_db_blocker.unblock(), transaction.atomic():
        yield load_demo(TODAY)
        transaction.set_rollback(True)


def _year(y: int) -> AssessmentYear:
    return AssessmentYear.objects.get(year=y)


def test_the_district_has_its_real_14_streets_and_203_communities(demo) -> None:
    assert Street.objects.count() == 14 and Community.objects.count() == 203
    assert Street.objects.get(name="湖滨街道").office_name == "湖滨司法所"
    assert Community.objects.filter(kind="村").count() == 4


def test_people_and_firms_look_generated(demo) -> None:
    assert all(
        re.fullmatch(r"示例律师\d{3}", n) for n in Lawyer.objects.values_list("name", flat=True)
    )
    assert all(n.startswith("示例") for n in LawFirm.objects.values_list("name", flat=True))
    assert LawFirm.objects.filter(name="示例律师事务所一").exists()


def test_every_community_has_a_lawyer_today(demo) -> None:
    serving = Engagement.objects.filter(periods__start__lte=TODAY).exclude(periods__end__lt=TODAY)

    assert serving.values("community").distinct().count() == 203


def test_some_lawyers_serve_two_communities_and_some_communities_change_lawyer(demo) -> None:
    per_lawyer = Counter(Engagement.objects.values_list("lawyer", flat=True))
    changes = Engagement.objects.filter(periods__start=dt.date(2025, 7, 1)).count()
    appointments = Engagement.objects.filter(periods__start=dt.date(2025, 4, 1)).count()

    assert sum(1 for n in per_lawyer.values() if n == 2) >= 5
    assert changes >= 5 and appointments >= 1


def test_every_street_quarter_satisfies_the_quota(demo) -> None:
    result = assess(year_input(_year(2025)), policy_for(_year(2025)))
    assert len(result.quota) == 14 * 4 and all(q.ok for q in result.quota)

    policy = policy_for(_year(2026))
    for street in Street.objects.all():
        for quarter in (1, 2, 3):
            state = progress(street, _year(2026), quarter, policy)
            assert state.quota.ok, state.quota.issues


def test_2025_ranks_a_multiple_of_ten_engagements(demo) -> None:
    result = assess(year_input(_year(2025)), policy_for(_year(2025)))

    assert result.final and result.totals.ranked == 190 and result.totals.part_year >= 10


def test_2025_is_assessed_as_provisional_version_1_and_can_be_finalised(demo) -> None:
    year = _year(2025)
    [version] = ResultVersion.objects.filter(year=year)
    assert (version.number, version.final, version.current) == (1, False, True)
    assert AnnualReport.objects.filter(year=year).count() == 14
    assert AnnualReport.objects.filter(year=year, late=True).count() == 1
    assert not BonusDeclaration.objects.filter(year=year).exclude(status="reported").exists()
    assert readiness(year).problems == []

    assert assessment_summary(year)[-1] == "  结果：无错误，可以定案"

    with transaction.atomic():
        final = year_finalise(year=year, actor=User.objects.get(username="bureau"))
        assert final.number == 2 and final.final
        # what `make demo` prints when it is run again on the finalised year
        assert assessment_summary(_year(2025))[-1] == "  结果：已定案"
        transaction.set_rollback(True)


def test_a_what_if_with_the_90th_percentile_reading_costs_less(demo) -> None:
    year = _year(2025)
    base = assess(year_input(year), policy_for(year))
    other = assess(year_input(year), replace(policy_for(year), bottom_tier="include_90th"))

    # Position 0.9 n = 171 joins 第三档 (R13): 2000 yuan less for each engagement it moves.
    moved = other.totals.tier3 - base.totals.tier3
    assert moved >= 1 and other.totals.payout == base.totals.payout - 2000 * moved


def test_every_full_year_engagement_of_2025_has_four_scores_and_ratings(demo) -> None:
    year = _year(2025)
    full = [
        e
        for e in Engagement.objects.prefetch_related("periods")
        if service([Period(p.start, p.end) for p in e.periods.all()], 2025).full_year
    ]

    assert len(full) > 180
    for engagement in full:
        assert QuarterScore.objects.filter(year=year, engagement=engagement).count() == 4
        assert SatisfactionRating.objects.filter(year=year, engagement=engagement).count() == 4


def test_a_quarter_score_is_the_sum_of_its_items(demo) -> None:
    year = _year(2025)
    policy = policy_for(year)
    for score in QuarterScore.objects.filter(year=year).prefetch_related("items__indicator")[:50]:
        items = {i.indicator.key: i.points for i in score.items.all()}
        assert len(items) == len(policy.indicators)
        assert quarter_basic(items, policy.indicators, policy) == score.basic


def test_a_zero_rating_always_carries_its_reason(demo) -> None:
    zeros = SatisfactionRating.objects.filter(rating="普通（不赋分）")

    assert zeros.exists() and not zeros.filter(reason="").exists()


def test_2025_bonus_claims_are_all_decided_some_lowered_or_rejected(demo) -> None:
    claims = BonusClaim.objects.filter(declaration__year__year=2025)

    assert set(claims.values_list("status", flat=True)) == {"approved", "rejected"}
    assert any(c.is_lowered for c in claims)


def test_2026_is_scored_up_to_the_third_quarter_and_jianqiao_s_first_is_returned(demo) -> None:
    scored = QuarterScore.objects.filter(year__year=2026)
    assert set(scored.values_list("quarter", flat=True)) == {1, 2, 3}

    first = QuarterReport.objects.get(year__year=2026, quarter=1, street__name="笕桥街道")
    assert first.status == "returned" and first.return_reason
    assert first.street.communities.count() == 20
    third = Counter(
        QuarterReport.objects.filter(year__year=2026, quarter=3).values_list("status", flat=True)
    )
    assert third == {"accepted": 11, "submitted": 2}  # and one street has not reported


def test_the_demo_personas_have_something_to_do(demo) -> None:
    logins = demo_logins()
    lawyer = User.objects.get(username=logins[-1][1])
    community = User.objects.get(username=logins[3][1])
    assert WorkRecord.objects.filter(engagement__lawyer=lawyer.lawyer, status="returned")
    assert WorkRecord.objects.filter(engagement__community=community.community, status="submitted")
    declarations = sorted(
        BonusDeclaration.objects.filter(year__year=2026, engagement__lawyer=lawyer.lawyer)
        .order_by("engagement__community__code")
        .values_list("engagement__community__code", "status")
    )
    assert declarations[0] == (DEMO_COMMUNITY, "submitted")
    assert [status for _, status in declarations[1:]] == ["draft"]
    assert BonusDeclaration.objects.filter(
        year__year=2026, status="confirmed", engagement__community__street__name="笕桥街道"
    ).exists()


def test_the_printed_logins_work_with_the_demo_password(demo) -> None:
    logins = demo_logins()

    assert [role for role, _, _ in logins] == [
        "区司法局律工科",
        "司法所",
        "司法所",
        "社区（村）",
        "社区律师",
    ]
    for _, username, _ in logins:
        assert authenticate(username=username, password=PASSWORD) is not None, username
    office = User.objects.get(username="jianqiao")
    assert office.street.name == "笕桥街道" and office.street.communities.count() == 20


def test_the_readme_lists_the_logins_the_demo_prints(demo) -> None:
    readme = (Path(__file__).resolve().parents[3] / "README.md").read_text(encoding="utf-8")
    for _, username, _ in demo_logins():
        assert f"`{username}`" in readme, username


def test_loading_again_changes_nothing(demo) -> None:
    before = (Community.objects.count(), Engagement.objects.count(), QuarterScore.objects.count())

    assert load_demo(TODAY) is None
    assert (
        Community.objects.count(),
        Engagement.objects.count(),
        QuarterScore.objects.count(),
    ) == before
