"""The summary workbook read back: title, headings, rows, totals, formats, print set-up."""

from __future__ import annotations

import datetime as dt
from io import BytesIO

import pytest
from openpyxl import load_workbook

from counsel.apps.worklog.models import WorkStatus
from counsel.apps.worklog.summary import duty_summary
from counsel.apps.worklog.summary_xlsx import summary_workbook
from tests.apps.factories import record

pytestmark = pytest.mark.django_db


def test_the_workbook_has_the_title_the_rows_and_a_totals_row(world) -> None:
    record(world, day=dt.date(2025, 1, 6), status=WorkStatus.CONFIRMED)
    record(world, day=dt.date(2025, 1, 7), start=dt.time(14), end=dt.time(15, 30))
    record(world, world.ea2, day=dt.date(2025, 2, 6), kind="法律咨询", people=2)
    ws = load_workbook(BytesIO(summary_workbook(duty_summary(world.street_a, 2025, 1)))).active
    assert ws["A1"].value == "湖滨街道2025年第一季度律师进社区值班登记汇总表"
    assert "湖滨司法所" in ws["A2"].value and "2025-01-01 至 2025-03-31" in ws["A2"].value
    headings = [c.value for c in ws[3]]
    assert headings[:5] == ["序号", "社区（村）", "社区律师", "值班次数", "值班时长（小时）"]
    assert headings[-5:] == ["登记合计", "服务人数", "已确认", "未确认", "逾期登记"]
    assert [c.value for c in ws[4]][:5] == [1, "示例甲社区", "示例律师甲", 2, 4.5]
    assert [c.value for c in ws[5]][:3] == [2, "示例乙社区", "示例律师乙"]
    totals = {h: c.value for h, c in zip(headings, ws[6], strict=True)}
    assert totals["序号"] == "合计"
    assert totals["值班次数"] == 2
    assert totals["法律咨询"] == 1
    assert totals["登记合计"] == 3
    assert totals["服务人数"] == 8
    assert (totals["已确认"], totals["未确认"]) == (1, 2)
    assert ws.cell(row=4, column=5).number_format == "0.0"
    assert ws.cell(row=4, column=4).number_format == "0"
    hours, sessions = ws.cell(row=6, column=5), ws.cell(row=6, column=4)
    assert (hours.number_format, sessions.number_format) == ("0.0", "0")
    assert hours.font.b and sessions.font.b
    assert ws.freeze_panes == "D4"
    assert ws.page_setup.orientation == "landscape"
    assert ws.print_title_rows == "$1:$3"
    assert ws.column_dimensions["B"].width >= 18
    assert "A1:P1" in {str(r) for r in ws.merged_cells.ranges}
