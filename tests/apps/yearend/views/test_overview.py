"""The bureau's year-end page: problems listed with links, finalise, reopen, versions."""

from __future__ import annotations

import json

import pytest
from django.urls import reverse

from counsel.apps.quarter.models import SatisfactionRating
from counsel.apps.yearend.models import ResultVersion
from tests.apps.yearend.cases import case, engine
from tests.apps.yearend.helpers import score_world

pytestmark = pytest.mark.django_db


def test_finalising_an_incomplete_year_stores_nothing_and_lists_the_problems(
    world, as_persona
) -> None:
    client = as_persona("bureau")
    response = client.post(reverse("yearend:finalise") + "?year=2025", follow=True)
    text = response.content.decode()
    assert "不能定案：尚有 24 个问题" in text
    assert "结对 E9001 缺少第1季度基础履职得分" in text and "缺少季度满意度评价" in text
    assert not ResultVersion.objects.exists()


def test_finalising_a_complete_year_makes_the_final_version(world, as_persona) -> None:
    score_world(world)
    client = as_persona("bureau")
    assert "可以定案" in client.get(reverse("yearend:overview")).content.decode()
    response = client.post(reverse("yearend:finalise") + "?year=2025", {"reason": "2025年度定案"})
    version = ResultVersion.objects.get()
    assert response.url == reverse("yearend:version", kwargs={"number": 1}) + "?year=2025"
    assert version.final and version.reason == "2025年度定案"
    page = client.get(reverse("yearend:overview")).content.decode()
    assert "已于第1版定案" in page and "重新开启" in page


def test_reopening_needs_a_reason_and_a_new_finalisation_shows_the_comparison(
    world, as_persona
) -> None:
    score_world(world)
    client = as_persona("bureau")
    client.post(reverse("yearend:finalise"))
    refused = client.post(reverse("yearend:reopen"), {"reason": ""}, follow=True)
    assert "须写明理由" in refused.content.decode()
    client.post(reverse("yearend:reopen"), {"reason": "补报加分"})
    client.post(reverse("yearend:finalise"))
    page = client.get(reverse("yearend:version", kwargs={"number": 2})).content.decode()
    assert "与第1版对比" in page and "两者结果完全相同" in page


def test_a_provisional_assessment_and_its_json(loaded) -> None:
    path = case("small-street-quota-error")
    _, client = loaded("small-street-quota-error")
    client.post(reverse("yearend:assess"))
    version = ResultVersion.objects.get()
    assert not version.final
    page = client.get(reverse("yearend:version", kwargs={"number": 1})).content.decode()
    assert "本版为试算" in page
    download = client.get(reverse("yearend:version_json", kwargs={"number": 1, "kind": "result"}))
    assert json.loads(download.content) == engine(path)
    assert "counsel-2025-v1-result.json" in download["Content-Disposition"]
    missing = client.get(reverse("yearend:version_json", kwargs={"number": 1, "kind": "x"}))
    assert missing.status_code == 404


def test_the_overview_lists_a_manual_tie_with_a_link_to_order_it(loaded) -> None:
    _, client = loaded("manual-tie")
    page = client.get(reverse("yearend:overview")).content.decode()
    assert "跨档同分待排序" in page and "记录排序及理由" in page
    assert "group=T01,T02" in page


def test_each_problem_links_to_the_screen_where_it_is_fixed(world, as_persona) -> None:
    client = as_persona("bureau")
    page = client.get(reverse("yearend:overview") + "?year=2025").content.decode()
    score = reverse(
        "quarter:score", kwargs={"engagement": world.ea2.pk, "year": 2025, "quarter": 3}
    )
    ratings = reverse(
        "quarter:ratings", kwargs={"street": world.street_b.pk, "year": 2025, "quarter": 4}
    )
    assert f'href="{score}"' in page and f'href="{ratings}"' in page
    for url in (score, ratings):
        assert client.get(url).status_code == 200, url


def test_a_broken_quota_links_to_the_street_s_ratings_of_that_quarter(world, as_persona) -> None:
    score_world(world)
    SatisfactionRating.objects.filter(engagement=world.ea2, quarter=2).update(rating="满意")
    client = as_persona("bureau")
    page = client.get(reverse("yearend:overview") + "?year=2025").content.decode()
    ratings = reverse(
        "quarter:ratings", kwargs={"street": world.street_a.pk, "year": 2025, "quarter": 2}
    )
    assert "满意数超过配额" in page and f'href="{ratings}"' in page
