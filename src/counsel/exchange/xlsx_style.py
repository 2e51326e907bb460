"""The look of the workbooks the product writes: named styles (so a clerk sees 分数, 金额 …
in Excel's style list and can restyle them at once), column widths for CJK text, frozen
headings and print setup."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet

from counsel.exchange.text_width import display_width

FONT = "等线"
SCORE = "0.00"
MONEY = "#,##0.00"
INTEGER = "0"
DATE = "yyyy-mm-dd"
TEXT = "@"

_THIN = Side(style="thin", color="808080")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADING_FILL = PatternFill("solid", fgColor="DDEBF7")
_TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")


def _style(name: str, **kwargs: Any) -> NamedStyle:
    font = kwargs.pop("font", Font(name=FONT, size=10))
    return NamedStyle(name=name, font=font, **kwargs)


_CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
_TOTAL_FONT = Font(name=FONT, size=10, bold=True)

STYLES = (
    _style("标题", font=Font(name=FONT, size=16, bold=True), alignment=_CENTRE),
    _style("说明", font=Font(name=FONT, size=10, color="595959"), alignment=Alignment("left")),
    _style("警示", font=Font(name=FONT, size=10, bold=True, color="C00000")),
    _style("表头", font=_TOTAL_FONT, alignment=_CENTRE, fill=_HEADING_FILL, border=_BOX),
    _style("文本", border=_BOX, number_format=TEXT),
    _style("长文本", border=_BOX, alignment=Alignment(vertical="top", wrap_text=True)),
    _style("居中", border=_BOX, alignment=Alignment("center")),
    _style("整数", border=_BOX, number_format=INTEGER, alignment=Alignment("center")),
    _style("分数", border=_BOX, number_format=SCORE),
    _style("金额", border=_BOX, number_format=MONEY),
    _style("日期", border=_BOX, number_format=DATE, alignment=Alignment("center")),
    _style("合计", font=_TOTAL_FONT, border=_BOX, fill=_TOTAL_FILL),
    _style("合计金额", font=_TOTAL_FONT, border=_BOX, fill=_TOTAL_FILL, number_format=MONEY),
    _style("不符合", font=Font(name=FONT, size=10, bold=True, color="C00000"), border=_BOX),
)


def new_workbook() -> Workbook:
    """A streaming workbook (rows go straight to the file) with the named styles."""
    book = Workbook(write_only=True)
    for style in STYLES:
        book.add_named_style(style)
    return book


def cell(sheet: WriteOnlyWorksheet, value: object, style: str) -> Cell:
    # A cell without a style would fall back to Calibri and General: every cell the
    # product writes carries one of the named styles above.
    item = WriteOnlyCell(sheet, value=value)
    item.style = style
    return item


def row(sheet: WriteOnlyWorksheet, values: Iterable[object], styles: Sequence[str]) -> None:
    sheet.append([cell(sheet, v, s) for v, s in zip(values, styles, strict=True)])


class Rows:
    """Appends many rows whose columns each keep one style.

    Giving a cell a named style costs more than writing it (openpyxl looks the name up
    and copies the style each time): each column has one styled cell, given each row's
    value in turn. A streaming sheet writes a row before the next is appended, so the
    cells are free again by then.
    """

    def __init__(self, sheet: WriteOnlyWorksheet, styles: Sequence[str]) -> None:
        self.sheet = sheet
        self.cells = [cell(sheet, None, style) for style in styles]

    def append(self, values: Iterable[object]) -> None:
        for item, value in zip(self.cells, values, strict=True):
            item.value = value
        self.sheet.append(self.cells)


def widths(sheet: WriteOnlyWorksheet, columns: Sequence[int]) -> None:
    """Column widths in Excel's units (about one per half-width character)."""
    for index, width in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width


def fit(texts: Iterable[object], least: int, most: int) -> int:
    """A width that shows the widest of `texts`, within [least, most]."""
    widest = max((display_width(t) for t in texts if t is not None), default=0)
    return max(least, min(most, widest + 2))


def heading_row(sheet: WriteOnlyWorksheet, headings: Sequence[str]) -> None:
    row(sheet, headings, ["表头"] * len(headings))


def page(sheet: WriteOnlyWorksheet, heading_row_number: int, *, landscape: bool) -> None:
    """Frozen headings and the print setup: A4, fit to the page width, the heading row
    repeated on every page, page numbers.

    A streaming sheet writes its views and properties with its first row, so this is
    called before any row is appended.
    """
    sheet.freeze_panes = f"A{heading_row_number + 1}"
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{heading_row_number}:{heading_row_number}"
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.6
    sheet.oddFooter.center.text = "第 &P 页，共 &N 页"
    sheet.row_dimensions[heading_row_number].height = 30
