"""The sheet a lawyer downloads to keep their registrations and import them (R19), in
the product's workbook look: the headings in row 1, each column formatted for what it
holds (dates, times, counts), the kinds as a drop-down, and a sheet of instructions."""

from __future__ import annotations

from openpyxl.worksheet.datavalidation import DataValidation

from counsel.apps.worklog.models import WorkKind
from counsel.apps.worklog.services.importing import COLUMNS
from counsel.exchange.xlsx_style import Rows, heading_row, page, row, widths
from counsel.web.xlsx import report_workbook, to_bytes

#: Width and named style of each column, by field.
LOOK = {
    "date": (12, "日期"),
    "start_time": (10, "时间"),
    "end_time": (10, "时间"),
    "place": (20, "文本"),
    "kind": (14, "居中"),
    "people_served": (10, "整数"),
    "content": (40, "长文本"),
    "result": (30, "长文本"),
}
ROWS = 500
NOTES = (
    "1. 在“工作登记”表中每行填写一次值班或服务；带 * 的列必填。",
    "2. 日期如 2026-03-05；时间如 09:00、14:30（24 小时制）。",
    "3. 类型：" + "、".join(WorkKind.values) + "。",
    "4. 服务人数填整数，无则填 0。",
    "5. 同一日期、开始时间和类型的记录只登记一次；已登记过的不要重复导入。",
    "6. 表中有任何一处错误时整表不导入，系统会列出错误所在的工作表、行和列。",
    "7. 季度结束后才登记的记录标记为“逾期登记”。",
    "示例：2026-03-05 | 09:00 | 11:30 | 社区服务中心 | 驻点值班 | 3 | 解答婚姻家庭咨询 3 件 | 已当场答复",
)


def import_template() -> bytes:
    book = report_workbook("律师进社区工作登记导入模板")
    sheet = book.create_sheet("工作登记")
    page(sheet, 1, landscape=True)
    widths(sheet, [LOOK[field][0] for field, _, _, _ in COLUMNS])
    kinds = DataValidation(
        type="list",
        formula1='"' + ",".join(WorkKind.values) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="类型",
        error="请从下拉列表中选择类型",
    )
    kinds.add(f"E2:E{ROWS + 1}")
    sheet.data_validations.append(kinds)
    heading_row(sheet, [heading + ("*" if required else "") for _, heading, _, required in COLUMNS])
    empty = Rows(sheet, [LOOK[field][1] for field, _, _, _ in COLUMNS])
    for _ in range(ROWS):  # formatted, so what is typed in reads as a date, a time, a count
        empty.append([None] * len(COLUMNS))

    notes = book.create_sheet("填写说明")
    widths(notes, [100])
    row(notes, ["律师进社区工作登记导入模板"], ["标题"])
    for line in NOTES:
        row(notes, [line], ["说明"])
    return to_bytes(book)
