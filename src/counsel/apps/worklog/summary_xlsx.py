"""The duty-registration summary as the XLSX a clerk files and prints: a title row,
headings, one row per engagement, a totals row — in the product's workbook look
(`counsel.web.xlsx`)."""

from __future__ import annotations

from counsel.apps.worklog.summary import SERVICE_KINDS, DutySummary, SummaryRow
from counsel.web.xlsx import Column, Report, report_workbook, to_bytes

COLUMNS: tuple[Column, ...] = (
    Column("序号", 8, "整数"),
    Column("社区（村）", 20),
    Column("社区律师", 14),
    Column("值班次数", 12, "整数"),
    Column("值班时长（小时）", 14, "时长"),
    *(Column(kind, 12, "整数") for kind in SERVICE_KINDS),
    Column("登记合计", 12, "整数"),
    Column("服务人数", 12, "整数"),
    Column("已确认", 11, "整数"),
    Column("未确认", 11, "整数"),
    Column("逾期登记", 12, "整数"),
)
#: The totals row keeps each column's number format, in the totals' look.
TOTAL_STYLES = [
    {"整数": "合计整数", "时长": "合计时长"}.get(c.style, "合计") if i else "合计"
    for i, c in enumerate(COLUMNS)
]


def _values(row: SummaryRow, number: int | None) -> list[object]:
    return [
        number if number is not None else "合计",
        row.community if number is not None else None,
        row.lawyer or None,
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
    start, end = summary.bounds
    subtitle = f"填报单位：{summary.office}    统计期间：{start:%Y-%m-%d} 至 {end:%Y-%m-%d}" + (
        f"    制表时间：{summary.made_at}" if summary.made_at else ""
    )
    book = report_workbook(summary.title)
    report = Report(
        book, f"{summary.quarter}季度汇总", COLUMNS, summary.title, subtitle, frozen="D4"
    )
    report.sheet.print_title_rows = "1:3"
    report.table(_values(row, number) for number, row in enumerate(summary.rows, start=1))
    report.append(_values(summary.totals, None), TOTAL_STYLES)
    report.merge(1, 3)
    report.finish()
    return to_bytes(book)
