"""The pay table's cells equal `counsel assess` run on the year exported to the exchange
format: every amount, share, score, rank, tier and week, the totals and the pool."""

from __future__ import annotations

import json
from decimal import Decimal
from io import BytesIO

import pytest
from openpyxl import load_workbook

from counsel.apps.yearend.paytable_xlsx import COLUMNS, paytable, title
from counsel.apps.yearend.selectors.ranking import all_rows, street_pool
from counsel.apps.yearend.services.versions import year_finalise
from tests.apps.yearend.cases import case, engine, load_case

pytestmark = pytest.mark.django_db
HEAD = [c.title for c in COLUMNS]
TIERS = {1: "第一档", 2: "第二档", 3: "第三档", None: "按周计发"}


def _money(value: object) -> str:
    return f"{Decimal(str(value)):.2f}"


def _sheet(content: bytes):  # type: ignore[no-untyped-def]
    return load_workbook(BytesIO(content)).active


@pytest.mark.parametrize("name", ["shangcheng-2025", "part-year", "twenty-ranked"])
def test_every_cell_equals_the_command_on_the_exported_input(name, tmp_path) -> None:
    version = year_finalise(year=load_case(case(name)), actor=None)
    exported = tmp_path / "export.json"
    exported.write_text(json.dumps(version.input_json, ensure_ascii=False), encoding="utf-8")
    expected = engine(exported)
    lawyers = {row["id"]: row for row in version.input_json["lawyers"]}
    communities = {row["code"]: row for row in version.input_json["communities"]}

    sheet = _sheet(paytable(version, all_rows(version), pool=street_pool(version, None)))
    assert sheet["A1"].value == "上城区2025年度律师进社区（村）工作补贴发放表"
    assert [c.value for c in sheet[3]] == HEAD
    rows = list(
        sheet.iter_rows(min_row=4, max_row=3 + len(expected["engagements"]), values_only=True)
    )
    for index, (cells, e) in enumerate(zip(rows, expected["engagements"], strict=True), start=1):
        assert cells[0] == index
        assert cells[1] == lawyers[e["lawyer"]]["name"]
        assert cells[2] == lawyers[e["lawyer"]]["firm"]
        assert cells[3] == communities[e["community"]]["name"]
        assert cells[4] == e["street"]
        assert [_money(v) for v in cells[5:9]] == [
            e["basic"],
            e["satisfaction"],
            e["bonus"],
            e["total"],
        ]
        assert cells[9] == (e["rank"] if e["rank"] is not None else "—")
        assert cells[10] == TIERS[e["tier"]]
        assert cells[11] == (e["weeks"] if e["weeks"] is not None else None)
        assert [_money(v) for v in cells[12:15]] == [
            e["amount"],
            e["city_share"],
            e["district_share"],
        ]

    totals_row = 4 + len(expected["engagements"])
    totals = [sheet.cell(row=totals_row, column=c).value for c in (13, 14, 15)]
    t = expected["totals"]
    assert sheet.cell(row=totals_row, column=1).value == "合计"
    assert [_money(v) for v in totals] == [t["payout"], t["city"], t["district"]]
    summary = {
        sheet.cell(row=r, column=1).value: _money(sheet.cell(row=r, column=13).value)
        for r in range(totals_row + 2, totals_row + 5)
    }
    assert list(summary.values()) == [t["pool"], t["payout"], t["difference"]]
    assert "制表人" in sheet.cell(row=totals_row + 6, column=1).value
    assert "审核人" in sheet.cell(row=totals_row + 6, column=1).value


def test_the_workbook_is_set_up_for_a4_landscape_with_a_frozen_header() -> None:
    version = year_finalise(year=load_case(case("small-street")), actor=None)
    sheet = _sheet(paytable(version, all_rows(version), pool=street_pool(version, None)))
    assert sheet.freeze_panes == "A4"
    assert sheet.page_setup.orientation == "landscape"
    assert int(sheet.page_setup.paperSize) == 9  # A4
    assert sheet.page_setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$3:$3"
    assert sheet["M4"].number_format == "#,##0.00" and sheet["F4"].number_format == "0.00"
    assert sheet.column_dimensions["C"].width >= 20


def test_a_streets_table_has_its_rows_and_its_own_pool() -> None:
    version = year_finalise(year=load_case(case("twenty-ranked")), actor=None)
    rows = [r for r in all_rows(version) if r.street == "丁街道"]
    sheet = _sheet(paytable(version, rows, pool=street_pool(version, ["丁街道"]), street="丁街道"))
    assert (
        sheet["A1"].value
        == title(2025, "丁街道")
        == "上城区丁街道2025年度律师进社区（村）工作补贴发放表"
    )
    assert sheet["B4"].value == "王律师21" and sheet["B5"].value == "王律师22"
    assert _money(sheet.cell(row=8, column=13).value) == "24000.00"  # 2 communities × 12000
