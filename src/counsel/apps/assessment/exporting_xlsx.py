"""The input workbook of EXCHANGE.md (sheets 社区, 律师, 结对, 季度考核, 加分, 参数), written
with openpyxl: dates as date cells, scores and points as numbers, one row per period —
what a clerk fills in by hand and what the XLSX reader of the exchange module reads.
"""

from __future__ import annotations

from typing import IO, Any

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from counsel.rules.types import YearInput

HEADINGS = {
    "社区": ("社区代码", "社区名称", "所属街道", "类型"),
    "律师": ("律师编号", "姓名", "执业机构"),
    "结对": ("结对编号", "律师编号", "社区代码", "开始日期", "结束日期"),
    "季度考核": ("结对编号", "季度", "基础履职得分", "满意度评价"),
    "加分": ("结对编号", "加分项目", "分值", "状态"),
    "参数": ("名称", "值"),
}
WIDTHS = {"社区名称": 22, "执业机构": 26, "所属街道": 14, "满意度评价": 14, "加分项目": 18}


def _rows(data: YearInput, parameters: dict[str, object]) -> dict[str, list[tuple[Any, ...]]]:
    return {
        "社区": [(c.code, c.name, c.street, c.kind) for c in data.communities],
        "律师": [(lw.id, lw.name, lw.firm) for lw in data.lawyers],
        "结对": [
            (e.id, e.lawyer, e.community, p.start, p.end)
            for e in data.engagements
            for p in sorted(e.periods, key=lambda p: p.start)
        ],
        "季度考核": [
            (q.engagement, q.quarter, q.basic, q.rating.value if q.rating else None)
            for q in data.quarters
        ],
        "加分": [(b.engagement, b.item, b.points, b.status.value) for b in data.bonuses],
        "参数": [
            (name, "none" if value is None else str(value))
            for name, value in sorted(parameters.items())
        ],
    }


def write_workbook(
    data: YearInput, target: str | IO[bytes], *, parameters: dict[str, object] | None = None
) -> None:
    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    book.properties.title = f"counsel/1 {data.year}"
    head_font = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="EEF2F7")
    for name, rows in _rows(data, parameters or {}).items():
        sheet = book.create_sheet(name)
        sheet.append(HEADINGS[name])
        for cell in sheet[1]:
            cell.font = head_font
            cell.fill = head_fill
        for row in rows:
            sheet.append(row)
        for index, heading in enumerate(HEADINGS[name], start=1):
            letter = get_column_letter(index)
            sheet.column_dimensions[letter].width = WIDTHS.get(heading, 14)
            if heading.endswith("日期"):
                for cell in sheet[letter][1:]:
                    cell.number_format = "yyyy-mm-dd"
            if heading in ("基础履职得分", "分值"):
                for cell in sheet[letter][1:]:
                    cell.number_format = "0.00"
        sheet.freeze_panes = "A2"
    book.save(target)
