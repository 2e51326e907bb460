"""The entry point `assess` (R1–R17): order of the result, totals, overrides, finality,
and the trace that lets a clerk explain every score, rank, tier and amount."""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal
from pathlib import Path

import pytest

from counsel.exchange import json_io
from counsel.rules import assess
from counsel.rules.types import EngagementResult, Result, TieOrder

from .support import SHIPPED, community, document, engagement, full_year_street, quarters, run

PUBLIC = Path(__file__).parents[1] / "cases" / "public"


@pytest.fixture(scope="module")
def district() -> Result:
    data, issues = json_io.read_input(PUBLIC / "shangcheng-2025.in.json")
    assert issues == []
    return assess(data, SHIPPED)


def rules_of(item: EngagementResult) -> set[str]:
    return {step.rule for step in item.trace}


def text_of(item: EngagementResult, rule: str) -> str:
    return "\n".join(step.text for step in item.trace if step.rule == rule)


def test_r3_to_r16_every_trace_covers_the_rules_that_made_the_result(district: Result) -> None:
    for item in district.engagements:
        rules = rules_of(item)
        assert {"R3", "R5", "R7", "R11", "R16"} <= rules, item.id
        assert rules & {"R9", "R10"}, item.id
        assert ("R13" if item.full_year else "R15") in rules, item.id
        if item.full_year:
            assert "R12" in rules, item.id


def test_r3_r5_r7_r16_the_trace_mentions_the_actual_numbers(district: Result) -> None:
    for item in district.engagements:
        assert str(item.basic) in text_of(item, "R5"), item.id
        assert str(item.satisfaction) in text_of(item, "R7"), item.id
        assert str(item.bonus) in text_of(item, "R9") + text_of(item, "R10"), item.id
        r3 = text_of(item, "R3")
        assert all(str(v) in r3 for v in (item.basic, item.satisfaction, item.bonus, item.total))
        r16 = text_of(item, "R16")
        assert str(item.city_share) in r16 and str(item.district_share) in r16, item.id
        assert f"{item.days} 天" in text_of(item, "R11"), item.id


def test_r12_r13_r15_the_trace_gives_rank_tier_weeks_and_amount(district: Result) -> None:
    names = {1: "第一档", 2: "第二档", 3: "第三档"}
    for item in district.engagements:
        if item.full_year:
            assert f"第 {item.rank} 名" in text_of(item, "R12"), item.id
            assert f"{names[int(item.tier or 0)]}补贴 {item.amount} 元" in text_of(item, "R13")
        else:
            r15 = text_of(item, "R15")
            assert f"{item.days} 天" in r15 and f"{item.weeks} 周" in r15
            assert f"= {item.amount} 元" in r15, item.id


def test_r17_every_trace_step_names_its_rule_and_section_in_chinese(district: Result) -> None:
    for item in district.engagements:
        for step in item.trace:
            assert re.fullmatch(r"R\d+", step.rule)
            assert step.section.startswith("§")
            assert re.search(r"[\u4e00-\u9fff]", step.text)
            assert str(step).startswith(step.rule)


def test_r13_a_third_tier_trace_tells_the_lawyer_why(district: Result) -> None:
    third = next(e for e in district.engagements if e.tier == 3)
    text = text_of(third, "R13")
    assert f"k = ⌊{district.totals.ranked} × 10%⌋ = 18" in text
    assert "第三档为末 18 名（第 171–188 位）" in text
    assert "→ 第三档" in text and "第三档补贴 10000.00 元" in text


def test_r12_ranked_engagements_come_first_then_part_year_by_community_first_day_and_id(
    district: Result,
) -> None:
    ranked = [e for e in district.engagements if e.rank is not None]
    part = [e for e in district.engagements if e.rank is None]
    assert district.engagements == (*ranked, *part)
    assert [e.rank for e in ranked] == sorted(e.rank for e in ranked if e.rank is not None)
    keys = [(e.community, e.first_day, e.id) for e in part]
    assert keys == sorted(keys)  # type: ignore[type-var]


def test_r16_the_pool_is_12000_per_community_of_the_input_engaged_or_not() -> None:
    communities, engagements, rows = full_year_street(["86"])
    communities.append(community("C-EMPTY"))
    result, _ = run(document(communities, engagements, rows))
    assert result.totals.pool == Decimal("24000.00")
    assert result.totals.payout == Decimal("12000.00")
    assert result.totals.difference == Decimal("12000.00")


def test_r11_an_engagement_without_a_day_in_the_year_is_left_out_of_the_result() -> None:
    communities, engagements, rows = full_year_street(["86"])
    engagements.append(engagement("OLD", communities[0]["code"], ("2020-01-01", "2024-12-31")))
    result, _ = run(document(communities, engagements, rows))
    assert [e.id for e in result.engagements] == ["E001"]
    assert result.final


