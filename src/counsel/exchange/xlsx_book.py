"""The result workbook's file through XlsxWriter: the named styles of xlsx_style.py as
XlsxWriter formats, column widths, frozen headings and the print setup.

Why XlsxWriter for this workbook: it has one row per engagement, and a district's year can
have tens of thousands. Writing 20,000 rows × 21 cells with number formats took about
4.3 s of CPU with openpyxl (write-only mode, nearly all of it in openpyxl's per-cell
code), 1.9 s with XlsxWriter. The smaller workbooks the web app writes stay on openpyxl.

Each named style of xlsx_style.py becomes an XlsxWriter format (font, number format,
fill, border, alignment); the cells look as before. The names themselves are not written:
XlsxWriter's public API writes only the built-in style Normal, and adding names would mean
reaching into its private classes, which a later release could break without warning.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl.styles import NamedStyle
from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from counsel.exchange.xlsx_style import STYLES

#: Pixels per width unit of Excel at the default font: a width of w is stored as w when
#: given as 7·w pixels (XlsxWriter's character widths add padding the openpyxl ones lack).
_PIXELS = 7
_A4 = 9


def _properties(style: NamedStyle) -> dict[str, Any]:
    """An openpyxl named style as XlsxWriter format properties (only what STYLES uses)."""
    font = style.font
    out: dict[str, Any] = {"font_name": font.name, "font_size": font.sz}
    if font.b:
        out["bold"] = True
    if font.color is not None and isinstance(font.color.rgb, str):
        out["font_color"] = "#" + font.color.rgb[-6:]
    if style.number_format != "General":
        out["num_format"] = style.number_format
    if style.fill.fill_type == "solid":
        # XlsxWriter writes a solid fill's colour given as bg_color into fgColor.
        out["pattern"] = 1
        out["bg_color"] = "#" + style.fill.fgColor.rgb[-6:]
    side = style.border.left
    if side is not None and side.style == "thin":
        out["border"] = 1
        out["border_color"] = "#" + side.color.rgb[-6:]
    alignment = style.alignment
    if alignment.horizontal:
        out["align"] = alignment.horizontal
    if alignment.vertical:
        out["valign"] = "vcenter" if alignment.vertical == "center" else alignment.vertical
    if alignment.wrap_text:
        out["text_wrap"] = True
    return out


def height(sheet: Worksheet, row: int, points: float) -> None:
    """A row's height in points as given (set_row would round it to whole pixels)."""
    sheet.set_row_pixels(row, points * 4 / 3)


class Book:
    """A streaming workbook (each row is written out when the next one begins) with the
    styles of xlsx_style.py as `formats`, by name."""

    def __init__(self, path: str | Path | BinaryIO) -> None:
        target = str(path) if isinstance(path, Path) else path
        self.book = Workbook(target, {"constant_memory": True})
        self.formats: dict[str, Format] = {
            style.name: self.book.add_format(_properties(style)) for style in STYLES
        }

    def sheet(
        self, name: str, columns: Sequence[int], heading_row_number: int, *, landscape: bool
    ) -> Worksheet:
        """A sheet with its column widths (Excel's units, about one per half-width
        character), frozen headings and print setup: A4, fit to the page width, the
        heading row repeated on every page, page numbers."""
        sheet = self.book.add_worksheet(name)
        for index, width in enumerate(columns):
            sheet.set_column_pixels(index, index, width * _PIXELS)
        sheet.freeze_panes(heading_row_number, 0)
        sheet.set_paper(_A4)
        if landscape:
            sheet.set_landscape()
        else:
            sheet.set_portrait()
        sheet.fit_to_pages(1, 0)
        sheet.repeat_rows(heading_row_number - 1)
        sheet.center_horizontally()
        sheet.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
        sheet.set_header("", {"margin": 0.5})
        sheet.set_footer("&C第 &P 页，共 &N 页", {"margin": 0.5})
        height(sheet, heading_row_number - 1, 30)
        return sheet

    def close(self) -> None:
        self.book.close()
