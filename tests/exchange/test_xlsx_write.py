"""Writing workbooks (exchange/xlsx_write.py, xlsx_result.py): the input workbook reads back
as the input it was written from; the result workbook, read back with openpyxl, has its
title, headings, rows, totals, formats, frozen headings and print setup."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from counsel.exchange import issues, json_io, xlsx_io
from counsel.exchange.text_width import display_width
from counsel.exchange.xlsx_style import MONEY, SCORE, TEXT
from counsel.rules import assess, policy
from counsel.rules.types import Issue, Result, YearInput

from .cases import NAMES, expected, input_path, without_origins, xlsx_copy

HEADINGS = [
    "排名", "结对编号", "律师编号", "律师", "执业机构", "社区代码", "社区（村）", "所属街道",
    "全年/在岗天数", "周数", "基础履职", "满意度", "加分", "总分", "档次", "补贴金额",
    "市级承担", "区级承担", "备注",
]  # fmt: skip


def _result(name: str) -> tuple[Result, YearInput]:
    data, _ = json_io.read_input(input_path(name))
    return assess(data, policy.load()), data


def _written(name: str, folder: Path) -> tuple[Any, Result]:
    result, data = _result(name)
    path = folder / f"{name}-result.xlsx"
    xlsx_io.write_result(result, data, path, district="上城区", policy_name="某办法")
    return load_workbook(path), result


def _cells(sheet: Worksheet, row: int) -> list[object]:
    return [c.value for c in sheet[row]]


@pytest.mark.parametrize("name", NAMES)
def test_an_input_workbook_reads_back_as_the_input_it_was_written_from(
    name: str, tmp_path: Path
) -> None:
    from_json, _ = json_io.read_input(input_path(name))
    from_xlsx, found = xlsx_io.read_input(xlsx_copy(name, tmp_path))
    assert found == []
    assert without_origins(from_xlsx) == without_origins(from_json)


def test_overrides_and_the_year_go_into_the_parameter_sheet_and_come_back(tmp_path: Path) -> None:
    data, _ = json_io.parse_input(
        {
            "year": 2024,
            "policy": {"week_rounding": "ceil", "tier_share": Decimal("12.5"), "bonus_cap": None},
        }
    )
    path = tmp_path / "p.xlsx"
    xlsx_io.write_input(data, path)
    sheet = load_workbook(path)["参数"]
    assert [_cells(sheet, r) for r in range(1, 6)] == [
        ["名称", "值"],
        ["年度", 2024],
        ["week_rounding", "ceil"],
        ["tier_share", 12.5],
        ["bonus_cap", None],
    ]
    back, _ = xlsx_io.read_input(path)
    assert back.year == 2024
    assert [(o.name, o.value) for o in back.overrides] == [
        ("week_rounding", "ceil"),
        ("tier_share", Decimal("12.5")),
        ("bonus_cap", None),
    ]


def test_the_input_workbook_is_a_usable_template(tmp_path: Path) -> None:
    book = load_workbook(xlsx_copy("small-street", tmp_path))
    assert book.sheetnames == ["社区", "律师", "结对", "季度考核", "加分", "参数"]
    periods = book["结对"]
    assert _cells(periods, 1) == ["结对编号", "律师编号", "社区代码", "开始日期", "结束日期"]
    assert periods["D2"].value == dt.datetime(2024, 1, 1)
    assert periods["D2"].number_format == "yyyy-mm-dd"
    assert book["社区"]["A2"].value == "330199901001"
    assert book["社区"]["A2"].number_format == "@"
    assert periods.freeze_panes == "A2"
    ratings = book["季度考核"].data_validations.dataValidation
    assert ratings and "普通（不赋分）" in ratings[0].formula1


def test_the_result_sheet_has_the_title_row_merged_across_the_columns(tmp_path: Path) -> None:
    book, _ = _written("shangcheng-2025", tmp_path)
    sheet = book["考核结果"]
    assert sheet["A1"].value == "上城区2025年度律师进社区（村）工作考核结果及补贴发放表"
    assert "A1:S1" in {str(r) for r in sheet.merged_cells.ranges}
    assert sheet["A1"].font.b and sheet["A1"].font.sz >= 14


def test_the_result_sheet_has_chinese_headings_frozen_below_them(tmp_path: Path) -> None:
    book, _ = _written("shangcheng-2025", tmp_path)
    sheet = book["考核结果"]
    assert _cells(sheet, 3) == HEADINGS
    assert sheet.freeze_panes == "A4"


def test_the_result_rows_follow_the_result_order_with_names_and_labels(tmp_path: Path) -> None:
    book, result = _written("shangcheng-2025", tmp_path)
    sheet = book["考核结果"]
    ids = [sheet.cell(row=4 + i, column=2).value for i in range(len(result.engagements))]
    assert ids == [e["id"] for e in expected("shangcheng-2025")["engagements"]]
    first = dict(zip(HEADINGS, _cells(sheet, 4), strict=True))
    assert first["排名"] == 1 and first["档次"] == "第一档" and first["总分"] == 102.13
    assert first["律师"].startswith("示例律师") and first["执业机构"]
    assert first["社区（村）"] and first["所属街道"] == "四季青街道"
    part = dict(zip(HEADINGS, _cells(sheet, 3 + len(result.engagements)), strict=True))
    assert (part["排名"], part["档次"], part["备注"]) == (None, "按周计发", "不满一年")
    tied = [e for e in result.engagements if "tie_at_boundary" in e.flags]
    row = 4 + result.engagements.index(tied[0])
    assert sheet.cell(row=row, column=19).value == "同分跨档"


def test_scores_money_and_counts_have_their_number_formats(tmp_path: Path) -> None:
    book, _ = _written("shangcheng-2025", tmp_path)
    formats = dict(zip(HEADINGS, [c.number_format for c in book["考核结果"][4]], strict=True))
    assert formats["排名"] == formats["全年/在岗天数"] == formats["周数"] == "0"
    assert formats["基础履职"] == formats["总分"] == "0.00"
    assert formats["补贴金额"] == formats["市级承担"] == formats["区级承担"] == "#,##0.00"


def test_the_totals_row_counts_and_sums_and_the_pool_stands_below(tmp_path: Path) -> None:
    book, result = _written("shangcheng-2025", tmp_path)
    sheet = book["考核结果"]
    totals_row = 4 + len(result.engagements)
    totals = dict(zip(HEADINGS, _cells(sheet, totals_row), strict=True))
    assert totals["排名"] == "合计"
    assert totals["结对编号"] == "215 个"
    assert Decimal(str(totals["补贴金额"])) == Decimal("2426230.76")
    assert Decimal(str(totals["市级承担"])) + Decimal(str(totals["区级承担"])) == Decimal(
        "2426230.76"
    )
    below = {
        sheet.cell(row=r, column=1).value: sheet.cell(row=r, column=16).value
        for r in range(totals_row + 1, sheet.max_row + 1)
    }
    pool = next(v for k, v in below.items() if k and k.startswith("资金池"))
    assert Decimal(str(pool)) == Decimal("2436000.00")
    assert Decimal(str(below["差额（资金池 − 发放合计）"])) == Decimal("9769.24")


def test_the_result_sheet_prints_landscape_a4_fitted_to_width_with_repeated_headings(
    tmp_path: Path,
) -> None:
    sheet = _written("small-street", tmp_path)[0]["考核结果"]
    assert sheet.page_setup.orientation == "landscape"
    assert int(sheet.page_setup.paperSize) == int(sheet.PAPERSIZE_A4)
    # A page wide is the default of the file format, which leaves it out.
    assert (sheet.page_setup.fitToWidth or 1) == 1 and sheet.page_setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$3:$3"


def test_result_cells_carry_the_formats_of_their_kind(tmp_path: Path) -> None:
    book, _ = _written("small-street-quota-error", tmp_path)
    sheet = book["考核结果"]
    formats = dict(zip(HEADINGS, [c.number_format for c in sheet[4]], strict=True))
    assert (formats["结对编号"], formats["总分"], formats["补贴金额"]) == (TEXT, SCORE, MONEY)
    assert sheet["A1"].font.b and sheet["A1"].font.sz == 16
    assert sheet["A3"].font.b and sheet["A3"].fill.fgColor.rgb.endswith("DDEBF7")
    assert all(c.border.left.style == "thin" for c in sheet[4])
    assert book["问题"]["B2"].alignment.wrap_text


def test_text_columns_are_wide_enough_for_their_chinese_text(tmp_path: Path) -> None:
    sheet = _written("shangcheng-2025", tmp_path)[0]["考核结果"]
    _, data = _result("shangcheng-2025")
    for column, names in (
        ("G", [c.name for c in data.communities]),
        ("E", [x.firm for x in data.lawyers]),
    ):
        # A CJK character takes two of Excel's width units.
        assert sheet.column_dimensions[column].width >= max(map(display_width, names)) + 1
    assert sheet.column_dimensions["I"].width >= 8


def test_the_quota_sheet_lists_every_street_and_quarter(tmp_path: Path) -> None:
    book, result = _written("small-street-quota-error", tmp_path)
    sheet = book["配额检查"]
    assert _cells(sheet, 1) == [
        "街道",
        "季度",
        "基数",
        "满意上限",
        "普通下限",
        "满意数",
        "普通数",
        "是否符合",
    ]
    assert [_cells(sheet, r) for r in (2, 3)] == [
        ["示例街道", 1, 12, 2, 2, 2, 2, "是"],
        ["示例街道", 2, 12, 2, 2, 3, 2, "否"],
    ]
    assert sheet.max_row == 1 + len(result.quota)


def test_the_problem_sheet_appears_only_when_there_are_errors(tmp_path: Path) -> None:
    assert "问题" not in _written("small-street", tmp_path)[0].sheetnames
    book, _ = _written("small-street-quota-error", tmp_path)
    sheet = book["问题"]
    assert _cells(sheet, 1) == ["代码", "说明", "工作表", "行", "字段", "结对编号", "季度", "街道"]
    row = _cells(sheet, 2)
    assert (row[0], row[6], row[7]) == ("quota_satisfied_exceeded", 2, "示例街道")
    assert "临时结果" in book["考核结果"]["A2"].value


def test_an_error_from_a_workbook_shows_its_sheet_and_row_in_the_problem_sheet(
    tmp_path: Path,
) -> None:
    result, data = _result("small-street")
    bad = Issue(
        "bad_value",
        "开始日期：“2024-02-30”不是有效日期",
        "E03",
        sheet="结对",
        row=4,
        field="开始日期",
    )
    path = tmp_path / "r.xlsx"
    xlsx_io.write_result(issues.merged(result, [bad]), data, path, district="上城区")
    row = _cells(load_workbook(path)["问题"], 2)
    assert row[:6] == ["bad_value", bad.message, "结对", 4, "开始日期", "E03"]


def test_an_empty_template_can_be_written_to_memory_for_download() -> None:
    buffer = io.BytesIO()
    xlsx_io.write_input(YearInput(year=2026), buffer)
    book = load_workbook(io.BytesIO(buffer.getvalue()))
    assert [_cells(book[name], 1) for name in ("社区", "律师")] == [
        ["社区代码", "社区名称", "所属街道", "类型"],
        ["律师编号", "姓名", "执业机构"],
    ]
    assert _cells(book["参数"], 2) == ["年度", 2026]