def test_r15_an_engagement_with_days_but_no_complete_week_is_listed_with_0_00() -> None:
    late = engagement("LATE", "C1", ("2025-12-30", None))
    result, out = run(document([community("C1")], [late]))
    (item,) = out["engagements"]
    assert (item["days"], item["weeks"], item["amount"], item["flags"]) == (
        2,
        0,
        "0.00",
        ["part_year"],
    )
    assert result.totals.part_year == 1


def test_r14_manual_ties_become_final_once_the_bureau_records_the_order() -> None:
    totals = ["86", "86"] + [str(80 - i) for i in range(8)]
    communities, engagements, rows = full_year_street(totals)
    doc = document(communities, engagements, rows, params={"boundary_ties": "manual"})
    data, _ = json_io.parse_input(doc)
    unresolved = assess(data, SHIPPED)
    assert not unresolved.final
    assert [e.code for e in unresolved.errors] == ["tie_unresolved"]
    ordered = dataclasses.replace(data, tie_orders=(TieOrder(("E002", "E001"), "E002 获市级表彰"),))
    result = assess(ordered, SHIPPED)
    assert result.final
    assert [(e.id, e.rank, int(e.tier or 0)) for e in result.engagements[:2]] == [
        ("E002", 1, 1),
        ("E001", 1, 2),
    ]
    assert "E002 获市级表彰" in text_of(result.engagements[1], "R14")
    assert result.engagements[1].flags == ("tie_at_boundary",)


def test_r5_the_inputs_policy_object_overrides_the_policy_in_force() -> None:
    communities, engagements, rows = full_year_street(["86"])
    result, out = run(document(communities, engagements, rows, params={"week_rounding": "ceil"}))
    assert out["policy"]["week_rounding"] == "ceil"
    assert result.final


def test_r13_a_bad_override_is_reported_and_the_policy_in_force_is_kept() -> None:
    communities, engagements, rows = full_year_street(["86"])
    doc = document(communities, engagements, rows, params={"tier_share": "75"})
    result, out = run(doc)
    assert not result.final
    assert [(e["code"], e["field"]) for e in out["errors"]] == [("bad_value", "tier_share")]
    assert out["policy"]["tier_share"] == "10"


@pytest.mark.parametrize(
    ("name", "value", "said"),
    [
        ("quota_share", "20", "仅可由政策文件设定"),
        ("basic_full_marks", "82", "仅可由政策文件设定"),
        ("satisfaction_points", "5", "未知参数"),
    ],
)
def test_r3_r8_an_input_overrides_only_the_parameters_the_exchange_format_names(
    name: str, value: str, said: str
) -> None:
    communities, engagements, rows = full_year_street(["86"])
    result, out = run(document(communities, engagements, rows, params={name: value}))
    assert not result.final
    assert [(e["code"], e["field"]) for e in out["errors"]] == [("bad_value", name)]
    assert said in out["errors"][0]["message"]
    assert out["policy"] == SHIPPED.parameters()


def test_r11_a_provisional_result_is_not_final_and_its_trace_says_why() -> None:
    rows = quarters("E1", ["80", "80", "80", None], ["普通"] * 4)
    result, _ = run(document([community("C1")], [engagement("E1", "C1")], rows))
    assert not result.final
    assert [e.code for e in result.errors] == ["missing_score"]
    assert "第4季度缺少基础履职得分（缺项不按 0 分计）" in text_of(result.engagements[0], "R5")


def test_r8_a_community_whose_lawyer_changed_in_the_quarter_brings_two_ratings() -> None:
    before = engagement("A", "C1", ("2024-01-01", "2025-05-15"))
    after = engagement("B", "C1", ("2025-05-16", None))
    rows = quarters("A", ["80", "80"], ["普通", "满意"]) + quarters("B", ["80"], ["满意"], first=2)
    result, _ = run(document([community("C1")], [before, after], rows))
    q2 = next(q for q in result.quota if q.quarter == 2)
    assert (q2.rated, q2.satisfied, q2.max_satisfied) == (2, 2, 1)
    assert {(e.code, e.quarter) for e in result.errors} == {
        ("quota_satisfied_exceeded", 2),
        ("quota_ordinary_short", 2),
    }


def test_r1_r14_every_error_about_an_engagement_names_its_street_where_it_is_known() -> None:
    totals = ["86", "86"] + [str(80 - i) for i in range(8)]
    communities, engagements, rows = full_year_street(totals, street="湖滨街道")
    engagements[3]["lawyer"] = "L-unknown"
    engagements[4]["periods"].append({"start": "2025-06-01", "end": "2025-05-01"})
    engagements.append(dict(engagements[5]))  # the same engagement id twice
    doc = document(communities, engagements, rows, params={"boundary_ties": "manual"})
    doc["lawyers"] = [x for x in doc["lawyers"] if x["id"] != "L-unknown"]
    data, issues = json_io.parse_input(doc)
    assert issues == []
    errors = assess(data, SHIPPED).errors
    assert {e.code for e in errors} == {
        "unknown_reference",
        "bad_value",
        "duplicate_id",
        "tie_unresolved",
    }
    assert [(e.code, e.engagement, e.street) for e in errors if e.street != "湖滨街道"] == []
