"""R19: a lawyer's own sheet imported — all rows or none, problems by sheet, row, field."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from counsel.apps.org.models import AssessmentYear, YearStatus
from counsel.apps.worklog.models import WorkRecord, WorkStatus
from counsel.apps.worklog.services import ImportRefused, work_record_import_xlsx
from counsel.apps.worklog.services.importing import read_kind, read_time, read_workbook
from counsel.apps.worklog.template_xlsx import import_template
from counsel.exchange.values import BadValue
from tests.apps.factories import cst, record, xlsx

pytestmark = pytest.mark.django_db

HEAD = ["日期", "开始时间", "结束时间", "地点", "类型", "服务人数", "服务内容", "处理结果"]


def run(world, content: bytes, now=None):  # type: ignore[no-untyped-def]
    return work_record_import_xlsx(
        actor=world.users["lawyer"],
        engagement=world.ea1,
        source=content,
        now=now or cst(2025, 4, 10),
    )


def test_a_tidy_sheet_is_imported_and_late_rows_are_marked(world) -> None:
    content = xlsx(
        [
            HEAD,
            [
                dt.date(2025, 3, 3),
                dt.time(9),
                dt.time(12),
                "服务中心",
                "驻点值班",
                3,
                "值班",
                "已答复",
            ],
            ["2025/4/2", "14:00", "16:30", "居委会", "咨询", "2", "劳动争议咨询", ""],
        ]
    )
    created = run(world, content)
    assert len(created) == 2
    first, second = sorted(created, key=lambda r: r.date)
    assert first.kind == "驻点值班" and first.late is True  # Q1 registered on 10 April
    assert second.kind == "法律咨询" and second.late is False
    assert second.people_served == 2 and second.hours == 2.5
    assert all(r.status == WorkStatus.SUBMITTED and r.imported for r in created)


def test_every_problem_is_listed_with_sheet_row_and_field_and_nothing_is_written(world) -> None:
    content = xlsx(
        [
            ["张律师 2025 年工作登记"],
            HEAD,
            ["2025-03-03", "9:00", "12:00", "服务中心", "驻点值班", 3, "值班", ""],
            ["2025-13-01", "9:00", "12:00", "服务中心", "值班", 1, "值班", ""],
            ["2025-03-04", "15:00", "14:00", "", "打球", "三", "", ""],
        ],
        title="三月",
    )
    with pytest.raises(ImportRefused) as caught:
        run(world, content)
    found = {(e.sheet, e.row, e.field) for e in caught.value.errors}
    assert ("三月", 4, "日期") in found
    assert ("三月", 5, "地点") in found
    assert ("三月", 5, "类型") in found
    assert ("三月", 5, "服务人数") in found
    assert ("三月", 5, "服务内容") in found
    text = str(caught.value.errors[0])
    assert text.startswith("工作表“三月”第 4 行「日期」：")
    assert not WorkRecord.objects.exists()


def test_a_row_with_an_empty_cell_still_has_its_other_fields_checked(world) -> None:
    row = ["2025-03-04", "11:00", "09:00", "服务中心", "驻点值班", "-3", "", ""]
    with pytest.raises(ImportRefused) as caught:
        run(world, xlsx([HEAD, row]))
    found = sorted((e.field, e.message) for e in caught.value.errors)
    assert found == [
        ("服务人数", "服务人数不能为负数"),
        ("服务内容", "必填，不能为空"),
        ("结束时间", "结束时间 09:00 应晚于开始时间 11:00"),
    ]


def test_a_formula_the_file_holds_no_result_for_is_said_so_not_taken_as_empty(world) -> None:
    # openpyxl writes formulas without their results, like any program that does not
    # calculate: the cell is not empty, its value is unknown.
    row = ["=DATE(2025,3,4)", "09:00", "11:00", "服务中心", "驻点值班", "=3+4", "值班", ""]
    with pytest.raises(ImportRefused) as caught:
        run(world, xlsx([HEAD, row]))
    found = {e.field: e.message for e in caught.value.errors}
    assert set(found) == {"日期", "服务人数"}
    assert found["服务人数"].startswith("是公式“=3+4”，文件中没有保存它的计算结果")
    assert not WorkRecord.objects.exists()


def test_an_unreadable_start_time_is_reported_once_not_again_against_the_end(world) -> None:
    row = ["2025-03-04", "25:00", "09:00", "服务中心", "驻点值班", 1, "值班", ""]
    with pytest.raises(ImportRefused) as caught:
        run(world, xlsx([HEAD, row]))
    assert [e.field for e in caught.value.errors] == ["开始时间"]


def test_a_row_already_registered_or_repeated_in_the_sheet_is_refused(world) -> None:
    record(world, day=dt.date(2025, 3, 3), start=dt.time(9), kind="驻点值班")
    row = ["2025-03-03", "09:00", "12:00", "服务中心", "驻点值班", 3, "值班", ""]
    other = ["2025-03-05", "09:00", "12:00", "服务中心", "驻点值班", 3, "值班", ""]
    with pytest.raises(ImportRefused) as caught:
        run(world, xlsx([HEAD, row, other, other]))
    messages = [(e.row, e.message) for e in caught.value.errors]
    assert (2, "与已登记的记录重复（同一日期、开始时间和类型）") in messages
    assert (4, "与第 3 行重复（同一日期、开始时间和类型）") in messages
    assert WorkRecord.objects.count() == 1


def test_dates_outside_the_engagement_or_in_the_future_are_refused_by_row(world) -> None:
    rows = [
        HEAD,
        ["2023-12-30", "09:00", "12:00", "服务中心", "驻点值班", 1, "值班", ""],
        ["2025-04-11", "09:00", "12:00", "服务中心", "驻点值班", 1, "值班", ""],
    ]
    with pytest.raises(ImportRefused) as caught:
        run(world, xlsx(rows))
    assert [(e.row, e.field) for e in caught.value.errors] == [(2, "日期"), (3, "日期")]


def test_a_missing_column_and_a_sheet_without_headings_are_explained(world) -> None:
    with pytest.raises(ImportRefused) as caught:
        run(world, xlsx([["日期", "类型", "服务内容"], ["2025-03-03", "值班", "x"]]))
    assert {e.field for e in caught.value.errors} >= {"开始时间", "结束时间", "地点"}
    with pytest.raises(ImportRefused) as caught:
        run(world, xlsx([["随便写的"], [1, 2, 3]]))
    assert "没有找到表头" in caught.value.errors[0].message


def test_a_file_that_is_not_a_workbook_is_refused_in_words(world) -> None:
    with pytest.raises(ImportRefused) as caught:
        run(world, b"not a workbook")
    assert "请上传 Excel 工作簿" in caught.value.errors[0].message


def test_an_empty_sheet_is_refused(world) -> None:
    with pytest.raises(ImportRefused) as caught:
        run(world, xlsx([HEAD]))
    assert "没有登记记录" in caught.value.errors[0].message


def test_the_downloaded_template_reads_back_once_filled(world) -> None:
    from io import BytesIO

    from openpyxl import load_workbook

    wb = load_workbook(BytesIO(import_template()))
    ws = wb["工作登记"]
    ws.append(
        [dt.date(2025, 2, 3), dt.time(9), dt.time(11), "服务中心", "法治宣传", 40, "讲座", "好"]
    )
    out = BytesIO()
    wb.save(out)
    created = run(world, out.getvalue())
    assert [(r.kind, r.people_served) for r in created] == [("法治宣传", 40)]


def test_several_sheets_are_read_in_their_order() -> None:
    wb = Workbook()
    wb.active.title = "一月"
    wb.active.append(HEAD)
    wb.active.append(["2025-01-03", "09:00", "12:00", "服务中心", "驻点值班", 1, "值班", ""])
    second = wb.create_sheet("二月")
    second.append(HEAD)
    second.append(["2025-02-03", "09:00", "12:00", "服务中心", "驻点值班", 1, "值班", ""])
    from io import BytesIO

    out = BytesIO()
    wb.save(out)
    rows, errors = read_workbook(out.getvalue())
    assert not errors
    assert [(r.sheet, r.row) for r in rows] == [("一月", 2), ("二月", 2)]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("09:00", dt.time(9)),
        ("9：30", dt.time(9, 30)),
        ("9点30", dt.time(9, 30)),
        ("14时05分", dt.time(14, 5)),
        ("下午2:00", dt.time(14)),
        (dt.time(8, 15), dt.time(8, 15)),
        (dt.datetime(2025, 1, 1, 16, 45), dt.time(16, 45)),
        (0.375, dt.time(9)),
    ],
)
def test_times_are_read_as_people_write_them(value: object, expected: dt.time) -> None:
    assert read_time(value) == expected


@pytest.mark.parametrize("value", ["25:00", "九点", "", 1.5])
def test_an_unreadable_time_says_what_was_expected(value: object) -> None:
    with pytest.raises(BadValue, match="不是时间"):
        read_time(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("驻点值班", "驻点值班"),
        (" 值 班 ", "驻点值班"),
        ("普法", "法治宣传"),
        ("法律援助", "法律援助引导"),
    ],
)
def test_kinds_are_read_by_their_usual_short_names(value: str, expected: str) -> None:
    assert read_kind(value) == expected


def test_rows_of_a_finalised_year_are_refused_by_row(world) -> None:
    AssessmentYear.objects.filter(pk=world.year.pk).update(status=YearStatus.FINALISED)
    content = xlsx([HEAD, ["2025-03-03", "9:00", "12:00", "服务中心", "驻点值班", 3, "值班", ""]])

    with pytest.raises(ImportRefused) as caught:
        run(world, content, now=cst(2026, 3, 1))

    [error] = caught.value.errors
    assert (error.row, error.field) == (2, "日期") and "已定案" in error.message
    assert not WorkRecord.objects.exists()


def test_a_row_whose_count_or_place_cannot_be_stored_is_refused_by_row_and_field(world) -> None:
    content = xlsx(
        [
            HEAD,
            ["2025/3/3", "09:00", "12:00", "服务中心", "驻点值班", 10**20, "值班", ""],
            ["2025/3/4", "09:00", "12:00", "地" * 101, "驻点值班", 3, "值班", ""],
        ]
    )
    with pytest.raises(ImportRefused) as refused:
        run(world, content)
    found = {(e.row, e.field) for e in refused.value.errors}
    assert found == {(2, "服务人数"), (3, "地点")}
    assert not WorkRecord.objects.exists()
