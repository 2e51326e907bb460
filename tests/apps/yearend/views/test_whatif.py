"""What-if through the page: include_90th on twenty ranked shows −2000."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from counsel.apps.org.models import AssessmentYear
from counsel.apps.yearend.models import ResultVersion
from counsel.apps.yearend.selectors.whatif import base_parameters
from counsel.apps.yearend.services.versions import year_finalise

pytestmark = pytest.mark.django_db


def test_the_form_shows_the_real_parameters_and_the_difference(loaded) -> None:
    year, client = loaded("twenty-ranked")
    year_finalise(year=year, actor=None)
    form = client.get(reverse("yearend:whatif")).context["form"]
    assert form.initial["bottom_tier"] == "symmetric" and form.initial["bonus_cap"] == "5"

    query = {k: ("" if v is None else v) for k, v in base_parameters(year).items()}
    response = client.get(
        reverse("yearend:whatif"), query | {"run": "1", "bottom_tier": "include_90th"}
    )
    text = response.content.decode()
    assert 'data-testid="budget-difference">-2,000.00<' in text
    assert "第二档</td><td><b>第三档</b>" in text and "欧阳律师10" in text
    assert response.context["changed"] == [("bottom_tier", "symmetric", "include_90th")]
    assert "第三档人数（R13）：末 k 名（与第一档对称） → <b>排名第 90% 者并入第三档</b>" in text
    assert ResultVersion.objects.count() == 1


def test_the_parameters_are_said_in_words_not_codes(loaded) -> None:
    year, client = loaded("twenty-ranked")
    version = year_finalise(year=year, actor=None)
    pages = [
        client.get(reverse("yearend:whatif")).content.decode(),
        client.get(
            reverse("yearend:version", kwargs={"number": version.number}), {"year": year.year}
        ).content.decode(),
    ]
    for page in pages:
        shown = re.sub(r"<[^>]+>", "", page)
        assert "各季度满分 82，取平均" in shown and "末 k 名（与第一档对称）" in shown
        for code in ("what-if", "basic_aggregation", "include_90th", "symmetric", "mean"):
            assert code not in shown, code


def test_a_bad_value_is_shown_on_its_field(loaded) -> None:
    year, client = loaded("small-street")
    query = {k: ("" if v is None else v) for k, v in base_parameters(year).items()}
    response = client.get(reverse("yearend:whatif"), query | {"run": "1", "tier_share": "abc"})
    assert "应为数值" in str(response.context["form"].errors["tier_share"])


def test_include_90th_on_a_ranking_not_a_multiple_of_ten_says_why_nothing_moves(loaded) -> None:
    year, client = loaded("small-street")
    year_finalise(year=year, actor=None)
    query = {k: ("" if v is None else v) for k, v in base_parameters(year).items()}
    response = client.get(
        reverse("yearend:whatif"), query | {"run": "1", "bottom_tier": "include_90th"}
    )
    assert response.context["no_90th"]
    assert "参加排名 11 个" in response.content.decode()


def test_while_the_next_year_is_under_way_the_what_if_opens_on_the_last_result(loaded) -> None:
    year, client = loaded("twenty-ranked")
    year_finalise(year=year, actor=None)
    AssessmentYear.objects.create(year=year.year + 1, policy_toml=year.policy_toml)

    assert client.get(reverse("yearend:whatif")).context["year"] == year
