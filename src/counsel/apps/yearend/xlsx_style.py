"""The look of the year end's workbooks: a merged title, a bold ruled header, number
formats, a frozen header, A4 landscape fitted to the page width."""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
SCORE = "0.00"
MONEY = "#,##0.00"
INTEGER = "0"


class Column:
    def __init__(self, title: str, width: float, fmt: str | None = None) -> None:
        self.title = title
        self.width = width
        self.fmt = fmt


def new_sheet(title: str, sheet_name: str) -> tuple[Workbook, Worksheet]:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = sheet_name
    book.properties.title = title
    book.properties.creator = "上城区司法局律工科"
    return book, sheet


def heading(sheet: Worksheet, columns: Sequence[Column], title: str, subtitle: str) -> int:
    """Title (row 1), subtitle (row 2), header (row 3); returns the first data row."""
    last = get_column_letter(len(columns))
    sheet.merge_cells(f"A1:{last}1")
    sheet["A1"] = title
    sheet["A1"].font = Font(size=16, bold=True)
    sheet["A1"].alignment = Alignment(horizontal="center", vertical="center")
    sheet.row_dimensions[1].height = 30
    sheet.merge_cells(f"A2:{last}2")
    sheet["A2"] = subtitle
    sheet["A2"].font = Font(size=10, color="555555")
    sheet["A2"].alignment = Alignment(horizontal="center")
    for index, column in enumerate(columns, start=1):
        cell = sheet.cell(row=3, column=index, value=column.title)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.border = BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.row_dimensions[3].height = 32
    sheet.freeze_panes = "A4"
    return 4


def data_row(
    sheet: Worksheet,
    row: int,
    columns: Sequence[Column],
    values: Sequence[Any],
    *,
    total: bool = False,
) -> None:
    for index, (column, value) in enumerate(zip(columns, values, strict=True), start=1):
        cell = sheet.cell(row=row, column=index, value=value)
        cell.border = BOX
        if column.fmt and not isinstance(value, str):
            cell.number_format = column.fmt
            cell.alignment = Alignment(horizontal="right")
        elif column.fmt:  # a dash or a word in a number column: centred
            cell.alignment = Alignment(horizontal="center")
        if total:
            cell.font = Font(bold=True)
            cell.fill = TOTAL_FILL


def label_value(sheet: Worksheet, row: int, label: str, value: Any, *, span: int, fmt: str) -> None:
    """A summary line under the table: a label over `span` columns, then the value."""
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=span)
    sheet.cell(row=row, column=1, value=label).font = Font(bold=True)
    sheet.cell(row=row, column=1).alignment = Alignment(horizontal="right")
    cell = sheet.cell(row=row, column=span + 1, value=value)
    cell.number_format = fmt
    cell.font = Font(bold=True)


def text_line(sheet: Worksheet, row: int, text: str, width: int) -> None:
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
    sheet.cell(row=row, column=1, value=text)
    sheet.row_dimensions[row].height = 24


def print_setup(sheet: Worksheet, columns: int) -> None:
    """A4 landscape, fitted to the page width, the header repeated on every page."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "3:3"
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.5
    sheet.oddFooter.center.text = "第 &P 页，共 &N 页"
    sheet.print_area = f"A1:{get_column_letter(columns)}{sheet.max_row}"


def to_bytes(book: Workbook) -> bytes:
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()
