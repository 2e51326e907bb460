"""The duty-registration summary as the XLSX a clerk files and prints: a title row,
headings, one row per engagement, a totals row; number formats, widths, a frozen header
and an A4 landscape print set-up."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from counsel.apps.worklog.summary import SERVICE_KINDS, DutySummary, SummaryRow

HEADINGS: tuple[tuple[str, int], ...] = (
    ("序号", 6),
    ("社区（村）", 18),
    ("社区律师", 12),
    ("值班次数", 10),
    ("值班时长（小时）", 12),
    *((kind, 10) for kind in SERVICE_KINDS),
    ("登记合计", 10),
    ("服务人数", 10),
    ("已确认", 9),
    ("未确认", 9),
    ("逾期登记", 10),
)
HOURS_COLUMN = 5
THIN = Side(style="thin", color="999999")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="DCE6F1")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")


def _values(row: SummaryRow, number: int | None) -> list[object]:
    return [
        number if number is not None else "合计",
        row.community if number is not None else "",
        row.lawyer,
        row.duty_sessions,
        row.hours_shown,
        *(row.services.get(kind, 0) for kind in SERVICE_KINDS),
        row.records,
        row.people,
        row.confirmed,
        row.unconfirmed,
        row.late,
    ]


def summary_workbook(summary: DutySummary) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = f"{summary.quarter}季度汇总"
    width = len(HEADINGS)
    last = get_column_letter(width)

    ws.append([summary.title])
    ws.merge_cells(f"A1:{last}1")
    ws["A1"].font = Font(size=16, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 30

    start, end = summary.bounds
    ws.append(
        [
            f"填报单位：{summary.office}    统计期间：{start:%Y-%m-%d} 至 {end:%Y-%m-%d}"
            + (f"    制表时间：{summary.made_at}" if summary.made_at else "")
        ]
    )
    ws.merge_cells(f"A2:{last}2")
    ws["A2"].alignment = Alignment(horizontal="left")

    ws.append([heading for heading, _ in HEADINGS])
    for column, (_, chars) in enumerate(HEADINGS, start=1):
        cell = ws.cell(row=3, column=column)
        cell.font = Font(bold=True)
        cell.fill = HEAD_FILL
        cell.border = BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(column)].width = chars + 2
    ws.row_dimensions[3].height = 32

    for number, row in enumerate(summary.rows, start=1):
        ws.append(_values(row, number))
    ws.append(_values(summary.totals, None))
    total_row = ws.max_row
    ws.merge_cells(start_row=total_row, start_column=1, end_row=total_row, end_column=3)

    for cells in ws.iter_rows(min_row=4, max_row=total_row):
        for cell in cells:
            cell.border = BORDER
            if cell.column >= 4:
                cell.number_format = "0.0" if cell.column == HOURS_COLUMN else "0"
                cell.alignment = Alignment(horizontal="right")
            if cell.row == total_row:
                cell.font = Font(bold=True)
                cell.fill = TOTAL_FILL
    ws.cell(row=total_row, column=1).alignment = Alignment(horizontal="center")

    ws.freeze_panes = "D4"
    ws.print_title_rows = "1:3"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"

    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
