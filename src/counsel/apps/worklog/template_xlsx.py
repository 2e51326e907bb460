"""The sheet a lawyer downloads to keep their registrations and import them (R19)."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from counsel.apps.worklog.models import WorkKind
from counsel.apps.worklog.services.importing import COLUMNS

WIDTHS = {"date": 12, "start_time": 10, "end_time": 10, "place": 20, "kind": 14}
WIDTHS.update({"people_served": 10, "content": 40, "result": 30})
ROWS = 500


def import_template() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "工作登记"
    ws.append([heading + ("*" if required else "") for _, heading, _, required in COLUMNS])
    for column, (field, _, _, _) in enumerate(COLUMNS, start=1):
        cell = ws.cell(row=1, column=column)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DCE6F1")
        cell.alignment = Alignment(horizontal="center")
        letter = get_column_letter(column)
        ws.column_dimensions[letter].width = WIDTHS[field]
        formats = {"date": "yyyy-mm-dd", "start_time": "hh:mm", "end_time": "hh:mm"}
        if field in formats:
            for row in range(2, ROWS + 2):
                ws.cell(row=row, column=column).number_format = formats[field]
    kinds = DataValidation(
        type="list",
        formula1='"' + ",".join(WorkKind.values) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="类型",
        error="请从下拉列表中选择类型",
    )
    ws.add_data_validation(kinds)
    kinds.add(f"E2:E{ROWS + 1}")
    ws.freeze_panes = "A2"

    notes = wb.create_sheet("填写说明")
    notes.column_dimensions["A"].width = 100
    for line in (
        "律师进社区工作登记导入模板",
        "1. 在“工作登记”表中每行填写一次值班或服务；带 * 的列必填。",
        "2. 日期如 2026-03-05；时间如 09:00、14:30（24 小时制）。",
        "3. 类型：" + "、".join(WorkKind.values) + "。",
        "4. 服务人数填整数，无则填 0。",
        "5. 同一日期、开始时间和类型的记录只登记一次；已登记过的不要重复导入。",
        "6. 表中有任何一处错误时整表不导入，系统会列出错误所在的工作表、行和列。",
        "7. 季度结束后才登记的记录标记为“逾期登记”。",
        "示例：2026-03-05 | 09:00 | 11:30 | 社区服务中心 | 驻点值班 | 3 | 解答婚姻家庭咨询 3 件 | 已当场答复",
    ):
        notes.append([line])
    notes["A1"].font = Font(bold=True, size=14)

    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
