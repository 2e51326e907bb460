"""YearInput → the input workbook of EXCHANGE.md (the downloadable template, the web
export, the XLSX versions of test cases). Reading what this writes gives the same input."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.datavalidation import DataValidation

from counsel.exchange.values import STATUS_LABELS
from counsel.exchange.xlsx_layout import (
    BONUSES,
    COMMUNITIES,
    ENGAGEMENTS,
    LAWYERS,
    PARAMETERS,
    QUARTERS,
    YEAR_NAMES,
    SheetLayout,
)
from counsel.exchange.xlsx_style import Rows, fit, heading_row, new_workbook, page, widths
from counsel.rules.types import Rating, YearInput

#: Rows of the template that get the drop-down lists (ratings, statuses).
_VALIDATED_ROWS = 5000


def write_input(data: YearInput, path: str | Path | BinaryIO) -> None:
    book = new_workbook()
    _sheet(
        book,
        COMMUNITIES,
        [(c.code, c.name, c.street, c.kind) for c in data.communities],
        ["文本", "文本", "文本", "居中"],
    )
    _sheet(
        book,
        LAWYERS,
        [(item.id, item.name, item.firm or None) for item in data.lawyers],
        ["文本", "文本", "文本"],
    )
    _sheet(
        book,
        ENGAGEMENTS,
        [
            (e.id, e.lawyer, e.community, p.start, p.end)
            for e in data.engagements
            for p in e.periods
        ],
        ["文本", "文本", "文本", "日期", "日期"],
    )
    quarters = _sheet(
        book,
        QUARTERS,
        [
            (q.engagement, q.quarter, q.basic, q.rating.value if q.rating else None)
            for q in data.quarters
        ],
        ["文本", "整数", "分数", "居中"],
    )
    _choices(quarters, "D", [r.value for r in Rating])
    bonuses = _sheet(
        book,
        BONUSES,
        [(b.engagement, b.item, b.points, STATUS_LABELS[b.status]) for b in data.bonuses],
        ["文本", "文本", "分数", "居中"],
    )
    _choices(bonuses, "D", list(STATUS_LABELS.values()))
    parameters = [(YEAR_NAMES[0], data.year)] + [
        (o.name, _cell_value(o.value)) for o in data.overrides
    ]
    _sheet(book, PARAMETERS, parameters, ["文本", "居中"])
    book.save(path)


def _sheet(
    book: Workbook, layout: SheetLayout, rows: Sequence[tuple[object, ...]], styles: list[str]
) -> WriteOnlyWorksheet:
    sheet = book.create_sheet(layout.name)
    widths(
        sheet,
        [
            fit([heading, *(r[i] for r in rows[:500])], least=10, most=40) + 2
            for i, heading in enumerate(layout.headings)
        ],
    )
    page(sheet, 1, landscape=False)
    heading_row(sheet, layout.headings)
    writer = Rows(sheet, styles)
    for values in rows:
        writer.append(values)
    return sheet


def _cell_value(value: object) -> object:
    """An override as a cell: numbers and text as they are, anything else as its text."""
    if value is None or (isinstance(value, str | int | Decimal) and not isinstance(value, bool)):
        return value
    return str(value)


def _choices(sheet: WriteOnlyWorksheet, column: str, options: list[str]) -> None:
    """A drop-down of the accepted values, so a clerk picks rather than types them."""
    rule = DataValidation(type="list", formula1=f'"{",".join(options)}"', allow_blank=True)
    rule.add(f"{column}2:{column}{_VALIDATED_ROWS}")
    sheet.data_validations.append(rule)
