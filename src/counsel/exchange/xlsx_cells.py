"""The cells of an input workbook: sheets found by name and columns by heading, however a
hand-kept sheet spells them (stray spaces, full-width characters, a note in brackets, a
title row above the headings, blank rows).

Cells are read with python-calamine: openpyxl's reader takes some 15 µs a cell, which
makes a district-size workbook (600,000 cells for 20,000 engagements) take ten seconds;
calamine reads the same in well under one. openpyxl still writes every workbook.
"""

from __future__ import annotations

import html
import posixpath
import re
import unicodedata
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from python_calamine import CalamineWorkbook

from counsel.exchange.errors import UnreadableInput
from counsel.exchange.values import CellError, FormulaWithoutValue
from counsel.exchange.xlsx_layout import SheetLayout

#: How far down a sheet its heading row is looked for (title rows may stand above it).
HEADING_SEARCH_ROWS = 10

_SPACES = re.compile(r"\s+")
_NOTE = re.compile(r"\(.*\)$")


def normalize(heading: object) -> str:
    """A heading or sheet name as compared: NFKC, no spaces, no required-marker `*`."""
    if heading is None:
        return ""
    return _SPACES.sub("", unicodedata.normalize("NFKC", str(heading))).strip("*")


def _matches(cell: object, heading: str) -> bool:
    name = normalize(cell)
    return name == heading or _NOTE.sub("", name) == heading


@dataclass(frozen=True)
class Row:
    """One filled row: its Excel row number and its values by JSON key."""

    number: int
    values: dict[str, Any]


