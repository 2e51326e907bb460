"""The ranking page by role and the explanation page (404 for another lawyer's)."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from counsel.apps.accounts.models import Role, User
from counsel.apps.org.models import AssessmentYear, Lawyer
from counsel.apps.yearend.services.versions import year_assess, year_finalise
from tests.apps.yearend.helpers import score_world

pytestmark = pytest.mark.django_db


def test_before_any_version_the_ranking_says_so(world, as_persona) -> None:
    page = as_persona("office_a").get(reverse("yearend:ranking")).content.decode()
    assert "尚未计算考核结果" in page


def test_the_office_sees_its_streets_rows_with_district_ranks(world, as_persona) -> None:
    score_world(world)
    year_finalise(year=world.year, actor=None)
    response = as_persona("office_b").get(reverse("yearend:ranking"))
    assert [(r.id, r.rank) for r in response.context["rows"]] == [("E9003", 3)]
    text = response.content.decode()
    assert "echarts.min.js" in text and 'id="chart-data"' in text
    assert "示例律师甲" not in text


def test_the_bureau_filters_by_street(world, as_persona) -> None:
    score_world(world)
    year_finalise(year=world.year, actor=None)
    response = as_persona("bureau").get(reverse("yearend:ranking"), {"street": "湖滨街道"})
    assert [r.id for r in response.context["rows"]] == ["E9001", "E9002"]


def test_the_lawyer_opens_their_explanation_and_not_anothers(world, as_persona) -> None:
    score_world(world)
    year_finalise(year=world.year, actor=None)
    client = as_persona("lawyer")
    page = client.get(reverse("yearend:explanation", kwargs={"code": "E9001"})).content.decode()
    assert 'class="rule-id">R13</span><span class="sec">§4.4</span>' in page
    assert "12,000.00" in page and "第1季度" in page
    assert client.get(reverse("yearend:explanation", kwargs={"code": "E9002"})).status_code == 404
    assert client.get(reverse("yearend:explanation", kwargs={"code": "E9003"})).status_code == 404


def test_while_the_next_year_is_under_way_the_ranking_opens_on_the_last_result(
    world, as_persona
) -> None:
    score_world(world)
    year_finalise(year=world.year, actor=None)
    AssessmentYear.objects.create(year=world.year.year + 1, policy_toml=world.year.policy_toml)
    client = as_persona("office_a")

    opened = client.get(reverse("yearend:ranking"))
    later = client.get(reverse("yearend:ranking"), {"year": world.year.year + 1}).content.decode()

    assert opened.context["year"] == world.year and opened.context["rows"]
    assert "2026年度尚未计算考核结果" in later and '<a href="?year=2025">2025年度</a>' in later


def test_a_tie_is_announced_to_the_bureau_and_to_the_lawyers_in_it_only(loaded) -> None:
    year, bureau = loaded("manual-tie")
    year.parameters = {"boundary_ties": "favourable"}
    year.save()
    year_assess(year=year, actor=None)

    def page_of(code: str) -> str:
        user = User.objects.create(
            username=code, role=Role.LAWYER, lawyer=Lawyer.objects.get(code=code)
        )
        client = Client()
        client.force_login(user)
        return client.get(reverse("yearend:ranking")).content.decode()

    notice = "组跨档同分（R14）"
    assert notice in bureau.get(reverse("yearend:ranking")).content.decode()
    assert notice in page_of("TL01")
    assert notice not in page_of("TL05")
