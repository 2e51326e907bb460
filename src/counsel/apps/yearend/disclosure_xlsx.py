"""The public list (公示) as a workbook: masked names only."""

from __future__ import annotations

from collections.abc import Sequence

from counsel.apps.yearend.selectors.disclosure import PublicRow
from counsel.apps.yearend.xlsx_style import (
    INTEGER,
    MONEY,
    SCORE,
    Column,
    data_row,
    heading,
    new_sheet,
    print_setup,
    text_line,
    to_bytes,
)

COLUMNS = (
    Column("序号", 6, INTEGER),
    Column("社区律师", 10),
    Column("结对社区（村）", 20),
    Column("所属街道", 12),
    Column("绩效评估总分", 12, SCORE),
    Column("全区排名", 9, INTEGER),
    Column("档次", 16),
    Column("补贴金额（元）", 14, MONEY),
)


def title(year: int, street: str = "") -> str:
    return f"上城区{street}{year}年度律师进社区（村）工作考核结果公示"


def disclosure(year: int, rows: Sequence[PublicRow], subtitle: str, street: str = "") -> bytes:
    book, sheet = new_sheet(title(year, street), "公示名单")
    row = heading(sheet, COLUMNS, title(year, street), subtitle)
    for index, r in enumerate(rows, start=1):
        data_row(
            sheet,
            row,
            COLUMNS,
            [
                index,
                r.name,
                r.community,
                r.street,
                r.total,
                r.rank if r.rank is not None else "—",
                r.tier,
                r.amount,
            ],
        )
        row += 1
    text_line(
        sheet,
        row + 1,
        "公示期：______年____月____日至______年____月____日。如有异议，请在公示期内向上城区司法局律工科反映。",
        len(COLUMNS),
    )
    print_setup(sheet, len(COLUMNS))
    return to_bytes(book)
