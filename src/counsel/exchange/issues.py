"""Problems found reading the input, merged into the engine's result, and said with where
they are (sheet, row, column; engagement, quarter, street)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from counsel.rules.types import Issue, Result


def merged(result: Result, found: Iterable[Issue]) -> Result:
    """The result with the reader's issues among its errors; not final if there are any.

    The engine's errors are in its order already; a stable sort by sheet and row puts the
    reader's among them without changing that order.
    """
    found = list(found)
    if not found:
        return result
    errors = sorted([*result.errors, *found], key=lambda i: (i.sheet or "", i.row or 0))
    return replace(result, final=False, errors=tuple(errors))


def where(issue: Issue) -> str:
    """`工作表「结对」第 5 行「开始日期」，结对 E01，第2季度，示例街道` — what applies."""
    parts: list[str] = []
    if issue.sheet:
        place = f"工作表「{issue.sheet}」"
        if issue.row:
            place += f"第 {issue.row} 行"
        if issue.field:
            place += f"「{issue.field}」"
        parts.append(place)
    if issue.engagement:
        parts.append(f"结对 {issue.engagement}")
    if issue.quarter:
        parts.append(f"第{issue.quarter}季度")
    if issue.street:
        parts.append(issue.street)
    return "，".join(parts)


def describe(issue: Issue) -> str:
    """One line for the terminal: the code, the message and where."""
    place = where(issue)
    return f"错误 {issue.code}：{issue.message}" + (f"（{place}）" if place else "")
