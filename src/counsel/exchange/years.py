"""The assessment years the exchange layer accepts, wherever a year comes from (`year` of
a JSON input, 年度 of a workbook's 参数, a year in its file name, --year)."""

from __future__ import annotations

from counsel.exchange.errors import UnreadableInput

#: The scheme began in the 2010s and a year is assessed in the year after it: 2000–2100
#: leaves room on both sides while refusing a mistyped year (225, 20250, 0) before any
#: date of it is computed (the calendar ends at 9999, and R18's deadlines fall in Y + 1).
YEARS = range(2000, 2101)


def out_of_range(year: int) -> str | None:
    """What is wrong with `year`, None when it can be assessed."""
    if year in YEARS:
        return None
    return f"年度 {year} 超出可考核的范围（{YEARS.start}–{YEARS.stop - 1}）"


def usable(year: int, source: str) -> int:
    """`year` when it can be assessed; UnreadableInput saying where it came from if not."""
    problem = out_of_range(year)
    if problem:
        raise UnreadableInput(f"{source}：{problem}")
    return year