class Workbook:
    """A workbook opened for reading; sheets are looked up by normalized name."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if self.path.is_dir():
            raise UnreadableInput(f"{path} 是一个目录，不是 Excel 工作簿")
        if not self.path.is_file():
            raise UnreadableInput(f"找不到文件 {path}")
        try:
            self._book = CalamineWorkbook.from_path(str(path))
        except Exception:  # calamine's own error, or OSError, for any bad file
            # calamine's reason is English and technical (invalid Zip archive: …).
            raise UnreadableInput(
                f"{path} 不是可读取的 Excel 工作簿（.xlsx）：文件已损坏或不是 .xlsx 格式"
                "（请用 Excel 打开后另存为 .xlsx）"
            ) from None
        self._names = {normalize(name): name for name in self._book.sheet_names}
        self.sheet_names: tuple[str, ...] = tuple(self._book.sheet_names)

    def rows(self, layout: SheetLayout) -> Iterator[Row] | None:
        """The filled rows of the sheet, None when the workbook has no such sheet.

        UnreadableInput when the sheet lacks a required column.
        """
        name = self._names.get(normalize(layout.name))
        if name is None:
            return None
        try:
            grid = self._book.get_sheet_by_name(name).to_python(skip_empty_area=False)
        except Exception:  # a damaged sheet part
            raise UnreadableInput(
                f"工作表「{layout.name}」无法读取：工作簿已损坏（请用 Excel 打开后另存为 .xlsx）"
            ) from None
        heading_row, columns = _find_headings(grid, layout)
        if any("" in cells for cells in grid):
            # calamine gives an error cell (#DIV/0!, #N/A) and a formula without a saved
            # result as "", as it does an empty one; only a sheet with such cells is looked
            # at again for them.
            for (row, column), error in self._errors(name).items():
                if row < len(grid) and column < len(grid[row]) and grid[row][column] == "":
                    grid[row][column] = error
        return _filled(grid, heading_row, columns)

    def _errors(self, name: str) -> dict[tuple[int, int], CellError]:
        """The sheet's error cells and formulas without a result, (row, column) 0-based →
        the error (#DIV/0!) or the formula (=80+2)."""
        try:
            with zipfile.ZipFile(self.path) as archive:
                part = _sheet_part(archive, name)
                data = archive.read(part) if part else b""
        except (OSError, KeyError, zipfile.BadZipFile, ET.ParseError):
            return {}
        return {**_formula_cells(data), **_error_cells(data)}


_NS = {
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "p": "http://schemas.openxmlformats.org/package/2006/relationships",
}
_CELL_REF = re.compile(rb'\br="([A-Z]{1,3})(\d+)"')
_CELL_VALUE = re.compile(rb"<(?:\w+:)?v>([^<]*)</(?:\w+:)?v>")


def _sheet_part(archive: zipfile.ZipFile, name: str) -> str | None:
    """The zip member holding the sheet `name` (xl/workbook.xml and its relationships)."""
    book = ET.fromstring(archive.read("xl/workbook.xml"))
    rels = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target", "") for r in rels.findall("p:Relationship", _NS)}
    for sheet in book.iterfind("m:sheets/m:sheet", _NS):
        if sheet.get("name") == name:
            target = targets.get(sheet.get(f"{{{_NS['r']}}}id"), "")
            if target.startswith("/"):
                return target.lstrip("/")
            return posixpath.normpath(posixpath.join("xl", target)) if target else None
    return None


def _cell_at(ref: re.Match[bytes]) -> tuple[int, int]:
    column = 0
    for letter in ref.group(1):
        column = column * 26 + letter - 64
    return int(ref.group(2)) - 1, column - 1


_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_FORMULA_TEXT = re.compile(rb"<(?:\w+:)?f(?:\s[^>]*)?>([^<]*)</(?:\w+:)?f>")
_CELL_CLOSE = re.compile(rb"</(?:\w+:)?c>")


def _formula_cells(data: bytes) -> dict[tuple[int, int], CellError]:
    """Formula cells with no saved result (no `v`, or an empty one): what a program that
    writes formulas without calculating them leaves (openpyxl, some exporters)."""
    found: dict[tuple[int, int], CellError] = {}
    for match in _FORMULA.finditer(data):
        start = data.rfind(b"<", 0, match.start())  # the cell's tag: f is its first child
        tag = data[start : data.find(b">", start)]
        ref = _CELL_REF.search(tag)
        close = _CELL_CLOSE.search(data, match.start())
        if not (ref and close and re.match(rb"<(?:\w+:)?c\s", tag)):
            continue
        value = _CELL_VALUE.search(data, match.start(), close.end())
        if value and (value.group(1).strip() or b't="str"' in tag):
            continue  # a result, or the empty text a formula gave (=IF(A2="","",A2))
        formula = _FORMULA_TEXT.match(data, match.start(), close.end())
        written = html.unescape(formula.group(1).decode("utf-8", "replace")) if formula else ""
        found[_cell_at(ref)] = FormulaWithoutValue(f"={written}")
    return found


def _error_cells(data: bytes) -> dict[tuple[int, int], CellError]:
    """Cells of type `e` in a sheet's XML, found by their attribute (they are few)."""
    found: dict[tuple[int, int], str] = {}
    at = data.find(b't="e"')
    while at >= 0:
        start, end = data.rfind(b"<", 0, at), data.find(b">", at)
        tag = data[start:end]
        close = data.find(b"c>", end)
        ref, value = _CELL_REF.search(tag), _CELL_VALUE.search(data, end, max(close, end))
        if re.match(rb"<(?:\w+:)?c\s", tag) and ref and value and not tag.endswith(b"/"):
            found[_cell_at(ref)] = CellError(value.group(1).decode("utf-8", "replace"))
        at = data.find(b't="e"', end)
    return found


def _find_headings(
    grid: Sequence[Sequence[Any]], layout: SheetLayout
) -> tuple[int, dict[int, str]]:
    """The heading row (0-based) and column index → key; UnreadableInput naming what is
    missing when no row among the first few has every required heading."""
    best: tuple[int, dict[int, str]] = (0, {})
    for index, cells in enumerate(grid[:HEADING_SEARCH_ROWS]):
        columns: dict[int, str] = {}
        for column in layout.columns:
            position = next(
                (
                    i
                    for i, cell in enumerate(cells)
                    if i not in columns and _matches(cell, column.heading)
                ),
                None,
            )
            if position is not None:
                columns[position] = column.key
        found = set(columns.values())
        if all(c.key in found for c in layout.columns if c.required):
            return index, columns
        if len(columns) > len(best[1]):
            best = (index, columns)
    found = set(best[1].values())
    missing = [c.heading for c in layout.columns if c.required and c.key not in found]
    raise UnreadableInput(
        f"工作表「{layout.name}」缺少列：{'、'.join(missing)}"
        f"（应有列：{'、'.join(layout.headings)}，标题行须在前 {HEADING_SEARCH_ROWS} 行内）"
    )


def _filled(
    grid: Sequence[Sequence[Any]], heading_row: int, columns: dict[int, str]
) -> Iterator[Row]:
    """Rows below the headings that hold anything in a known column (blank rows skipped)."""
    # calamine gives every row the full width of the sheet, so each index is there.
    pairs = tuple(columns.items())
    for index in range(heading_row + 1, len(grid)):
        cells = grid[index]
        values = {key: cells[i] for i, key in pairs}
        for value in values.values():
            if value is not None and (not isinstance(value, str) or value.strip()):
                yield Row(index + 1, values)
                break
