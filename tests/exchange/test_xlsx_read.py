"""Reading the input workbook (exchange/xlsx_read.py, xlsx_cells.py): the public cases as
workbooks, hand-kept sheets, and errors that say sheet, row and column."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from counsel.exchange import json_io, xlsx_cells, xlsx_io
from counsel.exchange.errors import UnreadableInput
from counsel.exchange.files import item_keys
from counsel.rules import assess, policy
from counsel.rules.types import BonusStatus, Issue, Rating, YearInput

from .cases import NAMES, assert_matches, expected, input_path, xlsx_copy

Rows = Sequence[Sequence[object]]

COMMUNITIES: Rows = [
    ["社区代码", "社区名称", "所属街道", "类型"],
    ["330199901001", "一社区", "示例街道", "社区"],
    ["330199901002", "二社区", "示例街道", "村"],
]
LAWYERS: Rows = [
    ["律师编号", "姓名", "执业机构"],
    ["L01", "甲律师", "甲所"],
    ["L02", "乙律师", None],
]
ENGAGEMENTS: Rows = [
    ["结对编号", "律师编号", "社区代码", "开始日期", "结束日期"],
    ["E01", "L01", "330199901001", dt.date(2024, 1, 1), None],
    ["E02", "L02", "330199901002", dt.date(2024, 1, 1), None],
]
QUARTERS: Rows = [
    ["结对编号", "季度", "基础履职得分", "满意度评价"],
    *[["E01", q, 80, "满意"] for q in (1, 2, 3, 4)],
    *[["E02", q, 70.5, "普通"] for q in (1, 2, 3, 4)],
]


def _workbook(path: Path, **sheets: Rows) -> Path:
    """A workbook as a clerk might keep it; sheets default to a small valid year."""
    book = Workbook()
    book.remove(book.active)
    contents = {
        "社区": COMMUNITIES,
        "律师": LAWYERS,
        "结对": ENGAGEMENTS,
        "季度考核": QUARTERS,
        "参数": [["名称", "值"], ["年度", 2025]],
        **sheets,
    }
    for name, rows in contents.items():
        if rows is None:
            continue
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
    book.save(path)
    return path


def _read(path: Path) -> tuple[YearInput, list[Issue]]:
    return xlsx_io.read_input(path, item_keys=item_keys(policy.load()))


def _errors(path: Path) -> list[tuple[object, ...]]:
    data, issues = _read(path)
    result = assess(data, policy.load())
    return [(i.code, i.sheet, i.row, i.field) for i in [*issues, *result.errors]]


@pytest.mark.parametrize("name", NAMES)
def test_each_public_case_as_a_workbook_gives_the_expected_result(
    name: str, tmp_path: Path
) -> None:
    data, issues = xlsx_io.read_input(xlsx_copy(name, tmp_path))
    assert issues == []
    assert_matches(json_io.result_dict(assess(data, policy.load())), expected(name))


def test_the_result_does_not_depend_on_the_order_of_the_rows(tmp_path: Path) -> None:
    data, _ = json_io.read_input(input_path("shangcheng-2025"))
    rng = random.Random(3)
    lists = {}
    for name in ("communities", "lawyers", "engagements", "quarters", "bonuses"):
        items = list(getattr(data, name))
        rng.shuffle(items)
        lists[name] = tuple(items)
    shuffled = tmp_path / "shuffled.xlsx"
    xlsx_io.write_input(replace(data, **lists), shuffled)
    read, _ = xlsx_io.read_input(shuffled)
    result = json_io.result_dict(assess(read, policy.load()))
    assert_matches(result, expected("shangcheng-2025"))


def test_every_record_knows_its_sheet_and_excel_row(tmp_path: Path) -> None:
    data, _ = _read(_workbook(tmp_path / "a.xlsx"))
    assert (data.communities[1].origin.sheet, data.communities[1].origin.row) == ("社区", 3)
    assert data.engagements[0].periods[0].origin.row == 2
    assert (data.quarters[4].origin.sheet, data.quarters[4].origin.row) == ("季度考核", 6)


def test_a_hand_kept_workbook_is_read_as_the_clerk_meant_it(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "hand.xlsx",
        **{
            "社区 ": [
                ["2025年社区名单"],
                [],
                [" 社区代码 ", "社区名称*", "所属 街道", "类型（社区/村）"],
                [330199901001, " 一社区 ", "示例街道", None],
                [None, None, None, None],
                ["３３０１９９９０１００２", "二社区", "示例街道", "村"],
            ],
            "结对": [
                ["结对编号", "　律师编号", "社区代码", "开始日期（年-月-日）", "结束日期"],
                ["E01", "L01", "330199901001", "2024/1/1", ""],
                [],
                ["E02", "L02", "330199901002", "2024年1月1日", "2025-03-31"],
                ["E02", None, None, 45748, None],
            ],
            "季度考核": [
                ["结对编号", "季度", "基础履职得分", "满意度评价"],
                ["E01", "第1季度", "80.5", "满意"],
                ["E01", 2.0, " 80 ", "普通(不赋分)"],
                ["E02", "Q1", 70, " 良好 "],
            ],
            "加分": [
                ["结对编号", "加分项目", "分值", "状态"],
                ["E01", "获区级表彰", "1", "已审定"],
                ["E01", None, 0.5, "approved"],
            ],
            "参数": [
                ["名称", "值"],
                ["年度", "2025"],
                ["week_rounding", " ceil "],
                ["bonus_cap", None],
            ],
        },
    )
    data, issues = _read(path)
    assert issues == []
    assert [(c.code, c.name, c.kind) for c in data.communities] == [
        ("330199901001", "一社区", "社区"),
        ("330199901002", "二社区", "村"),
    ]
    assert [[(p.start, p.end) for p in e.periods] for e in data.engagements] == [
        [(dt.date(2024, 1, 1), None)],
        [(dt.date(2024, 1, 1), dt.date(2025, 3, 31)), (dt.date(2025, 4, 1), None)],
    ]
    assert [(q.quarter, q.basic, q.rating) for q in data.quarters] == [
        (1, Decimal("80.5"), Rating.SATISFIED),
        (2, Decimal(80), Rating.ORDINARY_ZERO),
        (1, Decimal(70), Rating.GOOD),
    ]
    assert [(b.item, b.points, b.status) for b in data.bonuses] == [
        ("honour_district", Decimal(1), BonusStatus.APPROVED),
        (None, Decimal("0.5"), BonusStatus.APPROVED),
    ]
    assert data.year == 2025
    assert [(o.name, o.value, o.origin.row) for o in data.overrides] == [
        ("week_rounding", "ceil", 3),
        ("bonus_cap", None, 4),
    ]


def test_an_unreadable_date_is_reported_with_its_sheet_row_and_column(tmp_path: Path) -> None:
    engagements = [
        ENGAGEMENTS[0],
        ["E01", "L01", "330199901001", "2024-02-30", None],
        ENGAGEMENTS[2],
    ]
    errors = _errors(_workbook(tmp_path / "a.xlsx", 结对=engagements))
    # Reported once: the engagement's quarters are not also unknown references.
    assert errors == [("bad_value", "结对", 2, "开始日期")]


def test_an_unreadable_score_is_reported_once_and_not_also_as_missing(tmp_path: Path) -> None:
    quarters = [list(r) for r in QUARTERS]
    quarters[3][2] = "七十九点五"
    data, issues = _read(_workbook(tmp_path / "a.xlsx", 季度考核=quarters))
    assert [
        (i.code, i.sheet, i.row, i.field, i.engagement, i.quarter, i.street) for i in issues
    ] == [("bad_value", "季度考核", 4, "基础履职得分", "E01", 3, "示例街道")]
    assert "七十九点五" in issues[0].message
    codes = [e.code for e in assess(data, policy.load()).errors]
    assert "missing_score" not in codes


def test_an_unknown_rating_is_reported_with_its_row(tmp_path: Path) -> None:
    quarters = [list(r) for r in QUARTERS]
    quarters[2][3] = "很满意"
    assert _errors(_workbook(tmp_path / "a.xlsx", 季度考核=quarters)) == [
        ("bad_value", "季度考核", 3, "满意度评价")
    ]


def test_a_duplicate_community_code_is_reported_at_its_second_row(tmp_path: Path) -> None:
    communities = [*COMMUNITIES, ["330199901001", "重复社区", "示例街道", "社区"]]
    assert _errors(_workbook(tmp_path / "a.xlsx", 社区=communities)) == [
        ("duplicate_id", "社区", 4, "社区代码")
    ]


def test_a_quarter_of_an_unknown_engagement_is_an_unknown_reference_at_its_row(
    tmp_path: Path,
) -> None:
    quarters = [*QUARTERS, ["E99", 1, 80, "良好"]]
    assert _errors(_workbook(tmp_path / "a.xlsx", 季度考核=quarters)) == [
        ("unknown_reference", "季度考核", 10, "结对编号")
    ]


def test_period_rows_of_one_engagement_must_name_the_same_lawyer_and_community(
    tmp_path: Path,
) -> None:
    engagements = [
        ENGAGEMENTS[0],
        ["E01", "L01", "330199901001", "2024-01-01", "2025-06-30"],
        ["E01", "L02", "330199901001", "2025-07-01", None],
        ENGAGEMENTS[2],
    ]
    data, issues = _read(_workbook(tmp_path / "a.xlsx", 结对=engagements))
    assert [(i.code, i.sheet, i.row, i.field) for i in issues] == [
        ("bad_value", "结对", 3, "律师编号")
    ]
    assert "第 2 行" in issues[0].message
    assert [e.id for e in data.engagements] == ["E02"]


def test_a_missing_required_value_is_reported_and_its_record_left_out(tmp_path: Path) -> None:
    lawyers = [*LAWYERS[:2], ["L02", None, "乙所"]]
    data, issues = _read(_workbook(tmp_path / "a.xlsx", 律师=lawyers))
    assert [(i.code, i.row, i.field, i.message) for i in issues] == [
        ("bad_value", 3, "姓名", "姓名：缺少必填项")
    ]
    assert [e.id for e in data.engagements] == ["E01"]


def test_a_file_that_is_not_a_workbook_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    path.write_text("社区代码,社区名称\n", encoding="utf-8")
    with pytest.raises(UnreadableInput, match="不是可读取的 Excel 工作簿"):
        _read(path)


def test_a_missing_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(UnreadableInput, match="找不到文件"):
        _read(tmp_path / "none.xlsx")


def test_a_workbook_without_a_required_sheet_is_unreadable_naming_it(tmp_path: Path) -> None:
    with pytest.raises(UnreadableInput, match="缺少工作表「季度考核」") as caught:
        _read(_workbook(tmp_path / "a.xlsx", 季度考核=None))
    assert "此工作簿中有：「社区」「律师」「结对」「参数」" in str(caught.value)


def test_a_sheet_without_a_required_column_is_unreadable_naming_it(tmp_path: Path) -> None:
    engagements = [[c for c in row[:3]] + [row[4]] for row in ENGAGEMENTS]
    with pytest.raises(UnreadableInput, match="工作表「结对」缺少列：开始日期"):
        _read(_workbook(tmp_path / "a.xlsx", 结对=engagements))


def test_bonus_and_parameter_sheets_may_be_absent(tmp_path: Path) -> None:
    data, issues = xlsx_io.read_input(_workbook(tmp_path / "a.xlsx", 参数=None), year=2025)
    assert issues == [] and data.bonuses == () and data.overrides == ()


def test_a_directory_is_said_to_be_one(tmp_path: Path) -> None:
    folder = tmp_path / "d.xlsx"
    folder.mkdir()
    with pytest.raises(UnreadableInput, match="是一个目录"):
        _read(folder)


def test_a_damaged_workbook_is_said_without_the_readers_english(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(UnreadableInput) as caught:
        _read(path)
    assert "Zip" not in str(caught.value) and "EOCD" not in str(caught.value)


def test_an_excel_error_cell_is_reported_as_invalid_not_as_missing(tmp_path: Path) -> None:
    quarters = [list(r) for r in QUARTERS]
    quarters[4][2] = "#DIV/0!"  # E01, quarter 4: openpyxl writes it as an error cell
    engagements = [list(r) for r in ENGAGEMENTS]
    engagements[2][3] = "#N/A"
    path = _workbook(tmp_path / "a.xlsx", 季度考核=quarters, 结对=engagements)
    data, issues = _read(path)
    assert [(i.code, i.sheet, i.row, i.field) for i in issues] == [
        ("bad_value", "结对", 3, "开始日期"),
        ("bad_value", "季度考核", 5, "基础履职得分"),
    ]
    assert "“#N/A”" in issues[0].message and "缺少" not in issues[0].message
    assert "“#DIV/0!”不是数值" in issues[1].message
    codes = [e.code for e in assess(data, policy.load()).errors]
    assert "missing_score" not in codes


def test_a_formula_without_a_saved_result_is_reported_not_read_as_empty(tmp_path: Path) -> None:
    # openpyxl, like some exporters, writes a formula without its result: the file holds
    # "=80+2" and nothing else, and a blank score or date would be a different mistake.
    quarters = [list(r) for r in QUARTERS]
    quarters[4][2] = "=80+2"
    engagements = [list(r) for r in ENGAGEMENTS]
    engagements[2][3] = "=DATE(2024,1,1)"
    data, issues = _read(_workbook(tmp_path / "a.xlsx", 季度考核=quarters, 结对=engagements))
    assert [(i.code, i.sheet, i.row, i.field) for i in issues] == [
        ("bad_value", "结对", 3, "开始日期"),
        ("bad_value", "季度考核", 5, "基础履职得分"),
    ]
    assert "公式“=DATE(2024,1,1)”" in issues[0].message and "缺少" not in issues[0].message
    assert "公式“=80+2”" in issues[1].message and "保存" in issues[1].message
    assert "missing_score" not in [e.code for e in assess(data, policy.load()).errors]


def test_a_formula_whose_saved_result_is_empty_text_is_empty() -> None:
    sheet = (
        b'<sheetData><row r="2"><c r="C2" t="str"><f>IF(A2="","",A2)</f><v></v></c>'
        b'<c r="D2"><f>75+2</f></c><c r="E2" s="1"><f t="shared" si="0"/><v></v></c>'
        b'<c r="F2"><f>1+1</f><v>2</v></c></row></sheetData>'
    )
    assert xlsx_cells._formula_cells(sheet) == {(1, 3): "=75+2", (1, 4): "="}


def test_an_empty_cell_beside_an_error_cell_is_still_empty(tmp_path: Path) -> None:
    quarters = [list(r) for r in QUARTERS]
    quarters[4][2] = "#DIV/0!"
    quarters[5][2] = None
    data, issues = _read(_workbook(tmp_path / "a.xlsx", 季度考核=quarters))
    assert [(i.row, i.field) for i in issues] == [(5, "基础履职得分")]
    assert [(q.engagement, q.quarter) for q in data.quarters if q.basic is None] == [
        ("E01", 4),
        ("E02", 1),
    ]


@pytest.mark.parametrize(("column", "value"), [(2, "abc"), (3, "待审核")])
def test_an_unreadable_bonus_value_is_reported_and_the_declaration_left_out(
    column: int, value: str, tmp_path: Path
) -> None:
    bonuses = [["结对编号", "加分项目", "分值", "状态"], ["E01", None, 1, "已审定"]]
    bonuses.append(["E02", None, 1, "已审定"])
    bonuses[1][column] = value
    data, issues = _read(_workbook(tmp_path / "a.xlsx", 加分=bonuses))
    assert [(i.code, i.sheet, i.row, i.engagement, i.street) for i in issues] == [
        ("bad_value", "加分", 2, "E01", "示例街道")
    ]
    assert f"“{value}”" in issues[0].message
    assert [b.engagement for b in data.bonuses] == ["E02"]


def test_an_engagement_row_left_out_for_a_bad_date_still_names_its_street(tmp_path: Path) -> None:
    engagements = [list(r) for r in ENGAGEMENTS]
    engagements[2][3] = "2025-13-01"
    data, issues = _read(_workbook(tmp_path / "a.xlsx", 结对=engagements))
    assert [(i.code, i.row, i.engagement, i.street) for i in issues] == [
        ("bad_value", 3, "E02", "示例街道")
    ]
    assert [e.id for e in data.engagements] == ["E01"]
