"""The ranking rows scoped by role (district-wide ranks), the histogram and cut lines."""

from __future__ import annotations

from decimal import Decimal

import pytest

from counsel.apps.yearend.selectors import ranking
from counsel.apps.yearend.services.versions import year_assess, year_finalise
from tests.apps.yearend.cases import case, load_case
from tests.apps.yearend.helpers import score_world

pytestmark = pytest.mark.django_db


def test_each_role_sees_its_rows_with_district_wide_ranks(world) -> None:
    score_world(world)
    version = year_finalise(year=world.year, actor=None)
    seen = {
        name: [(r.id, r.rank) for r in ranking.rows(world.users[name], version)]
        for name in ("bureau", "office_a", "office_b", "community", "lawyer")
    }
    assert seen["bureau"] == [("E9001", 1), ("E9002", 2), ("E9003", 3)]
    assert seen["office_a"] == [("E9001", 1), ("E9002", 2)]
    assert seen["office_b"] == [("E9003", 3)]
    assert seen["community"] == seen["lawyer"] == [("E9001", 1)]


def test_rows_carry_names_from_the_version_and_filter_by_street(world) -> None:
    score_world(world)
    version = year_assess(year=world.year, actor=None)
    rows = ranking.rows(world.users["bureau"], version, street="清波街道")
    assert [(r.lawyer, r.firm, r.community, r.tier_label) for r in rows] == [
        ("示例律师丙", "示例律师事务所", "示例丙社区", "第二档")
    ]
    assert ranking.street_pool(version, ["湖滨街道"]) == Decimal("24000.00")
    assert ranking.street_pool(version, None) == Decimal("36000.00")


def test_the_histogram_counts_totals_by_tier_and_marks_the_cut_lines() -> None:
    version = year_finalise(year=load_case(case("twenty-ranked")), actor=None)
    chart = ranking.histogram(version)
    assert chart.n == 20
    assert sum(b["tier1"] + b["tier2"] + b["tier3"] for b in chart.bands) == 20
    assert sum(b["tier1"] for b in chart.bands) == 2
    assert chart.tier1_line == {"total": "90.50", "position": 2}
    assert chart.tier3_line == {"total": "77.75", "position": 19}
    ranked = [e for e in version.result_json["engagements"] if e["rank"]]
    assert {b["from"] for b in chart.bands} == {int(Decimal(e["total"])) for e in ranked}


def test_part_year_rows_show_their_weeks() -> None:
    version = year_finalise(year=load_case(case("part-year")), actor=None)
    rows = {r.id: r for r in ranking.all_rows(version)}
    assert rows["P7"].tier_label == "按周计发（1 周）" and rows["P7"].amount == Decimal("230.77")
    assert rows["P4"].flag_labels == ["不满一年"]
