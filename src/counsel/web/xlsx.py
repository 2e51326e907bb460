"""The report workbooks of the areas (pay table, public list, duty-registration summary,
registration template), in the look of the exchange format's: its named styles, CJK
widths, frozen headings and A4 print setup (`counsel.exchange.xlsx_style`), plus what a
report has that an exchange file has not — a merged title and subtitle over the table,
summary lines under it, and the few number formats of its own (hours, times).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from copy import copy
from dataclasses import dataclass
from io import BytesIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.cell_range import CellRange

from counsel.exchange.xlsx_style import FONT, STYLES, Rows, new_workbook, page, row, widths

_BOX = Border(*(Side(style="thin", color="808080"),) * 4)
_TOTAL = next(s for s in STYLES if s.name == "合计")


def _total(name: str, number_format: str, alignment: Alignment | None = None) -> NamedStyle:
    """A totals-row style that keeps its column's number format (315.0 h, not 315)."""
    return NamedStyle(
        name,
        font=copy(_TOTAL.font),
        fill=copy(_TOTAL.fill),
        border=copy(_TOTAL.border),
        number_format=number_format,
        alignment=alignment or Alignment(),
    )


#: Named styles the exchange files do not need.
EXTRA_STYLES = (
    _total("合计整数", "0", Alignment("center")),
    _total("合计时长", "0.0"),
    NamedStyle("时长", font=Font(name=FONT, size=10), border=_BOX, number_format="0.0"),
    NamedStyle(
        "时间",
        font=Font(name=FONT, size=10),
        border=_BOX,
        number_format="hh:mm",
        alignment=Alignment("center"),
    ),
)


@dataclass(frozen=True)
class Column:
    """A column of a report: its heading, width (Excel units) and named style."""

    title: str
    width: float
    style: str = "文本"


def report_workbook(title: str = "") -> Workbook:
    """A streaming workbook with the exchange format's named styles and the report ones."""
    book = new_workbook()
    for style in EXTRA_STYLES:
        book.add_named_style(style)
    book.properties.creator = "杭州市上城区司法局"
    book.properties.title = title
    return book


class Report:
    """One sheet of a report: title (row 1) and subtitle (row 2) across the table, the
    headings (row 3) frozen and repeated on every printed page, then the rows, each
    column in its own named style. A streaming sheet cannot be read back, so the report
    counts its rows itself (merges and the print area need their numbers)."""

    def __init__(
        self,
        book: Workbook,
        name: str,
        columns: Sequence[Column],
        title: str,
        subtitle: str,
        *,
        landscape: bool = True,
        frozen: str = "",
    ) -> None:
        self.sheet = book.create_sheet(name)
        self.width = len(columns)
        self.rows = 0
        page(self.sheet, 3, landscape=landscape)  # before any row (a streaming sheet)
        if frozen:
            self.sheet.freeze_panes = frozen
        widths(self.sheet, [c.width for c in columns])
        self.sheet.row_dimensions[1].height = 30
        self.line(title, "标题")
        self.line(subtitle, "说明")
        self.append([c.title for c in columns], ["表头"] * len(columns))
        self._table = Rows(self.sheet, [c.style for c in columns])

    def table(self, values: Iterable[Sequence[object]]) -> None:
        """Rows of the table, in the columns' styles."""
        for values_of_row in values:
            self._table.append(values_of_row)
            self.rows += 1

    def append(self, values: Sequence[object], styles: Sequence[str]) -> None:
        row(self.sheet, values, styles)
        self.rows += 1

    def blank(self) -> None:
        self.sheet.append([])
        self.rows += 1

    def merge(self, first: int, last: int) -> None:
        """Merge columns first…last of the row written last (merges are written at the end)."""
        ref = f"{get_column_letter(first)}{self.rows}:{get_column_letter(last)}{self.rows}"
        self.sheet.merged_cells.add(CellRange(ref))

    def line(self, text: str, style: str) -> None:
        """One text across the table (a title, a note, the signature line)."""
        self.append([text], [style])
        self.merge(1, self.width)

    def label_value(self, label: str, value: object, *, span: int) -> None:
        """A summary line under the table: the label across `span` columns, then the amount."""
        self.append([label, *([None] * (span - 1)), value], ["合计"] * span + ["合计金额"])
        self.merge(1, span)

    def finish(self) -> None:
        """Print what was written, and nothing beyond."""
        self.sheet.print_area = f"A1:{get_column_letter(self.width)}{self.rows}"


def to_bytes(book: Workbook) -> bytes:
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()
