"""Result → the result workbook: 考核结果 (the pay table as the bureau prints and signs it),
配额检查 (R8) and, when there are errors, 问题 (each with its sheet and row).

Written with XlsxWriter row by row (xlsx_book.py says why); rows and columns count from 0
here, as XlsxWriter counts them."""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from counsel.exchange import labels
from counsel.exchange.xlsx_book import Book, height
from counsel.exchange.xlsx_style import fit
from counsel.rules.types import Community, EngagementResult, Lawyer, Result, YearInput

HEADING_ROW = 3  # below the title and the status line


@dataclass(frozen=True)
class _Column:
    heading: str
    style: str
    value: Callable[[EngagementResult], object]
    width: int = 0  # 0: fitted to the text


def _columns(data: YearInput) -> tuple[_Column, ...]:
    lawyers: dict[str, Lawyer] = {item.id: item for item in data.lawyers}
    communities: dict[str, Community] = {c.code: c for c in data.communities}

    def lawyer(e: EngagementResult) -> Lawyer | None:
        return lawyers.get(e.lawyer)

    def community(e: EngagementResult) -> Community | None:
        return communities.get(e.community)

    return (
        _Column("排名", "整数", lambda e: e.rank, 6),
        _Column("结对编号", "文本", lambda e: e.id),
        _Column("律师编号", "文本", lambda e: e.lawyer),
        _Column("律师", "文本", lambda e: (x := lawyer(e)) and x.name),
        _Column("执业机构", "文本", lambda e: (x := lawyer(e)) and x.firm),
        _Column("社区代码", "文本", lambda e: e.community),
        _Column("社区（村）", "文本", lambda e: (x := community(e)) and x.name),
        _Column("所属街道", "文本", lambda e: e.street),
        _Column("全年/在岗天数", "整数", lambda e: e.days, 8),
        _Column("周数", "整数", lambda e: e.weeks, 6),
        _Column("基础履职", "分数", lambda e: e.basic, 9),
        _Column("满意度", "分数", lambda e: e.satisfaction, 8),
        _Column("加分", "分数", lambda e: e.bonus, 7),
        _Column("总分", "分数", lambda e: e.total, 9),
        _Column("档次", "居中", labels.tier, 10),
        _Column("补贴金额", "金额", lambda e: e.amount, 12),
        _Column("市级承担", "金额", lambda e: e.city_share, 12),
        _Column("区级承担", "金额", lambda e: e.district_share, 12),
        _Column("备注", "文本", labels.flags, 16),
    )


def title(result: Result, district: str) -> str:
    return f"{district}{result.year}年度律师进社区（村）工作考核结果及补贴发放表"


def write_result(
    result: Result,
    data: YearInput,
    path: str | Path | BinaryIO,
    *,
    district: str = "",
    policy_name: str = "",
) -> None:
    """The result workbook; `data` gives the names and firms the result refers to by id."""
    book = Book(path)
    _ranking(book, result, data, district, policy_name)
    _quota(book, result)
    if result.errors:
        _issues(book, result)
    book.close()


def _put(sheet: Worksheet, row: int, column: int, value: object, style: Format) -> None:
    """One cell: text as text, numbers as numbers; an empty cell keeps its style (its
    border). XLSX stores every number as a double: a Decimal goes in as its float, which
    is written with the 16 significant digits that give back the same decimal text."""
    if value is None or value == "":
        sheet.write_blank(row, column, None, style)
    elif isinstance(value, str):
        sheet.write_string(row, column, value, style)
    else:
        sheet.write_number(row, column, float(value), style)


def _rows(
    book: Book, sheet: Worksheet, first: int, lines: Iterable[Sequence[object]], styles: list[str]
) -> None:
    """Rows from `first` whose columns each keep one style."""
    formats = [book.formats[s] for s in styles]
    for number, line in enumerate(lines, start=first):
        for column, (value, style) in enumerate(zip(line, formats, strict=True)):
            _put(sheet, number, column, value, style)


def _heading_row(book: Book, sheet: Worksheet, number: int, headings: Sequence[str]) -> None:
    style = book.formats["表头"]
    for column, heading in enumerate(headings):
        sheet.write_string(number, column, heading, style)


def _ranking(book: Book, result: Result, data: YearInput, district: str, policy_name: str) -> None:
    columns = _columns(data)
    values = [[c.value(e) for c in columns] for e in result.engagements]
    sheet = book.sheet(
        "考核结果",
        [c.width or _fitted(c.heading, (v[i] for v in values)) for i, c in enumerate(columns)],
        HEADING_ROW,
        landscape=True,
    )
    height(sheet, 0, 32)
    height(sheet, 1, 24)
    last = len(columns) - 1
    sheet.merge_range(0, 0, 0, last, title(result, district), book.formats["标题"])
    status = "说明" if result.final else "警示"
    sheet.merge_range(1, 0, 1, last, _status(result, policy_name), book.formats[status])
    _heading_row(book, sheet, HEADING_ROW - 1, [c.heading for c in columns])
    _rows(book, sheet, HEADING_ROW, values, [c.style for c in columns])
    end = HEADING_ROW + len(values)  # the totals row, counted from 0
    if values:
        sheet.autofilter(HEADING_ROW - 1, 0, end - 1, last)
    _totals(book, sheet, end, result, columns)
    _funding(book, sheet, result, len(columns), first=end + 2)


