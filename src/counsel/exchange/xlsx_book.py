"""The result workbook's file through XlsxWriter: the named styles of xlsx_style.py as
XlsxWriter formats, column widths, frozen headings and the print setup.

Why XlsxWriter for this workbook: it has one row per engagement, and a district's year can
have tens of thousands. Writing 20,000 rows × 21 cells with number formats took about
4.3 s of CPU with openpyxl (write-only mode, nearly all of it in openpyxl's per-cell
code), 1.9 s with XlsxWriter. The smaller workbooks the web app writes stay on openpyxl.

The styles stay named (a clerk sees 分数, 金额 … in Excel's style list and restyles every
cell of one at once). XlsxWriter writes only the built-in style Normal, so `_NamedBook`
adds the named ones to styles.xml; tests/exchange/test_xlsx_write.py reads them back.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl.styles import NamedStyle
from xlsxwriter.format import Format
from xlsxwriter.packager import Packager
from xlsxwriter.styles import Styles, XFormatType
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


class _NamedStyles(Styles):
    """styles.xml with a style entry for each named style, the cell formats linked to them."""

    names: Sequence[str] = ()

    def _write_cell_style_xfs(self) -> None:
        formats = self.xf_formats[: len(self.names) + 1]
        self._xml_start_tag("cellStyleXfs", [("count", len(formats))])
        for item in formats:
            self._write_xf(item, XFormatType.STYLE)
        self._xml_end_tag("cellStyleXfs")

    def _write_cell_styles(self) -> None:
        self._xml_start_tag("cellStyles", [("count", len(self.names) + 1)])
        self._write_cell_style()
        for number, name in enumerate(self.names, start=1):
            self._write_cell_style(name, number, None)
        self._xml_end_tag("cellStyles")

    def _write_cell_style(self, name: str = "Normal", xf_id: int = 0, builtin_id: Any = 0) -> None:
        attributes: list[tuple[str, Any]] = [("name", name), ("xfId", xf_id)]
        if builtin_id is not None:
            attributes.append(("builtinId", builtin_id))
        self._xml_empty_tag("cellStyle", attributes)


class _NamedPackager(Packager):
    def _write_styles_file(self) -> None:
        # As Packager._write_styles_file, with the named styles.
        book = self.workbook
        styles = _NamedStyles()
        styles.names = book.style_names
        styles._set_style_properties(
            [
                book.xf_formats,
                book.palette,
                book.font_count,
                book.num_formats,
                book.border_count,
                book.fill_count,
                book.custom_colors,
                book.dxf_formats,
                book.has_comments,
            ]
        )
        styles._set_xml_writer(self._filename("xl/styles.xml"))
        styles._assemble_xml_file()


class _NamedBook(Workbook):
    style_names: Sequence[str] = ()

    def _get_packager(self) -> Packager:
        return _NamedPackager()


def height(sheet: Worksheet, row: int, points: float) -> None:
    """A row's height in points as given (set_row would round it to whole pixels)."""
    sheet.set_row_pixels(row, points * 4 / 3)


class Book:
    """A streaming workbook (each row is written out when the next one begins) with the
    named styles of xlsx_style.py as `formats`."""

    def __init__(self, path: str | Path | BinaryIO) -> None:
        target = str(path) if isinstance(path, Path) else path
        self.book = _NamedBook(target, {"constant_memory": True})
        self.book.style_names = [s.name for s in STYLES]
        self.formats: dict[str, Format] = {}
        for number, style in enumerate(STYLES, start=1):
            item = self.book.add_format(_properties(style))
            item.xf_id = number
            # Every style gets its entry now, in the order of the names (even if unused).
            if item._get_xf_index() != number:
                raise AssertionError(f"style {style.name} is not distinct")
            self.formats[style.name] = item

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
