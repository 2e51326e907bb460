"""R11–R17: the year finalised through the database gives exactly what `counsel assess`
gives on the same file; nothing is finalised while a problem remains; a change after
finalisation needs a reopening and makes a new version (R-never-silent)."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from django.core.exceptions import ValidationError

from counsel.apps.bonus.models import BonusClaim, ClaimStatus
from counsel.apps.bonus.services.review import APPROVE, claim_decide, community_opinion_give
from counsel.apps.org.models import AssessmentYear
from counsel.apps.yearend.models import Reopening, ResultVersion
from counsel.apps.yearend.selectors.versions import comparison
from counsel.apps.yearend.services.ties import tie_decision_record
from counsel.apps.yearend.services.versions import (
    FinalisationBlocked,
    year_assess,
    year_finalise,
    year_reopen,
)
from counsel.exchange import json_io
from counsel.rules import assess
from counsel.rules import policy as rules_policy
from counsel.rules.types import TieOrder
from tests.apps.yearend.cases import OWN, PUBLIC, case, engine, load_case

FINAL_CASES = [p for p in (*PUBLIC, *OWN) if engine(p)["final"]]

pytestmark = pytest.mark.django_db


def _fields(result: dict) -> list[tuple]:
    keys = ("id", "rank", "tier", "weeks", "basic", "satisfaction", "bonus", "total", "amount")
    keys += ("city_share", "district_share", "flags", "full_year", "days", "street")
    return [tuple(e[k] for k in keys) for e in result["engagements"]]


@pytest.mark.parametrize("path", FINAL_CASES, ids=lambda p: p.name.removesuffix(".in.json"))
def test_each_case_finalises_to_exactly_what_counsel_assess_gives(path) -> None:
    year = load_case(path)
    version = year_finalise(year=year, actor=None, reason="定案")
    expected = engine(path)
    stored = version.result_json
    assert [e["id"] for e in stored["engagements"]] == [e["id"] for e in expected["engagements"]]
    assert _fields(stored) == _fields(expected)
    assert stored["totals"] == expected["totals"]
    assert stored["policy"] == expected["policy"]
    assert stored == expected  # traces, quota checks and ties too
    assert version.final and version.current and version.number == 1
    assert AssessmentYear.objects.get(pk=year.pk).status == "finalised"


@pytest.mark.parametrize("path", FINAL_CASES, ids=lambda p: p.name.removesuffix(".in.json"))
def test_the_stored_input_run_the_way_the_command_runs_it_gives_the_stored_result(
    path, tmp_path
) -> None:
    version = year_finalise(year=load_case(path), actor=None)
    exported = tmp_path / "input.json"
    exported.write_text(json.dumps(version.input_json, ensure_ascii=False), encoding="utf-8")
    assert engine(exported) == version.result_json


def test_a_case_with_a_broken_quota_is_not_finalised_and_nothing_is_stored() -> None:
    year = load_case(case("small-street-quota-error"))
    with pytest.raises(FinalisationBlocked) as blocked:
        year_finalise(year=year, actor=None)
    assert [e.code for e in blocked.value.result.errors] == ["quota_satisfied_exceeded"]
    assert not ResultVersion.objects.exists()
    assert AssessmentYear.objects.get(pk=year.pk).is_open


def test_year_assess_keeps_a_provisional_version_with_its_problems() -> None:
    path = case("small-street-quota-error")
    version = year_assess(year=load_case(path), actor=None)
    assert version.number == 1 and version.current and not version.final
    assert version.result_json == engine(path)
    assert version.result_json["errors"][0]["code"] == "quota_satisfied_exceeded"


def test_finalising_after_a_provisional_version_makes_version_2_and_the_current_moves() -> None:
    year = load_case(case("small-street"))
    first = year_assess(year=year, actor=None)
    second = year_finalise(year=year, actor=None)
    first.refresh_from_db()
    assert (first.current, second.current, second.number) == (False, True, 2)
    assert comparison(second, first).changes == ()


def test_a_manual_tie_blocks_finalisation_until_the_bureau_records_an_order() -> None:
    path = case("manual-tie")
    year = load_case(path)
    with pytest.raises(FinalisationBlocked) as blocked:
        year_finalise(year=year, actor=None)
    assert [e.code for e in blocked.value.result.errors] == ["tie_unresolved"]
    assert not ResultVersion.objects.exists()

    tie_decision_record(
        year=year,
        actor=None,
        group=["T01", "T02"],
        order=["T02", "T01"],
        reason="T02 加分事项更重要",
    )
    version = year_finalise(year=year, actor=None)

    expected = engine(path, (TieOrder(("T02", "T01"), "T02 加分事项更重要"),))
    assert version.result_json == expected
    tiers = {e["id"]: e["tier"] for e in version.result_json["engagements"]}
    assert (tiers["T02"], tiers["T01"]) == (1, 2)
    assert version.tie_orders == [{"engagements": ["T02", "T01"], "reason": "T02 加分事项更重要"}]


def test_after_finalisation_a_change_needs_a_reopening_then_makes_version_2() -> None:
    path = case("small-street")
    year = load_case(path)
    first = year_finalise(year=year, actor=None)
    pending = BonusClaim.objects.get(declaration__engagement__code="E05")
    assert pending.status == ClaimStatus.DECLARED

    with pytest.raises(ValidationError, match="已定案"):
        community_opinion_give(declaration=pending.declaration, actor=None, agrees=True, remark="")
    with pytest.raises(ValidationError, match="理由"):
        year_reopen(year=year, actor=None, reason=" ")
    with pytest.raises(ValidationError, match="已经定案"):
        year_finalise(year=year, actor=None)

    reopening = year_reopen(year=year, actor=None, reason="清波街道补报区级表彰加分")
    assert reopening.from_version == first
    assert Reopening.objects.count() == 1
    community_opinion_give(declaration=pending.declaration, actor=None, agrees=True, remark="")
    pending.refresh_from_db()
    claim_decide(claim=pending, actor=None, decision=APPROVE)
    second = year_finalise(year=year, actor=None, reason="补报加分后重新定案")

    assert second.number == 2 and second.final and second.current
    data, _ = json_io.read_input(path)
    data = replace(
        data,
        bonuses=tuple(
            replace(b, status=b.status.APPROVED) if b.engagement == "E05" else b
            for b in data.bonuses
        ),
    )
    assert second.result_json == json_io.result_dict(assess(data, rules_policy.load()))
    changes = comparison(second, first)
    before = {e["id"]: e for e in first.result_json["engagements"]}
    after = {e["id"]: e for e in second.result_json["engagements"]}
    moved = {
        i
        for i in after
        if (before[i]["rank"], before[i]["total"]) != (after[i]["rank"], after[i]["total"])
    }
    assert {c.id for c in changes.changes} == moved and "E05" in moved
    assert changes.budget_difference == (changes.new_payout - changes.old_payout)
    assert str(changes.new_payout) == second.result_json["totals"]["payout"]


def test_year_assess_is_refused_once_the_year_is_finalised() -> None:
    year = load_case(case("small-street"))
    year_finalise(year=year, actor=None)
    with pytest.raises(ValidationError, match="重新开启"):
        year_assess(year=year, actor=None)
    assert ResultVersion.objects.count() == 1


def test_versions_record_who_and_the_policy_in_force(world) -> None:
    year = world.year
    year.parameters = {"bottom_tier": "include_90th", "bonus_cap": None}
    year.save()
    version = year_assess(year=year, actor=world.users["bureau"])
    assert version.created_by == world.users["bureau"]
    assert version.parameters["bottom_tier"] == "include_90th"
    assert version.parameters["bonus_cap"] is None
    assert version.input_json["policy"]["bottom_tier"] == "include_90th"
    assert version.history.first().history_user == world.users["bureau"]