def _fitted(heading: str, texts: Iterable[object]) -> int:
    # The widest text is among the longest: measure twenty of them, not every row.
    longest = heapq.nlargest(20, {str(t) for t in texts if t}, key=len)
    return fit([heading, *longest], least=6, most=40) + 1


def _status(result: Result, policy_name: str) -> str:
    t = result.totals
    parts = [
        f"考核期间：{result.year}年1月1日至12月31日",
        f"满一年参加排名 {t.ranked} 个（第一档 {t.tier1}、第二档 {t.tier2}、第三档 {t.tier3}），"
        f"不满一年按周计发 {t.part_year} 个",
    ]
    if policy_name:
        parts.append(f"依据：{policy_name}")
    if not result.final:
        parts.insert(
            0, f"临时结果：输入存在 {len(result.errors)} 个问题（见工作表「问题」），不得据此发放"
        )
    return "；".join(parts)


def _totals(
    book: Book, sheet: Worksheet, number: int, result: Result, columns: Sequence[_Column]
) -> None:
    """合计: counts under the ids and names, sums under the amounts (the tier counts stand
    in the status line above the table)."""
    t = result.totals
    engagements = result.engagements
    tied = sum(1 for e in engagements if "tie_at_boundary" in e.flags)
    by_heading: dict[str, object] = {
        "排名": "合计",
        "结对编号": f"{len(engagements)} 个",
        "律师": f"{len({e.lawyer for e in engagements})} 人",
        "社区（村）": f"{len({e.community for e in engagements})} 个",
        "补贴金额": t.payout,
        "市级承担": t.city,
        "区级承担": t.district,
        "备注": f"同分跨档 {tied} 个" if tied else None,
    }
    _rows(
        book,
        sheet,
        number,
        [[by_heading.get(c.heading) for c in columns]],
        ["合计金额" if c.style == "金额" else "合计" for c in columns],
    )


def _funding(book: Book, sheet: Worksheet, result: Result, width: int, first: int) -> None:
    """R16 (and R14): the pool against the payout, below the table from row `first`."""
    t = result.totals
    amount = result.policy.get("annual_amount", "")
    lines: list[tuple[str, object]] = [
        (f"资金池（{amount} 元 × {t.communities} 个社区（村））", t.pool),
        ("发放合计", t.payout),
        ("其中：市级承担", t.city),
        ("　　　区级承担", t.district),
        ("差额（资金池 − 发放合计）", t.difference),
    ]
    for tie in result.ties:
        boundary = "第一档与第二档" if tie.boundary == 1 else "第二档与第三档"
        lines.append(
            (
                f"同分跨{boundary}（第 {tie.positions[0]}–{tie.positions[1]} 位："
                f"{'、'.join(tie.engagements)}）：按较优档次多 {tie.extra} 个，超出",
                tie.cost,
            )
        )
    # The label spans the columns up to the amounts, the figure stands under 补贴金额.
    figure = width - 4
    label, money = book.formats["合计"], book.formats["合计金额"]
    for number, (text, value) in enumerate(lines, start=first):
        sheet.merge_range(number, 0, number, figure - 1, text, label)
        _put(sheet, number, figure, value, money)


def _quota(book: Book, result: Result) -> None:
    headings = ["街道", "季度", "基数", "满意上限", "普通下限", "满意数", "普通数", "是否符合"]
    sheet = book.sheet(
        "配额检查",
        [fit([q.street for q in result.quota], 10, 30), 6, 6, 9, 9, 8, 8, 9],
        1,
        landscape=False,
    )
    _heading_row(book, sheet, 0, headings)
    counts = [book.formats[s] for s in ["文本", *["整数"] * 6]]
    kept, broken = [*counts, book.formats["居中"]], [*counts, book.formats["不符合"]]
    for number, q in enumerate(result.quota, start=1):
        line = [q.street, q.quarter, q.base, q.max_satisfied, q.min_ordinary, q.satisfied]
        line += [q.ordinary, "是" if q.ok else "否"]
        for column, (value, style) in enumerate(zip(line, kept if q.ok else broken, strict=True)):
            _put(sheet, number, column, value, style)


def _issues(book: Book, result: Result) -> None:
    headings = ["代码", "说明", "工作表", "行", "字段", "结对编号", "季度", "街道"]
    sheet = book.sheet("问题", [24, 70, 10, 6, 14, 12, 6, 14], 1, landscape=True)
    _heading_row(book, sheet, 0, headings)
    _rows(
        book,
        sheet,
        1,
        [
            [i.code, i.message, i.sheet, i.row, i.field, i.engagement, i.quarter, i.street]
            for i in result.errors
        ],
        ["文本", "长文本", "文本", "整数", "文本", "文本", "整数", "文本"],
    )
