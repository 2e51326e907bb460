"""Which year a workbook is assessed for (EXCHANGE.md gives the XLSX no year field): the
caller's, then 参数 年度, then a year in the file name, then the latest year of any period
start or end — within the assessable range wherever it comes from."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from counsel.exchange import xlsx_io
from counsel.exchange.errors import UnreadableInput

from .test_xlsx_read import ENGAGEMENTS, _workbook


def test_the_year_comes_from_the_caller_then_the_parameter_sheet_then_the_file_name(
    tmp_path: Path,
) -> None:
    stated = _workbook(tmp_path / "a.xlsx")
    assert xlsx_io.read_workbook(stated, year=2026).data.year == 2026
    assert xlsx_io.read_workbook(stated, year=2026).stated_year == 2025
    assert xlsx_io.read_workbook(stated) == (xlsx_io.read_input(stated)[0], [], 2025, None)
    named = xlsx_io.read_workbook(_workbook(tmp_path / "考核2024.xlsx", 参数=None))
    assert (named.data.year, named.stated_year) == (2024, None)
    assert named.note and "文件名" in named.note


def test_without_any_year_given_it_is_the_latest_year_a_period_starts_in(tmp_path: Path) -> None:
    engagements = [*ENGAGEMENTS, ["E03", "L01", "330199901002", dt.date(2025, 4, 1), None]]
    reading = xlsx_io.read_workbook(_workbook(tmp_path / "a.xlsx", 结对=engagements, 参数=None))
    assert reading.data.year == 2025
    assert reading.note and "--year" in reading.note


def test_a_workbook_without_a_year_or_any_period_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(UnreadableInput, match="未给出考核年度"):
        xlsx_io.read_input(_workbook(tmp_path / "a.xlsx", 结对=ENGAGEMENTS[:1], 参数=None))


def test_without_any_year_given_a_period_that_ends_later_than_any_starts_says_the_year(
    tmp_path: Path,
) -> None:
    # Nobody new in 2025, but E02 left on 30 June 2025: the input is 2025's.
    engagements = [
        ENGAGEMENTS[0],
        ["E01", "L01", "330199901001", dt.date(2023, 3, 1), dt.date(2023, 12, 31)],
        ["E02", "L02", "330199901002", dt.date(2024, 1, 1), dt.date(2025, 6, 30)],
    ]
    reading = xlsx_io.read_workbook(_workbook(tmp_path / "a.xlsx", 结对=engagements, 参数=None))
    assert reading.data.year == 2025
    assert reading.note and "开始或结束日期" in reading.note and "--year" in reading.note


@pytest.mark.parametrize("year", [0, 1999, 2101, 9999])
def test_a_year_outside_the_assessable_range_is_unreadable_wherever_it_comes_from(
    year: int, tmp_path: Path
) -> None:
    stated = _workbook(tmp_path / "a.xlsx", 参数=[["名称", "值"], ["年度", year]])
    with pytest.raises(UnreadableInput, match=f"年度 {year} 超出可考核的范围"):
        xlsx_io.read_workbook(stated)
    assert xlsx_io.read_workbook(stated, year=2025).data.year == 2025
    named = _workbook(tmp_path / "考核1999.xlsx", 参数=None)
    with pytest.raises(UnreadableInput, match="文件名中的年度"):
        xlsx_io.read_workbook(named)
    engagements = [
        ENGAGEMENTS[0],
        ["E02", "L02", "330199901002", dt.date(2024, 1, 1), "9999-12-31"],
    ]
    dated = _workbook(tmp_path / "b.xlsx", 结对=engagements, 参数=None)
    # An end of 9999-12-31 ("open") does not make the year 9999.
    assert xlsx_io.read_workbook(dated).data.year == 2024
